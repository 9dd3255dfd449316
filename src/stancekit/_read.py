"""Reading article text from bytes, files and standard input, with one set of messages."""

from __future__ import annotations

import sys
from typing import BinaryIO

from .errors import InputError

__all__ = ["decode_text", "read_stdin"]


def decode_text(data: bytes, name: str, errors: str = "strict") -> str:
    """Decode *data* (read from *name*) as UTF-8, without a leading byte-order mark.

    Raises:
        InputError: when the bytes are not UTF-8 (``reason="decode"``) or the text is blank
            (``reason="empty"``).
    """
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid UTF-8 (byte {exc.start}); pass --errors replace to"
            " substitute undecodable bytes",
            reason="decode",
        ) from None
    except LookupError:
        raise InputError(f"unknown decoding error handler {errors!r}", reason="decode") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"{name} is empty", reason="empty")
    return text


def read_stdin(
    stream: BinaryIO | None = None, *, errors: str = "strict", max_chars: int | None = None
) -> str:
    """Read standard input (or the binary *stream*) as UTF-8 text.

    At most what *max_chars* characters can take in UTF-8 is read, so an endless input
    (``< /dev/zero``) is an error, not an exhausted memory.

    Raises:
        InputError: when the input cannot be read, is too large, undecodable or blank.
    """
    name = "standard input"
    limit = -1 if max_chars is None else 4 * max_chars + 4
    try:
        data = (stream or sys.stdin.buffer).read(limit)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {name}: {exc}", reason="read") from None
    if max_chars is not None and len(data) >= limit:
        raise InputError(
            f"{name} has more than {max_chars:,} characters (raise the limit with --max-chars)",
            reason="too-large",
        )
    return decode_text(data, name, errors)
