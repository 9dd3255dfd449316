"""Loading gold data from a path, whatever its format."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from ..errors import GoldFormatError
from ._brat import load_polnear
from ._gold import GoldDocument
from ._goldjson import read_gold_json
from ._stancegold import is_stance_directory

__all__ = ["GoldFormat", "detect_format", "load_gold"]

#: The gold formats: attributions (:func:`load_gold` reads ``polnear`` and ``json``) and
#: stance passages (``stance``, read by :func:`~stancekit.eval.load_stance_gold`).
GoldFormat = Literal["polnear", "json", "stance"]


def detect_format(path: str | Path) -> GoldFormat:
    """The gold format of *path*: ``"stance"`` for a directory of ``<name>.txt`` +
    ``<name>.json`` pairs whose JSON has a ``topic_query``, ``"polnear"`` for another
    directory, ``"json"`` for a file.

    Raises:
        GoldFormatError: when *path* does not exist.
    """
    p = Path(path)
    if not p.exists():
        raise GoldFormatError("no such file or directory", file=str(p))
    if not p.is_dir():
        return "json"
    if not (p / "text").is_dir() and is_stance_directory(p):
        return "stance"
    return "polnear"


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
    if format == "stance":
        msg = "stance gold holds passages, not attributions: read it with load_stance_gold"
        raise GoldFormatError(msg, file=str(p))
    if limit is not None and limit < 0:
        raise GoldFormatError(f"limit must be >= 0 (got {limit})", file=str(p))
    if format == "polnear":
        if not p.is_dir():
            raise GoldFormatError("--format polnear needs a directory", file=str(p))
        return load_polnear(p, limit=limit, strict=strict)
    if format == "json":
        documents = read_gold_json(p)
        return documents if limit is None else documents[:limit]
    raise GoldFormatError(f"unknown gold format {format!r}; expected 'polnear', 'json' or 'stance'")
