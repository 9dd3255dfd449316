"""The commitment grammar: adverbs, time words, ellipses and anaphors around a commitment
phrase, on invented sentences (positive rows and near misses that give nothing or the other
class)."""

from __future__ import annotations

import pytest

import stancekit
from stancekit import Commitment
from stancekit.lexicon import Lexicon
from stancekit.parse._stance import match_commitment

LEAD = "Councillor Amir Haddad said he backed a tourist tax. "


def _answers(text: str, question: str) -> list[str]:
    return [a.actor.name for a in stancekit.parse(text).ask(question)]


def _commitments(text: str) -> list[tuple[str, Commitment]]:
    a = stancekit.parse(text)
    return [(a.actor(s.holder).name, s.commitment) for s in a.stances]


@pytest.mark.parametrize(
    ("text", "ruled", "refused"),
    [
        # an adverb inside the phrase
        ("Mayor Dana Whitfield is not currently planning to close the library.", True, False),
        ("Mayor Dana Whitfield is not really considering closing the library.", True, False),
        ("Mayor Dana Whitfield has not yet ruled out closing the library.", False, True),
        (
            "Mayor Dana Whitfield said she would not completely rule out closing the library.",
            False,
            True,
        ),
        ("Mayor Dana Whitfield did not entirely rule out closing the library.", False, True),
        # an ellipsis inside the phrase
        ('Mayor Dana Whitfield said: "We will never... close the library."', True, False),
        # a time word right after the phrase: the proposal follows it
        (
            "Mayor Dana Whitfield said she had no plans at this stage to close the library.",
            True,
            False,
        ),
        ("Mayor Dana Whitfield said she had no plans right now to close the library.", True, False),
        # near misses: the adverb does not turn a ruling out into a refusal, nor the reverse
        ("Mayor Dana Whitfield ruled out closing the library yet again.", True, False),
        ("Mayor Dana Whitfield has still not ruled out closing the library.", False, True),
        ("Mayor Dana Whitfield currently opposes closing the library.", False, False),
    ],
)
def test_adverbs_and_time_inside_commitments(text: str, ruled: bool, refused: bool) -> None:
    assert bool(_answers(text, "who ruled out closing the library")) is ruled
    assert bool(_answers(text, "who refused to rule out closing the library")) is refused


@pytest.mark.parametrize(
    ("text", "commitment"),
    [
        (
            "Mayor Dana Whitfield is not currently planning to close the library.",
            Commitment.NOT_NOW,
        ),
        ("Mayor Dana Whitfield is not planning to close the library.", Commitment.NO_PLANS),
        ("Mayor Dana Whitfield has not yet decided to close the library.", Commitment.NO_PLANS),
        (
            "Mayor Dana Whitfield said she had no plans at this stage to close the library.",
            Commitment.NOT_NOW,
        ),
    ],
)
def test_a_time_word_in_the_phrase_limits_it(text: str, commitment: Commitment) -> None:
    assert _commitments(text) == [("Dana Whitfield", commitment)]


def test_the_time_word_is_not_the_target() -> None:
    a = stancekit.parse(
        "Mayor Dana Whitfield said she had no plans at this stage to close the library."
    )
    (s,) = a.stances
    assert s.target.text == "close the library"
    assert s.qualifier == "at this stage"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("is not currently planning to", ("not planning", 3)),
        ("has not yet ruled out a tax", ("not ruled out", 4)),
        ("would not completely rule out", ("would not rule out", 5)),
        ("will never . . . accept", ("will never", 2)),  # the gap must stand inside a phrase
        ("currently not planning", None),  # no phrase opens with the adverb
        ("not currently", ("not currently", 2)),  # the phrase as written still counts
    ],
)
def test_match_commitment(words: str, expected: tuple[str, int] | None) -> None:
    lows = words.split()
    lex = Lexicon.default()
    start = next((k for k in range(len(lows)) if match_commitment(lows, k, lex)), None)
    if expected is None:
        assert start is None or lows[start] != "currently"
        assert match_commitment(lows, 0, lex) is None
        return
    assert start is not None
    hit = match_commitment(lows, start, lex)
    assert hit is not None
    assert (hit[1], hit[0]) == expected


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (LEAD + "Mayor Dana Whitfield said she was keeping the idea under review.", True),
        (LEAD + "Mayor Dana Whitfield said she was keeping it under review.", True),
        (LEAD + "Mayor Dana Whitfield refused to rule out the prospect.", True),
        (
            LEAD + '"We\'re not going to take options off the table," Mayor Dana Whitfield said.',
            True,
        ),
        # near misses: another proposal is kept open, or the proposal is ruled out
        (LEAD + "Mayor Dana Whitfield said she was keeping the parking rules under review.", False),
        (LEAD + "Mayor Dana Whitfield ruled out the prospect.", False),
    ],
)
def test_anaphors_of_kept_open_proposals(text: str, refused: bool) -> None:
    assert bool(_answers(text, "who refused to rule out a tourist tax")) is refused
    assert "Dana Whitfield" not in _answers(text, "who supports a tourist tax")


def test_a_relative_pronoun_is_no_anaphor() -> None:
    a = stancekit.parse(
        LEAD + "Mayor Dana Whitfield said a parking levy that is under review would hurt."
    )
    held = [s for s in a.stances if a.actor(s.holder).name == "Dana Whitfield"]
    assert [s.target.text for s in held] == ["a parking levy"]
