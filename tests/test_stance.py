"""Stance wording, scope and targets, on invented sentences about several kinds of proposal."""

from __future__ import annotations

import pytest

import stancekit
from stancekit import Commitment, Polarity


def _stances(text: str) -> list[tuple[str, Polarity, Commitment]]:
    a = stancekit.parse(text)
    return [(a.actor(s.holder).name, s.polarity, s.commitment) for s in a.stances]


@pytest.mark.parametrize(
    ("text", "polarity", "commitment"),
    [
        # categorical refusals
        (
            'Premier Joan Ruiz said: "We will never raise the pension age."',
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        (
            "Premier Joan Ruiz ruled out raising the pension age.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        (
            '"There will be no tax rise," Premier Joan Ruiz said.',
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        (
            "Premier Joan Ruiz said a tax rise was out of the question.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        (
            "Premier Joan Ruiz said a tax rise was off the table.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        (
            'Premier Joan Ruiz said a tax rise was "not an option".',
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        (
            "Premier Joan Ruiz rejected the proposal to close the mines.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        (
            "Premier Joan Ruiz said her government would not send peacekeepers.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
        ),
        # no plans or intentions
        (
            "Premier Joan Ruiz said there were no plans to close the mines.",
            Polarity.OPPOSE,
            Commitment.NO_PLANS,
        ),
        (
            "Premier Joan Ruiz said she had no intention of closing the mines.",
            Polarity.OPPOSE,
            Commitment.NO_PLANS,
        ),
        (
            "Premier Joan Ruiz said closing the mines was not on the agenda.",
            Polarity.OPPOSE,
            Commitment.NO_PLANS,
        ),
        (
            "Premier Joan Ruiz said the cabinet was not considering a wealth tax.",
            Polarity.OPPOSE,
            Commitment.NO_PLANS,
        ),
        # not now
        (
            'Premier Joan Ruiz said a wealth tax was "not on the cards for now".',
            Polarity.OPPOSE,
            Commitment.NOT_NOW,
        ),
        (
            "Premier Joan Ruiz said a wealth tax was not relevant now.",
            Polarity.OPPOSE,
            Commitment.NOT_NOW,
        ),
        (
            "Premier Joan Ruiz said her country was not ready to join the euro.",
            Polarity.OPPOSE,
            Commitment.NOT_NOW,
        ),
        (
            "Premier Joan Ruiz said it was premature to talk about a wealth tax.",
            Polarity.OPPOSE,
            Commitment.NOT_NOW,
        ),
        # caution
        (
            '"We must be very cautious about a wealth tax," Premier Joan Ruiz said.',
            Polarity.NEUTRAL,
            Commitment.CAUTION,
        ),
        # keeps it open
        (
            '"Nothing should be ruled out on a wealth tax," Premier Joan Ruiz said.',
            Polarity.UNDECIDED,
            Commitment.OPEN,
        ),
        (
            "Premier Joan Ruiz refused to rule out a wealth tax.",
            Polarity.UNDECIDED,
            Commitment.OPEN,
        ),
        (
            "Premier Joan Ruiz said a wealth tax should not be ruled out.",
            Polarity.UNDECIDED,
            Commitment.OPEN,
        ),
        (
            "Premier Joan Ruiz said she would keep all options open on a wealth tax.",
            Polarity.UNDECIDED,
            Commitment.OPEN,
        ),
        # endorsement
        (
            '"We fully support a wealth tax," Premier Joan Ruiz said.',
            Polarity.SUPPORT,
            Commitment.ENDORSEMENT,
        ),
        ("Premier Joan Ruiz backed a wealth tax.", Polarity.SUPPORT, Commitment.ENDORSEMENT),
        # a third-party noun inside the proposal's words is no subject of the clause
        (
            '"Deporting people is absurd," Premier Joan Ruiz said.',
            Polarity.OPPOSE,
            Commitment.OBJECTION,
        ),
        (
            "Premier Joan Ruiz said a tax on rich people would hurt the economy.",
            Polarity.OPPOSE,
            Commitment.OBJECTION,
        ),
        (
            "Premier Joan Ruiz said that she would support the bed tax.",
            Polarity.SUPPORT,
            Commitment.ENDORSEMENT,
        ),
        (
            "Spanish Premier Joan Ruiz said Spain was ready to send peacekeepers.",
            Polarity.SUPPORT,
            Commitment.ENDORSEMENT,
        ),
    ],
)
def test_commitment_wording(text: str, polarity: Polarity, commitment: Commitment) -> None:
    assert _stances(text) == [("Joan Ruiz", polarity, commitment)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Premier Joan Ruiz praised the unprecedented military support.", id="noun-support"
        ),
        pytest.param("Premier Joan Ruiz said the weather was fine.", id="no-position"),
        pytest.param(
            "Premier Joan Ruiz said that support for the bed tax was growing.",
            id="that-support-for-is-the-noun",
        ),
        pytest.param(
            "Premier Joan Ruiz said that backing for the bed tax had collapsed.",
            id="that-backing-for-is-the-noun",
        ),
        pytest.param(
            "Premier Joan Ruiz said pupils lacked books, access to support, and time.",
            id="to-support-with-no-object",  # after "to" but with nothing to support: a noun
        ),
        pytest.param(
            'Premier Joan Ruiz said: "Tenants face high rents and unfair rent increases."',
            id="attributive-judgement",  # the adjective describes the noun after it
        ),
        pytest.param(
            '"We are not talking about a wealth tax, but about a levy on land," Premier Joan'
            " Ruiz said.",
            id="not-talking-about-but",
        ),
        pytest.param(
            "Premier Joan Ruiz said the ministry had rejected the proposal.",
            id="third-party-subject",
        ),
        pytest.param(
            "Premier Joan Ruiz said some countries were ready to send troops, and others"
            " would never do so.",
            id="reported-positions-of-others",
        ),
        pytest.param(
            "Premier Joan Ruiz said that city officials are not planning a wealth tax.",
            id="third-party-noun-after-its-modifier",
        ),
    ],
)
def test_no_stance_of_the_speaker(text: str) -> None:
    assert [s for s in _stances(text) if s[0] == "Joan Ruiz"] == []


def test_unnamed_officials_hold_no_position() -> None:
    # "officials" alone names nobody a reader could look up: no one holds the position
    a = stancekit.parse("Premier Joan Ruiz said that city officials are not planning a wealth tax.")
    assert a.stances == ()


def test_a_reported_position_is_its_subjects() -> None:
    # the speaker reports it: the ministry's position, resting on her statement
    a = stancekit.parse("Premier Joan Ruiz said the ministry had rejected the proposal.")
    assert [(a.actor(s.holder).name, s.commitment, s.evidence) for s in a.stances] == [
        ("ministry", Commitment.CATEGORICAL, ("s1",))
    ]


def test_own_country_as_subject_is_the_speakers_stance() -> None:
    text = "Austrian Chancellor Karl Hofer said Austria will not take part in the mission."
    assert _stances(text) == [("Karl Hofer", Polarity.OPPOSE, Commitment.CATEGORICAL)]


def test_speaker_counting_their_country_in() -> None:
    text = (
        '"Some countries are ready to send troops, others say never - Norway is among them,"'
        " said Norwegian Prime Minister Eva Lund."
    )
    assert _stances(text) == [("Eva Lund", Polarity.OPPOSE, Commitment.CATEGORICAL)]


def test_temporal_qualifier() -> None:
    a = stancekit.parse('Premier Joan Ruiz said a wealth tax was "not on the cards at the moment".')
    (s,) = a.stances
    assert s.commitment is Commitment.NOT_NOW
    assert s.qualifier == "at the moment"


@pytest.mark.parametrize(
    ("text", "polarity", "commitment", "target"),
    [
        # predicates whose subject is the proposal: the target stands before the phrase
        (
            'Mayor Ian Voss said the levy "should be on the table" at the summit.',
            Polarity.UNDECIDED,
            Commitment.OPEN,
            "the levy",
        ),
        (
            "Mayor Ian Voss said a levy is under consideration for next year.",
            Polarity.UNDECIDED,
            Commitment.OPEN,
            "a levy",
        ),
        (
            "Mayor Ian Voss said a levy could be considered.",
            Polarity.UNDECIDED,
            Commitment.OPEN,
            "a levy",
        ),
        # negated, the same predicate takes the option away
        (
            "Mayor Ian Voss said the levy should not be on the table.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
            "the levy",
        ),
        (
            "Mayor Ian Voss said a levy was no longer on the table.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
            "a levy",
        ),
        (
            "Mayor Ian Voss said a levy would never happen.",
            Polarity.OPPOSE,
            Commitment.CATEGORICAL,
            "a levy",
        ),
        # "open to discussing X": the proposal is X, not the discussion
        (
            'Mayor Ian Voss said he was "open to discussing" the levy.',
            Polarity.UNDECIDED,
            Commitment.OPEN,
            "the levy",
        ),
        # "open to" keeps its target after the phrase
        (
            "Mayor Ian Voss said he was open to a levy.",
            Polarity.UNDECIDED,
            Commitment.OPEN,
            "a levy",
        ),
    ],
)
def test_target_side_of_open_predicates(
    text: str, polarity: Polarity, commitment: Commitment, target: str
) -> None:
    a = stancekit.parse(text)
    (s,) = a.stances
    assert (s.polarity, s.commitment) == (polarity, commitment)
    assert s.target is not None
    assert s.target.text == target


def test_scope_qualifier() -> None:
    a = stancekit.parse("Premier Joan Ruiz said there were no plans for a large-scale deployment.")
    (s,) = a.stances
    assert s.qualifier == "large-scale"


def test_anaphoric_target_takes_the_article_proposal() -> None:
    text = (
        "Premier Joan Ruiz refused to rule out raising the retirement age.\n\n"
        "Labour leader Sam Price ruled out raising the retirement age.\n\n"
        'Finance Minister Ella Ward said it was "not on the cards".'
    )
    a = stancekit.parse(text)
    keys = {a.actor(s.holder).name: s.target.key for s in a.stances}
    assert keys["Ella Ward"] == keys["Sam Price"] == keys["Joan Ruiz"]


def test_every_stance_points_at_its_evidence() -> None:
    a = stancekit.parse("Premier Joan Ruiz ruled out raising the pension age.")
    (s,) = a.stances
    assert a.text[s.cue_span.start : s.cue_span.end] == "ruled out"
    assert s.target.span is not None
    assert a.text[s.target.span.start : s.target.span.end] == s.target.text
    assert [a.statement(e).speaker for e in s.evidence] == [s.holder]
