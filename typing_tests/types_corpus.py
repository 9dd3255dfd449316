"""Corpora: merged actors, queries with date bounds, and networks."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import assert_type

from stancekit import Article, Corpus, CorpusActor, Stance, Statement
from stancekit.corpus import CorpusAnswer, InArticle, Occurrence, iter_jsonl
from stancekit.network import Matrix, one_mode, stance_table, two_mode


def storage(articles: list[Article], path: Path) -> None:
    corpus = Corpus(articles)
    assert_type(corpus.articles, tuple[Article, ...])
    assert_type(corpus.write_jsonl(path), int)
    assert_type(Corpus.read_jsonl(path), Corpus)
    for article in iter_jsonl(path):
        assert_type(article, Article)
    assert_type(len(corpus), int)
    assert_type(corpus[0], Article)
    for article in corpus:
        assert_type(article, Article)


def merged_actors(corpus: Corpus) -> None:
    actor = corpus.actors[0]
    assert_type(actor, CorpusActor)
    assert_type(actor.names, tuple[str, ...])
    assert_type(actor.occurrences, tuple[Occurrence, ...])
    assert_type(actor.indices, tuple[int, ...])
    assert_type(corpus.actor(actor.id), CorpusActor)
    assert_type(corpus.actor_of(0, "ada-quint"), CorpusActor)
    assert_type(corpus.find_actor("Quint"), CorpusActor | None)


def queries(corpus: Corpus, since: datetime.date, until: datetime.date) -> None:
    assert_type(corpus.indices(since, until), list[int])
    answers = corpus.who_ruled_out("bridge toll", since=since, until=until)
    assert_type(answers, list[CorpusAnswer])
    assert_type(corpus.who_refused_to_rule_out("bridge toll"), list[CorpusAnswer])
    assert_type(corpus.who_supports("bridge toll", since=since), list[CorpusAnswer])
    assert_type(corpus.who_opposes("bridge toll", until=until), list[CorpusAnswer])
    assert_type(corpus.ask("what did Quint say", since=since), list[CorpusAnswer])
    answer = answers[0]
    assert_type(answer.actor, CorpusActor)
    assert_type(answer.index, int)
    assert_type(answer.article, Article)
    assert_type(answer.evidence, tuple[Statement, ...])
    assert_type(answer.stances, tuple[Stance, ...])
    said = corpus.statements_by("Quint", since=since)
    assert_type(said, list[InArticle[Statement]])
    assert_type(said[0].item, Statement)
    on = corpus.stances_on("bridge toll", until=until)
    assert_type(on, list[InArticle[Stance]])
    assert_type(on[0].item, Stance)
    assert_type(on[0].article, Article)


def networks(corpus: Corpus, article: Article) -> None:
    matrix = one_mode(corpus, aggregation="conflict", normalization="jaccard")
    assert_type(matrix, Matrix)
    assert_type(two_mode(article, aggregation="combine", level="organization"), Matrix)
    assert_type(matrix.cell("Ada Quint", "Ben Lode"), float)
    assert_type(matrix.edges(), list[tuple[str, str, float]])
    assert_type(matrix.to_graphml(), str)
    assert_type(stance_table([article])[0].target, str)
