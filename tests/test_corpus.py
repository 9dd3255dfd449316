"""Corpus: JSON Lines storage, actors merged across articles, queries with date filters."""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import pytest
from hypothesis import given

from builders import OPPOSE, SUPPORT, Extra, Say, make_article
from stancekit import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Corpus,
    JSONError,
    Polarity,
    QueryError,
    Reaction,
    ReactionKind,
)
from stancekit.corpus import as_corpus, iter_jsonl, iter_jsonl_lines, write_jsonl
from stancekit.testing import corpora

D1, D2, D3 = datetime.date(2024, 2, 26), datetime.date(2024, 2, 27), datetime.date(2024, 3, 5)


def _names(corpus: Corpus) -> list[tuple[str, int]]:
    return [(a.name, len(a.occurrences)) for a in corpus.actors]


# -- JSON Lines ---------------------------------------------------------------------------


@given(corpora())
def test_jsonl_round_trip_is_identity(corpus: Corpus) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        assert corpus.write_jsonl(path) == len(corpus)
        assert Corpus.read_jsonl(path) == corpus
        assert len(path.read_bytes().splitlines()) == len(corpus)


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    articles = [make_article(Say("Mara Quist", "one\ntwo\r\nthree\u2028four")), Article("x")]
    path = tmp_path / "c.jsonl"
    write_jsonl(articles, path)
    assert path.read_text(encoding="utf-8").count("\n") == 2
    assert list(iter_jsonl(path)) == articles


def test_jsonl_skips_blank_lines_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    write_jsonl([Article("a"), Article("b")], path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\n\n", 1) + b"\n")
    assert [a.text for a in iter_jsonl(path)] == ["a", "b"]


def test_jsonl_bad_line_names_its_number(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    write_jsonl([Article("a")], path)
    with path.open("a", encoding="utf-8") as f:
        f.write('{"text": "b", "mood": 1}\n')
    with pytest.raises(JSONError, match=r"line 2: \$: unknown keys \['mood'\]"):
        Corpus.read_jsonl(path)


def test_jsonl_not_json_and_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "a"}\nnot json\n')
    with pytest.raises(JSONError, match=r"line 2: .*not valid JSON"):
        list(iter_jsonl(path))
    path.write_bytes(b'{"text": "a"}\n{"text": "\xff"}\n')
    with pytest.raises(JSONError, match=r"line 2: not valid UTF-8"):
        list(iter_jsonl(path))


def test_jsonl_reads_lazily(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "first"}\n{broken\n')
    articles = iter_jsonl(path)
    assert next(articles).text == "first"  # the broken line is not read yet
    with pytest.raises(JSONError, match="line 2"):
        next(articles)


def test_jsonl_lines_in_memory() -> None:
    lines = ['{"text": "a"}', "", '{"text": "b"}']
    assert [a.text for a in iter_jsonl_lines(lines)] == ["a", "b"]


def test_missing_file_is_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Corpus.read_jsonl(tmp_path / "nope.jsonl")


# -- merging actors ------------------------------------------------------------------------


def test_name_forms_of_one_person_merge() -> None:
    corpus = Corpus(
        [
            make_article(Say("Quist")),
            make_article(Say("Mara Quist")),
            make_article(Say("Governor Mara Quist")),
            make_article(Say("Mara Quist")),
        ]
    )
    assert _names(corpus) == [("Mara Quist", 4)]
    merged = corpus.actors[0]
    assert merged.id == "mara-quist"
    assert merged.names == ("Mara Quist", "Quist", "Governor Mara Quist")
    assert [(o.index, o.actor) for o in merged.occurrences] == [
        (0, "quist"),
        (1, "mara-quist"),
        (2, "governor-mara-quist"),
        (3, "mara-quist"),
    ]
    assert merged.indices == (0, 1, 2, 3)


def test_occurrences_carry_mentions() -> None:
    corpus = Corpus([make_article(Say("Mara Quist"), Say("Quist")), make_article(Say("Quist"))])
    # Two local actors in the first article, one in the second: one merged actor.
    (merged,) = corpus.actors
    assert [(o.index, o.actor) for o in merged.occurrences] == [
        (0, "mara-quist"),
        (0, "quist"),
        (1, "quist"),
    ]
    assert merged.indices == (0, 1)
    for occurrence in merged.occurrences:
        article = corpus[occurrence.index]
        assert occurrence.mentions == article.actor(occurrence.actor).mentions
        assert all(article.quote(m).endswith("Quist") for m in occurrence.mentions)


def test_shared_surname_stays_apart() -> None:
    corpus = Corpus(
        [
            make_article(Say("Lena Holt")),
            make_article(Say("Tomas Holt")),
            make_article(Say("Holt")),
            make_article(Say("Lena Holt")),
        ]
    )
    assert _names(corpus) == [("Lena Holt", 2), ("Tomas Holt", 1), ("Holt", 1)]
    assert corpus.find_actor("Holt") == corpus.actors[2]


def test_surname_resolves_when_unique_in_corpus() -> None:
    corpus = Corpus([make_article(Say("Holt")), make_article(Say("Lena Holt"))])
    assert _names(corpus) == [("Lena Holt", 2)]


def test_case_and_accents_do_not_split_an_actor() -> None:
    corpus = Corpus([make_article(Say("Zoë Varga")), make_article(Say("ZOE VARGA"))])
    assert len(corpus.actors) == 1
    assert corpus.actors[0].names == ("Zoë Varga", "ZOE VARGA")


def test_anonymous_sources_are_not_merged_across_articles() -> None:
    official = Say("Senior official", kind=ActorKind.ANONYMOUS)
    corpus = Corpus([make_article(official), make_article(official)])
    assert [a.id for a in corpus.actors] == ["senior-official", "senior-official-2"]


def test_organisations_merge_on_exact_name_only() -> None:
    org = ActorKind.ORGANIZATION
    corpus = Corpus(
        [
            make_article(Say("Harbour Commission", kind=org)),
            make_article(Say("Commission", kind=org)),
            make_article(Say("harbour commission", kind=org)),
        ]
    )
    assert _names(corpus) == [("Harbour Commission", 2), ("Commission", 1)]


def test_kind_and_affiliation_by_majority() -> None:
    corpus = Corpus(
        [
            make_article(Say("Mara Quist", affiliation="Norland")),
            make_article(Say("Mara Quist", affiliation="Norland")),
            make_article(Say("Mara Quist", kind=ActorKind.GROUP)),
        ]
    )
    (merged,) = corpus.actors
    assert (merged.kind, merged.affiliation) == (ActorKind.PERSON, "Norland")


@given(corpora())
def test_every_local_actor_has_one_merged_actor(corpus: Corpus) -> None:
    ids = [a.id for a in corpus.actors]
    assert len(ids) == len(set(ids))
    seen = [(o.index, o.actor) for a in corpus.actors for o in a.occurrences]
    assert sorted(seen) == sorted((i, a.id) for i, art in enumerate(corpus) for a in art.actors)
    for a in corpus.actors:
        assert corpus.actor(a.id) is a
        for o in a.occurrences:
            assert corpus.actor_of(o.index, o.actor) is a


@given(corpora())
def test_merging_is_deterministic(corpus: Corpus) -> None:
    again = Corpus(corpus.articles)
    assert again.actors == corpus.actors


def test_as_corpus() -> None:
    article = Article("x")
    corpus = Corpus([article])
    assert as_corpus(corpus) is corpus
    assert as_corpus(article) == corpus
    assert as_corpus([article]) == corpus
    assert len(corpus) == 1
    assert corpus[0] is article
    assert list(corpus) == [article]


# -- queries -------------------------------------------------------------------------------


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(
        [
            make_article(
                Say("Mara Quist", "we will never send ground troops", "ground-troops", OPPOSE),
                Say("Lena Holt", "nothing should be ruled out", "ground-troops",
                    Polarity.UNDECIDED, Commitment.OPEN),
                date=D1,
                title="Summit",
            ),
            make_article(
                Say("Quist", "troops are not on the agenda", "ground-troops", OPPOSE,
                    Commitment.NO_PLANS),
                Say("Tomas Holt", "we back the pension reform", "pension-reform", SUPPORT),
                date=D2,
            ),
            make_article(
                Say("Mara Quist", "I back the pension reform", "pension-reform", SUPPORT),
                date=D3,
            ),
            make_article(Say("Mara Quist", "undated words")),
        ]
    )  # fmt: skip


def test_who_ruled_out_carries_articles(corpus: Corpus) -> None:
    answers = corpus.who_ruled_out("ground troops")
    assert [(a.actor.name, a.index) for a in answers] == [("Mara Quist", 0), ("Mara Quist", 1)]
    assert answers[1].article is corpus[1]
    assert [s.content for s in answers[1].evidence] == ["troops are not on the agenda"]
    assert answers[1].stances[0].commitment is Commitment.NO_PLANS


def test_date_filters(corpus: Corpus) -> None:
    assert [a.index for a in corpus.who_ruled_out("ground troops", since=D2)] == [1]
    assert [a.index for a in corpus.who_ruled_out("ground troops", until=D1)] == [0]
    assert corpus.indices() == [0, 1, 2, 3]
    assert corpus.indices(since=D1) == [0, 1, 2]  # undated articles drop out with a bound
    assert corpus.indices(since=D2, until=D2) == [1]


def test_other_target_questions(corpus: Corpus) -> None:
    refused = corpus.who_refused_to_rule_out("ground troops")
    assert [(a.actor.name, a.index) for a in refused] == [("Lena Holt", 0)]
    supports = corpus.who_supports("pension reform")
    assert [(a.actor.name, a.index) for a in supports] == [("Tomas Holt", 1), ("Mara Quist", 2)]
    opposes = corpus.who_opposes("ground troops", until=D1)
    # keeping it open is undecided, not opposed
    assert {a.actor.name for a in opposes} == {"Mara Quist"}


def test_statements_by_merged_actor(corpus: Corpus) -> None:
    found = corpus.statements_by("Quist")
    assert [(f.index, f.item.content) for f in found] == [
        (0, "we will never send ground troops"),
        (1, "troops are not on the agenda"),
        (2, "I back the pension reform"),
        (3, "undated words"),
    ]
    assert [f.index for f in corpus.statements_by(corpus.actors[0], since=D2)] == [1, 2]
    assert found[1].article is corpus[1]


def test_stances_on(corpus: Corpus) -> None:
    found = corpus.stances_on("pension reform")
    assert [(f.index, f.item.holder) for f in found] == [(1, "tomas-holt"), (2, "mara-quist")]


def test_ask(corpus: Corpus) -> None:
    ruled = corpus.ask("Who ruled out ground troops?", since=D2)
    assert [(a.actor.name, a.index) for a in ruled] == [("Mara Quist", 1)]
    said = corpus.ask("What did Quist say?", until=D2)
    assert [(a.index, [s.content for s in a.evidence]) for a in said] == [
        (0, ["we will never send ground troops"]),
        (1, ["troops are not on the agenda"]),
    ]


def test_ask_errors(corpus: Corpus) -> None:
    with pytest.raises(QueryError, match="cannot understand"):
        corpus.ask("why is the sky blue")
    with pytest.raises(QueryError, match=r"(?i)no actor named 'Nobody Atall' in this corpus"):
        corpus.ask("what did Nobody Atall say")
    with pytest.raises(QueryError, match="no actor named"):
        corpus.statements_by("Holt")  # ambiguous surname


def test_reactions_question() -> None:
    base = make_article(Say("Mara Quist", "no troops"), Say("Lena Holt", "that is wrong"))
    article = Article(
        base.text,
        actors=base.actors,
        statements=base.statements,
        reactions=[Reaction("r1", "lena-holt", "s1", ReactionKind.REJECTS, evidence=("s2",))],
    )
    corpus = Corpus([make_article(Say("Mara Quist")), article])
    answers = corpus.ask("who reacted to Quist")
    assert [(a.actor.name, a.index) for a in answers] == [("Lena Holt", 1)]
    assert answers[0].answer.reactions[0].kind is ReactionKind.REJECTS


def test_find_actor_by_alias_and_id() -> None:
    article = Article(
        "x", actors=[Actor("mara-quist", "Mara Quist", "person", aliases=("the governor",))]
    )
    corpus = Corpus([article, make_article(Say("Lena Holt"), extras=[Extra("Norland")])])
    assert corpus.find_actor("The Governor") == corpus.actors[0]
    assert corpus.find_actor("lena-holt") == corpus.actors[1]
    assert corpus.find_actor("") is None
    assert corpus.find_actor("Nobody") is None
