"""Web pages: the article's text and metadata, extracted with trafilatura (the ``html`` extra).

A saved news page carries menus, share buttons, related links and footers around the
article. :func:`read_html` keeps only the article (its headline, paragraphs and
subheadings) and reads the headline, publication date, author and site name from the
page's markup; :func:`parse_html` parses that text. The offsets of the resulting
:class:`~stancekit.model.Article` refer to the extracted text, which the article holds as
``text``, not to the HTML. Nothing is fetched: the page is given as a string.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from .._page import HTML_SUFFIXES, Page, looks_like_html, read_html
from ..lexicon import Lexicon
from ..model import Article
from ..parse import DEFAULT_MAX_CHARS, KnownActor, parse

__all__ = ["HTML_SUFFIXES", "Page", "looks_like_html", "parse_html", "read_html"]


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    title: str | None = None,
    date: datetime.date | None = None,
    source: str | None = None,
    lexicon: Lexicon | None = None,
    actors: Sequence[KnownActor] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Article:
    """Parse the article of a web page (see :func:`read_html` and :func:`stancekit.parse`).

    Args:
        html: The page.
        url: The page's address, when known.
        title: The headline, overriding the page's.
        date: The publication date, overriding the page's.
        source: The source, overriding the page's site name (or URL).
        lexicon: The lexicon to parse with (default: the built-in one).
        actors: Actors known beforehand, as for :func:`stancekit.parse`.
        max_chars: Refuse an extracted text longer than this.

    Returns:
        The article; its ``text`` is the extracted text, which every span points into.

    Raises:
        MissingExtraError: when trafilatura (the ``html`` extra) is not installed.
        InputError: when the page holds no article text, or its text is too long.
    """
    doc = read_html(html, url=url).document(source=source, title=title, date=date)
    return parse(
        doc.text,
        title=doc.title,
        date=doc.date,
        source=doc.source,
        lexicon=lexicon,
        actors=actors,
        max_chars=max_chars,
    )
