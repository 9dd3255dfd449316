"""The narrated step's prefilters: a sentence with no resolved mention is not read (every
position found is an actor's), and the word after a subject that neither opens a position nor
stands before one (``_may_open``, ``_gap_like``) lets ``_position`` stop at once. Invented
sentences; the property checks that the readers it skips find nothing there."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit.lexicon import Lexicon
from stancekit.parse import _narrated as narr

LEX = Lexicon.default()


def _held(text: str) -> list[tuple[str, str]]:
    a = stancekit.parse(text)
    return sorted((a.actor(s.holder).name, s.target.text) for s in a.stances)


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("opposes", True),  # a commitment phrase
        ("urged", True),  # an urging verb
        ("defended", True),  # a position endorser
        ("has", True),  # starts longer phrases ("has no intention")
        ("of", False),
        (",", False),
        ("toured", False),
    ],
)
def test_may_open(word: str, opens: bool) -> None:
    assert narr._may_open(word, LEX) is opens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word after the subject opens the position, or stands in the gap before it
        (
            "Mayor Dana Whitfield opposes the parking levy.",
            [("Dana Whitfield", "the parking levy")],
        ),
        (
            "Mayor Dana Whitfield on Tuesday firmly opposed the parking levy.",
            [("Dana Whitfield", "the parking levy")],
        ),
        (
            "Mayor Dana Whitfield urged the council to scrap the parking levy.",
            [("Dana Whitfield", "the parking levy")],
        ),
        # a sentence with no actor mention is skipped, the next one read
        (
            "The parking levy was debated for hours. Mayor Dana Whitfield opposes the levy.",
            [("Dana Whitfield", "the levy")],
        ),
        # near misses: the word after the subject opens nothing
        ("Mayor Dana Whitfield toured the depot where the parking levy is collected.", []),
        ("Friends of Mayor Dana Whitfield toured the depot.", []),
    ],
)
def test_positions_after_a_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _held(text) == expected


_POOL = sorted(
    {w for key in LEX.compiled().commitments.entries for w in key}
    | set(LEX.subject_gap)
    | set(LEX.days)
    | set(LEX.negators)
    | set(LEX.refusals)
    | set(LEX.position_endorsers)
    | {w for p in LEX.urging_verbs for w in p.split()}
    | {"to", "for", "the", "council", "levy", ",", '"', "toured", "of"}
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=10), st.integers(0, 9))
def test_prefilter_hides_no_position(lows: list[str], j: int) -> None:
    """Where the prefilter stops ``_position``, each reader it would have asked finds
    nothing (``_urging`` gets no sentence: it would fail if it got past its phrase)."""
    if j < len(lows) and (narr._gap_like(lows[j], LEX) or narr._may_open(lows[j], LEX)):
        return
    assert narr._position_at(lows, j, LEX) is None
    assert narr._shared_position(lows, j, LEX) is None
    assert narr._urging(None, [], lows, j, 0, LEX) is None  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["and", "but", ",", "critics", "of", "x"]), max_size=20),
    st.sets(st.sampled_from(["and", "but", ",", "critics", "y"])),
    st.integers(-2, 22),
    st.integers(-2, 22),
)
def test_indices_are_those_of_a_walk_over_the_tokens(
    lows: list[str], words: set[str], lo: int, hi: int
) -> None:
    lo = max(lo, 0)  # (the readers never start before the first token)
    walk = [k for k in range(lo, min(hi, len(lows))) if lows[k] in words]
    assert narr._indices(lows, frozenset(words), lo, hi) == walk


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the readers that look only at some words: a coordinator, a comma, a position noun
        (
            "Mayor Dana Whitfield toured the depot and later rejected the parking levy.",
            [("Dana Whitfield", "the parking levy")],
        ),
        (
            "Several councils, including Northvale and Eastmoor, have backed the parking levy.",
            [("Eastmoor", "the parking levy"), ("Northvale", "the parking levy")],
        ),
        (
            "Dana Whitfield, a longtime critic of the parking levy, toured the depot.",
            [("Dana Whitfield", "the parking levy")],
        ),
    ],
)
def test_readers_of_some_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _held(text) == expected
