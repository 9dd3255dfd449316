"""The :class:`Document`: one article to parse, with what is known about it.

Below the batch engine and the web-page reader, which both make documents; public as
``stancekit.Document`` and ``stancekit.batch.Document``.
"""

from __future__ import annotations

import datetime

import attrs

__all__ = ["Document"]


@attrs.frozen
class Document:
    """One article to parse, with what is known about it.

    Attributes:
        text: The article text.
        source: Outlet or file name, recorded on the article and on failures.
        title: Headline, when known.
        date: Publication date, when known.
    """

    text: str
    source: str | None = None
    title: str | None = None
    date: datetime.date | None = None
