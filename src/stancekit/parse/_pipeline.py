"""Runs the parser's steps in order."""

from __future__ import annotations

import datetime

from ..lexicon import Lexicon
from ..model import Article
from . import KnownActor


def run(
    text: str,
    *,
    title: str | None,
    date: datetime.date | None,
    source: str | None,
    lexicon: Lexicon,
    known: tuple[KnownActor, ...],
) -> Article:
    return Article(text, title=title, date=date, source=source)
