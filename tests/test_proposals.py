"""Proposals as targets: what a stance's target is, on invented sentences."""

from __future__ import annotations

import pytest

import stancekit
from stancekit import Commitment

REVERSAL = [
    # welcoming a proposal's end opposes the proposal; the target is the proposal
    (
        "Councillor Tom Vale welcomed reports the bridge toll would be scrapped.",
        Commitment.OBJECTION,
        "the bridge toll",
    ),
    (
        "Councillor Tom Vale welcomed reports that the bridge toll will be shelved.",
        Commitment.OBJECTION,
        "the bridge toll",
    ),
]

NOT_REVERSAL = [
    # the proposal goes ahead: welcoming it is an endorsement
    "Councillor Tom Vale welcomed reports the bridge toll would be introduced.",
    # another participle: nothing ends
    "Councillor Tom Vale welcomed reports the bridge toll would be reduced.",
]


@pytest.mark.parametrize(("text", "commitment", "target"), REVERSAL)
def test_welcoming_an_end_is_an_objection(text: str, commitment: Commitment, target: str) -> None:
    article = stancekit.parse(text)
    assert [(s.commitment, s.target.text) for s in article.stances] == [(commitment, target)]


@pytest.mark.parametrize("text", NOT_REVERSAL)
def test_no_end_no_reversal(text: str) -> None:
    article = stancekit.parse(text)
    assert article.stances
    assert all(s.commitment is Commitment.ENDORSEMENT for s in article.stances)
