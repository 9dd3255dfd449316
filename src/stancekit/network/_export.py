"""Exports of a :class:`Matrix`: CSV edge lists, GraphML and networkx graphs."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

from .._extras import require

if TYPE_CHECKING:
    from ._matrix import Matrix

__all__ = ["edges_csv", "graphml", "to_networkx"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"

# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _number(value: float) -> str:
    return str(value) if isinstance(value, int) else repr(float(value))


def edges_csv(matrix: Matrix) -> str:
    """The non-zero cells of *matrix* as CSV: ``source,target,weight`` (see ``Matrix.edges``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "weight"])
    for source, target, weight in matrix.edges():
        writer.writerow([source, target, _number(weight)])
    return out.getvalue()


def _xml_text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _node_ids(matrix: Matrix) -> tuple[dict[str, str], dict[str, str]]:
    rows = {label: f"n{i}" for i, label in enumerate(matrix.rows)}
    if matrix.network_type == "onemode":
        return rows, rows
    offset = len(rows)
    return rows, {label: f"n{offset + j}" for j, label in enumerate(matrix.columns)}


def graphml(matrix: Matrix) -> str:
    """*matrix* as a GraphML document (undirected; Gephi reads ``label`` as the node label).

    Nodes carry ``label``, ``mode`` (``"actor"`` or ``"target"``) and ``kind`` (the
    actor's kind: ``"person"``, ``"government"``...; ``"target"`` for targets), and
    ``affiliation`` when the actor has one (see :attr:`Matrix.nodes`); edges carry
    ``weight`` (double), one edge per non-zero cell (per pair, for one-mode networks). The
    graph carries ``network_type``, ``aggregation`` and ``normalization``. Characters XML
    cannot hold are replaced by U+FFFD.

    Returns:
        The document, starting with an XML declaration.
    """
    # Plain tag names under a default namespace declared on the root element: the output
    # reads <graphml xmlns="..."> without touching ElementTree's global prefix registry.
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    keys = [
        ("network_type", "graph", "string"),
        ("aggregation", "graph", "string"),
        ("normalization", "graph", "string"),
        ("label", "node", "string"),
        ("mode", "node", "string"),
        ("kind", "node", "string"),
        ("affiliation", "node", "string"),
        ("weight", "edge", "double"),
    ]
    for name, domain, type_ in keys:
        ET.SubElement(
            root, "key", {"id": name, "for": domain, "attr.name": name, "attr.type": type_}
        )
    graph = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "undirected"})

    def data(parent: ET.Element, key: str, value: str) -> None:
        ET.SubElement(parent, "data", {"key": key}).text = _xml_text(value)

    data(graph, "network_type", matrix.network_type)
    data(graph, "aggregation", matrix.aggregation)
    data(graph, "normalization", matrix.normalization)
    row_ids, column_ids = _node_ids(matrix)
    nodes = [(label, node, "actor") for label, node in row_ids.items()]
    if matrix.network_type == "twomode":
        nodes += [(label, node, "target") for label, node in column_ids.items()]
    for label, node, mode in nodes:
        element = ET.SubElement(graph, "node", {"id": node})
        data(element, "label", matrix.labels.get(label, label) if mode == "target" else label)
        data(element, "mode", mode)
        info = matrix.nodes.get(label, {}) if mode == "actor" else {"kind": "target"}
        for key in ("kind", "affiliation"):
            if key in info:
                data(element, key, info[key])
    for n, (source, target, weight) in enumerate(matrix.edges()):
        edge = ET.SubElement(
            graph,
            "edge",
            {"id": f"e{n}", "source": row_ids[source], "target": column_ids[target]},
        )
        data(edge, "weight", repr(float(weight)))
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def to_networkx(matrix: Matrix) -> Any:
    """*matrix* as an undirected ``networkx.Graph`` (needs the ``networkx`` extra).

    Node ids are the labels. Two-mode graphs follow networkx's bipartite convention
    (``bipartite=0`` for actors, ``1`` for targets); a target whose label is also an
    actor's gets `` (target)`` appended to its node id. Every node has ``label`` and
    ``mode``, actors their ``kind`` and ``affiliation`` when known (targets have kind
    ``"target"``); edges have ``weight``; the graph has ``network_type``, ``aggregation`` and
    ``normalization``.

    Raises:
        MissingExtraError: when networkx is not installed.
    """
    nx = require("networkx", "networkx", "to_networkx()")
    graph = nx.Graph(
        network_type=matrix.network_type,
        aggregation=matrix.aggregation,
        normalization=matrix.normalization,
    )
    two_mode = matrix.network_type == "twomode"
    for label in matrix.rows:
        extra = {"bipartite": 0} if two_mode else {}
        graph.add_node(label, label=label, mode="actor", **extra, **matrix.nodes.get(label, {}))
    column_ids = {label: label for label in matrix.columns}
    if two_mode:
        used, columns = set(matrix.rows), set(matrix.columns)
        for label in matrix.columns:
            node = label
            while node in used or (node != label and node in columns):
                node += " (target)"
            used.add(node)
            column_ids[label] = node
            graph.add_node(
                node,
                label=matrix.labels.get(label, label),
                key=label,
                mode="target",
                kind="target",
                bipartite=1,
            )
    for source, target, weight in matrix.edges():
        graph.add_edge(source, column_ids[target], weight=weight)
    return graph
