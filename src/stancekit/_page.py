"""Reading a web page: its article's text and metadata, extracted with trafilatura.

Public as :mod:`stancekit.io.html` (with :func:`~stancekit.io.html.parse_html`); a module
below the batch engine, so that a batch meeting a web page reads it without importing the
``io`` layer above it.
"""

from __future__ import annotations

import datetime
import json
import re

import attrs

from ._document import Document
from ._extras import require
from .errors import InputError

__all__ = ["HTML_SUFFIXES", "Page", "looks_like_html", "read_html"]

#: File name endings read as web pages.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# A document type or an <html> element at the start (after a byte-order mark, blanks or an
# XML declaration and comments): what a saved web page starts with, and prose never does.
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)


def looks_like_html(text: str) -> bool:
    """Whether *text* is a web page: it starts with ``<!DOCTYPE html>`` or ``<html>``.

    Args:
        text: The text of a file or of standard input.

    Returns:
        ``True`` for an HTML document, ``False`` for anything else (plain text, JSON).
    """
    return _HTML_START.match(text[:4096]) is not None


@attrs.frozen
class Page:
    """What a web page holds: the article text and what the page says about it.

    Attributes:
        text: The article's text (headline and paragraphs, one per line), as extracted.
        title: The headline, when the page has one.
        date: The publication date, when the page gives one.
        author: The byline, when the page gives one.
        site: The site's name (or host name), when the page gives one.
        url: The page's address, when given to :func:`read_html` or found in the page.
    """

    text: str
    title: str | None = None
    date: datetime.date | None = None
    author: str | None = None
    site: str | None = None
    url: str | None = None

    def document(
        self,
        *,
        source: str | None = None,
        title: str | None = None,
        date: datetime.date | None = None,
    ) -> Document:
        """The page as a :class:`~stancekit.batch.Document` for :func:`~stancekit.parse_many`.

        Args:
            source: The article's source; defaults to the site's name, then the URL.
            title: Overrides the page's headline.
            date: Overrides the page's date.

        Returns:
            The document, with the extracted text.
        """
        return Document(
            self.text,
            source=source or self.site or self.url,
            title=title or self.title,
            date=date or self.date,
        )


def _date(value: object) -> datetime.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_html(html: str | bytes, *, url: str | None = None) -> Page:
    """Extract the article text, headline, date, author and site name from a web page.

    Args:
        html: The page (text, or bytes in the encoding the page declares).
        url: The page's address, when known: it helps to find the date and the site.

    Returns:
        The :class:`Page`.

    Raises:
        MissingExtraError: when trafilatura (the ``html`` extra) is not installed.
        InputError: when *html* is not a string or bytes (``reason="type"``), or the page
            holds no article text (``reason="empty"``).
    """
    if not isinstance(html, str | bytes):
        raise InputError(
            f"expected the page as str or bytes, got {type(html).__name__}", reason="type"
        )
    trafilatura = require("trafilatura", "html", "reading web pages")
    extracted = trafilatura.extract(
        html,
        url=url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        # The page's own publication date only: no guess from a copyright line or the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    record = json.loads(extracted) if extracted else {}
    text = record.get("text") or ""
    if not text.strip():
        raise InputError("the page holds no article text that could be extracted", reason="empty")
    return Page(
        text=text,
        title=_str(record.get("title")),
        date=_date(record.get("date")),
        author=_str(record.get("author")),
        site=_str(record.get("source-hostname")) or _str(record.get("hostname")),
        url=url or _str(record.get("source")),
    )
