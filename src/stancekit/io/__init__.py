"""Reading and writing what users have: corpora in any supported format
(:func:`load_corpus`), web pages (:func:`read_html`, :func:`parse_html`, in
:mod:`stancekit.io.html`), CSV and JSON Lines records to parse (:func:`read_records`, in
:mod:`stancekit.io.records`) and the Discourse Network Analyzer's databases
(:mod:`stancekit.io.dna`).

Submodules are imported on demand: ``from stancekit.io.dna import read_dna, write_dna``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["load_corpus", "parse_html", "read_html", "read_records"]

if TYPE_CHECKING:
    from .corpus import load_corpus
    from .html import parse_html, read_html
    from .records import read_records

_LAZY = {
    "load_corpus": "corpus",
    "parse_html": "html",
    "read_html": "html",
    "read_records": "records",
}


def __getattr__(name: str) -> Any:
    # Lazily, so that ``import stancekit.io.dna`` does not load the parser's corpus code.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
