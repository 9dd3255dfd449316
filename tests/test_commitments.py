"""The one table of commitments: every reader agrees with it, and stances must too."""

from __future__ import annotations

import attrs
import pytest

from stancekit import (
    Commitment,
    Lexicon,
    Polarity,
    Span,
    Stance,
    Target,
    ValidationError,
    _enums,
    parse,
)
from stancekit.model import COMMITMENTS, CommitmentInfo


def test_every_commitment_has_one_row() -> None:
    assert set(COMMITMENTS) == set(Commitment)


@pytest.mark.parametrize(
    ("commitment", "polarity", "rules_out"),
    [
        (Commitment.CATEGORICAL, Polarity.OPPOSE, True),
        (Commitment.NO_PLANS, Polarity.OPPOSE, True),
        (Commitment.NOT_NOW, Polarity.OPPOSE, True),
        (Commitment.CAUTION, Polarity.NEUTRAL, False),
        (Commitment.OPEN, Polarity.UNDECIDED, False),
        (Commitment.ENDORSEMENT, Polarity.SUPPORT, False),
    ],
)
def test_table_rows(commitment: Commitment, polarity: Polarity, rules_out: bool) -> None:
    assert commitment.polarity is polarity
    assert commitment.rules_out is rules_out
    assert COMMITMENTS[commitment].polarity is polarity


def test_temporary_forms_rule_out_too() -> None:
    # time limits a rejection ("no plans for now") but never turns it into something else
    for commitment, info in COMMITMENTS.items():
        if info.temporary is not None:
            assert commitment.rules_out
            assert info.temporary.rules_out


@pytest.mark.parametrize("commitment", list(Commitment))
def test_stance_takes_its_commitments_polarity(commitment: Commitment) -> None:
    stance = Stance(
        "t1", "a", Target("tax", "tax"), commitment.polarity, commitment, "", Span(0, 0)
    )
    assert stance.polarity is commitment.polarity


@pytest.mark.parametrize(
    ("polarity", "commitment"),
    [
        (Polarity.SUPPORT, Commitment.CATEGORICAL),
        (Polarity.OPPOSE, Commitment.OPEN),
        (Polarity.NEUTRAL, Commitment.ENDORSEMENT),
        ("undecided", "no_plans"),
    ],
)
def test_stance_polarity_must_agree(polarity: Polarity | str, commitment: Commitment | str) -> None:
    with pytest.raises(ValidationError) as info:
        Stance("t1", "a", Target("tax", "tax"), polarity, commitment, "", Span(0, 0))
    assert info.value.path == "Stance.polarity"
    assert "the polarity of commitment" in str(info.value)


@pytest.mark.parametrize(
    ("polarity", "agreement"),
    [
        (Polarity.SUPPORT, 1),
        (Polarity.OPPOSE, 0),
        (Polarity.NEUTRAL, None),
        (Polarity.UNDECIDED, None),
    ],
)
def test_dna_agreement(polarity: Polarity, agreement: int | None) -> None:
    assert polarity.agreement == agreement


# -- worked example of docs/architecture.md: one row drives every reader --------------------

_CAUTIOUS = 'Minister Pia Moss said: "We must be very cautious about the levy."'
_FOR_NOW = 'Premier Joan Ruiz said: "We have no plans to raise the levy for now."'


def test_one_row_drives_parser_validation_queries_and_exports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = parse(_CAUTIOUS)
    (stance,) = before.stances
    assert (stance.commitment, stance.polarity) == (Commitment.CAUTION, Polarity.NEUTRAL)
    assert before.who_ruled_out("the levy") == []
    assert stance.polarity.agreement is None  # DNA cannot hold it
    # the change the docs describe: one row of the table
    monkeypatch.setitem(
        _enums._COMMITMENT_ROWS,
        Commitment.CAUTION,
        CommitmentInfo(Polarity.OPPOSE, rules_out=True, rank=1),
    )
    after = parse(_CAUTIOUS)
    (stance,) = after.stances
    assert stance.polarity is Polarity.OPPOSE  # the parser
    assert [a.actor.name for a in after.who_ruled_out("the levy")] == ["Pia Moss"]  # queries
    assert [a.actor.name for a in after.who_opposes("the levy")] == ["Pia Moss"]
    assert stance.polarity.agreement == 0  # the DNA export
    with pytest.raises(ValidationError):  # validation
        Stance(
            "t1", "a", Target("tax", "tax"), Polarity.NEUTRAL, Commitment.CAUTION, "", Span(0, 0)
        )


def test_the_time_downgrade_is_read_from_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    (stance,) = parse(_FOR_NOW).stances
    assert (stance.commitment, stance.qualifier) == (Commitment.NOT_NOW, "for now")
    plain = 'Premier Joan Ruiz said: "We have no plans to raise the levy."'
    assert parse(plain).stances[0].commitment is Commitment.NO_PLANS  # no time, no downgrade
    row = COMMITMENTS[Commitment.NO_PLANS]
    monkeypatch.setitem(
        _enums._COMMITMENT_ROWS, Commitment.NO_PLANS, attrs.evolve(row, temporary=None)
    )
    (stance,) = parse(_FOR_NOW).stances
    assert (stance.commitment, stance.qualifier) == (Commitment.NO_PLANS, "for now")


def test_every_commitment_has_words_or_comes_from_time() -> None:
    # a new Commitment member needs phrases in stance.toml (or to be some row's `temporary`);
    # OBJECTION (against, without ruling out) is built by hand or from gold for now: the
    # parser's phrases for it come with narrated positions
    lex = Lexicon.default()
    worded = {p.commitment for p in lex.commitments} | {
        p.negated for p in lex.commitments if p.negated is not None
    }
    temporary = {i.temporary for i in COMMITMENTS.values() if i.temporary is not None}
    assert worded | temporary | {Commitment.OBJECTION} == set(Commitment)
