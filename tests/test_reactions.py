"""Reactions: explicit cues and inferred ones, on invented stories."""

from __future__ import annotations

import pytest

import stancekit
from stancekit import ReactionBasis, ReactionKind
from stancekit.network import one_mode


def _reactions(text: str) -> set[tuple[str, str, ReactionKind, ReactionBasis]]:
    a = stancekit.parse(text)
    out = set()
    for r in a.reactions:
        target = r.to if r.to in {x.id for x in a.actors} else a.statement(r.to).speaker
        out.add((a.actor(r.responder).name, a.actor(target).name, r.kind, r.basis))
    return out


LEAD = "Governor Nina Voss refused to rule out closing the coal plants on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ('Senator Paul Ek accused her of "betraying the miners".', ReactionKind.CRITICIZES),
        (
            'Senator Paul Ek criticised her, saying the plan was "reckless".',
            ReactionKind.CRITICIZES,
        ),
        (
            "Senator Paul Ek rebuked her, saying the miners deserved better.",
            ReactionKind.CRITICIZES,
        ),
        (
            "Senator Paul Ek pushed back, saying closing the plants was not an option.",
            ReactionKind.REJECTS,
        ),
        (
            "Senator Paul Ek poured cold water on the idea, saying it was premature.",
            ReactionKind.REJECTS,
        ),
        (
            "Senator Paul Ek warned that closing the plants would cost thousands of jobs.",
            ReactionKind.WARNS,
        ),
        (
            "Senator Paul Ek distanced himself from the plan, saying he had not been consulted.",
            ReactionKind.DISTANCES,
        ),
        ("Senator Paul Ek defended her, saying the review was prudent.", ReactionKind.DEFENDS),
    ],
)
def test_explicit_reaction_cues(sentence: str, kind: ReactionKind) -> None:
    got = _reactions(LEAD + sentence)
    assert ("Paul Ek", "Nina Voss", kind, ReactionBasis.EXPLICIT) in got


def test_in_response_to_takes_its_kind_from_positions() -> None:
    text = LEAD + (
        "In response to the governor, Senator Paul Ek said closing the plants was out of the"
        " question."
    )
    assert ("Paul Ek", "Nina Voss", ReactionKind.REJECTS, ReactionBasis.EXPLICIT) in _reactions(
        text
    )


def test_inferred_reactions_from_positions() -> None:
    text = LEAD + (
        "Senator Paul Ek ruled out closing the coal plants.\n\n"
        "Mayor Rita Holm said closing the coal plants should be considered.\n\n"
        '"We must be careful about closing the coal plants," said union chief Omar Lind.'
    )
    got = _reactions(text)
    assert ("Paul Ek", "Nina Voss", ReactionKind.REJECTS, ReactionBasis.INFERRED) in got
    assert ("Rita Holm", "Nina Voss", ReactionKind.SUPPORTS, ReactionBasis.INFERRED) in got
    assert ("Omar Lind", "Nina Voss", ReactionKind.DISTANCES, ReactionBasis.INFERRED) in got


def test_no_reaction_without_a_cue_or_a_position() -> None:
    text = LEAD + "Senator Paul Ek said the weather was fine."
    assert _reactions(text) == set()


def test_passive_cue_is_not_the_speakers_reaction() -> None:
    text = LEAD + (
        "Senator Paul Ek, accused by critics of being too close to the industry, said the"
        " plants were safe."
    )
    assert not any(k is ReactionKind.CRITICIZES for *_, k, _ in _reactions(text))


def test_defence_by_an_ally() -> None:
    text = (
        "Danish Prime Minister Nina Voss refused to rule out closing the coal plants.\n\n"
        'Opposition leader Paul Ek accused her of "gambling with the jobs of miners".\n\n'
        "Danish Energy Minister Karl Dahl said no jobs would be lost and the miners were safe."
    )
    got = _reactions(text)
    assert ("Paul Ek", "Nina Voss", ReactionKind.CRITICIZES, ReactionBasis.EXPLICIT) in got
    assert ("Karl Dahl", "Nina Voss", ReactionKind.DEFENDS, ReactionBasis.INFERRED) in got


def test_every_reaction_has_evidence_by_the_responder() -> None:
    a = stancekit.parse(LEAD + 'Senator Paul Ek accused her of "betraying the miners".')
    for r in a.reactions:
        assert r.evidence
        assert all(a.statement(e).speaker == r.responder for e in r.evidence)
        if r.cue_span is not None:
            assert a.text[r.cue_span.start : r.cue_span.end] == r.cue


def test_seed_conflict_network_sets_the_proposer_against_those_ruling_out(
    seed: stancekit.Article,
) -> None:
    matrix = one_mode(seed, aggregation="conflict")
    row = matrix.rows.index("Emmanuel Macron")
    against = {matrix.columns[j] for j, v in enumerate(matrix.values[row]) if v > 0}
    ruled_out = {a.actor.name for a in seed.ask("who ruled out ground troops")}
    assert ruled_out <= against
