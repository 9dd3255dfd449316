"""Loading a corpus from whatever a user points at: a DNA database, JSON Lines, stancekit
JSON, or an article's plain text."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import BinaryIO

from .. import json as sk_json
from .._read import read_stdin
from ..batch import read_file
from ..corpus import Corpus, FailureRecord, iter_jsonl, iter_jsonl_lines
from ..errors import InputError, JSONError
from ..model import Article
from ..parse import DEFAULT_MAX_CHARS, parse

__all__ = ["load_corpus"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _is_sqlite(path: Path) -> bool:
    # Only a regular file can be a database; a FIFO is never opened here (no writer: a hang).
    try:
        if not path.is_file():
            return False
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as f:
            return f.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except (OSError, ValueError):
        return False


# Text that can only be JSON: an object with a key or empty, an array of values or empty.
_JSON_START = re.compile(r'\s*(?:\{\s*["}]|\[\s*[\[{"\]\d-])')


def _json_articles(text: str, name: str) -> list[Article] | None:
    """The articles of a JSON document (an article or a list of them); ``None`` if not JSON."""
    try:
        raw = sk_json.decode(text)
    except JSONError:
        return None
    try:
        if isinstance(raw, list):
            return sk_json.structure(raw, list[Article])
        return [sk_json.structure(raw, Article)]
    except JSONError as exc:
        raise InputError(f"{name}: {exc.errors[0]}", reason="decode") from None


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def load_corpus(
    path: str | Path,
    errors: str = "strict",
    *,
    stdin: BinaryIO | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    failures: list[FailureRecord] | None = None,
) -> Corpus:
    """Load what *path* holds as a corpus, recognising its format by extension and content.

    A ``.dna`` file (or any SQLite file) is read as a DNA database; ``.jsonl``/``.ndjson``
    as JSON Lines; text starting with ``{`` or ``[`` as a stancekit JSON article (or a list
    of them), else as JSON Lines when its first line is a JSON object; any other text is an
    article, parsed with :func:`stancekit.parse`. ``"-"`` reads standard input (or *stdin*).

    JSON Lines failure records (``{"source": ..., "error": ...}`` lines that older batch
    runs wrote) are skipped and go to *failures* (when ``None``, a
    :class:`~stancekit.corpus.FailureRecordsWarning` counts them).

    Raises:
        InputError: when the file is missing, unreadable or malformed.
        DNAError: when a DNA database cannot be read.
    """
    path = str(path)
    name = "standard input" if path == "-" else path
    try:
        if path != "-":
            file = Path(path)
            if file.suffix.lower() == ".dna" or _is_sqlite(file):
                from .dna import read_dna

                return read_dna(file)
            if file.suffix.lower() in _JSONL_SUFFIXES and file.is_file():
                return Corpus(iter_jsonl(file, failures=failures))
            text = read_file(path, errors=errors, max_chars=max_chars)
        else:
            text = read_stdin(stdin, errors=errors, max_chars=max_chars)
        if text.lstrip().startswith(("{", "[")):
            articles = _json_articles(text, name)
            if articles is not None:
                return Corpus(articles)
            # Split on line feeds only: JSON text may hold U+2028 and other separators.
            lines = text.split("\n")
            if _is_json_object(next(line for line in lines if line.strip())):
                return Corpus(iter_jsonl_lines(lines, failures=failures, name=name))
            if _JSON_START.match(text):  # truncated or malformed JSON is not an article
                sk_json.decode(text)  # raises the decoder's message
    except JSONError as exc:
        raise InputError(f"{name}: {exc.errors[0]}", reason="decode") from None
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}", reason="read") from None
    return Corpus([parse(text, source=None if path == "-" else path, max_chars=max_chars)])
