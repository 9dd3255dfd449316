"""Corpora as JSON Lines: one article's JSON per line, written atomically, read lazily.

Lines that older batch runs wrote for failed inputs (``{"source": ..., "error": ...}``) are
failure records: readers skip and count them, never silently.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from .. import json as sk_json
from ..errors import JSONError
from ..model import Article

if TYPE_CHECKING:
    pass


__all__ = [
    "FailureRecord",
    "FailureRecordsWarning",
    "PathLike",
    "describe_failures",
    "iter_jsonl",
    "iter_jsonl_lines",
    "write_jsonl",
]

PathLike = str | os.PathLike[str]


def _json_line(article: Article) -> str:
    data = sk_json.unstructure(article)
    line = json.dumps(data, ensure_ascii=False)
    if _SURROGATE.search(line):
        # Lone surrogates (from surrogateescape decoding) cannot be UTF-8: escape them, so
        # the line is valid UTF-8 and loads back to the same string.
        line = json.dumps(data, ensure_ascii=True)
    return line


_SURROGATE = re.compile("[\ud800-\udfff]")


def write_jsonl(articles: Iterable[Article], path: PathLike, *, overwrite: bool = False) -> int:
    """Write *articles* to *path* as JSON Lines: one article's JSON per line, UTF-8.

    The file is written beside *path* under a temporary name and renamed into place once
    complete (see ``docs/performance.md``): an error, Ctrl-C or a crash midway leaves *path*
    as it was. Text holding lone surrogates is written with ``\\uXXXX`` escapes.

    Args:
        articles: The articles, in the order they are to be stored.
        path: The file to create.
        overwrite: Replace *path* when it exists (else that is an error).

    Returns:
        The number of articles written.

    Raises:
        FileExistsError: when *path* exists (a symlink, even dangling, counts) and
            *overwrite* is false.
        OSError: when the file cannot be written.
    """
    from .._atomic import atomic_write

    count = 0
    with atomic_write(path, overwrite=overwrite) as f:
        for article in articles:
            # json.dumps escapes every line break inside strings, so one article is one line.
            f.write(_json_line(article))
            f.write("\n")
            count += 1
    return count


@attrs.frozen
class FailureRecord:
    """A line of a JSON Lines file that records a failed input, not an article.

    Batch runs of earlier stancekit versions wrote ``{"source": ..., "error": ...}`` in place of an
    input that could not be parsed; readers skip such lines and count them.

    Attributes:
        line: The line number (from 1).
        source: The input that failed, when recorded.
        error: Why it failed.
    """

    line: int
    source: str | None
    error: str

    def __str__(self) -> str:
        where = self.source if self.source is not None else "an input"
        return f"line {self.line}: {where}: {self.error}"


class FailureRecordsWarning(UserWarning):
    """A JSON Lines corpus held failure records (skipped); the message counts them."""


_FAILURE_KEYS = frozenset({"source", "error", "index", "error_type", "reason"})


def _failure_record(line: str, number: int) -> FailureRecord | None:
    """The failure record on *line*, or ``None`` when it is not one."""
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or "error" not in data or not data.keys() <= _FAILURE_KEYS:
        return None
    source, error = data.get("source"), data["error"]
    if not isinstance(error, str) or not (source is None or isinstance(source, str)):
        return None
    return FailureRecord(number, source, error)


def describe_failures(failures: Sequence[FailureRecord], name: str) -> str:
    """One line counting the failure records skipped in *name*, with the first of them."""
    n = len(failures)
    lines = "line is a failure record" if n == 1 else "lines are failure records"
    return f"{name}: {n:,} {lines} of a batch run, not articles: skipped ({failures[0]})"


def iter_jsonl(path: PathLike, *, failures: list[FailureRecord] | None = None) -> Iterator[Article]:
    """Read articles from a JSON Lines file lazily, one line at a time.

    Blank lines are skipped; a UTF-8 byte order mark at the start is ignored. Failure
    records (``{"source": ..., "error": ...}``, which older batch runs wrote) are skipped
    and reported, see :func:`iter_jsonl_lines`.

    Args:
        path: A file written by :func:`write_jsonl` (or any file with one article per line).
        failures: A list that receives the failure records met; when ``None``, a
            :class:`FailureRecordsWarning` counting them is issued at the end instead.

    Yields:
        Each article, in file order.

    Raises:
        JSONError: when a line is not valid UTF-8 or not a valid article; every message starts
            with ``line N:``.
        OSError: when the file cannot be opened.
    """
    with open(path, "rb") as f:
        yield from iter_jsonl_lines(f, failures=failures, name=os.fspath(path))


def iter_jsonl_lines(
    lines: Iterable[str | bytes],
    *,
    failures: list[FailureRecord] | None = None,
    name: str = "JSON Lines",
) -> Iterator[Article]:
    """Read articles from JSON Lines already split into lines (text or UTF-8 bytes).

    Args:
        lines: The lines, e.g. an open binary file or ``text.split("\\n")``. Not
            ``text.splitlines()`` for JSON from elsewhere: it also splits at U+2028, NEL and
            other characters a JSON string may hold raw (:func:`stancekit.json.dumps`
            escapes them, so its own lines survive either way).
        failures: A list that receives every failure record met (a line
            ``{"source": ..., "error": ...}`` that a batch run wrote for a failed input);
            when ``None``, a :class:`FailureRecordsWarning` counting them is issued once the
            lines are read. Either way they are never skipped silently.
        name: What the lines come from, for the warning.

    Yields:
        Each article, in order; blank lines are skipped.

    Raises:
        JSONError: when a line is not valid UTF-8 or not a valid article; every message starts
            with ``line N:``.
    """
    found: list[FailureRecord] = [] if failures is None else failures
    start = len(found)
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise JSONError([f"line {number}: not valid UTF-8 (byte {exc.start})"]) from None
        else:
            line = raw
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            article = sk_json.loads(line, Article)
        except JSONError as exc:
            record = _failure_record(line, number)
            if record is None:
                raise JSONError([f"line {number}: {e}" for e in exc.errors]) from None
            found.append(record)
            continue
        yield article
    if failures is None and len(found) > start:
        warnings.warn(describe_failures(found[start:], name), FailureRecordsWarning, stacklevel=2)
