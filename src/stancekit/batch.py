"""Parse many articles: streaming, order-preserving, bounded in memory, optionally in parallel.

::

    from stancekit import Document, ParseFailure, parse_many

    for result in parse_many(texts, workers=4):
        if isinstance(result, ParseFailure):
            log.warning("%s: %s", result.source, result.error)
        else:
            store(result)

One result comes out per input, in input order, as soon as it and every earlier one are
ready. Inputs are read lazily from any iterable (a generator over millions of files is fine):
at most ``workers * 4`` chunks of ``chunksize`` articles are in flight at once, so memory stays
flat however long the stream. A text that cannot be parsed (too large, not a string, a parser
bug) becomes a :class:`ParseFailure` in its place; the stream goes on.

With ``workers > 1`` articles are parsed in worker processes started with ``forkserver``
(``spawn`` where that is unavailable): scripts that call these functions at module level must
guard them with ``if __name__ == "__main__":``, as for any :mod:`multiprocessing` code.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import stat
import traceback
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import attrs

from . import json as sk_json
from ._document import Document
from ._page import HTML_SUFFIXES, looks_like_html, read_html
from ._read import decode_text, read_at_most
from .errors import BatchError, InputError, StancekitError
from .lexicon import Lexicon
from .model import Article
from .parse import DEFAULT_MAX_CHARS, KnownActor, parse

if TYPE_CHECKING:
    import multiprocessing.context

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "Document",
    "ParseFailure",
    "ParseResult",
    "Results",
    "parse_files",
    "parse_many",
    "read_file",
    "to_json_line",
]

#: Articles sent to a worker process at a time by default.
DEFAULT_CHUNKSIZE = 16

#: Chunks in flight per worker process: enough to keep every worker busy, few enough to keep
#: memory flat.
_CHUNKS_PER_WORKER = 4

T = TypeVar("T")


@attrs.frozen
class ParseFailure:
    """An input that could not be turned into an :class:`~stancekit.model.Article`.

    Attributes:
        index: Position of the input in the iterable given to the batch function.
        source: The input's source (file name), when known.
        error: One-line, human-readable message.
        error_type: Name of the exception class (``"InputError"``); anything that is not a
            :class:`~stancekit.errors.StancekitError` is a bug worth reporting.
        reason: The error's machine-readable reason, when it has one (``"too-large"``).
        details: The traceback, for unexpected errors only.
    """

    index: int
    source: str | None
    error: str
    error_type: str
    reason: str | None = None
    details: str | None = None

    @property
    def unexpected(self) -> bool:
        """Whether the failure is a bug (an exception stancekit does not raise on purpose)."""
        return self.details is not None

    def __str__(self) -> str:
        where = self.source if self.source is not None else f"input #{self.index}"
        return f"{where}: {self.error}"


#: What batch functions yield for each input.
ParseResult: TypeAlias = Article | ParseFailure


@attrs.frozen
class ParseOptions:
    """Parse settings shared by every article of a batch, sent once to each worker.

    Public inside the package (:mod:`stancekit.cluster` sends it to its workers), not
    exported.
    """

    lexicon: Lexicon | None
    actors: tuple[KnownActor, ...]
    max_chars: int | None
    errors: str = "strict"


def failure_of(index: int, source: str | None, exc: BaseException) -> ParseFailure:
    """The :class:`ParseFailure` reporting *exc* for input *index* (shared with the cluster)."""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, StancekitError):
        reason = getattr(exc, "reason", None)
        return ParseFailure(index, source, message, type(exc).__name__, reason)
    details = "".join(traceback.format_exception(exc))
    return ParseFailure(
        index, source, f"{type(exc).__name__}: {message}", type(exc).__name__, None, details
    )


def _parse_item(index: int, item: object, options: ParseOptions) -> ParseResult:
    source = item.source if isinstance(item, Document) else None
    try:
        if isinstance(item, Document):
            return parse(
                item.text,
                title=item.title,
                date=item.date,
                source=item.source,
                lexicon=options.lexicon,
                actors=options.actors,
                max_chars=options.max_chars,
            )
        # parse() itself rejects what is not a str, with a clear InputError.
        return parse(
            item,  # type: ignore[arg-type]
            lexicon=options.lexicon,
            actors=options.actors,
            max_chars=options.max_chars,
        )
    except Exception as exc:  # one bad article must not stop the stream
        return failure_of(index, source, exc)


def read_file(
    path: str | os.PathLike[str], *, errors: str = "strict", max_chars: int | None = None
) -> str:
    """Read an article file as UTF-8 (a leading byte-order mark is dropped).

    Args:
        path: The file.
        errors: ``"strict"`` (undecodable bytes are an error) or ``"replace"`` (they become
            U+FFFD).
        max_chars: Refuse a file with more bytes than this many characters can take in
            UTF-8 (4 a character), reading no more of it than that: ``/dev/zero`` or a
            50 GB dump cannot exhaust memory. :func:`~stancekit.parse` checks the exact
            number of characters.

    Returns:
        The text, without a leading byte-order mark.

    Raises:
        InputError: when the file is missing, unreadable, too large, undecodable or blank
            (``reason`` is ``"read"``, ``"too-large"``, ``"decode"`` or ``"empty"``).
    """
    name = os.fspath(path)
    limit = None if max_chars is None else 4 * max_chars + 3  # + a byte-order mark
    try:
        # Non-blocking open: a FIFO with no writer is an empty input, not a hang.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as file:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError(name)
            os.set_blocking(fd, True)
            size = info.st_size  # 0 for pipes and devices: read to learn
            too_large = limit is not None and size > limit
            # In blocks: a huge limit (max_chars=10**22) allocates nothing up front.
            data = b"" if too_large else read_at_most(file, None if limit is None else limit + 1)
    except FileNotFoundError:
        raise InputError(f"no such file: {name}", reason="read") from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a file: {name}", reason="read") from None
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}", reason="read") from None
    except (ValueError, TypeError) as exc:  # e.g. a NUL character in the name
        raise InputError(f"cannot read {name!r}: {exc}", reason="read") from None
    if too_large or (limit is not None and len(data) > limit):
        shown = f"{size:,} bytes" if too_large else f"over {limit:,} bytes"
        msg = f"{name} is too large ({shown} for a limit of {max_chars:,} characters)"
        raise InputError(msg, reason="too-large")
    return decode_text(data, name, errors)


def _parse_path(index: int, path: object, options: ParseOptions) -> ParseResult:
    source = os.fspath(path) if isinstance(path, str | os.PathLike) else None
    try:
        if source is None:
            msg = f"expected a file path, got {type(path).__name__}"
            raise InputError(msg, reason="type")
        text = read_file(source, errors=options.errors, max_chars=options.max_chars)
        document = Document(text, source=source)
        if source.lower().endswith(HTML_SUFFIXES) or looks_like_html(text):
            # A web page: its article's text and metadata (the html extra); the page's site
            # is the source, as for one page on the command line, else the file.
            page = read_html(text).document()
            document = attrs.evolve(page, source=page.source or source)
    except Exception as exc:
        return failure_of(index, source, exc)
    return _parse_item(index, document, options)


# -- the engine ---------------------------------------------------------------------------
# Each worker process has a pipe of its own (no shared queue, lock or thread): it receives
# the shared options once, then chunks of (index, item) pairs, and sends each chunk's results
# back. A dead worker is an end of file on its pipe, never a lock held forever or a message
# half read; stopping early kills the workers at once. Worker functions are top-level so that
# spawn/forkserver can import them.

_Worker = Callable[[int, Any, ParseOptions], ParseResult]
_Chunk = list[tuple[int, Any]]


def _worker_main(conn: Any, func: _Worker, options: ParseOptions) -> None:
    # Ctrl-C reaches the whole process group: let the main process handle it (it stops the
    # workers) rather than every worker printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(EOFError, OSError):
        while (chunk := conn.recv()) is not None:
            conn.send([func(i, item, options) for i, item in chunk])


def _mp_context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # here, not at the top: ``import stancekit`` stays light

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _check_settings(workers: int | None, chunksize: int) -> int:
    n = 1 if workers is None else workers
    if type(n) is not int or n < 1:
        raise BatchError(f"workers must be a positive int (got {workers!r})", reason="settings")
    if type(chunksize) is not int or chunksize < 1:
        msg = f"chunksize must be a positive int (got {chunksize!r})"
        raise BatchError(msg, reason="settings")
    return n


def _chunks(items: Iterable[T], size: int) -> Iterator[list[tuple[int, T]]]:
    numbered = enumerate(items)
    while chunk := list(islice(numbered, size)):
        yield chunk


#: What the batch functions return: a generator, so that ``close()`` stops the workers at once.
Results: TypeAlias = Generator[ParseResult, None, None]


def _died(chunk: _Chunk) -> BatchError:
    first, last = chunk[0][0], chunk[-1][0]
    return BatchError(
        f"a worker process died while parsing inputs #{first}-#{last} (out of memory, or killed)",
        reason="worker-died",
    )


def _start_failed(exc: BaseException) -> BatchError:
    detail = str(exc) or type(exc).__name__
    return BatchError(f"cannot start worker processes ({detail})", reason="worker-start")


class _Pool:
    """*n* worker processes, one chunk in flight each, stopped at once by :meth:`stop`."""

    def __init__(self, n: int, func: _Worker, options: ParseOptions) -> None:
        self.processes: list[Any] = []
        self.conns: list[Any] = []
        context = _mp_context()
        try:
            for _ in range(n):
                mine, theirs = context.Pipe()
                process = context.Process(  # type: ignore[attr-defined]
                    target=_worker_main, args=(theirs, func, options), daemon=True
                )
                self.conns.append(mine)
                self.processes.append(process)
                process.start()
                theirs.close()
        except BaseException as exc:
            self.stop()
            if isinstance(exc, Exception):
                raise _start_failed(exc) from None
            raise

    def stop(self) -> None:
        """Kill every worker (a running chunk is not waited for) and reap it."""
        for process in self.processes:
            with contextlib.suppress(Exception):
                if process.pid is not None and process.exitcode is None:
                    process.kill()
        for conn in self.conns:
            with contextlib.suppress(Exception):
                conn.close()
        for process in self.processes:
            with contextlib.suppress(Exception):
                if process.pid is not None:
                    process.join(2)

    def finish(self) -> None:
        """Tell every worker to exit, and reap it (killing any that lingers)."""
        for conn in self.conns:
            with contextlib.suppress(Exception):
                conn.send(None)
        for process in self.processes:
            with contextlib.suppress(Exception):
                process.join(2)
        self.stop()


def _run(
    func: _Worker, items: Iterable[Any], options: ParseOptions, workers: int, chunksize: int
) -> Results:
    if workers == 1:
        for i, item in enumerate(items):
            yield func(i, item, options)
        return
    from multiprocessing.connection import wait

    window = workers * _CHUNKS_PER_WORKER
    chunks = _chunks(items, chunksize)
    pool = _Pool(workers, func, options)
    done = False
    try:
        sent: dict[int, tuple[int, _Chunk]] = {}  # worker -> (sequence number, chunk)
        ready: dict[int, list[ParseResult]] = {}  # sequence number -> results
        next_out = next_in = 0
        exhausted = False
        while True:
            # Give every idle worker a chunk, keeping at most `window` chunks unyielded.
            for w in range(workers):
                if w in sent or exhausted or next_in - next_out >= window:
                    continue
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                try:
                    pool.conns[w].send(chunk)
                except (OSError, EOFError):
                    raise _died(chunk) from None
                except Exception:
                    # An input that does not pickle (a generator, a lock): parse the chunk
                    # here, where each bad input becomes a ParseFailure, as with one worker.
                    ready[next_in] = [func(i, item, options) for i, item in chunk]
                else:
                    sent[w] = (next_in, chunk)
                next_in += 1
            while next_out in ready:
                yield from ready.pop(next_out)
                next_out += 1
            if not sent:
                if exhausted and not ready:
                    break
                continue
            busy = {pool.conns[w]: w for w in sent}
            sentinels = {pool.processes[w].sentinel: w for w in sent}
            for obj in wait([*busy, *sentinels]):
                w = busy[obj] if obj in busy else sentinels[obj]
                if w not in sent:
                    continue
                seq, chunk = sent[w]
                try:
                    ready[seq] = pool.conns[w].recv()
                except (OSError, EOFError):
                    raise _died(chunk) from None
                del sent[w]
        done = True
    finally:
        # Also reached when the consumer stops early (break, close, Ctrl-C, SIGTERM, an
        # exception): then the running chunks are not waited for.
        if done:
            pool.finish()
        else:
            pool.stop()


# -- public API ---------------------------------------------------------------------------


def parse_many(
    texts: Iterable[str | Document],
    *,
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    lexicon: Lexicon | None = None,
    actors: Sequence[KnownActor] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Results:
    """Parse a stream of articles, yielding one result per input in input order.

    Args:
        texts: Article texts, or :class:`Document` values carrying a source, title and date.
            Read lazily: any iterable, however long.
        workers: Processes to parse in; ``None`` or 1 parses in this process, one article at a
            time as the results are consumed.
        chunksize: Articles sent to a worker at a time (ignored in this process).
        lexicon: As for :func:`~stancekit.parse`, shared by every article.
        actors: As for :func:`~stancekit.parse`, shared by every article.
        max_chars: As for :func:`~stancekit.parse`; longer texts become failures.

    Yields:
        The :class:`~stancekit.model.Article`, or a :class:`ParseFailure` in its place. Stop
        early with ``close()`` (or by leaving a ``with contextlib.closing(...)`` block): worker
        processes are shut down then rather than when the generator is garbage-collected.

    Raises:
        BatchError: when *workers* or *chunksize* is not a positive int (at once), or when a
            worker process dies (while iterating).
    """
    n = _check_settings(workers, chunksize)
    options = ParseOptions(lexicon, tuple(actors), max_chars)
    return _run(_parse_item, texts, options, n, chunksize)


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    errors: str = "strict",
    workers: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    lexicon: Lexicon | None = None,
    actors: Sequence[KnownActor] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Results:
    """Read (with :func:`read_file`) and parse article files, like :func:`parse_many`.

    Files are read in the worker processes; each article's ``source`` is its path. A web
    page (a ``.html``/``.htm`` file, or text starting with ``<!DOCTYPE html>``) is read as
    :func:`~stancekit.parse_html` reads it: its article's text, title and date (the ``html``
    extra), and the page's site name as ``source`` when it gives one. A file that is
    missing, unreadable, too large, undecodable (with ``errors="strict"``) or blank, or a
    page with no article text, becomes a :class:`ParseFailure`.

    Args:
        paths: Article files, read lazily: any iterable, however long.
        errors: ``"strict"`` (bytes that are not UTF-8 make the file a failure) or
            ``"replace"`` (they become U+FFFD).
        workers: As for :func:`parse_many`.
        chunksize: As for :func:`parse_many`.
        lexicon: As for :func:`~stancekit.parse`, shared by every article.
        actors: As for :func:`~stancekit.parse`, shared by every article.
        max_chars: As for :func:`~stancekit.parse`; larger files are refused from their size,
            without being read in full (see :func:`read_file`).

    Yields:
        The :class:`~stancekit.model.Article`, or a :class:`ParseFailure` in its place, in
        the order of *paths*.

    Raises:
        BatchError: when *errors* is not ``"strict"`` or ``"replace"``, or *workers* or
            *chunksize* is not a positive int (at once), or when a worker process dies
            (while iterating).
    """
    if errors not in ("strict", "replace"):
        msg = f"errors must be 'strict' or 'replace' (got {errors!r})"
        raise BatchError(msg, reason="settings")
    n = _check_settings(workers, chunksize)
    options = ParseOptions(lexicon, tuple(actors), max_chars, errors)
    return _run(_parse_path, paths, options, n, chunksize)


_SURROGATE = re.compile("[\ud800-\udfff]")


def to_json_line(result: ParseResult) -> str:
    """One line of JSON (no newline) for a batch result.

    An article is its :func:`stancekit.json.dumps` form; a failure is
    ``{"source": ..., "error": ...}``. Text that holds lone surrogates (from
    ``surrogateescape`` decoding) is written with ``\\uXXXX`` escapes, so the line is always
    valid UTF-8 and loads back to the same string.

    Args:
        result: What :func:`parse_many` or :func:`parse_files` yielded.

    Returns:
        The line, without a line break.
    """
    data = (
        {"source": result.source, "error": result.error}
        if isinstance(result, ParseFailure)
        else sk_json.unstructure(result)
    )
    line = json.dumps(data, ensure_ascii=False)
    if _SURROGATE.search(line):
        line = json.dumps(data, ensure_ascii=True)
    return line
