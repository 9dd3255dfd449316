"""The parse state and its steps: named, ordered, typed, and composable."""

from __future__ import annotations

import pytest

from stancekit import Lexicon, parse
from stancekit.parse._pipeline import STEPS, run
from stancekit.parse._state import ParseState, Utterance

_TEXT = (
    'Premier Joan Ruiz said: "There will be no new levy." '
    "Minister Tom Vale said the levy should not be ruled out. "
    "Ruiz later accused Vale of playing games."
)


def test_steps_are_named_and_ordered() -> None:
    assert [s.__name__ for s in STEPS] == [
        "segment",
        "attribute",
        "resolve",
        "speakers",
        "affiliate",
        "reaction_cues",
        "narrated",
        "actors",
        "statements",
        "positions",
        "focus",
        "stances",
        "proposals",
        "held_focus",
        "reactions",
        "headline",
    ]


def test_the_steps_fill_the_state() -> None:
    state = ParseState(_TEXT, Lexicon.default())
    for step in STEPS:
        step(state)
    assert len(state.sentences) == 3
    assert [u.statement for u in state.utterances] == state.statements
    assert all(isinstance(u, Utterance) for u in state.utterances)
    for u in state.utterances:
        assert u.statement.speaker == u.speaker.id  # typed references, not positions
    assert state.focal.key is not None
    assert state.focal.held_stance in state.stances
    assert all(c.utterance in state.utterances for c in state.cues)
    article = parse(_TEXT)
    assert (state.actors, state.statements, state.stances, state.reactions) == (
        list(article.actors),
        list(article.statements),
        list(article.stances),
        list(article.reactions),
    )


def test_a_prefix_of_the_steps_stops_there() -> None:
    upto = STEPS[: STEPS.index(next(s for s in STEPS if s.__name__ == "statements")) + 1]
    article = run(
        _TEXT, title=None, date=None, source=None, lexicon=Lexicon.default(), known=(), steps=upto
    )
    assert article.statements
    assert article.stances == ()
    assert article.reactions == ()


def test_a_statement_is_read_only_once_built() -> None:
    state = ParseState(_TEXT, Lexicon.default())
    for step in STEPS[:6]:  # up to reaction_cues: no statements yet
        step(state)
    assert state.utterances
    with pytest.raises(AttributeError):
        _ = state.utterances[0].statement


def test_steps_after_resolve_need_it() -> None:
    state = ParseState(_TEXT, Lexicon.default())
    with pytest.raises(RuntimeError, match="resolve step"):
        STEPS[3](state)
