"""Reading article text from bytes, files and standard input, with one set of messages."""

from __future__ import annotations

import sys
from typing import BinaryIO

from .errors import InputError

__all__ = ["decode_text", "read_at_most", "read_stdin"]

_BLOCK = 1 << 20


def read_at_most(stream: BinaryIO, limit: int | None) -> bytes:
    """Read *stream* to its end or to *limit* bytes, whichever comes first.

    In blocks, so that a huge *limit* (``--max-chars 10**22``) allocates nothing up front.
    """
    if limit is None:
        return stream.read()
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = stream.read(min(_BLOCK, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _looks_binary(data: bytes) -> bool:
    """Whether *data* holds the NUL bytes of UTF-16 or a binary file (text has none)."""
    sample = data[:4096]
    return sample.count(0) * 8 > len(sample)  # over 1 byte in 8: no text looks like that


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
    if _looks_binary(data):
        raise InputError(
            f"{name} is not UTF-8 text: it is full of NUL bytes (UTF-16 without a byte-order"
            " mark, or a binary file); convert it to UTF-8 first",
            reason="decode",
        )
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
    limit = None if max_chars is None else 4 * max_chars + 4
    if stream is None and sys.stdin is None:  # started with stdin closed (<&-)
        raise InputError(f"cannot read {name}: it is closed", reason="read")
    try:
        data = read_at_most(stream or sys.stdin.buffer, limit)
    except (OSError, ValueError, AttributeError) as exc:
        raise InputError(f"cannot read {name}: {exc}", reason="read") from None
    if limit is not None and len(data) >= limit:
        raise InputError(
            f"{name} has more than {max_chars:,} characters (raise the limit with --max-chars)",
            reason="too-large",
        )
    return decode_text(data, name, errors)
