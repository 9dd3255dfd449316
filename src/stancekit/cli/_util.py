"""What the commands share: exit statuses, the user-facing error, reading an article, and
argument types. Commands import from here, never from each other."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from ..batch import read_file
from ..errors import InputError, StancekitError
from ..io._read import read_stdin
from ..model import Article
from ..parse import DEFAULT_MAX_CHARS, parse

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "CLIError",
    "Command",
    "OutputClosedError",
    "Terminated",
    "add_input_options",
    "add_output_options",
    "guard_output",
    "load_article",
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
    from ..io._atomic import TargetExistsError, atomic_write

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


def load_article(path: str, errors: str, max_chars: int | None = DEFAULT_MAX_CHARS) -> Article:
    """Read and parse the article at *path* (``-``: standard input)."""
    text = read_text(path, errors=errors, max_chars=max_chars)
    return parse(text, source=None if path == "-" else path, max_chars=max_chars)


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
