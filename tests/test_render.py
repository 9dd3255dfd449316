"""The text renderings of ``stancekit ask``: what each answer line says."""

from __future__ import annotations

from stancekit import Actor, Reaction, ReactionKind, Span, Statement
from stancekit.cli._render import render_answers_text
from stancekit.query import Answer

LODE = Actor("ben-lode", "Ben Lode", "person", title="Opposition leader")
SAID = Statement(
    "s2", "ben-lode", "a steel levy", "indirect", "refused to rule out", Span(116, 128),
    Span(96, 115), Span(69, 95),
)  # fmt: skip


def _reaction(kind: ReactionKind, basis: str, cue: str | None = None) -> Reaction:
    return Reaction("r1", "ben-lode", "ada-quint", kind, basis, ("s2",), cue)


def test_an_inferred_reaction_shows_its_kind_and_basis() -> None:
    answer = Answer(LODE, (SAID,), reactions=(_reaction(ReactionKind.REJECTS, "inferred"),))
    lines = render_answers_text("who reacted to Quint", [answer]).splitlines()
    assert lines[1] == "1. Ben Lode (Opposition leader) [rejects (inferred)]"
    assert lines[2] == "   “a steel levy” (refused to rule out, chars 116-128)"


def test_an_explicit_reaction_shows_its_cue() -> None:
    answer = Answer(
        LODE, (SAID,), reactions=(_reaction(ReactionKind.CRITICIZES, "explicit", "accused"),)
    )
    line = render_answers_text("who reacted to Quint", [answer]).splitlines()[1]
    assert line == "1. Ben Lode (Opposition leader) [criticizes (explicit: “accused”)]"


def test_two_reactions_of_one_kind_are_named_once() -> None:
    twice = (_reaction(ReactionKind.WARNS, "inferred"), _reaction(ReactionKind.WARNS, "inferred"))
    line = render_answers_text("q", [Answer(LODE, (SAID,), reactions=twice)]).splitlines()[1]
    assert line.endswith("[warns (inferred)]")


def test_an_answer_without_stances_or_reactions_has_no_brackets() -> None:
    line = render_answers_text("what did Lode say", [Answer(LODE, (SAID,))]).splitlines()[1]
    assert line == "1. Ben Lode (Opposition leader)"
