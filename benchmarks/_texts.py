"""Texts for the benchmarks: the PolNeAR dev articles when ../shared/data is there, else seeds."""

from __future__ import annotations

import os
import platform
import random
import sys
from pathlib import Path

import stancekit

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "macron-ground-troops-2024-02-27.txt"
SHARED = Path(os.environ.get("STANCEKIT_SHARED") or ROOT.parent / "shared")
POLNEAR = SHARED / "data" / "polnear-dev" / "text"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def polnear_texts() -> list[str] | None:
    """The PolNeAR dev texts, or ``None`` (with a message on stderr, so that ``--json`` output
    stays JSON) when they are absent."""
    if not POLNEAR.is_dir():
        print(
            f"skipped: PolNeAR dev texts not available at {POLNEAR} (the PolNeAR corpus is"
            " public: repository networkdynamics/PolNeAR)",
            file=sys.stderr,
        )
        return None
    return [p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt"))]


def varied_texts() -> list[str]:
    """Real articles to build long inputs from: PolNeAR dev if present, else the seeds."""
    if POLNEAR.is_dir():
        return [p.read_text(encoding="utf-8") for p in sorted(POLNEAR.glob("*.txt"))]
    seeds = [SEED, *sorted((SHARED / "seeds").glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in seeds if p.exists()]


def concatenation(n_chars: int, texts: list[str], *, seed: int = 0) -> str:
    """Articles in a shuffled (deterministic) order, joined by blank lines, cut to *n_chars*."""
    order = list(texts)
    random.Random(seed).shuffle(order)
    parts: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        parts.append(order[i % len(order)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:n_chars]


def parser_is_stub() -> bool:
    """Whether the parser finds nothing in the seed article (the stub before it lands)."""
    return not stancekit.parse(seed_text()).statements


def verdict(ok: bool) -> str:
    """PASS or FAIL, unless the parser is a stub and the figure means nothing."""
    if parser_is_stub():
        return "n/a (stub parser)"
    return "PASS" if ok else "FAIL"


def header() -> str:
    """Where the figures come from, and a warning when the parser finds nothing."""
    lines = [
        f"stancekit {stancekit.__version__}, Python {platform.python_version()},"
        f" {platform.system()} {platform.machine()}"
    ]
    if parser_is_stub():
        lines.append(
            "NOTE: the parser finds no statement in the seed article (a stub?):"
            " these figures say nothing about the real parser"
        )
    return "\n".join(lines)
