"""DNA 3 databases: the sample's known figures, round trips, and what DNA cannot hold."""

from __future__ import annotations

import datetime
import sqlite3
import tempfile
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from builders import NEUTRAL, OPPOSE, SUPPORT, Extra, Say, make_article
from conftest import shared_data
from stancekit import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Corpus,
    DNAError,
    Polarity,
    Reaction,
    ReactionKind,
    Span,
    Stance,
    Target,
)
from stancekit.io.dna import DNAWriteReport, check_password, hash_password, read_dna, write_dna
from stancekit.network import one_mode, stance_table, two_mode
from stancekit.testing import corpora, dna_corpora


@pytest.fixture(scope="module")
def sample() -> Path:
    return shared_data("dna-sample", "sample.dna")


def _figures(corpus: Corpus) -> tuple[tuple[int, int], float, float, float, float]:
    two = two_mode(corpus, level="organization")
    ignore, congruence, conflict = (
        one_mode(corpus, level="organization", aggregation=a).sum()
        for a in ("ignore", "congruence", "conflict")
    )
    return (two.shape, two.sum(), ignore, congruence, conflict)


def _write_read(corpus: Corpus) -> tuple[Corpus, DNAWriteReport]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.dna"
        report = write_dna(corpus, path)
        return read_dna(path), report


# -- the sample shipped with DNA ------------------------------------------------------------


@pytest.mark.data
def test_sample_known_figures(sample: Path) -> None:
    corpus = read_dna(sample)
    assert len(corpus) == 7
    assert sum(len(a.stances) for a in corpus) == 40
    assert _figures(corpus) == ((7, 6), 40, 276, 160, 116)


@pytest.mark.data
def test_sample_reads_as_documented(sample: Path) -> None:
    corpus = read_dna(sample)
    first = corpus[0]
    assert first.date == datetime.date(2005, 1, 26)
    assert first.title is not None
    assert first.source is not None
    s, t = first.statements[0], first.stances[0]
    assert s.content == first.quote(s.span)
    assert len(s.content) > 100
    assert t.evidence == (s.id,)
    assert t.holder == s.speaker
    assert t.target.key == t.target.text
    assert (t.polarity, t.commitment) in {
        (Polarity.SUPPORT, Commitment.ENDORSEMENT),
        (Polarity.OPPOSE, Commitment.CATEGORICAL),
    }
    person = first.actor(s.speaker)
    assert person.kind is ActorKind.PERSON
    assert person.represents is not None
    org = first.actor(person.represents)
    assert org.kind is ActorKind.ORGANIZATION
    assert person.affiliation == org.name
    people = {a.name for a in corpus.actors if a.kind is ActorKind.PERSON}
    orgs = {a.name for a in corpus.actors if a.kind is ActorKind.ORGANIZATION}
    assert (len(people), len(orgs)) == (7, 7)
    assert two_mode(corpus).shape == (7, 6)  # one person per organisation in the sample


@pytest.mark.data
def test_sample_round_trips(sample: Path) -> None:
    corpus = read_dna(sample)
    again, report = _write_read(corpus)
    assert again == corpus
    assert _figures(again) == ((7, 6), 40, 276, 160, 116)
    assert report == DNAWriteReport(7, 40, ())


@pytest.mark.data
def test_written_schema_is_dnas(sample: Path, tmp_path: Path) -> None:
    def schema(path: Path) -> dict[str, str]:
        con = sqlite3.connect(path)
        try:
            rows = con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
            return {name: " ".join(sql.split()) for name, sql in rows}
        finally:
            con.close()

    write_dna(Corpus(), tmp_path / "empty.dna")
    assert schema(tmp_path / "empty.dna") == schema(sample)


@pytest.mark.data
def test_sample_password_scheme(sample: Path) -> None:
    con = sqlite3.connect(f"{sample.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (stored,) = con.execute("SELECT Password FROM CODERS WHERE ID = 1").fetchone()
    finally:
        con.close()
    assert check_password("sample", stored)  # rDNA's documented sample password
    assert not check_password("Sample", stored)


# -- round trips ----------------------------------------------------------------------------


@given(dna_corpora())
def test_dna_round_trip_is_identity(corpus: Corpus) -> None:
    again, report = _write_read(corpus)
    assert again == corpus
    assert report.notes == ()


@given(corpora(max_articles=3))
def test_any_corpus_round_trip_is_a_projection(corpus: Corpus) -> None:
    once, report = _write_read(corpus)
    twice, _ = _write_read(once)
    assert twice == once
    assert report.documents == len(corpus) == len(once)
    written = sum(1 for a in corpus for s in a.stances if s.polarity in (SUPPORT, OPPOSE))
    assert report.statements <= written
    assert sum(len(a.stances) for a in once) == report.statements


def test_network_figures_survive_organisation_level() -> None:
    corpus = Corpus(
        [
            make_article(
                Say("Pia Moss", "yes", "tax", SUPPORT, represents="Green League"),
                Say("Rolf Dunn", "no", "tax", OPPOSE, affiliation="Norland"),
                Say("Green League", "yes", "fees", SUPPORT, kind=ActorKind.ORGANIZATION),
                date=datetime.date(2023, 4, 1),
            ),
            make_article(
                Say("Moss", "yes", "fees", SUPPORT, represents="Green League"),
                extras=[Extra("Green League")],
            ),
        ]
    )
    again, _ = _write_read(corpus)
    for level in ("person", "organization"):
        for aggregation in ("ignore", "congruence", "conflict"):
            want = one_mode(corpus, level=level, aggregation=aggregation)
            got = one_mode(again, level=level, aggregation=aggregation)
            assert got == want
        assert two_mode(again, level=level) == two_mode(corpus, level=level)


# -- what is lossy, and says so -------------------------------------------------------------


def test_losses_are_reported() -> None:
    base = make_article(
        Say("Pia Moss", "yes", "tax", SUPPORT),
        Say("Pia Moss", "hm", "tax", NEUTRAL),
        Say("Rolf Dunn", "just words"),
        Say("Rolf Dunn", "no", "x" * 191, OPPOSE),
        title="T" * 200,
    )
    article = Article(
        base.text,
        title=base.title,
        actors=base.actors,
        statements=base.statements,
        stances=base.stances,
        reactions=[Reaction("r1", "rolf-dunn", "s1", ReactionKind.REJECTS)],
    )
    again, report = _write_read(Corpus([article]))
    assert report.statements == 1
    assert report.notes == (
        "article 0: no date, written as 1970-01-01 (DNA needs one)",
        "article 0: title shortened to 190 characters",
        "article 0, stance t2: left out, DNA's agreement has no neutral value",
        "article 0, stance t4: left out, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... is too"
        " long for DNA",
        "3 statements with no support or oppose stance written: left out (a DNA statement is"
        " a position)",
        "1 reactions: not written (DNA has no reactions)",
    )
    (back,) = again
    assert back.title == "T" * 190
    assert back.date == datetime.date(1970, 1, 1)
    assert [s.content for s in back.statements] == ["yes"]
    assert back.stances[0].cue == ""


def test_stance_without_evidence_is_anchored() -> None:
    base = make_article(Say("Pia Moss", "yes", "tax", SUPPORT))
    stance = base.stances[0]
    for target_span, cue_span, expected in [
        (Span(0, 3), Span(9, 13), "Pia"),
        (None, Span(9, 13), "said"),
        (None, Span(0, 0), base.text),
    ]:
        bare = Stance(
            stance.id,
            stance.holder,
            Target(stance.target.text, stance.target.key, target_span),
            stance.polarity,
            stance.commitment,
            stance.cue,
            cue_span,
        )
        article = Article(base.text, actors=base.actors, stances=[bare])
        again, _ = _write_read(Corpus([article]))
        assert again[0].statements[0].content == expected
    nobody = [attrs.evolve(a, mentions=()) for a in base.actors]
    empty = Article("", actors=nobody, stances=[bare])
    again, report = _write_read(Corpus([empty]))
    assert again[0].stances == ()
    assert (
        report.notes[-1] == "article 0, stance t1: left out, the article has no text to anchor it"
    )


def test_offsets_are_utf16_in_dna(tmp_path: Path) -> None:
    article = make_article(Say("🙂 Pia Moss", "yes 🙂 yes", "tax", SUPPORT))
    path = tmp_path / "emoji.dna"
    write_dna(article, path)
    con = sqlite3.connect(path)
    try:
        (start, stop) = con.execute("SELECT Start, Stop FROM STATEMENTS").fetchone()
    finally:
        con.close()
    span = article.statements[0].span
    # One astral character before the content, one inside it: UTF-16 counts two units each.
    assert (start, stop) == (span.start + 1, span.end + 2)
    assert read_dna(path)[0].statements[0].content == "yes 🙂 yes"


def test_affiliations_are_written_as_the_article_says() -> None:
    corpus = Corpus(
        [
            make_article(Say("Pia Moss", "a", "tax", affiliation="Norland")),
            make_article(Say("Pia Moss", "b", "tax")),
        ]
    )
    again, _ = _write_read(corpus)
    assert [a.actor("pia-moss").affiliation for a in again] == ["Norland", None]


def test_merged_names_are_written(tmp_path: Path) -> None:
    corpus = Corpus(
        [make_article(Say("Moss", "a", "tax")), make_article(Say("Pia Moss", "b", "tax"))]
    )
    again, _ = _write_read(corpus)
    assert [a.name for a in again.actors] == ["Pia Moss"]


# -- reading odd databases ------------------------------------------------------------------


def _edit(path: Path, *sql: str) -> None:
    con = sqlite3.connect(path)
    try:
        with con:
            for statement in sql:
                con.execute(statement)
    finally:
        con.close()


def test_statements_without_actor_or_concept(tmp_path: Path) -> None:
    path = tmp_path / "odd.dna"
    corpus = Corpus(
        [make_article(Say("Pia Moss", "a", "tax"), Say("Rolf Dunn", "b", "fees", OPPOSE))]
    )
    write_dna(corpus, path)
    # Entities 1, 2, 3 are the empty person, organisation and concept.
    _edit(
        path,
        "UPDATE DATASHORTTEXT SET Entity = 1 WHERE StatementId = 1 AND VariableId = 1",
        "UPDATE DATASHORTTEXT SET Entity = 3 WHERE StatementId = 2 AND VariableId = 3",
        "DELETE FROM DATABOOLEAN",
    )
    (article,) = read_dna(path)
    assert [s.content for s in article.statements] == ["b"]  # no one said "a"
    assert article.stances == ()  # "b" has no concept


def test_person_with_two_organisations_in_one_document(tmp_path: Path) -> None:
    path = tmp_path / "two.dna"
    article = make_article(
        Say("Pia Moss", "a", "tax", represents="Green League"),
        Say("Pia Moss", "b", "fees", represents="Green League"),
        extras=[Extra("Green League")],
    )
    write_dna(article, path)
    _edit(
        path,
        "INSERT INTO ENTITIES (ID, VariableId, Value) VALUES (99, 2, 'Blue Party')",
        "UPDATE DATASHORTTEXT SET Entity = 99 WHERE StatementId = 2 AND VariableId = 2",
    )
    corpus = read_dna(path)
    people = [(a.id, a.represents) for a in corpus[0].actors if a.kind is ActorKind.PERSON]
    assert people == [("pia-moss", "green-league"), ("pia-moss-2", "blue-party")]
    assert [a.name for a in corpus.actors if a.kind is ActorKind.PERSON] == ["Pia Moss"]
    assert [r.label for r in stance_table(corpus, level="organization")] == [
        "Green League",
        "Blue Party",
    ]


def test_missing_agreement_means_support(tmp_path: Path) -> None:
    path = tmp_path / "agree.dna"
    write_dna(make_article(Say("Rolf Dunn", "b", "fees", OPPOSE)), path)
    _edit(path, "DELETE FROM DATABOOLEAN")
    assert read_dna(path)[0].stances[0].polarity is Polarity.SUPPORT


def test_other_statement_type(tmp_path: Path) -> None:
    path = tmp_path / "types.dna"
    write_dna(make_article(Say("Rolf Dunn", "b", "fees", OPPOSE)), path)
    _edit(path, "INSERT INTO STATEMENTTYPES VALUES (2, 'Annotation', 0, 0, 0)")
    with pytest.raises(DNAError, match="statement type 2 lacks"):
        read_dna(path, statement_type=2)
    _edit(path, "DELETE FROM VARIABLES WHERE ID = 3")
    with pytest.raises(DNAError, match="no statement type with short-text variables"):
        read_dna(path)


def test_statement_outside_document(tmp_path: Path) -> None:
    path = tmp_path / "out.dna"
    write_dna(make_article(Say("Rolf Dunn", "b", "fees", OPPOSE)), path)
    _edit(path, "UPDATE STATEMENTS SET Stop = 10000")
    with pytest.raises(DNAError, match="statement 1 lies outside its document"):
        read_dna(path)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE DOCUMENTS SET Date = 'soon'",
        "UPDATE DOCUMENTS SET Date = 99999999999999999",
        "UPDATE STATEMENTS SET Start = 'x'",
    ],
)
def test_odd_values_are_dna_errors(tmp_path: Path, sql: str) -> None:
    path = tmp_path / "odd.dna"
    write_dna(make_article(Say("Rolf Dunn", "b", "fees")), path)
    con = sqlite3.connect(path)
    try:
        with con:
            con.execute("PRAGMA ignore_check_constraints = ON")
            con.execute(sql)
    finally:
        con.close()
    with pytest.raises(DNAError, match="document 1: unexpected value"):
        read_dna(path)


def test_read_errors(tmp_path: Path) -> None:
    with pytest.raises(DNAError, match="no such file"):
        read_dna(tmp_path / "nope.dna")
    assert not (tmp_path / "nope.dna").exists()  # reading never creates a database
    text = tmp_path / "text.dna"
    text.write_text("not a database at all, just some words " * 40, encoding="utf-8")
    with pytest.raises(DNAError, match="not a DNA 3 database"):
        read_dna(text)
    other = tmp_path / "other.dna"
    _edit(other, "CREATE TABLE T(x)")
    with pytest.raises(DNAError, match="no table DOCUMENTS"):
        read_dna(other)


def test_write_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.dna"
    write_dna(Corpus(), path)
    with pytest.raises(DNAError, match="already exists"):
        write_dna(Corpus(), path)
    report = write_dna(make_article(Say("Rolf Dunn", "b", "fees")), path, overwrite=True)
    assert report.statements == 1
    assert len(read_dna(path)) == 1
    with pytest.raises(DNAError, match="coder name"):
        write_dna(Corpus(), tmp_path / "b.dna", coder=" ")
    with pytest.raises(DNAError, match="cannot write"):
        write_dna(Corpus(), tmp_path / "no-such-dir" / "c.dna")
    assert list(tmp_path.iterdir()) == [path]  # nothing half-written left behind


def test_coder_and_password(tmp_path: Path) -> None:
    path = tmp_path / "coder.dna"
    write_dna(Corpus(), path, coder="Ana Lyst", password="s3cret")
    con = sqlite3.connect(path)
    try:
        name, stored = con.execute("SELECT Name, Password FROM CODERS").fetchone()
    finally:
        con.close()
    assert name == "Ana Lyst"
    assert check_password("s3cret", stored)
    assert not check_password("", stored)
    assert hash_password("s3cret") == stored  # reproducible files
    assert check_password("", hash_password(""))
    assert not check_password("x", "not base64!")
    assert not check_password("x", "c2hvcnQ=")


def test_person_and_body_with_the_same_slug_stay_apart() -> None:
    # Found by hypothesis: a person "X" affiliated to an organisation ":X".
    article = Article(
        "0",
        actors=[Actor("x", "X", ActorKind.PERSON, affiliation=":X")],
        stances=[
            Stance(
                "t0",
                "x",
                Target("troops", "troops"),
                OPPOSE,
                "categorical",
                "ruled out",
                Span(0, 0),
            )
        ],
    )
    once, _ = _write_read(Corpus([article]))
    twice, _ = _write_read(once)
    assert twice == once
    names = {a.name for a in once[0].actors}
    assert names == {"X", ":X"}
