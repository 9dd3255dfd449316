"""The directed reaction network: who rejects, criticises, supports... whom, across a corpus."""

from __future__ import annotations

import csv
import datetime
import io
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs

from .._extras import require
from ..corpus import as_corpus
from ..errors import NetworkError
from ..model import ReactionKind
from ._export import GRAPHML_NS, _xml_text
from ._table import Source

__all__ = ["ReactionEdge", "ReactionNetwork", "reaction_network"]


@attrs.frozen
class ReactionEdge:
    """Reactions of one actor to another, of one kind.

    Attributes:
        source: The responder's merged name.
        target: The merged name of the actor reacted to (or of the statement's speaker).
        kind: The kind of reaction (``"criticizes"``, ``"rejects"``...).
        weight: How many reactions of that kind, in the articles of the range.
    """

    source: str
    target: str
    kind: ReactionKind
    weight: int


@attrs.frozen
class ReactionNetwork:
    """A directed network of reactions between merged actors (see :func:`reaction_network`).

    Attributes:
        nodes: The actors' merged names, sorted.
        edges: One edge per (responder, actor reacted to, kind), sorted by those.
        attributes: ``kind`` and ``affiliation`` (when known) of each node.
    """

    nodes: tuple[str, ...]
    edges: tuple[ReactionEdge, ...]
    attributes: dict[str, dict[str, str]] = attrs.field(factory=dict, eq=False, repr=False)

    def weight(self, source: str, target: str, kind: ReactionKind | str | None = None) -> int:
        """How many reactions *source* made to *target* (of *kind*, or of any kind)."""
        return sum(
            e.weight
            for e in self.edges
            if e.source == source and e.target == target and (kind is None or e.kind == kind)
        )

    def to_json_dict(self) -> dict[str, Any]:
        """``{"nodes": [...], "edges": [{"source", "target", "kind", "weight"}...]}``."""
        return {
            "nodes": list(self.nodes),
            "edges": [
                {"source": e.source, "target": e.target, "kind": e.kind.value, "weight": e.weight}
                for e in self.edges
            ],
        }

    def to_csv(self) -> str:
        """The edges as CSV with a ``source,target,kind,weight`` header."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["source", "target", "kind", "weight"])
        for e in self.edges:
            writer.writerow([e.source, e.target, e.kind.value, e.weight])
        return out.getvalue()

    def to_graphml(self) -> str:
        """The network as directed GraphML: nodes with ``label``, ``kind`` and
        ``affiliation``; one edge per (responder, actor, kind) with ``kind`` and
        ``weight``."""
        root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
        for name, domain, type_ in (
            ("label", "node", "string"),
            ("kind", "node", "string"),
            ("affiliation", "node", "string"),
            ("reaction", "edge", "string"),
            ("weight", "edge", "double"),
        ):
            attrs_ = {"id": name, "for": domain, "attr.name": name, "attr.type": type_}
            ET.SubElement(root, "key", attrs_)
        graph = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "directed"})

        def data(parent: ET.Element, key: str, value: str) -> None:
            ET.SubElement(parent, "data", {"key": key}).text = _xml_text(value)

        ids = {label: f"n{i}" for i, label in enumerate(self.nodes)}
        for label, node in ids.items():
            element = ET.SubElement(graph, "node", {"id": node})
            data(element, "label", label)
            for key, value in self.attributes.get(label, {}).items():
                data(element, key, value)
        for n, e in enumerate(self.edges):
            ends = {"id": f"e{n}", "source": ids[e.source], "target": ids[e.target]}
            edge = ET.SubElement(graph, "edge", ends)
            data(edge, "reaction", e.kind.value)
            data(edge, "weight", repr(float(e.weight)))
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"

    def to_networkx(self) -> Any:
        """The network as a ``networkx.MultiDiGraph``: one edge per kind, keyed by the kind,
        with ``weight`` (needs the ``networkx`` extra).

        Raises:
            MissingExtraError: when networkx is not installed.
        """
        nx = require("networkx", "networkx", "ReactionNetwork.to_networkx()")
        graph = nx.MultiDiGraph()
        for label in self.nodes:
            graph.add_node(label, label=label, **self.attributes.get(label, {}))
        for e in self.edges:
            graph.add_edge(e.source, e.target, key=e.kind.value, weight=e.weight)
        return graph


def _kinds(kinds: Iterable[ReactionKind | str] | None) -> frozenset[ReactionKind] | None:
    if kinds is None:
        return None
    out = set()
    for k in kinds:
        try:
            out.add(ReactionKind(k))
        except ValueError:
            names = ", ".join(repr(v.value) for v in ReactionKind)
            raise NetworkError(f"unknown reaction kind {k!r}; use one of {names}") from None
    return frozenset(out)


def reaction_network(
    source: Source,
    *,
    kinds: Iterable[ReactionKind | str] | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> ReactionNetwork:
    """Who reacted to whom: a directed edge from each responder to the actor they reacted to
    (the speaker, for a reaction to a statement), per kind of reaction, across a corpus.

    Args:
        source: A corpus, an article or articles.
        kinds: Keep only these kinds (``["criticizes", "rejects"]``: who criticises whom);
            all kinds by default.
        since: Keep articles dated on or after this day (undated ones are then left out).
        until: Keep articles dated on or before this day (undated ones are then left out).

    Returns:
        The :class:`ReactionNetwork`; an actor reacting to itself is left out.

    Raises:
        NetworkError: when a kind is not a :class:`~stancekit.model.ReactionKind`.
    """
    wanted = _kinds(kinds)
    corpus = as_corpus(source)
    counts: Counter[tuple[str, str, ReactionKind]] = Counter()
    attributes: dict[str, dict[str, str]] = {}
    for i in corpus.indices(since, until):
        article = corpus[i]
        statements = {s.id: s for s in article.statements}
        for r in article.reactions:
            if wanted is not None and r.kind not in wanted:
                continue
            to = statements[r.to].speaker if r.to in statements else r.to
            responder, target = corpus.actor_of(i, r.responder), corpus.actor_of(i, to)
            if responder.id == target.id:
                continue
            counts[(responder.name, target.name, r.kind)] += 1
            for actor in (responder, target):
                info = {"kind": actor.kind.value}
                if actor.affiliation:
                    info["affiliation"] = actor.affiliation
                attributes.setdefault(actor.name, info)
    edges = tuple(ReactionEdge(s, t, k, n) for (s, t, k), n in sorted(counts.items()))
    return ReactionNetwork(tuple(sorted(attributes)), edges, attributes)
