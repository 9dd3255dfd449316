"""Reading and writing what users have: corpora in any supported format
(:func:`load_corpus`) and the Discourse Network Analyzer's databases (:mod:`stancekit.io.dna`).

Submodules are imported on demand: ``from stancekit.io.dna import read_dna, write_dna``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["load_corpus"]

if TYPE_CHECKING:
    from .corpus import load_corpus


def __getattr__(name: str) -> Any:
    # Lazily, so that ``import stancekit.io.dna`` does not load the parser's corpus code.
    if name == "load_corpus":
        from .corpus import load_corpus

        return load_corpus
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
