"""JSON through cattrs: exact round trips and strict, path-carrying errors."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from stancekit import Actor, Article, JSONError, Span, Stance, Statement
from stancekit import json as sk_json
from stancekit.testing import actors, articles, spans


@given(articles())
def test_article_round_trip(article: Article) -> None:
    assert sk_json.loads(sk_json.dumps(article)) == article


@given(actors())
def test_actor_round_trip(actor: Actor) -> None:
    assert sk_json.loads(sk_json.dumps(actor), Actor) == actor


@given(spans())
def test_span_round_trip(span: Span) -> None:
    assert sk_json.loads(sk_json.dumps(span), Span) == span


@given(articles())
def test_stance_round_trip(article: Article) -> None:
    for s in article.stances:
        assert sk_json.loads(sk_json.dumps(s), Stance) == s


def _doc() -> dict[str, object]:
    text = 'He said "no" today.'
    return {
        "text": text,
        "actors": [{"id": "he", "name": "He", "kind": "person"}],
        "statements": [
            {
                "id": "s1",
                "speaker": "he",
                "content": "no",
                "kind": "direct",
                "cue": "said",
                "span": {"start": 9, "end": 11},
                "cue_span": {"start": 3, "end": 7},
                "speaker_span": {"start": 0, "end": 2},
            },
        ],
    }


def test_top_level_keys() -> None:
    out = json.loads(sk_json.dumps(sk_json.loads(json.dumps(_doc()))))
    assert {"actors", "statements", "stances", "reactions"} <= set(out)


def test_unknown_key_rejected_with_path() -> None:
    doc = _doc()
    doc["statements"][0]["mood"] = "grumpy"  # type: ignore[index]
    with pytest.raises(JSONError, match=r"\$\.statements\[0\].*mood"):
        sk_json.loads(json.dumps(doc))


def test_bad_value_rejected_with_path() -> None:
    doc = _doc()
    doc["statements"][0]["speaker"] = 3  # type: ignore[index]
    with pytest.raises(JSONError, match=r"\$\.statements\[0\]\.speaker"):
        sk_json.loads(json.dumps(doc))


def test_bad_enum_rejected_with_path() -> None:
    doc = _doc()
    doc["actors"][0]["kind"] = "robot"  # type: ignore[index]
    with pytest.raises(JSONError, match=r"\$\.actors\[0\]\.kind"):
        sk_json.loads(json.dumps(doc))


def test_dangling_reference_rejected_with_path() -> None:
    doc = _doc()
    doc["statements"][0]["speaker"] = "she"  # type: ignore[index]
    with pytest.raises(JSONError, match=r"statements\[0\]\.speaker"):
        sk_json.loads(json.dumps(doc))


@pytest.mark.parametrize("data", ["", "{", "[1, 2", "null", "42", '"text"', b"\xff\xfe"])
def test_garbage_rejected(data: str | bytes) -> None:
    with pytest.raises(JSONError):
        sk_json.loads(data)


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    with pytest.raises(JSONError):
        sk_json.loads("[" * 200_000 + "]" * 200_000)


def _two_pieces() -> Article:
    text = '"We will win," she said. "And we will rebuild."'
    said = Statement(
        "s1",
        "jane-roe",
        "We will win, And we will rebuild.",
        "direct",
        "said",
        Span(1, 46),
        Span(19, 23),
        Span(15, 18),
        pieces=(Span(1, 13), Span(26, 46)),
    )
    return Article(text, actors=[Actor("jane-roe", "Jane Roe", "person")], statements=[said])


def test_a_statement_in_pieces_round_trips() -> None:
    article = _two_pieces()
    data = json.loads(sk_json.dumps(article))
    assert data["statements"][0]["pieces"] == [{"start": 1, "end": 13}, {"start": 26, "end": 46}]
    assert sk_json.loads(sk_json.dumps(article)) == article


def test_a_statement_in_one_piece_writes_no_pieces_and_old_json_loads() -> None:
    article = _two_pieces()
    one = Statement(
        "s1", "jane-roe", "We will win,", "direct", "said", Span(1, 13), Span(19, 23), Span(15, 18)
    )
    single = Article(article.text, actors=article.actors, statements=[one])
    data = json.loads(sk_json.dumps(single))
    assert "pieces" not in data["statements"][0]
    assert sk_json.loads(json.dumps(data)) == single  # JSON written before pieces existed


@pytest.mark.parametrize(
    "pieces",
    [
        [{"start": 1, "end": 46}],  # one piece only
        [{"start": 26, "end": 46}, {"start": 1, "end": 13}],  # not in text order
        [{"start": 1, "end": 26}, {"start": 26, "end": 46}],  # touching
        [{"start": 2, "end": 13}, {"start": 26, "end": 46}],  # not from the span's start
    ],
)
def test_broken_pieces_are_a_json_error(pieces: list[dict[str, int]]) -> None:
    data = json.loads(sk_json.dumps(_two_pieces()))
    data["statements"][0]["pieces"] = pieces
    with pytest.raises(JSONError):
        sk_json.loads(json.dumps(data))


def test_content_that_is_not_the_pieces_text_is_a_json_error() -> None:
    data = json.loads(sk_json.dumps(_two_pieces()))
    data["statements"][0]["content"] = "We will win, she said. And we will rebuild."
    with pytest.raises(JSONError, match="pieces"):
        sk_json.loads(json.dumps(data))
