"""What the commands share: exit statuses, the user-facing error, reading an article, and
argument types. Commands import from here, never from each other."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal, TextIO

from .._read import read_stdin
from ..batch import ParseFailure, parse_many, read_file
from ..corpus import Corpus, FailureRecord
from ..errors import InputError, StancekitError
from ..io.html import HTML_SUFFIXES, looks_like_html, read_html
from ..io.records import is_article_json, read_records
from ..lexicon import Lexicon
from ..model import Article
from ..parse import DEFAULT_MAX_CHARS, parse
from ..query import with_topics
from ..topics import Codebook

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "CLIError",
    "Command",
    "InputKind",
    "OutputClosedError",
    "Terminated",
    "add_input_options",
    "add_metadata_options",
    "add_model_options",
    "add_output_options",
    "guard_output",
    "input_kind",
    "iso_date",
    "load_article",
    "load_input_corpus",
    "model_options",
    "non_negative_int",
    "open_output",
    "plural",
    "positive_int",
    "read_text",
    "say",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

#: A command: parsed arguments and the output stream in, exit status out.
Command = Callable[[argparse.Namespace, TextIO], int]


class CLIError(StancekitError):
    """A user-facing command-line failure (printed as one line)."""


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C (workers stopped, summary written), exit 143."""


class OutputClosedError(Exception):
    """The reader of standard output went away (``stancekit parse ... | head``)."""


class _Guarded:
    """*stream* whose broken pipe is :class:`OutputClosedError`, not any ``BrokenPipeError``,
    and which writes what its encoding cannot hold as backslash escapes.

    So that a broken pipe elsewhere (a worker pool that cannot start) is an error, not the
    quiet end that a closed ``| head`` deserves.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            try:
                return self._stream.write(text)
            except UnicodeEncodeError:
                # A strict stdout (PYTHONIOENCODING=utf-8:strict) and a file name or question
                # holding undecodable bytes (lone surrogates): show them as \\udcxx escapes.
                encoding = getattr(self._stream, "encoding", None) or "utf-8"
                safe = text.encode(encoding, "backslashreplace").decode(encoding)
                return self._stream.write(safe)
        except BrokenPipeError:
            raise OutputClosedError from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise OutputClosedError from None

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def say(message: str) -> None:
    """Print ``stancekit: MESSAGE`` on stderr, whatever the message holds.

    Characters stderr's encoding cannot take (lone surrogates from undecodable file names)
    become backslash escapes; a closed stderr drops the message rather than raise.
    """
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    with contextlib.suppress(OSError, ValueError, LookupError):
        line = f"stancekit: {message}\n".encode(encoding, "backslashreplace").decode(encoding)
        sys.stderr.write(line)
        sys.stderr.flush()


def guard_output(stream: TextIO) -> TextIO:
    """*stream*, with a broken pipe on it raised as :class:`OutputClosedError`."""
    guarded: TextIO = _Guarded(stream)  # type: ignore[assignment]
    return guarded


def add_output_options(p: argparse.ArgumentParser) -> None:
    """``-o/--output FILE`` and ``--force``."""
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output; FILE appears only once complete"
        " (written beside it under a temporary name, then renamed)",
    )
    p.add_argument(
        "--force", action="store_true", help="replace FILE (-o, --failures) if it exists"
    )


@contextlib.contextmanager
def open_output(path: str | None, out: TextIO, *, force: bool) -> Iterator[TextIO]:
    """The stream to write to: *out*, or the file *path* written atomically.

    The file replaces *path* only when the block succeeds; an error, Ctrl-C or SIGTERM
    leaves no file (and an existing one unchanged).

    Raises:
        CLIError: when *path* exists and *force* is false, or cannot be written.
    """
    if path is None:
        yield out
        return
    from .._atomic import TargetExistsError, atomic_write

    try:
        with atomic_write(path, overwrite=force) as f:
            yield f
    except TargetExistsError:
        raise CLIError(f"{path} already exists (pass --force to replace it)") from None
    except IsADirectoryError:
        raise CLIError(f"{path} is a directory") from None
    except OSError as exc:
        raise CLIError(f"cannot write {path}: {exc.strerror or exc}") from None


def read_text(
    path: str,
    *,
    errors: str = "strict",
    stdin: TextIO | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> str:
    """Read an article from *path* (``-`` for standard input) as UTF-8.

    At most what *max_chars* characters can take in UTF-8 is read, so an endless input
    (``< /dev/zero``) is an error, not an exhausted memory.

    Raises:
        InputError: when the file is missing, unreadable, too large, undecodable or empty.
    """
    if path == "-":
        stream = stdin or sys.stdin
        buffer = None if stream is None else getattr(stream, "buffer", None)
        if buffer is None:  # started with stdin closed (<&-)
            raise InputError("cannot read standard input: it is closed", reason="read")
        return read_stdin(buffer, errors=errors, max_chars=max_chars)
    return read_file(path, errors=errors, max_chars=max_chars)


#: What an input file holds: a web page, records to parse (CSV or JSON Lines of text, date,
#: title, source), a stancekit corpus (JSON Lines of parsed articles), or anything else
#: (an article's text, stancekit JSON, a DNA database: :func:`~stancekit.io.load_corpus`).
InputKind = Literal["html", "records", "corpus", "other"]

_RECORD_SUFFIXES = (".csv",)
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _first_json_line(path: str) -> object:
    if not os.path.isfile(path):  # a FIFO or a device: opening it could block
        return None
    try:
        with open(path, "rb") as f:
            for raw in f:
                if raw.strip():
                    return json.loads(raw.decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return None
    return None


def input_kind(path: str) -> InputKind:
    """What the file at *path* holds, from its name and, for JSON Lines, its first line.

    Standard input (``-``) and files that cannot be read are ``"other"``: reading them
    later gives the error.
    """
    if path == "-":
        return "other"
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in _RECORD_SUFFIXES:
        return "records"
    if suffix in _JSONL_SUFFIXES:
        first = _first_json_line(path)
        return "records" if isinstance(first, dict) and not is_article_json(first) else "corpus"
    return "html" if _starts_like_html(path) else "other"


def _starts_like_html(path: str) -> bool:
    """Whether the file starts like a web page (a page saved without ``.html``)."""
    if not os.path.isfile(path):  # a FIFO or a device: opening it could block
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except (OSError, ValueError):
        return False
    return looks_like_html(head.decode("utf-8", errors="replace").removeprefix("\ufeff"))


def load_article(
    path: str,
    errors: str,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    *,
    title: str | None = None,
    date: datetime.date | None = None,
    source: str | None = None,
    lexicon: Lexicon | None = None,
    topics: Codebook | None = None,
) -> Article:
    """Read and parse the article at *path* (``-``: standard input): its text, or the
    article of a web page (a ``.html`` file, or text starting with ``<!DOCTYPE html>``).

    *title*, *date* and *source* are recorded on the article (for a page, they override
    what the page says); the source defaults to the file name (for a page: its site name,
    then the file name). *lexicon* and *topics* are :func:`~stancekit.parse`'s.
    """
    text = read_text(path, errors=errors, max_chars=max_chars)
    name = None if path == "-" else path
    if looks_like_html(text) or Path(path).suffix.lower() in HTML_SUFFIXES:
        doc = read_html(text).document(source=source, title=title, date=date)
        return parse(
            doc.text,
            title=doc.title,
            date=doc.date,
            source=doc.source or name,
            max_chars=max_chars,
            lexicon=lexicon,
            topics=topics,
        )
    return parse(
        text,
        title=title,
        date=date,
        source=source or name,
        max_chars=max_chars,
        lexicon=lexicon,
        topics=topics,
    )


def load_input_corpus(
    path: str,
    errors: str,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    *,
    err: TextIO | None = None,
    failures: list[FailureRecord] | None = None,
    lexicon: Lexicon | None = None,
    topics: Codebook | None = None,
) -> Corpus:
    """The corpus at *path*: records parsed (each failure reported on *err*, one line),
    a web page parsed, or what :func:`~stancekit.io.load_corpus` reads (a JSON Lines
    corpus, stancekit JSON, a DNA database, an article's text). What is parsed here is
    parsed with *lexicon*; every article takes the codebook *topics* (parsed articles
    through :func:`~stancekit.query.with_topics`).

    Raises:
        InputError: when the input cannot be read or is malformed.
        CLIError: when no record of a records file could be parsed.
    """
    from ..io.corpus import load_corpus

    kind = input_kind(path)
    if kind == "records":
        stream = err or sys.stderr
        articles: list[Article] = []
        failed = 0
        for result in parse_many(read_records(path), max_chars=max_chars, lexicon=lexicon):
            if isinstance(result, ParseFailure):
                failed += 1
                print(
                    f"stancekit: skipped: {path}: record {result.index + 1}: {result.error}",
                    file=stream,
                )
            else:
                articles.append(with_topics(result, topics) if topics is not None else result)
        if not articles:
            if failed:
                raise CLIError(f"{path}: none of its {plural(failed, 'record')} could be parsed")
            raise CLIError(f"{path} holds no record")
        return Corpus(articles)
    if kind == "html":
        return Corpus([load_article(path, errors, max_chars, lexicon=lexicon, topics=topics)])
    corpus = load_corpus(path, errors, max_chars=max_chars, failures=failures)
    if topics is None:
        return corpus
    return Corpus([with_topics(a, topics) for a in corpus.articles])


def add_metadata_options(p: argparse.ArgumentParser) -> None:
    """``--title``, ``--date``, ``--source``: what is known about a single article."""
    p.add_argument("--title", help="the article's headline (for a web page: instead of its own)")
    p.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the article's publication date, which --since/--until read",
    )
    p.add_argument(
        "--source",
        help="the article's outlet or origin (default: the file name or the page's site)",
    )


def iso_date(value: str) -> datetime.date:
    """An argparse type: a date written ``YYYY-MM-DD``."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_model_options(p: argparse.ArgumentParser) -> None:
    """``--topics FILE`` (a codebook of proposals) and ``--lexicon FILE`` (extra words)."""
    p.add_argument(
        "--topics",
        metavar="FILE",
        help="codebook of proposals (TOML or JSON: [[topic]] label, phrases): the targets"
        " it names take its labels and keys",
    )
    p.add_argument(
        "--lexicon",
        metavar="FILE",
        help="lexicon file (TOML or JSON, see docs/lexicon.md) added to the default lexicon"
        " for the texts parsed",
    )


def model_options(args: argparse.Namespace) -> tuple[Lexicon | None, Codebook | None]:
    """The lexicon and codebook that ``--lexicon`` and ``--topics`` name (``None`` if absent).

    Raises:
        InputError: when the codebook cannot be read or is malformed.
        LexiconError: when the lexicon file cannot be read or is malformed.
    """
    lex_path = getattr(args, "lexicon", None)
    topics_path = getattr(args, "topics", None)
    lexicon = Lexicon.load(lex_path, base=Lexicon.default()) if lex_path else None
    topics = Codebook.load(topics_path) if topics_path else None
    return lexicon, topics


def add_input_options(p: argparse.ArgumentParser) -> None:
    """``--errors``: what to do with bytes that are not UTF-8."""
    p.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="what to do with bytes that are not UTF-8 (default: strict, an error)",
    )


def non_negative_int(value: str) -> int:
    """An argparse type: a whole number >= 0."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more (got {n})")
    return n


def positive_int(value: str) -> int:
    """An argparse type: a whole number >= 1."""
    n = non_negative_int(value)
    if n == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def plural(n: int, word: str) -> str:
    """``"1 article"``, ``"2,000 articles"``."""
    return f"{n:,} {word}" + ("" if n == 1 else "s")
