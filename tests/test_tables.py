"""Tables and pictures: Article.frames()/Corpus.frames(), GraphML node attributes, the directed
reaction network, and ``network --plot`` / ``--type reactions``."""

from __future__ import annotations

import datetime
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from builders import OPPOSE, SUPPORT, Extra, Say, make_article
from stancekit import (
    ActorKind,
    Article,
    Corpus,
    MissingExtraError,
    NetworkError,
    Reaction,
    ReactionKind,
)
from stancekit.cli import main
from stancekit.network import actors_frame, plot, reaction_network, stances_frame, two_mode

ANN, BEN, CY = "Ann Alder", "Ben Birch", "Cy Cole"
D1 = datetime.date(2024, 5, 1)
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture
def corpus() -> Corpus:
    first = make_article(
        Say(ANN, "yes to x", "x", SUPPORT, affiliation="Freedonia"),
        Say(BEN, "no to x", "x", OPPOSE, kind=ActorKind.GOVERNMENT),
        date=D1,
        title="Row over x",
        source="Daily",
    )
    second = make_article(Say(ANN, "y", "y", SUPPORT), Say(CY, "y", "y", SUPPORT))
    return Corpus([first, second])


def _with_reactions(article: Article, *reactions: Reaction) -> Article:
    return Article(
        article.text,
        title=article.title,
        date=article.date,
        source=article.source,
        actors=article.actors,
        statements=article.statements,
        stances=article.stances,
        reactions=reactions,
    )


# -- frames -------------------------------------------------------------------------------


def test_corpus_frames_name_each_rows_article(corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    frames = corpus.frames()
    for frame in (frames.statements, frames.stances, frames.reactions, frames.actors):
        assert list(frame.columns[:4]) == ["index", "date", "title", "source"]
    assert list(frames.stances["title"][:2]) == ["Row over x", "Row over x"]
    assert list(frames.stances["title"].isna()) == [False, False, True, True]
    assert list(frames.stances["source"])[:2] == ["Daily", "Daily"]
    assert len(frames.statements) == 4
    assert len(frames.reactions) == 0


def test_actors_frame(corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    actors = actors_frame(corpus)
    # One row per actor per article; the corpus id is the same across articles.
    assert list(zip(actors["index"], actors["actor"], strict=True)) == [
        (0, "ann-alder"),
        (0, "ben-birch"),
        (1, "ann-alder"),
        (1, "cy-cole"),
    ]
    assert list(actors["kind"]) == ["person", "government", "person", "person"]
    assert actors["affiliation"][0] == "Freedonia"
    assert list(actors["statements"]) == [1, 1, 1, 1]
    assert list(actors["stances"]) == [1, 1, 1, 1]
    since = actors_frame(corpus, since=D1)
    assert list(since["index"]) == [0, 0]


def test_article_frames_delegate(corpus: Corpus) -> None:
    pytest.importorskip("pandas")
    article = corpus[0]
    frames = article.frames()
    assert frames.stances.equals(stances_frame(article))
    assert list(frames.actors["name"]) == [ANN, BEN]
    assert "statements=" not in repr(frames)  # the repr does not dump the tables


def test_frames_without_pandas(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match="pandas"):
        corpus.frames()


# -- GraphML node attributes -----------------------------------------------------------------


def test_graphml_nodes_carry_kind_affiliation_and_label(corpus: Corpus) -> None:
    root = ET.fromstring(two_mode(corpus).to_graphml())
    nodes = {}
    for node in root.iter(f"{GRAPHML}node"):
        data = {d.get("key"): d.text for d in node.iter(f"{GRAPHML}data")}
        nodes[data["label"]] = data
    assert nodes[ANN] == {
        "label": ANN,
        "mode": "actor",
        "kind": "person",
        "affiliation": "Freedonia",
    }
    assert nodes[BEN] == {"label": BEN, "mode": "actor", "kind": "government"}
    assert nodes["x"] == {"label": "x", "mode": "target", "kind": "target"}


def test_networkx_nodes_carry_kind(corpus: Corpus) -> None:
    pytest.importorskip("networkx")
    graph = two_mode(corpus).to_networkx()
    assert graph.nodes[ANN]["kind"] == "person"
    assert graph.nodes[ANN]["affiliation"] == "Freedonia"
    assert graph.nodes["x"]["kind"] == "target"


def test_organization_level_nodes() -> None:
    article = make_article(
        Say(ANN, "x", "x", SUPPORT, represents="Party"), Say(BEN, "x", "x"), extras=[Extra("Party")]
    )
    matrix = two_mode(article, level="organization")
    assert matrix.nodes["Party"] == {"kind": "organization"}


# -- the reaction network --------------------------------------------------------------------


@pytest.fixture
def reacting() -> Corpus:
    base = make_article(Say(ANN, "no"), Say(BEN, "wrong"), Say(CY, "fine"))
    first = _with_reactions(
        base,
        Reaction("r1", "ben-birch", "s1", ReactionKind.CRITICIZES, evidence=("s2",)),
        Reaction("r2", "cy-cole", "ann-alder", ReactionKind.SUPPORTS),
        Reaction("r3", "ann-alder", "ann-alder", ReactionKind.DEFENDS),
    )
    second = _with_reactions(
        make_article(Say(BEN, "no"), Say(ANN, "hm")),
        Reaction("r1", "ben-birch", "ann-alder", ReactionKind.CRITICIZES),
    )
    return Corpus([first, second])


def test_reaction_network_is_directed(reacting: Corpus) -> None:
    net = reaction_network(reacting)
    assert net.weight(BEN, ANN, "criticizes") == 2
    assert net.weight(ANN, BEN) == 0  # direction matters
    assert net.weight(CY, ANN, ReactionKind.SUPPORTS) == 1
    assert net.weight(ANN, ANN) == 0  # reacting to oneself is no edge
    assert net.nodes == (ANN, BEN, CY)
    assert net.to_csv().splitlines() == [
        "source,target,kind,weight",
        f"{BEN},{ANN},criticizes,2",
        f"{CY},{ANN},supports,1",
    ]


def test_who_criticises_whom(reacting: Corpus) -> None:
    net = reaction_network(reacting, kinds=["criticizes"])
    assert [(e.source, e.target) for e in net.edges] == [(BEN, ANN)]
    with pytest.raises(NetworkError, match="unknown reaction kind 'praises'"):
        reaction_network(reacting, kinds=["praises"])


def test_reaction_graphml_and_networkx(reacting: Corpus) -> None:
    root = ET.fromstring(reaction_network(reacting).to_graphml())
    graph = root.find(f"{GRAPHML}graph")
    assert graph is not None
    assert graph.get("edgedefault") == "directed"
    assert len(graph.findall(f"{GRAPHML}edge")) == 2
    pytest.importorskip("networkx")
    g = reaction_network(reacting).to_networkx()
    assert g.is_directed()
    assert g[BEN][ANN]["criticizes"]["weight"] == 2
    assert not g.has_edge(ANN, BEN)


# -- pictures ---------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_writes_a_picture(corpus: Corpus, tmp_path: Path, suffix: str) -> None:
    pytest.importorskip("matplotlib")
    path = plot(corpus, tmp_path / f"net{suffix}")
    data = path.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"<svg" in data
        # The actors and the proposals are drawn by name.
        assert b"Positions per proposal" in data


def test_plot_errors(corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(NetworkError, match=r"must end with one of \.png"):
        plot(corpus, tmp_path / "net.gif")
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(MissingExtraError, match=r"stancekit\[plot\]"):
        plot(corpus, tmp_path / "net.png")


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_cli_plot_and_reactions(
    reacting: Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "c.jsonl"
    reacting.write_jsonl(path)
    picture = tmp_path / "net.png"
    code, out = _run("network", str(path), "--plot", str(picture))
    assert code == 0
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert f"drew {picture}" in capsys.readouterr().err
    code, out = _run("network", str(path), "--type", "reactions")
    assert code == 0
    doc = json.loads(out)
    assert doc["edges"][0] == {"source": BEN, "target": ANN, "kind": "criticizes", "weight": 2}
    code, out = _run("network", str(path), "--type", "reactions", "--format", "graphml")
    assert 'edgedefault="directed"' in out
    code, out = _run("network", str(path), "--type", "reactions", "--level", "organization")
    assert code == 1
    assert "--type reactions takes no" in capsys.readouterr().err
    code, out = _run("network", str(path), "--plot", str(tmp_path / "net.bmp"))
    assert (code, out) == (1, "")
    assert "must end with one of" in capsys.readouterr().err
