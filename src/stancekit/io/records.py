"""Articles as records: CSV or JSON Lines with ``text``, ``date``, ``title`` and ``source``.

What scrapers and spreadsheets produce::

    text,date,title,source
    "The minister said ...",2024-02-27,Allies taken aback,Wire

    {"text": "The minister said ...", "date": "2024-02-27", "title": "...", "source": "Wire"}

:func:`read_records` yields one :class:`~stancekit.batch.Document` per record, for
:func:`stancekit.parse_many`. Only ``text`` is required; other columns or keys (``url``,
``id``...) are ignored. A date is ``YYYY-MM-DD`` or an ISO date and time
(``2024-02-27T09:30:00Z``, of which the day is kept).
"""

from __future__ import annotations

import csv
import datetime
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from ..batch import Document
from ..errors import InputError

__all__ = ["ARTICLE_KEYS", "RECORD_FIELDS", "RecordFormat", "is_article_json", "read_records"]

#: The fields a record may carry; ``text`` is required.
RECORD_FIELDS = ("text", "date", "title", "source")

#: Keys only a parsed stancekit article has: a JSON object with one of them is an article.
ARTICLE_KEYS = frozenset({"actors", "statements", "stances", "reactions"})

RecordFormat = Literal["csv", "jsonl"]

_SUFFIXES: dict[str, RecordFormat] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}

csv.field_size_limit(2**31 - 1)  # article texts are longer than csv's 128 kB default


def is_article_json(value: object) -> bool:
    """Whether *value* (a decoded JSON value) is a parsed stancekit article, not a record."""
    return isinstance(value, dict) and not ARTICLE_KEYS.isdisjoint(value)


def _date(value: object, where: str) -> datetime.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    msg = f"{where}: date must be YYYY-MM-DD or an ISO date and time (got {value!r})"
    raise InputError(msg, reason="decode")


def _optional_str(record: dict[str, object], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        msg = f"{where}: {key} must be a string (got {type(value).__name__})"
        raise InputError(msg, reason="decode")
    return value.strip() or None


def _document(record: dict[str, object], where: str) -> Document:
    text = record.get("text")
    if not isinstance(text, str):
        got = "nothing" if text is None else type(text).__name__
        raise InputError(f"{where}: text must be a string (got {got})", reason="decode")
    if not text.strip():
        raise InputError(f"{where}: text is empty", reason="empty")
    return Document(
        text,
        source=_optional_str(record, "source", where),
        title=_optional_str(record, "title", where),
        date=_date(record.get("date"), where),
    )


def _csv_documents(lines: Iterable[str], name: str) -> Iterator[Document]:
    reader = csv.DictReader(lines)
    fields = reader.fieldnames or []
    if "text" not in fields:
        found = ", ".join(repr(f) for f in fields) or "none"
        raise InputError(f"{name}: no 'text' column (columns: {found})", reason="decode")
    for row in reader:
        where = f"{name}: line {reader.line_num}"
        # csv skips blank lines itself; a missing cell is None, an empty one "".
        yield _document({k: v for k, v in row.items() if k in RECORD_FIELDS}, where)


def _jsonl_documents(lines: Iterable[str], name: str) -> Iterator[Document]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}: line {number}"
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise InputError(f"{where}: not JSON ({exc})", reason="decode") from None
        if not isinstance(value, dict):
            msg = f"{where}: expected a JSON object with a text, got {type(value).__name__}"
            raise InputError(msg, reason="decode")
        if is_article_json(value):
            msg = (
                f"{where}: this is a parsed stancekit article, not a record to parse;"
                " read the file with stancekit.Corpus.read_jsonl"
            )
            raise InputError(msg, reason="decode")
        yield _document(value, where)


def read_records(
    path: str | os.PathLike[str], *, format: RecordFormat | None = None
) -> Iterator[Document]:
    """Read articles to parse from a CSV or JSON Lines file of records, lazily.

    Args:
        path: The file (UTF-8; a byte-order mark is ignored).
        format: ``"csv"`` or ``"jsonl"``; by default the file name's ending says
            (``.csv``; ``.jsonl`` or ``.ndjson``).

    Yields:
        One :class:`~stancekit.batch.Document` per record, in file order; blank lines and
        rows are skipped.

    Raises:
        InputError: when the file cannot be read, the format cannot be told, a record has no
            text, or a field is malformed (the message names the file and the line).
    """
    name = os.fspath(path)
    kind = format or _SUFFIXES.get(Path(name).suffix.lower())
    if kind not in ("csv", "jsonl"):
        msg = f"{name}: cannot tell the records' format; name the file .csv or .jsonl"
        raise InputError(msg, reason="read")
    try:
        with open(name, encoding="utf-8-sig", newline="") as f:
            if kind == "csv":
                yield from _csv_documents(f, name)
            else:
                yield from _jsonl_documents(f, name)
    except FileNotFoundError:
        raise InputError(f"no such file: {name}", reason="read") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not valid UTF-8 (byte {exc.start})", reason="decode") from None
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}", reason="read") from None
