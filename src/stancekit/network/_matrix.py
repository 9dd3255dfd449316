"""Two-mode and one-mode networks with the Discourse Network Analyzer's semantics.

The qualifier of DNA's statements (boolean *agreement*) is stancekit's polarity: four levels
(support, oppose, neutral, undecided) instead of two, compared for equality.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..corpus import Corpus, as_corpus
from ..errors import NetworkError, ValidationError
from ..model import Polarity
from ._table import Level, Source, StanceRow, check_option, stance_table

if TYPE_CHECKING:
    import os

__all__ = [
    "Aggregation",
    "Duplicates",
    "Matrix",
    "NetworkType",
    "Normalization",
    "network",
    "one_mode",
    "two_mode",
]

NetworkType = Literal["twomode", "onemode"]
"""Actor x target (two-mode) or actor x actor (one-mode)."""

TwoModeAggregation = Literal["ignore", "combine", "subtract"]
OneModeAggregation = Literal["ignore", "congruence", "conflict", "subtract"]
Aggregation = Literal["ignore", "combine", "congruence", "conflict", "subtract"]
"""How the qualifier (polarity) enters the cell values; see :func:`two_mode`, :func:`one_mode`."""

Normalization = Literal["no", "average", "jaccard", "cosine"]
"""One-mode edge weight normalisation, as in DNA; two-mode networks take only ``"no"``."""

Duplicates = Literal["include", "document", "acrossrange"]
"""Which repeated statements count: all, one per article, or one in the whole range."""

_PlainMatrix = list[list[float]]


def _tuple_of_str(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _tuple_of_rows(value: Iterable[Iterable[float]]) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(row) for row in value)


@attrs.frozen
class Matrix:
    """A network as a labelled matrix: actors x targets (two-mode) or actors x actors.

    Cells hold integers for counts (no normalisation) and floats otherwise.

    Attributes:
        rows: Row labels, sorted.
        columns: Column labels, sorted (the row labels again for one-mode networks).
        values: One tuple of cell values per row.
        network_type: ``"twomode"`` or ``"onemode"``.
        aggregation: The aggregation the values were computed with.
        normalization: The normalisation the values were computed with.
        nodes: What is known about each actor label: ``{"kind": ..., "affiliation": ...}``
            (the merged actor's kind and affiliation; ``"organization"`` for an
            organisation-level node that is no actor of the corpus). GraphML and networkx
            exports carry them; not compared by ``==``.
        labels: Two-mode: each column's readable name, the label its stances carry most (the
            shortest on ties; :attr:`~stancekit.model.Target.label`: "congestion charge" for
            ``charge-congestion``). JSON (``"labels"``), GraphML and networkx exports carry
            them; not compared by ``==``.
    """

    rows: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    columns: tuple[str, ...] = attrs.field(converter=_tuple_of_str)
    values: tuple[tuple[float, ...], ...] = attrs.field(converter=_tuple_of_rows)
    network_type: NetworkType = "twomode"
    aggregation: str = "ignore"
    normalization: str = "no"
    nodes: dict[str, dict[str, str]] = attrs.field(
        factory=dict, eq=False, repr=False, hash=False, kw_only=True
    )
    labels: dict[str, str] = attrs.field(
        factory=dict, eq=False, repr=False, hash=False, kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        if len(self.values) != len(self.rows):
            msg = f"must have one row per label ({len(self.rows)})"
            raise ValidationError("Matrix.values", msg, len(self.values))
        for i, row in enumerate(self.values):
            if len(row) != len(self.columns):
                msg = f"must have one value per column ({len(self.columns)})"
                raise ValidationError(f"Matrix.values[{i}]", msg, len(row))

    @property
    def shape(self) -> tuple[int, int]:
        """Number of rows and of columns."""
        return (len(self.rows), len(self.columns))

    def sum(self) -> float:
        """The sum of all cells."""
        return sum(sum(row) for row in self.values)

    def cell(self, row: str, column: str) -> float:
        """The value at row label *row* and column label *column*.

        Raises:
            KeyError: when a label is not in the matrix.
        """
        try:
            return self.values[self.rows.index(row)][self.columns.index(column)]
        except ValueError:
            raise KeyError((row, column)) from None

    def to_lists(self) -> _PlainMatrix:
        """The values as a list of lists."""
        return [list(row) for row in self.values]

    def to_json_dict(self) -> dict[str, Any]:
        """``{"rows": [...], "columns": [...], "matrix": [[...]]}``, ready for ``json.dumps``;
        a two-mode network with column labels adds ``"labels"`` (one per column)."""
        out: dict[str, Any] = {
            "rows": list(self.rows),
            "columns": list(self.columns),
            "matrix": self.to_lists(),
        }
        if self.labels and self.network_type == "twomode":
            out["labels"] = [self.labels.get(c, c) for c in self.columns]
        return out

    def edges(self) -> list[tuple[str, str, float]]:
        """Non-zero cells as ``(row label, column label, value)``, in row then column order.

        One-mode networks are undirected: each pair appears once (upper triangle).
        """
        out = []
        empty: set[int] = set()  # rows of zeros, often one tuple shared by many rows
        for i, row in enumerate(self.values):
            if id(row) in empty:
                continue
            if not any(row):
                empty.add(id(row))
                continue
            start = i + 1 if self.network_type == "onemode" else 0
            for j in range(start, len(self.columns)):
                if row[j] != 0:
                    out.append((self.rows[i], self.columns[j], row[j]))
        return out

    # -- exports (see stancekit.network.export) ---------------------------------------------
    def to_csv(self) -> str:
        """The edge list as CSV text with a ``source,target,weight`` header."""
        from ._export import edges_csv

        return edges_csv(self)

    def write_csv(self, path: str | os.PathLike[str]) -> None:
        """Write the edge list to *path* as CSV (see :meth:`to_csv`)."""
        from ._export import edges_csv

        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(edges_csv(self))

    def to_graphml(self) -> str:
        """The network as GraphML text that Gephi, yEd, igraph and networkx open."""
        from ._export import graphml

        return graphml(self)

    def write_graphml(self, path: str | os.PathLike[str]) -> None:
        """Write the network to *path* as GraphML (see :meth:`to_graphml`)."""
        from ._export import graphml

        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(graphml(self))

    def to_networkx(self) -> Any:
        """The network as a ``networkx.Graph`` (needs the ``networkx`` extra).

        Raises:
            MissingExtraError: when networkx is not installed.
        """
        from ._export import to_networkx

        return to_networkx(self)


# -- computing ------------------------------------------------------------------------------

_Cells = dict[tuple[str, str], Counter[Polarity]]


def _filter_duplicates(rows: Sequence[StanceRow], duplicates: str) -> list[StanceRow]:
    if duplicates == "include":
        return list(rows)
    seen: set[tuple[object, ...]] = set()
    kept = []
    for r in rows:
        key: tuple[object, ...] = (r.label, r.target, r.polarity)
        if duplicates == "document":
            key = (r.index, *key)
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept


def _cells(rows: Iterable[StanceRow]) -> _Cells:
    cells: _Cells = {}
    for r in rows:
        cells.setdefault((r.label, r.target), Counter())[r.polarity] += 1
    return cells


def _rows(
    source: Source,
    level: Level,
    duplicates: Duplicates,
    since: datetime.date | None,
    until: datetime.date | None,
) -> list[StanceRow]:
    check_option("duplicates", duplicates, Duplicates)
    rows = stance_table(source, level=level, since=since, until=until)
    return _filter_duplicates(rows, duplicates)


def node_attributes(
    corpus: Corpus, rows: Iterable[StanceRow], level: Level
) -> dict[str, dict[str, str]]:
    """The ``kind`` and ``affiliation`` of each row label (actor node) of a network."""
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        if row.label in out:
            continue
        actor = corpus.actor(row.actor) if level == "person" else corpus.find_actor(row.label)
        if actor is None or (level == "organization" and actor.name != row.label):
            out[row.label] = {"kind": "organization"}
            continue
        info = {"kind": actor.kind.value}
        if actor.affiliation:
            info["affiliation"] = actor.affiliation
        out[row.label] = info
    return out


def two_mode(
    source: Source,
    *,
    aggregation: TwoModeAggregation = "ignore",
    normalization: Literal["no"] = "no",
    level: Level = "person",
    duplicates: Duplicates = "include",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Matrix:
    """The actor x target matrix.

    Cell values by *aggregation* (DNA's qualifier aggregation):

    - ``"ignore"``: the number of stances of the actor on the target, whatever their polarity;
    - ``"subtract"``: support stances minus oppose stances;
    - ``"combine"``: ``0`` none, ``1`` support only, ``2`` oppose only, ``3`` both (DNA's
      combined agreement codes); neutral and undecided stances do not enter this code.

    Args:
        source: A corpus, an article or articles.
        aggregation: ``"ignore"``, ``"subtract"`` or ``"combine"``.
        normalization: Only ``"no"``: two-mode normalisation is not implemented.
        level: Rows are persons (merged actors) or organisations (see
            :func:`~stancekit.network.organization_of`).
        duplicates: ``"include"`` every stance; ``"document"`` drops repeats of the same
            (row, target, polarity) within one article; ``"acrossrange"`` within the range.
        since: Keep articles dated on or after this day (undated ones are then left out).
        until: Keep articles dated on or before this day (undated ones are then left out).

    Returns:
        The matrix, rows and columns sorted by label.

    Raises:
        NetworkError: when an option is not one of its values.
    """
    check_option("aggregation", aggregation, TwoModeAggregation)
    if normalization != "no":
        raise NetworkError(
            f"two-mode networks take normalization 'no' only (got {normalization!r})"
        )
    corpus = as_corpus(source)
    table = _rows(corpus, level, duplicates, since, until)
    cells = _cells(table)
    rows = sorted({r for r, _ in cells})
    columns = sorted({c for _, c in cells})
    values: list[list[float]] = [[0] * len(columns) for _ in rows]
    row_at = {r: i for i, r in enumerate(rows)}
    col_at = {c: j for j, c in enumerate(columns)}
    for (r, c), counts in cells.items():
        if aggregation == "ignore":
            value = counts.total()
        elif aggregation == "subtract":
            value = counts[Polarity.SUPPORT] - counts[Polarity.OPPOSE]
        else:
            value = (1 if counts[Polarity.SUPPORT] else 0) + (2 if counts[Polarity.OPPOSE] else 0)
        values[row_at[r]][col_at[c]] = value
    nodes = node_attributes(corpus, table, level)
    return Matrix(
        rows,
        columns,
        values,
        "twomode",
        aggregation,
        normalization,
        nodes=nodes,
        labels=_labels(table),
    )


def _labels(rows: Iterable[StanceRow]) -> dict[str, str]:
    """Each target key's readable name: the label its stances carry most (of equal counts,
    the shortest, then the first)."""
    counts: dict[str, Counter[str]] = {}
    for r in rows:
        if r.target_label:
            counts.setdefault(r.target, Counter())[r.target_label] += 1
    return {key: min(c, key=lambda label: (-c[label], len(label))) for key, c in counts.items()}


def one_mode(
    source: Source,
    *,
    aggregation: OneModeAggregation = "ignore",
    normalization: Normalization = "no",
    level: Level = "person",
    duplicates: Duplicates = "include",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Matrix:
    """The actor x actor co-occurrence matrix: symmetric, zero diagonal.

    For two actors *a* and *b* and each target, pair every stance of *a* with every stance
    of *b* on that target, and add up over targets:

    - ``"ignore"``: every pair counts (the product of the two counts);
    - ``"congruence"``: pairs with the same polarity;
    - ``"conflict"``: pairs with different polarities;
    - ``"subtract"``: congruence minus conflict.

    *normalization*, with ``a[t][p]`` the number of *a*'s stances on target *t* with
    polarity *p* (DNA's formulas, with polarity as the qualifier):

    - ``"average"``: divide by the mean of the two actors' numbers of stances;
    - ``"jaccard"``: divide by ``m10 + m01 + m11``: *a*'s stances in cells where *b* has none,
      *b*'s where *a* has none, and the sum of ``a[t][p] * b[t][p]`` over shared cells;
    - ``"cosine"``: divide by the product of the Euclidean norms of ``a[t][p]`` and ``b[t][p]``;

    a zero denominator gives zero.

    Args:
        source: A corpus, an article or articles.
        aggregation: ``"ignore"``, ``"congruence"``, ``"conflict"`` or ``"subtract"``.
        normalization: ``"no"``, ``"average"``, ``"jaccard"`` or ``"cosine"``.
        level: Nodes are persons (merged actors) or organisations.
        duplicates: ``"include"``, ``"document"`` or ``"acrossrange"`` (see :func:`two_mode`).
        since: Keep articles dated on or after this day (undated ones are then left out).
        until: Keep articles dated on or before this day (undated ones are then left out).

    Returns:
        The matrix, rows and columns sorted by label.

    Raises:
        NetworkError: when an option is not one of its values.
    """
    check_option("aggregation", aggregation, OneModeAggregation)
    check_option("normalization", normalization, Normalization)
    corpus = as_corpus(source)
    table = _rows(corpus, level, duplicates, since, until)
    cells = _cells(table)
    labels = sorted({r for r, _ in cells})
    at = {r: i for i, r in enumerate(labels)}
    n = len(labels)
    by_target: dict[str, list[tuple[int, Counter[Polarity]]]] = {}
    total = [0] * n
    square = [0] * n
    for (r, t), counts in cells.items():
        by_target.setdefault(t, []).append((at[r], counts))
        total[at[r]] += counts.total()
        square[at[r]] += sum(v * v for v in counts.values())
    # Sparse: only pairs of actors that share a target have a non-zero cell, so the work
    # and memory grow with those pairs, not with n * n (rows without an edge share one
    # tuple of zeros).
    ignore: dict[tuple[int, int], int] = {}
    congruence: dict[tuple[int, int], int] = {}
    shared: dict[tuple[int, int], int] = {}  # a's stances in cells where b has some too
    for holders in by_target.values():
        for i, a in holders:
            for j, b in holders:
                if i == j:
                    continue
                ij = (i, j)
                ignore[ij] = ignore.get(ij, 0) + a.total() * b.total()
                congruence[ij] = congruence.get(ij, 0) + sum(a[p] * b[p] for p in a if p in b)
                shared[ij] = shared.get(ij, 0) + sum(a[p] for p in a if b[p])
    zero: float = 0 if normalization == "no" else 0.0
    cells_of: dict[int, dict[int, float]] = {}
    for (i, j), both in ignore.items():
        cong = congruence[(i, j)]
        conf = both - cong
        raw = {
            "ignore": both,
            "congruence": cong,
            "conflict": conf,
            "subtract": cong - conf,
        }[aggregation]
        if normalization == "no":
            value: float = raw
        else:
            if normalization == "average":
                denominator: float = (total[i] + total[j]) / 2
            elif normalization == "jaccard":
                m10 = total[i] - shared[(i, j)]
                m01 = total[j] - shared[(j, i)]
                denominator = m10 + m01 + cong
            else:
                denominator = math.sqrt(square[i]) * math.sqrt(square[j])
            value = raw / denominator if denominator else 0.0
        cells_of.setdefault(i, {})[j] = value
    empty = (zero,) * n
    values: list[tuple[float, ...]] = []
    for i in range(n):
        row = cells_of.get(i)
        if row is None:
            values.append(empty)
        else:
            dense = [zero] * n
            for j, v in row.items():
                dense[j] = v
            values.append(tuple(dense))
    nodes = node_attributes(corpus, table, level)
    return Matrix(labels, labels, values, "onemode", aggregation, normalization, nodes=nodes)


def network(
    source: Source,
    network_type: NetworkType = "twomode",
    *,
    aggregation: Aggregation = "ignore",
    normalization: Normalization = "no",
    level: Level = "person",
    duplicates: Duplicates = "include",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Matrix:
    """Either network, chosen by *network_type* (see :func:`two_mode` and :func:`one_mode`).

    Raises:
        NetworkError: when an option is not one of its values, or does not fit the type.
    """
    check_option("network type", network_type, NetworkType)
    if network_type == "twomode":
        if aggregation not in ("ignore", "combine", "subtract"):
            raise NetworkError(
                "two-mode aggregation must be one of 'ignore', 'combine', 'subtract'"
                f" (got {aggregation!r})"
            )
        if normalization != "no":
            raise NetworkError(
                f"two-mode networks take normalization 'no' only (got {normalization!r})"
            )
        return two_mode(
            source,
            aggregation=aggregation,
            level=level,
            duplicates=duplicates,
            since=since,
            until=until,
        )
    if aggregation not in ("ignore", "congruence", "conflict", "subtract"):
        raise NetworkError(
            "one-mode aggregation must be one of 'ignore', 'congruence', 'conflict',"
            f" 'subtract' (got {aggregation!r})"
        )
    return one_mode(
        source,
        aggregation=aggregation,
        normalization=normalization,
        level=level,
        duplicates=duplicates,
        since=since,
        until=until,
    )
