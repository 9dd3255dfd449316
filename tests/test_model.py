"""Model invariants: validation, lookups and the properties every model keeps."""

from __future__ import annotations

import itertools
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Span,
    Statement,
    StatementKind,
    ValidationError,
)
from stancekit.model import slugify
from stancekit.testing import articles, spans

TEXT = "Ministers said no. The Kremlin warned."


def _article(**kw: object) -> Article:
    actor = Actor("the-kremlin", "The Kremlin", ActorKind.GOVERNMENT)
    st_ = Statement(
        id="s1",
        speaker="the-kremlin",
        content="no",
        kind=StatementKind.INDIRECT,
        cue="said",
        span=Span(15, 17),
        cue_span=Span(10, 14),
        speaker_span=Span(0, 9),
    )
    fields: dict[str, object] = {"actors": [actor], "statements": [st_]}
    fields.update(kw)
    return Article(TEXT, **fields)  # type: ignore[arg-type]


def test_valid_article_indexes_by_id() -> None:
    a = _article()
    assert a.actor("the-kremlin").name == "The Kremlin"
    assert a.statement("s1").content == "no"
    with pytest.raises(KeyError):
        a.statement("s2")


@pytest.mark.parametrize(
    ("start", "end", "path"),
    [(-1, 2, "Span.start"), (5, 2, "Span.end"), (0, -3, "Span.end")],
)
def test_span_rejects_bad_offsets(start: int, end: int, path: str) -> None:
    with pytest.raises(ValidationError) as info:
        Span(start, end)
    assert info.value.path == path


def test_unknown_speaker_names_field_and_value() -> None:
    bad = Statement("s1", "nobody", "no", "indirect", "said", Span(15, 17), Span(0, 1), Span(0, 1))
    with pytest.raises(ValidationError, match=r"statements\[0\]\.speaker.*'nobody'"):
        _article(statements=[bad])


def test_content_must_be_text_at_span() -> None:
    bad = Statement(
        "s1", "the-kremlin", "yes", "direct", "said", Span(15, 17), Span(0, 1), Span(0, 1)
    )
    with pytest.raises(ValidationError, match=r"statements\[0\]\.content"):
        _article(statements=[bad])


def test_span_past_text_end() -> None:
    bad = Statement(
        "s1", "the-kremlin", "", "direct", "said", Span(15, 15), Span(0, 999), Span(0, 1)
    )
    with pytest.raises(ValidationError, match=r"cue_span"):
        _article(statements=[bad])


def test_duplicate_ids_rejected() -> None:
    actor = Actor("x", "X", "person")
    with pytest.raises(ValidationError, match="duplicate id"):
        Article("t", actors=[actor, actor])


def test_represents_must_exist() -> None:
    with pytest.raises(ValidationError, match=r"actors\[0\]\.represents"):
        Article("t", actors=[Actor("x", "X", "person", represents="y")])


def test_enums_accept_their_values_and_reject_others() -> None:
    assert Actor("x", "X", "person").kind is ActorKind.PERSON
    with pytest.raises(ValueError, match="robot"):
        Actor("x", "X", "robot")


def test_empty_name_rejected() -> None:
    with pytest.raises(ValidationError, match=r"Actor\.name"):
        Actor("x", "  ", "person")


def test_commitment_rules_out() -> None:
    assert {c for c in Commitment if c.rules_out} == {
        Commitment.CATEGORICAL,
        Commitment.NO_PLANS,
        Commitment.NOT_NOW,
    }


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Robert Fico", "robert-fico"),
        ("Stéphane Séjourné", "stephane-sejourne"),
        ("NATO official", "nato-official"),
        ("!!!", "actor"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


@given(spans())
def test_span_invariants(span: Span) -> None:
    assert 0 <= span.start <= span.end
    assert len(span) == span.end - span.start
    assert span.contains(span)
    assert span.overlap(span) == len(span)


@given(articles())
def test_generated_articles_keep_their_invariants(article: Article) -> None:
    ids = {a.id for a in article.actors}
    for s in article.statements:
        assert s.speaker in ids
        assert s.content_of(article.text) == s.content
        parts = s.content_spans
        assert parts[0].start == s.span.start
        assert parts[-1].end == s.span.end
        assert all(a.end < b.start for a, b in itertools.pairwise(parts))
        if not s.pieces:
            assert article.text[s.span.start : s.span.end] == s.content
    for st_ in article.stances:
        assert st_.holder in ids
        assert all(article.statement(e) for e in st_.evidence)
    for r in article.reactions:
        assert r.to in ids or r.to in {s.id for s in article.statements}


@given(articles())
def test_models_are_frozen(article: Article) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "x"  # type: ignore[misc]


@given(articles(), st.data())
def test_rebuilding_an_article_validates_again(article: Article, data: st.DataObject) -> None:
    # evolve() re-runs validation: a dangling reference is caught.
    if not article.statements:
        return
    s = article.statements[0]
    broken = attrs.evolve(s, speaker="no-such-actor")
    with pytest.raises(ValidationError):
        attrs.evolve(article, statements=[broken, *article.statements[1:]])


@pytest.mark.parametrize("rule", ["", "  ", 3])
def test_statement_rule_is_none_or_a_name(rule: Any) -> None:
    with pytest.raises(ValidationError, match=r"Statement\.rule: must be None or a non-empty"):
        Statement(
            "s1", "x", "no", "indirect", "said", Span(0, 1), Span(0, 1), Span(0, 1), rule=rule
        )


def test_statement_rule_defaults_to_none_and_keeps_a_name() -> None:
    args = ("s1", "x", "no", "indirect", "said", Span(0, 1), Span(0, 1), Span(0, 1))
    assert Statement(*args).rule is None
    assert Statement(*args, rule="pre_posed").rule == "pre_posed"
