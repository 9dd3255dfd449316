"""PhraseTable's prefilters: ``can_match`` and ``starts`` never hide a match.

The parser skips a sentence (or a token) on their word, so they must agree with ``match``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit.lexicon import Lexicon, PhraseTable

TABLE = PhraseTable.build(
    {"ruled out": "rule out", "rule out": "rule out", "backs": "back", "no plans to": "no plan"},
    frozenset(),
)
WORDS = ["ruled", "out", "rule", "backs", "no", "plans", "to", "the", "levy", ",", "."]


@pytest.mark.parametrize(
    ("sentence", "can", "starts"),
    [
        ("the mayor ruled out the levy", True, [2]),
        ("she backs the tram and has no plans to stop", True, [1, 6]),
        ("the council met on Tuesday", False, []),
        ("out of time", False, []),  # "out" ends a phrase, starts none
    ],
)
def test_prefilters_on_sentences(sentence: str, can: bool, starts: list[int]) -> None:
    lows = sentence.lower().split()
    assert TABLE.can_match(lows) is can
    assert TABLE.starts(lows) == starts


@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_prefilters_never_hide_a_match(lows: list[str]) -> None:
    hits = [i for i in range(len(lows)) if TABLE.match(lows, i) is not None]
    assert set(hits) <= set(TABLE.starts(lows))
    if not TABLE.can_match(lows):
        assert hits == []
        assert TABLE.starts(lows) == []


def test_default_cue_table_prefilter_agrees() -> None:
    cues = Lexicon.default().compiled().cues
    lows = [
        "officials",
        "said",
        "on",
        "monday",
        "that",
        "the",
        "plan",
        ",",
        "they",
        "argued",
        ",",
        "was",
        "dead",
    ]
    hits = [i for i in range(len(lows)) if cues.match(lows, i) is not None]
    assert hits  # "said", "argued"
    assert set(hits) <= set(cues.starts(lows))
    assert cues.can_match(lows)
    assert not cues.can_match(["the", "plan", "."])


def test_followers_are_the_second_words_of_longer_phrases() -> None:
    assert TABLE.followers["ruled"] == frozenset({"out"})
    assert TABLE.followers["no"] == frozenset({"plans"})
    assert "backs" not in TABLE.followers  # a one-word phrase has no second word
    assert "out" not in TABLE.followers  # "out" starts no phrase


@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_followers_never_hide_a_match(lows: list[str]) -> None:
    """A phrase of two or more tokens found at *i* has its second token in ``followers``."""
    for i in range(len(lows)):
        hit = TABLE.match(lows, i)
        if hit is not None and hit[0] > 1:
            assert lows[i + 1] in TABLE.followers[lows[i]]
