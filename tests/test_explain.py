"""stancekit.explain: each statement's rule and the words that fired it; each stance's phrase."""

from __future__ import annotations

import re

import pytest
from hypothesis import given

import stancekit
from stancekit import Actor, Article, Span, Statement
from stancekit.testing import articles

_CUE = re.compile(
    r"cue '(?P<cue>[^']*)' at (?P<a>\d+)-(?P<b>\d+); "
    r"speaker '(?P<who>[^']*)' at (?P<c>\d+)-(?P<d>\d+)"
)


def test_explain_names_the_rule_and_the_words() -> None:
    text = (
        '"We will not back down," Mayor Lena Ortiz said. The council met on Friday. '
        "Mayor Lena Ortiz said the bridge would be rebuilt."
    )
    article = stancekit.parse(text)
    out = stancekit.explain(article)
    assert [s.rule for s in article.statements] == ["post_posed", "pre_posed"]
    assert "s1 Lena Ortiz: rule post_posed" in out
    assert "s2 Lena Ortiz: rule pre_posed" in out
    # every cue and speaker quoted is the text at the offsets given
    hits = list(_CUE.finditer(out))
    assert len(hits) == 2
    for m in hits:
        assert text[int(m["a"]) : int(m["b"])] == m["cue"] == "said"
        assert text[int(m["c"]) : int(m["d"])] == m["who"] == "Mayor Lena Ortiz"


def test_explain_shows_every_piece_of_a_continued_quotation() -> None:
    text = '"We will not back down," Mayor Lena Ortiz said. "We will rebuild the bridge."'
    article = stancekit.parse(text)
    (s,) = article.statements
    assert s.rule == "continued_quotation"
    out = stancekit.explain(article)
    assert f"content (direct) in 2 pieces: {s.content!r}" in out
    for p in s.pieces:
        assert f"piece at {p.start}-{p.end}: {text[p.start : p.end]!r}" in out
    assert [text[p.start : p.end] for p in s.pieces] == [
        "We will not back down",
        "We will rebuild the bridge.",
    ]


def test_explain_shows_each_stance_with_its_phrase_and_evidence() -> None:
    text = "The minister ruled out new tariffs on imported steel."
    article = stancekit.parse(text)
    assert article.stances
    out = stancekit.explain(article)
    t = article.stances[0]
    assert f"commitment phrase {t.cue!r} at {t.cue_span.start}-{t.cue_span.end}" in out
    assert f"evidence {t.evidence[0]} (pre_posed)" in out
    assert text[t.cue_span.start : t.cue_span.end] == t.cue


def test_explain_without_statements_says_none() -> None:
    out = stancekit.explain(stancekit.parse("The bridge reopened on Friday after repairs."))
    assert out == "statements\n  (none)\nstances\n  (none)"


def test_explain_a_hand_built_statement_has_no_rule() -> None:
    roe = Actor("jane-roe", "Jane Roe", "person")
    said = Statement(
        "s1", "jane-roe", "no", "indirect", "said", Span(14, 16), Span(9, 13), Span(0, 8)
    )
    out = stancekit.explain(Article("Jane Roe said no.", actors=[roe], statements=[said]))
    assert "s1 Jane Roe: rule (not recorded)" in out


def test_explain_rejects_what_is_not_an_article() -> None:
    with pytest.raises(stancekit.InputError) as info:
        stancekit.explain("Jane Roe said no.")  # type: ignore[arg-type]
    assert info.value.reason == "type"


@given(articles())
def test_explain_covers_every_statement_and_stance(article: Article) -> None:
    out = stancekit.explain(article)
    for s in article.statements:
        assert f"  {s.id} " in out
    for t in article.stances:
        assert f"  {t.id} " in out
