"""A commitment phrase listed once matches its -s and past forms (issue 8): the phrase
compiler inflects the verb that heads it."""

from __future__ import annotations

import attrs
import pytest

import stancekit
from stancekit import Lexicon
from stancekit.lexicon._morph import head_forms
from stancekit.lexicon._phrases import inflected_commitments, redundant_commitments

# "shelve" heads no shipped commitment phrase: an invented "shelving" phrase of one's own.
SHELVE = {"phrase": "shelve", "commitment": "categorical", "target": "after", "negated": "open"}


def _cues(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    return [(s.cue.lower(), s.commitment.value) for s in stancekit.parse(text, lexicon=lex).stances]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor, Ada Quint, said on Monday that she shelves the congestion charge.", "shelves"),
        ("The mayor, Ada Quint, said on Monday that she shelved the congestion charge.", "shelved"),
    ],
)
def test_a_phrase_of_ones_own_matches_its_inflections(text: str, cue: str) -> None:
    assert _cues(text, Lexicon.default()) == []
    lex = Lexicon.default().extend(commitments=[SHELVE])
    assert _cues(text, lex) == [(cue, "categorical")]


@pytest.mark.parametrize(
    "text",
    [
        # the -ing form is not added: a participle's holder stands elsewhere
        "The mayor, Ada Quint, criticized the council for shelving the congestion charge.",
        # a word that merely starts like the verb is no form of it
        "The mayor, Ada Quint, said on Monday that the shelf above the charge was empty.",
    ],
)
def test_a_phrase_of_ones_own_does_not_match_other_words(text: str) -> None:
    lex = Lexicon.default().extend(commitments=[SHELVE])
    assert [c for c, _ in _cues(text, lex) if c.startswith("shelv")] == []


@pytest.mark.parametrize(
    ("phrase", "added", "absent"),
    [
        ("rule out", {"rules out", "ruled out"}, {"ruling out", "rule outs"}),
        ("keep options open", {"keeps options open", "kept options open"}, {"keeping options"}),
        ("will never", set(), {"willed never", "wills never"}),  # an auxiliary (data)
        ("never", set(), {"nevers", "nevered"}),  # no verb
        ("opposed to", set(), {"opposeds to"}),  # not a lemma
    ],
)
def test_which_phrases_are_inflected(phrase: str, added: set[str], absent: set[str]) -> None:
    lex = Lexicon.default().replace(
        commitments=[{"phrase": phrase, "commitment": "categorical", "target": "after"}]
    )
    table = inflected_commitments(lex)
    assert set(table) == {phrase} | added
    assert not absent & set(table)
    assert all(table[p].commitment is stancekit.Commitment.CATEGORICAL for p in table)


def test_a_listed_phrase_keeps_its_own_meaning() -> None:
    lex = Lexicon.default().replace(
        commitments=[
            {"phrase": "rule out", "commitment": "categorical", "target": "after"},
            {"phrase": "ruled out", "commitment": "caution", "target": "after"},
        ]
    )
    table = inflected_commitments(lex)
    assert table["ruled out"].commitment is stancekit.Commitment.CAUTION
    assert table["rules out"].commitment is stancekit.Commitment.CATEGORICAL
    assert redundant_commitments(lex) == []  # "ruled out" means something else


def test_head_forms() -> None:
    assert head_forms("rule") == ("rules", "ruled", "ruling")
    assert head_forms("never") == ()
    assert head_forms("opposed") == ()


def test_the_shipped_phrases_list_each_verb_form_once() -> None:
    assert redundant_commitments(Lexicon.default()) == []


def test_a_redundant_form_is_reported_and_dropping_it_matches_the_same_words() -> None:
    lean = Lexicon.default()
    (rule_out,) = [c for c in lean.commitments if c.phrase == "rule out"]
    lex = attrs.evolve(
        lean, commitments=[*lean.commitments, attrs.evolve(rule_out, phrase="ruled out")]
    )
    redundant = redundant_commitments(lex)
    assert redundant == ["'ruled out' (from 'rule out')"]
    assert "'ruling out' (from 'rule out')" not in redundant  # -ing forms stay listed
    assert inflected_commitments(lean) == inflected_commitments(lex)
