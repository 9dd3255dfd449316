"""Queries and the plain-English question form, on invented articles about other proposals."""

from __future__ import annotations

import pytest

import stancekit
from stancekit import QueryError, ReactionKind

PENSIONS = """Ministers split over pension reform

Prime Minister Lucia Ferro refused to rule out raising the retirement age to 67 on Tuesday.

Labour Minister Tomas Hardy said raising the retirement age was "out of the question".

"There are no plans to raise the retirement age," Finance Minister Ines Koval told reporters.

Opposition leader Marek Dvorak said his party backed raising the retirement age.

"We must be careful with the retirement age," said union chief Petra Stein.

Dvorak also accused Ferro of "hiding her intentions from voters".
"""


@pytest.fixture(scope="module")
def pensions() -> stancekit.Article:
    return stancekit.parse(PENSIONS)


def _names(answers: list[stancekit.Answer]) -> set[str]:
    return {a.actor.name for a in answers}


def test_who_ruled_out_another_proposal(pensions: stancekit.Article) -> None:
    answers = pensions.ask("who ruled out raising the retirement age")
    assert _names(answers) == {"Tomas Hardy", "Ines Koval"}


def test_who_refused_to_rule_out(pensions: stancekit.Article) -> None:
    assert _names(pensions.ask("Who refused to rule out raising the retirement age?")) == {
        "Lucia Ferro"
    }


def test_who_supports_and_opposes(pensions: stancekit.Article) -> None:
    assert _names(pensions.ask("who supports raising the retirement age")) == {"Marek Dvorak"}
    assert _names(pensions.ask("who opposes raising the retirement age")) == {
        "Tomas Hardy",
        "Ines Koval",
    }


def test_synonyms_match_targets(pensions: stancekit.Article) -> None:
    # "increase" and "pension age" are other words for the same proposal
    assert "Tomas Hardy" in _names(pensions.ask("who ruled out increasing the retirement age"))


def test_unrelated_target_finds_nothing(pensions: stancekit.Article) -> None:
    assert pensions.ask("who ruled out ground troops") == []


def test_what_did_x_say(pensions: stancekit.Article) -> None:
    (answer,) = pensions.ask("what did Koval say")
    assert answer.actor.name == "Ines Koval"
    contents = [s.content for s in answer.evidence]
    assert contents == ["There are no plans to raise the retirement age"]


def test_who_reacted_to(pensions: stancekit.Article) -> None:
    answers = pensions.ask("who reacted to Lucia Ferro")
    by_name = {a.actor.name: a for a in answers}
    assert "Marek Dvorak" in by_name
    kinds = {r.kind for r in by_name["Marek Dvorak"].reactions}
    assert ReactionKind.CRITICIZES in kinds


def test_helpers_are_functions_too(pensions: stancekit.Article) -> None:
    assert stancekit.who_ruled_out(pensions, "retirement age") == pensions.who_ruled_out(
        "retirement age"
    )
    assert stancekit.statements_by(pensions, "Hardy") == pensions.statements_by("Tomas Hardy")
    assert all(s.target.key for s in stancekit.stances_on(pensions, "retirement age"))


def test_answers_carry_exact_evidence(pensions: stancekit.Article) -> None:
    for answer in pensions.ask("who ruled out raising the retirement age"):
        for s in answer.evidence:
            assert pensions.text[s.span.start : s.span.end] == s.content


@pytest.mark.parametrize("question", ["", "why is the sky blue", "who", "ruled out what"])
def test_unknown_questions_raise(pensions: stancekit.Article, question: str) -> None:
    with pytest.raises(QueryError, match="who ruled out X"):
        pensions.ask(question)


def test_unknown_actor_raises(pensions: stancekit.Article) -> None:
    with pytest.raises(QueryError, match="no actor named"):
        pensions.statements_by("Nobody Atall")


def test_find_actor_by_surname_and_alias(pensions: stancekit.Article) -> None:
    found = pensions.find_actor("ferro")
    assert found is not None
    assert found.name == "Lucia Ferro"
