"""Pictures of a discourse network (the ``plot`` extra, matplotlib): the agreement network and
the positions taken on each proposal."""

from __future__ import annotations

import datetime
import math
import os
from collections import Counter
from pathlib import Path

from .._extras import require
from ..corpus import as_corpus
from ..errors import NetworkError
from ..model import Polarity
from ._matrix import one_mode
from ._table import Level, Source, stance_table

__all__ = ["PLOT_FORMATS", "plot"]

#: The file endings :func:`plot` writes.
PLOT_FORMATS = (".png", ".svg", ".pdf")

_COLOURS = {
    Polarity.SUPPORT: "#1b9e77",
    Polarity.OPPOSE: "#d95f02",
    Polarity.NEUTRAL: "#7570b3",
    Polarity.UNDECIDED: "#999999",
}
_AGREE, _CONFLICT = "#1b9e77", "#d95f02"


def plot(
    source: Source,
    path: str | os.PathLike[str],
    *,
    level: Level = "person",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    max_targets: int = 15,
) -> Path:
    """Draw the agreement network and a bar chart of positions per proposal to *path*.

    Left: the actors holding stances, on a circle; a green line joins two actors who took
    the same position on a proposal (DNA's congruence), an orange one two who took opposite
    positions (conflict), thicker for more shared proposals. Right: for each proposal
    (target key; the *max_targets* most discussed), how many stances support, oppose, are
    neutral or undecided.

    Args:
        source: A corpus, an article or articles.
        path: The picture to write; its ending says the format (``.png``, ``.svg``, ``.pdf``).
        level: Nodes are persons or the organisations they speak for.
        since: Keep articles dated on or after this day (undated ones are then left out).
        until: Keep articles dated on or before this day (undated ones are then left out).
        max_targets: How many proposals the bar chart shows at most.

    Returns:
        The path written.

    Raises:
        MissingExtraError: when matplotlib (the ``plot`` extra) is not installed.
        NetworkError: when the path's ending is not a supported format.
        OSError: when the file cannot be written.
    """
    out = Path(path)
    if out.suffix.lower() not in PLOT_FORMATS:
        formats = ", ".join(PLOT_FORMATS)
        raise NetworkError(f"cannot draw {out}: the file must end with one of {formats}")
    figure_module = require("matplotlib.figure", "plot", "plot()")
    corpus = as_corpus(source)
    congruence = one_mode(corpus, aggregation="congruence", level=level, since=since, until=until)
    conflict = one_mode(corpus, aggregation="conflict", level=level, since=since, until=until)
    rows = stance_table(corpus, level=level, since=since, until=until)

    fig = figure_module.Figure(figsize=(13, 6.5), layout="constrained")
    net, bars = fig.subplots(1, 2, width_ratios=(1.15, 1))

    # -- the agreement network, on a circle --------------------------------------------------
    labels = congruence.rows
    n = len(labels)
    pos = {
        label: (math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n))
        for k, label in enumerate(labels)
    }
    top = max([w for _, _, w in congruence.edges()] + [w for _, _, w in conflict.edges()] + [1])
    for matrix, colour, style in ((congruence, _AGREE, "-"), (conflict, _CONFLICT, "--")):
        for a, b, weight in matrix.edges():
            (x1, y1), (x2, y2) = pos[a], pos[b]
            width = 0.8 + 3.2 * weight / top
            net.plot([x1, x2], [y1, y2], style, color=colour, linewidth=width, alpha=0.7)
    for label, (x, y) in pos.items():
        net.plot([x], [y], "o", color="#333333", markersize=7)
        net.annotate(
            label,
            (x, y),
            xytext=(x * 1.08, y * 1.08),
            ha="left" if x >= 0 else "right",
            va="center",
            fontsize=8,
        )
    net.plot([], [], "-", color=_AGREE, label="same position")
    net.plot([], [], "--", color=_CONFLICT, label="opposite positions")
    if n:
        net.legend(loc="lower left", fontsize=8, frameon=False)
    else:
        net.text(0, 0, "no stances", ha="center", va="center")
    net.set_title("Agreement network (actors sharing a proposal)")
    net.set_xlim(-1.9, 1.9)
    net.set_ylim(-1.3, 1.3)
    net.set_aspect("equal")
    net.axis("off")

    # -- positions per proposal --------------------------------------------------------------
    per_target: dict[str, Counter[Polarity]] = {}
    for row in rows:
        per_target.setdefault(row.target, Counter())[row.polarity] += 1
    targets = sorted(per_target, key=lambda t: (-per_target[t].total(), t))[:max_targets]
    targets.reverse()  # most discussed at the top
    left = [0] * len(targets)
    for polarity, colour in _COLOURS.items():
        counts = [per_target[t][polarity] for t in targets]
        bars.barh(targets, counts, left=left, color=colour, label=polarity.value)
        left = [a + b for a, b in zip(left, counts, strict=True)]
    bars.set_title("Positions per proposal")
    bars.set_xlabel("stances")
    bars.tick_params(axis="y", labelsize=8)
    if targets:
        bars.legend(loc="lower right", fontsize=8, frameon=False)
    fig.savefig(out)
    return out
