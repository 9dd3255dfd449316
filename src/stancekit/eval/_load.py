"""Loading gold data from a path, whatever its format."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from ..errors import GoldFormatError
from ._brat import load_polnear
from ._gold import GoldDocument
from ._goldjson import read_gold_json

__all__ = ["GoldFormat", "load_gold"]

#: The gold formats :func:`load_gold` reads.
GoldFormat = Literal["polnear", "json"]


def load_gold(
    path: str | Path,
    *,
    format: GoldFormat | None = None,
    limit: int | None = None,
    strict: bool = False,
) -> list[GoldDocument]:
    """Read gold documents from a PolNeAR-layout directory or a stancekit gold JSON file.

    Args:
        path: A directory with ``text/`` and ``attributions/``, or a gold JSON file.
        format: ``"polnear"`` or ``"json"``; guessed from *path* when ``None`` (a directory
            is PolNeAR, a file is JSON).
        limit: Keep only the first *limit* documents (PolNeAR: in sorted order of ids;
            JSON: in file order).
        strict: PolNeAR: raise at a damaged annotation line instead of leaving it out and
            listing it in the document's :attr:`~GoldDocument.damaged`. Gold JSON is always
            read strictly.

    Raises:
        GoldFormatError: when *path* is missing, of the wrong kind, or malformed (PolNeAR:
            a damaged annotation line only with *strict*).
    """
    p = Path(path)
    if not p.exists():
        raise GoldFormatError("no such file or directory", file=str(p))
    if format is None:
        format = "polnear" if p.is_dir() else "json"
    if limit is not None and limit < 0:
        raise GoldFormatError(f"limit must be >= 0 (got {limit})", file=str(p))
    if format == "polnear":
        if not p.is_dir():
            raise GoldFormatError("--format polnear needs a directory", file=str(p))
        return load_polnear(p, limit=limit, strict=strict)
    if format == "json":
        documents = read_gold_json(p)
        return documents if limit is None else documents[:limit]
    raise GoldFormatError(f"unknown gold format {format!r}; expected 'polnear' or 'json'")
