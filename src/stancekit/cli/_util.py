"""What the commands share: exit statuses, the user-facing error, reading an article, and
argument types. Commands import from here, never from each other."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TextIO

from .._read import read_stdin
from ..batch import read_file
from ..errors import StancekitError
from ..model import Article
from ..parse import DEFAULT_MAX_CHARS, parse

__all__ = [
    "EXIT_ERROR",
    "EXIT_OK",
    "EXIT_USAGE",
    "CLIError",
    "Command",
    "add_input_options",
    "load_article",
    "non_negative_int",
    "plural",
    "positive_int",
    "read_text",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

#: A command: parsed arguments and the output stream in, exit status out.
Command = Callable[[argparse.Namespace, TextIO], int]


class CLIError(StancekitError):
    """A user-facing command-line failure (printed as one line)."""


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
        return read_stdin((stdin or sys.stdin).buffer, errors=errors, max_chars=max_chars)
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
