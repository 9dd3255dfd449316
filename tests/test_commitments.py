"""The one table of commitments: every reader agrees with it, and stances must too."""

from __future__ import annotations

import pytest

from stancekit import (
    Commitment,
    Polarity,
    Span,
    Stance,
    Target,
    ValidationError,
)
from stancekit.model import COMMITMENTS


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
