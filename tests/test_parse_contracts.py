"""The parser's contracts, for any text: no crash, exact spans, determinism, JSON identity."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import stancekit
from stancekit import json as sk_json
from stancekit.testing import texts

_NEWSY = st.lists(
    st.sampled_from(
        [
            '"',
            "“",
            "”",
            "‘",
            "’",
            "'",
            "„",
            "«",
            "»",
            ",",
            ".",
            ":",
            " said",
            " told",
            " he",
            " she",
            " they",
            " the minister",
            " Prime Minister",
            " Jane Roe",
            " according to",
            " saying",
            " ruled out",
            " never",
            " no plans",
            " troops",
            " the Kremlin",
            " a NATO official",
            "\n",
            "\n\n",
            " who",
            " accused",
            " him",
            " of",
            " that",
            " with",
            "'s spokesman",
            " ARTICLE AD BOX\n",
        ]
    ),
    max_size=80,
).map("".join)


def _check(text: str) -> stancekit.Article:
    article = stancekit.parse(text)
    size = len(text)
    for s in article.statements:
        for span in (s.span, s.cue_span, s.speaker_span):
            assert 0 <= span.start <= span.end <= size
        assert s.content_of(text) == s.content  # the text at its span, or at its pieces
    for a in article.actors:
        for m in a.mentions:
            assert 0 <= m.start <= m.end <= size
    return article


@given(texts | _NEWSY)
@example("")
@example('"')
@example("“Unclosed quote, he said.\n\n“And another")
@example("'Single'")
@example("He said.")
@example('"We will never send troops," he said.')
@example("\u202e\u05e9\u05dc\u05d5\u05dd said \u0645\u0631\u062d\u0628\u0627")
def test_parse_never_raises_and_spans_are_exact(text: str) -> None:
    _check(text)


@given(texts | _NEWSY)
def test_parse_is_deterministic(text: str) -> None:
    assert stancekit.parse(text) == stancekit.parse(text)


@given(texts | _NEWSY)
def test_parsed_article_json_round_trip(text: str) -> None:
    article = stancekit.parse(text)
    assert sk_json.loads(sk_json.dumps(article)) == article


def test_seed_json_round_trip(seed: stancekit.Article) -> None:
    assert sk_json.loads(sk_json.dumps(seed)) == seed


def test_seed_spans(seed_text: str) -> None:
    _check(seed_text)
