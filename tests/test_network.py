"""Networks with DNA's semantics: hand-computed tables, invariants, exports."""

from __future__ import annotations

import csv
import datetime
import io
import math
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builders import NEUTRAL, OPPOSE, SUPPORT, Extra, Say, make_article
from stancekit import (
    ActorKind,
    Article,
    Corpus,
    MissingExtraError,
    NetworkError,
    Polarity,
    ValidationError,
)
from stancekit.network import (
    Matrix,
    network,
    one_mode,
    organization_of,
    reactions_frame,
    stance_table,
    stances_frame,
    statements_frame,
    two_mode,
)
from stancekit.testing import network_corpora

ANN, BEN, CY = "Ann Alder", "Ben Birch", "Cy Cedar"
D1, D2 = datetime.date(2024, 5, 1), datetime.date(2024, 5, 2)


@pytest.fixture
def corpus() -> Corpus:
    """Ann supports x twice and opposes y; Ben supports x and y; Cy opposes x."""
    return Corpus(
        [
            make_article(
                Say(ANN, "x please", "x", SUPPORT),
                Say(ANN, "x again", "x", SUPPORT),
                Say(BEN, "x too", "x", SUPPORT),
                date=D1,
            ),
            make_article(
                Say(ANN, "no y", "y", OPPOSE),
                Say(BEN, "y yes", "y", SUPPORT),
                Say(CY, "no x", "x", OPPOSE),
                Say(CY, "just talk"),
                date=D2,
            ),
        ]
    )


# -- the statement table --------------------------------------------------------------------


def test_stance_table(corpus: Corpus) -> None:
    rows = stance_table(corpus)
    assert [(r.index, r.stance, r.label, r.target, r.agreement) for r in rows] == [
        (0, "t1", ANN, "x", 1),
        (0, "t2", ANN, "x", 1),
        (0, "t3", BEN, "x", 1),
        (1, "t1", ANN, "y", 0),
        (1, "t2", BEN, "y", 1),
        (1, "t3", CY, "x", 0),
    ]
    assert rows[0].actor == "ann-alder"
    assert rows[0].target_text == "x"
    assert rows[0].date == D1
    assert [r.index for r in stance_table(corpus, since=D2)] == [1, 1, 1]


def test_neutral_has_no_agreement() -> None:
    (row,) = stance_table(make_article(Say(ANN, "maybe", "x", NEUTRAL)))
    assert row.polarity is Polarity.NEUTRAL
    assert row.agreement is None


# -- two-mode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aggregation", "expected"),
    [
        ("ignore", [[2, 1], [1, 1], [1, 0]]),
        ("subtract", [[2, -1], [1, 1], [-1, 0]]),
        ("combine", [[1, 2], [1, 1], [2, 0]]),
    ],
)
def test_two_mode(corpus: Corpus, aggregation: Any, expected: list[list[int]]) -> None:
    m = two_mode(corpus, aggregation=aggregation)
    assert m.rows == (ANN, BEN, CY)
    assert m.columns == ("x", "y")
    assert m.to_lists() == expected
    assert m.network_type == "twomode"


def test_two_mode_combine_with_both_and_neutral() -> None:
    article = make_article(
        Say(ANN, "x", "x", SUPPORT), Say(ANN, "not x", "x", OPPOSE), Say(BEN, "hm", "x", NEUTRAL)
    )
    assert two_mode(article, aggregation="combine").to_lists() == [[3], [0]]


def test_duplicates(corpus: Corpus) -> None:
    twice = Corpus([*corpus.articles, make_article(Say(ANN, "x!", "x", SUPPORT))])
    assert two_mode(twice).cell(ANN, "x") == 3
    assert two_mode(twice, duplicates="document").cell(ANN, "x") == 2
    assert two_mode(twice, duplicates="acrossrange").cell(ANN, "x") == 1
    # Different polarities are not duplicates of each other.
    both = make_article(Say(ANN, "x", "x", SUPPORT), Say(ANN, "not x", "x", OPPOSE))
    assert two_mode(both, duplicates="document").cell(ANN, "x") == 2


def test_date_range(corpus: Corpus) -> None:
    m = two_mode(corpus, since=D2)
    assert m.rows == (ANN, BEN, CY)
    assert m.to_lists() == [[0, 1], [0, 1], [1, 0]]
    assert two_mode(corpus, until=datetime.date(2000, 1, 1)).shape == (0, 0)


# -- one-mode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aggregation", "ab", "ac", "bc"),
    [
        ("ignore", 3, 2, 1),
        ("congruence", 2, 0, 0),
        ("conflict", 1, 2, 1),
        ("subtract", 1, -2, -1),
    ],
)
def test_one_mode(corpus: Corpus, aggregation: Any, ab: int, ac: int, bc: int) -> None:
    m = one_mode(corpus, aggregation=aggregation)
    assert m.rows == m.columns == (ANN, BEN, CY)
    assert m.to_lists() == [[0, ab, ac], [ab, 0, bc], [ac, bc, 0]]


@pytest.mark.parametrize(
    ("aggregation", "normalization", "ab", "ac", "bc"),
    [
        # mean activity: Ann 3 stances, Ben 2, Cy 1
        ("ignore", "average", 3 / 2.5, 2 / 2, 1 / 1.5),
        # norms over (target, polarity) cells: Ann sqrt(2²+1²), Ben sqrt(2), Cy 1
        ("ignore", "cosine", 3 / math.sqrt(10), 2 / math.sqrt(5), 1 / math.sqrt(2)),
        # m10 + m01 + m11: Ann-Ben 1 + 1 + 2, Ann-Cy 3 + 1 + 0, Ben-Cy 2 + 1 + 0
        ("ignore", "jaccard", 3 / 4, 2 / 4, 1 / 3),
        ("congruence", "jaccard", 2 / 4, 0, 0),
        ("subtract", "average", 1 / 2.5, -2 / 2, -1 / 1.5),
    ],
)
def test_one_mode_normalization(
    corpus: Corpus, aggregation: Any, normalization: Any, ab: float, ac: float, bc: float
) -> None:
    m = one_mode(corpus, aggregation=aggregation, normalization=normalization)
    flat = [v for row in m.values for v in row]
    assert flat == pytest.approx([0, ab, ac, ab, 0, bc, ac, bc, 0])
    assert m.normalization == normalization


def test_normalization_of_silent_pair_is_zero() -> None:
    article = make_article(Say(ANN, "x", "x", SUPPORT), Say(BEN, "y", "y", SUPPORT))
    for normalization in ("average", "jaccard", "cosine"):
        m = one_mode(article, normalization=normalization)
        assert m.to_lists() == [[0, 0], [0, 0]]


# -- levels ---------------------------------------------------------------------------------


def test_organisation_level() -> None:
    article = make_article(
        Say("Pia Moss", "yes", "x", SUPPORT, represents="Green League"),
        Say("Green League", "yes", "x", SUPPORT, kind=ActorKind.ORGANIZATION),
        Say("Rolf Dunn", "no", "x", OPPOSE, affiliation="Norland"),
        Say("Spokesman", "no", "x", OPPOSE, represents="Rolf Dunn"),
        Say("Ida Lane", "no", "x", OPPOSE),
        Say("Trade Office", "no", "x", OPPOSE, kind=ActorKind.GOVERNMENT, affiliation="Norland"),
    )
    orgs = [r.label for r in stance_table(article, level="organization")]
    # represents first; a person stands for their affiliation, else themself; an
    # organisation (or government) is its own organisation; a spokesperson's chain is
    # followed to the end.
    assert orgs == [
        "Green League",
        "Green League",
        "Norland",
        "Norland",
        "Ida Lane",
        "Trade Office",
    ]
    m = two_mode(article, level="organization")
    assert m.rows == ("Green League", "Ida Lane", "Norland", "Trade Office")
    assert m.to_lists() == [[2], [1], [2], [1]]


def test_organisation_level_falls_back_to_the_corpus() -> None:
    corpus = Corpus(
        [
            make_article(Say(ANN, "x", "x", affiliation="Norland")),
            make_article(Say("Alder", "x", "x")),  # the same person, affiliation unsaid
            make_article(Say(BEN, "x", "x")),  # no affiliation anywhere: stands for himself
        ]
    )
    labels = [r.label for r in stance_table(corpus, level="organization")]
    assert labels == ["Norland", "Norland", BEN]


def test_organization_of_breaks_cycles() -> None:
    a = make_article(Say("Pia Moss", represents="Ida Lane"), Say("Ida Lane", represents="Pia Moss"))
    corpus = Corpus([a])
    assert organization_of(corpus, 0, a.actor("pia-moss")) == "Ida Lane"


def test_person_level_uses_merged_names() -> None:
    corpus = Corpus(
        [
            make_article(Say("Alder", "x", "x", SUPPORT)),
            make_article(Say(ANN, "x", "x", SUPPORT), Say(BEN, "x", "x", OPPOSE)),
        ]
    )
    m = two_mode(corpus)
    assert m.rows == (ANN, BEN)
    assert m.cell(ANN, "x") == 2


def test_extra_actor_without_stance_is_no_node() -> None:
    article = make_article(Say(ANN, "x", "x", SUPPORT), extras=[Extra("Norland")])
    assert one_mode(article).rows == (ANN,)


# -- options --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("func", "options", "message"),
    [
        (two_mode, {"aggregation": "congruence"}, "aggregation must be one of"),
        (two_mode, {"normalization": "cosine"}, "normalization 'no' only"),
        (one_mode, {"aggregation": "combine"}, "aggregation must be one of"),
        (one_mode, {"normalization": "activity"}, "normalization must be one of"),
        (one_mode, {"level": "country"}, "level must be one of"),
        (one_mode, {"duplicates": "week"}, "duplicates must be one of"),
        (network, {"network_type": "threemode"}, "network type must be one of"),
        (network, {"aggregation": "conflict"}, "two-mode aggregation"),
        (network, {"normalization": "jaccard"}, "normalization 'no' only"),
        (network, {"network_type": "onemode", "aggregation": "combine"}, "one-mode aggregation"),
    ],
)
def test_bad_options(func: Any, options: dict[str, Any], message: str) -> None:
    with pytest.raises(NetworkError, match=message):
        func(Article("x"), **options)


def test_network_dispatches(corpus: Corpus) -> None:
    assert network(corpus) == two_mode(corpus)
    assert network(corpus, "onemode", aggregation="conflict", normalization="cosine") == (
        one_mode(corpus, aggregation="conflict", normalization="cosine")
    )


def test_empty() -> None:
    for m in (two_mode(Article("")), one_mode([])):
        assert m.shape == (0, 0)
        assert m.to_json_dict() == {"rows": [], "columns": [], "matrix": []}
        assert m.edges() == []


# -- invariants -----------------------------------------------------------------------------

_ONE_MODE = st.sampled_from(["ignore", "congruence", "conflict", "subtract"])
_NORMALIZATION = st.sampled_from(["no", "average", "jaccard", "cosine"])
_LEVEL = st.sampled_from(["person", "organization"])


@given(network_corpora(), _ONE_MODE, _NORMALIZATION, _LEVEL)
def test_one_mode_symmetric_zero_diagonal(
    corpus: Corpus, aggregation: Any, normalization: Any, level: Any
) -> None:
    m = one_mode(corpus, aggregation=aggregation, normalization=normalization, level=level)
    n = len(m.rows)
    assert m.rows == m.columns
    for i in range(n):
        assert m.values[i][i] == 0
        for j in range(n):
            assert m.values[i][j] == m.values[j][i]
    if normalization in ("jaccard", "cosine") and aggregation in ("ignore", "congruence"):
        assert all(v >= 0 for row in m.values for v in row)


@given(network_corpora(), _NORMALIZATION, _LEVEL)
def test_aggregations_add_up(corpus: Corpus, normalization: Any, level: Any) -> None:
    def values(aggregation: str) -> list[list[float]]:
        return one_mode(
            corpus,
            aggregation=aggregation,  # type: ignore[arg-type]
            normalization=normalization,
            level=level,
        ).to_lists()

    ignore, cong, conf, sub = (values(a) for a in ("ignore", "congruence", "conflict", "subtract"))
    flat = [(i, c, f, s) for rows in zip(ignore, cong, conf, sub, strict=True)
            for i, c, f, s in zip(*rows, strict=True)]  # fmt: skip
    for i, c, f, s in flat:
        assert s == pytest.approx(c - f)
        assert i == pytest.approx(c + f)


@given(network_corpora(), _LEVEL)
def test_one_mode_agrees_with_two_mode(corpus: Corpus, level: Any) -> None:
    two = two_mode(corpus, level=level)
    one = one_mode(corpus, level=level)
    assert one.rows == two.rows
    # For each target, the pairs of distinct actors: (column sum)² - sum of squares.
    expected = sum(sum(col) ** 2 - sum(v * v for v in col) for col in zip(*two.values, strict=True))
    assert one.sum() == expected
    assert two.sum() == sum(len(a.stances) for a in corpus)


@given(network_corpora())
def test_combine_codes(corpus: Corpus) -> None:
    m = two_mode(corpus, aggregation="combine")
    assert {v for row in m.values for v in row} <= {0, 1, 2, 3}


@given(network_corpora(), st.sampled_from(["include", "document", "acrossrange"]))
def test_duplicates_only_remove(corpus: Corpus, duplicates: Any) -> None:
    full = two_mode(corpus)
    fewer = two_mode(corpus, duplicates=duplicates)
    assert fewer.rows == full.rows
    for row, full_row in zip(fewer.values, full.values, strict=True):
        for v, w in zip(row, full_row, strict=True):
            assert 0 <= v <= w
            assert (v == 0) == (w == 0)


# -- the Matrix and its exports -------------------------------------------------------------


def test_matrix_validates() -> None:
    with pytest.raises(ValidationError, match="one row per label"):
        Matrix(["a"], ["x"], [])
    with pytest.raises(ValidationError, match=r"values\[0\]"):
        Matrix(["a"], ["x"], [[1, 2]])
    with pytest.raises(KeyError):
        Matrix(["a"], ["x"], [[1]]).cell("a", "nope")


def test_json_dict(corpus: Corpus) -> None:
    m = one_mode(corpus)
    assert m.to_json_dict() == {
        "rows": [ANN, BEN, CY],
        "columns": [ANN, BEN, CY],
        "matrix": [[0, 3, 2], [3, 0, 1], [2, 1, 0]],
    }


def test_edges_and_csv(corpus: Corpus) -> None:
    one = one_mode(corpus, aggregation="subtract")
    assert one.edges() == [(ANN, BEN, 1), (ANN, CY, -2), (BEN, CY, -1)]
    rows = list(csv.reader(io.StringIO(one.to_csv())))
    assert rows == [
        ["source", "target", "weight"],
        [ANN, BEN, "1"],
        [ANN, CY, "-2"],
        [BEN, CY, "-1"],
    ]
    two = two_mode(corpus)
    assert two.edges()[:2] == [(ANN, "x", 2), (ANN, "y", 1)]
    avg = one_mode(corpus, normalization="average")
    assert avg.to_csv().splitlines()[1] == f"{ANN},{BEN},1.2"


def test_write_files(corpus: Corpus, tmp_path: Path) -> None:
    m = two_mode(corpus)
    m.write_csv(tmp_path / "e.csv")
    m.write_graphml(tmp_path / "g.graphml")
    assert (tmp_path / "e.csv").read_text(encoding="utf-8") == m.to_csv()
    assert (tmp_path / "g.graphml").read_text(encoding="utf-8") == m.to_graphml()


NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _parse_graphml(text: str) -> tuple[dict[str, dict[str, str]], list[tuple[str, str, float]]]:
    root = ET.fromstring(text)
    nodes = {
        n.get("id", ""): {d.get("key", ""): d.text or "" for d in n.findall("g:data", NS)}
        for n in root.iterfind(".//g:node", NS)
    }
    edges = [
        (
            nodes[e.get("source", "")]["label"],
            nodes[e.get("target", "")]["label"],
            float(e.findtext("g:data", "", NS)),
        )
        for e in root.iterfind(".//g:edge", NS)
    ]
    return nodes, edges


def test_graphml_two_mode(corpus: Corpus) -> None:
    m = two_mode(corpus)
    text = m.to_graphml()
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    nodes, edges = _parse_graphml(text)
    assert [(n["label"], n["mode"]) for n in nodes.values()] == [
        (ANN, "actor"),
        (BEN, "actor"),
        (CY, "actor"),
        ("x", "target"),
        ("y", "target"),
    ]
    assert edges == [(s, t, float(w)) for s, t, w in m.edges()]
    keys = ET.fromstring(text).findall("g:key", NS)
    assert {(k.get("attr.name"), k.get("attr.type")) for k in keys} >= {
        ("label", "string"),
        ("weight", "double"),
    }


def test_graphml_keeps_odd_labels_valid() -> None:
    article = make_article(Say("A & <B>", "x", "x\x01\"'", SUPPORT))
    nodes, _ = _parse_graphml(two_mode(article).to_graphml())
    assert [n["label"] for n in nodes.values()] == ["A & <B>", "x\ufffd\"'"]


@given(network_corpora(), st.booleans())
def test_graphml_networkx_reads_it_back(corpus: Corpus, one: bool) -> None:
    nx = pytest.importorskip("networkx")
    m = one_mode(corpus) if one else two_mode(corpus, aggregation="subtract")
    graph = nx.read_graphml(io.BytesIO(m.to_graphml().encode("utf-8")))
    assert graph.number_of_nodes() == len(m.rows) + (0 if one else len(m.columns))
    labels = nx.get_node_attributes(graph, "label")
    # Undirected edges: compare them as (label set, weight).
    got = sorted((sorted((labels[u], labels[v])), w) for u, v, w in graph.edges(data="weight"))
    want = sorted((sorted((s, t)), float(w)) for s, t, w in m.edges())
    assert got == want


def test_to_networkx(corpus: Corpus) -> None:
    pytest.importorskip("networkx")
    g = one_mode(corpus, aggregation="conflict").to_networkx()
    assert sorted(g.nodes) == [ANN, BEN, CY]
    assert g[ANN][CY]["weight"] == 2
    assert g.graph["aggregation"] == "conflict"
    b = two_mode(corpus).to_networkx()
    assert b.nodes["x"]["bipartite"] == 1
    assert b.nodes[ANN]["bipartite"] == 0
    assert b[ANN]["x"]["weight"] == 2


def test_to_networkx_label_clash() -> None:
    pytest.importorskip("networkx")
    article = make_article(Say("Tax", "x", "Tax", SUPPORT), Say(ANN, "x", "Tax (target)", OPPOSE))
    g = two_mode(article).to_networkx()
    # The target "Tax" clashes with the actor "Tax", then with the target "Tax (target)".
    assert g.nodes["Tax (target) (target)"]["label"] == "Tax"
    assert g.nodes["Tax (target)"]["label"] == "Tax (target)"
    assert g.nodes["Tax"]["mode"] == "actor"
    assert g.number_of_nodes() == 4


def test_missing_extras(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "networkx", None)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'stancekit\[networkx\]'") as info:
        two_mode(corpus).to_networkx()
    assert isinstance(info.value, ImportError)
    assert info.value.extra == "networkx"
    with pytest.raises(MissingExtraError, match="pandas"):
        stances_frame(corpus)


def test_core_import_needs_no_extras() -> None:
    code = (
        "import sys, stancekit, stancekit.network, stancekit.io.dna, stancekit.corpus;"
        " loaded = {'networkx', 'pandas'} & {m.split('.')[0] for m in sys.modules};"
        " sys.exit(sorted(loaded) or 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- pandas frames ---------------------------------------------------------------------------


def test_frames(corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    statements = statements_frame(corpus)
    assert len(statements) == 7
    assert list(statements.loc[6, ["speaker_name", "content", "organization"]]) == [
        CY,
        "just talk",
        CY,
    ]
    stances = stances_frame(corpus, since=D2)
    assert list(stances["holder_name"]) == [ANN, BEN, CY]
    assert list(stances["agreement"]) == [0, 1, 0]
    assert str(stances["date"].dtype).startswith("datetime64")
    empty = reactions_frame(corpus)
    assert len(empty) == 0
    assert "to_actor_name" in empty.columns


def test_reactions_frame() -> None:
    pytest.importorskip("pandas")
    from stancekit import Reaction, ReactionKind

    base = make_article(Say(ANN, "no"), Say(BEN, "wrong"))
    article = Article(
        base.text,
        actors=base.actors,
        statements=base.statements,
        reactions=[
            Reaction("r1", "ben-birch", "s1", ReactionKind.REJECTS, evidence=("s2",)),
            Reaction("r2", "ann-alder", "ben-birch", ReactionKind.CRITICIZES),
        ],
    )
    frame = reactions_frame(article)
    assert frame["to_statement"][0] == "s1"
    assert frame["to_statement"].isna()[1]
    assert list(frame["to_actor_name"]) == [ANN, BEN]
    assert list(frame["evidence"]) == ["s2", ""]
