"""Positions wherever they are stated (narrated and in speech), the commitment grammar, and an
actor's position derived from several stances. Invented sentences only."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
import stancekit.json
from stancekit import Commitment
from stancekit.model import COMMITMENTS


def _stances(text: str) -> list[tuple[str, Commitment]]:
    a = stancekit.parse(text)
    return [(a.actor(s.holder).name, s.commitment) for s in a.stances]


# -- narrated positions: the subject is an actor, no speech verb -------------------------------
@pytest.mark.parametrize(
    ("text", "holder", "commitment"),
    [
        pytest.param(
            "Senator Ray Holt today rejected the carbon levy.",
            "Ray Holt",
            Commitment.CATEGORICAL,
            id="time-word-between",
        ),
        pytest.param(
            "The council has once again outright rejected the parking levy.",
            "council",
            Commitment.CATEGORICAL,
            id="auxiliary-and-adverbs-between",
        ),
        pytest.param(
            "Mayor Lena Fisk opposes the stadium subsidy.",
            "Lena Fisk",
            Commitment.OBJECTION,
            id="present-tense-oppose",
        ),
        pytest.param(
            "Senator Joan Pike is against a wealth tax.",
            "Joan Pike",
            Commitment.OBJECTION,
            id="copula-against",
        ),
        pytest.param(
            "Senator Joan Pike is opposed to a wealth tax.",
            "Joan Pike",
            Commitment.OBJECTION,
            id="copula-opposed-to",
        ),
        pytest.param(
            "The Teachers Union voted against the pay offer.",
            "Teachers Union",
            Commitment.OBJECTION,
            id="voted-against",
        ),
        pytest.param(
            "Councillor Dev Rao voted for the cycle lanes.",
            "Dev Rao",
            Commitment.ENDORSEMENT,
            id="voted-for",
        ),
        pytest.param(
            "Labour threw its weight behind the tariff.",
            "Labour",
            Commitment.ENDORSEMENT,
            id="weight-behind",
        ),
        pytest.param(
            "The minister poured cold water on the idea of a bridge toll.",
            "minister",
            Commitment.OBJECTION,
            id="cold-water",
        ),
        pytest.param(
            "Governor Tim Bell did not rule out a fuel levy.",
            "Tim Bell",
            Commitment.OPEN,
            id="did-not-rule-out",
        ),
        pytest.param(
            "Governor Tim Bell has never ruled out a fuel levy.",
            "Tim Bell",
            Commitment.OPEN,
            id="never-ruled-out",
        ),
        pytest.param(
            "Governor Tim Bell did not back the fuel levy.",
            "Tim Bell",
            Commitment.OBJECTION,
            id="negated-endorsement-is-objection",
        ),
        pytest.param(
            "Mayor Lena Fisk, who opposes the stadium subsidy, spoke at the meeting.",
            "Lena Fisk",
            Commitment.OBJECTION,
            id="relative-who",
        ),
        pytest.param(
            "The governor refused to lift the curfew.",
            "governor",
            Commitment.CATEGORICAL,
            id="refused-to-verb",
        ),
        pytest.param(
            "Senator Ray Holt declined to resign.",
            "Ray Holt",
            Commitment.CATEGORICAL,
            id="declined-to-verb",
        ),
        pytest.param(
            "The mayor declined to rule out a bed tax on Friday.",
            "mayor",
            Commitment.OPEN,
            id="declined-to-rule-out",
        ),
        pytest.param(
            "France has pledged to recognise the new state.",
            "France",
            Commitment.ENDORSEMENT,
            id="pledged-to",
        ),
        pytest.param(
            "The Teachers Union vowed to block the water tariff.",
            "Teachers Union",
            Commitment.OBJECTION,
            id="vowed-to-block-is-the-inner-position",
        ),
        pytest.param(
            "The parking levy was rejected by the council.",
            "council",
            Commitment.CATEGORICAL,
            id="passive-agent",
        ),
        pytest.param(
            "A bridge toll backed by the Chamber of Commerce will be debated next week.",
            "Chamber of Commerce",
            Commitment.ENDORSEMENT,
            id="participle-agent",
        ),
        pytest.param(
            "The water tariff, opposed by the Farmers Union, was delayed.",
            "Farmers Union",
            Commitment.OBJECTION,
            id="participle-agent-in-commas",
        ),
        pytest.param(
            "The bill was not supported by the council.",
            "council",
            Commitment.OBJECTION,
            id="negated-passive",
        ),
        pytest.param(
            "Governor Tim Bell will not send troops to the border.",
            "Tim Bell",
            Commitment.CATEGORICAL,
            id="negated-modal-before-action",
        ),
    ],
)
def test_narrated_position(text: str, holder: str, commitment: Commitment) -> None:
    assert _stances(text) == [(holder, commitment)]


def test_second_predicate_of_the_subject() -> None:
    text = (
        "Mayor Lena Fisk said the city would not return to rationing, but did not rule out"
        " a water levy."
    )
    got = [(s.commitment, s.target.text, s.evidence) for s in stancekit.parse(text).stances]
    assert (Commitment.OPEN, "a water levy", ()) in got


def test_coordinated_subjects_are_not_a_second_predicate() -> None:
    got = _stances("Germany and France rejected the water levy.")
    assert sorted(got) == [("France", Commitment.CATEGORICAL), ("Germany", Commitment.CATEGORICAL)]


def test_narrated_stance_rests_on_its_words() -> None:
    text = "The Teachers Union voted against the pay offer."
    (s,) = stancekit.parse(text).stances
    assert s.evidence == ()
    assert text[s.cue_span.start : s.cue_span.end] == "voted against"
    assert s.target.span is not None
    assert text[s.target.span.start : s.target.span.end] == "the pay offer"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Governor Tim Bell would not back down.", id="phrasal-back-down"),
        pytest.param("The vote could be delayed if more time is needed.", id="conditional"),
        pytest.param(
            "If Mayor Lena Fisk backs the stadium subsidy, it will pass.", id="if-clause-subject"
        ),
        pytest.param(
            "Senator Ray Holt's rejection of the carbon levy surprised nobody.", id="possessive"
        ),
        pytest.param(
            "Aid for Ruritania did not include new loans.", id="prepositional-object-not-subject"
        ),
        pytest.param(
            "The Greens said Senator Ray Holt rejected the carbon levy.",
            id="reported-position-is-not-the-speakers",
        ),
        pytest.param("Long-term Ruritanian backing for the dam is in doubt.", id="noun-backing"),
        pytest.param("Senator Ray Holt declined to comment.", id="declined-to-comment"),
        pytest.param("The report was written by Senator Ray Holt.", id="passive-not-a-position"),
        pytest.param("Military support by Ruritania continued.", id="noun-support-by"),
    ],
)
def test_no_narrated_position(text: str) -> None:
    a = stancekit.parse(text)
    speakers = {s.speaker for s in a.statements}
    assert [s for s in a.stances if s.holder in speakers or not s.evidence] == []


# -- the commitment grammar, in speech ---------------------------------------------------------
_LEAD = "The city is debating a tourist tax. "


@pytest.mark.parametrize(
    ("text", "commitment"),
    [
        pytest.param(
            "Mayor Lena Fisk said the tourist tax was \u201ca complete joke\u201d.",
            Commitment.OBJECTION,
            id="criticism-joke",
        ),
        pytest.param(
            "Mayor Lena Fisk said the tourist tax would be madness.",
            Commitment.OBJECTION,
            id="criticism-madness",
        ),
        pytest.param(
            "Mayor Lena Fisk said she would support a tourist tax if hotels agreed.",
            Commitment.ENDORSEMENT,
            id="conditional-support",
        ),
        pytest.param(
            "Mayor Lena Fisk said there were no plans for a tourist tax for now.",
            Commitment.NOT_NOW,
            id="no-plans-for-now",
        ),
        pytest.param(
            "Mayor Lena Fisk said the city does not plan a tourist tax.",
            Commitment.NO_PLANS,
            id="does-not-plan",
        ),
        pytest.param(
            "Mayor Lena Fisk said a tourist tax was under review.",
            Commitment.OPEN,
            id="under-review",
        ),
        pytest.param(
            "Mayor Lena Fisk REFUSED to rule out a tourist tax, her office said.",
            Commitment.OPEN,
            id="upper-case-refused",
        ),
        pytest.param(
            _LEAD + "Mayor Lena Fisk said the tourist tax was not ruled out.",
            Commitment.OPEN,
            id="not-ruled-out",
        ),
    ],
)
def test_commitment_form(text: str, commitment: Commitment) -> None:
    got = [c for name, c in _stances(text) if name == "Lena Fisk"]
    assert commitment in got
    assert all(COMMITMENTS[c].polarity is COMMITMENTS[commitment].polarity for c in got)


def test_never_say_never_keeps_the_proposal_under_discussion_open() -> None:
    text = (
        "Mayor Lena Fisk ruled out a tourist tax on Monday. "
        '"Never say never," she told reporters on Friday.'
    )
    a = stancekit.parse(text)
    got = [(s.commitment, s.target.key) for s in a.stances]
    assert len(got) == 2
    assert got[1][0] is Commitment.OPEN
    assert got[0][1] == got[1][1]  # the hedge is about the proposal under discussion


def test_not_taking_options_off_the_table_keeps_it_open() -> None:
    text = (
        "Mayor Lena Fisk ruled out a tourist tax on Monday. "
        '"We are not going to take options off the table," she said on Friday.'
    )
    got = [s.commitment for s in stancekit.parse(text).stances]
    assert got == [Commitment.CATEGORICAL, Commitment.OPEN]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tim Bell said he would sign any budget that does not include a fuel levy.",
        "Governor Tim Bell said he would sign any budget which rejected the fuel levy.",
    ],
)
def test_a_clause_about_the_object_of_an_action_is_no_position_on_its_words(text: str) -> None:
    a = stancekit.parse(text)
    assert [s for s in a.stances if "fuel levy" in s.target.text] == []


def test_a_complement_clause_is_still_a_position() -> None:
    got = _stances("Governor Tim Bell said that there will be no fuel levy.")
    assert got == [("Tim Bell", Commitment.CATEGORICAL)]


def test_support_for_a_proposal_is_not_read_from_if_clause() -> None:
    text = "Mayor Lena Fisk said she would support a tourist tax if hotels agreed."
    (s,) = stancekit.parse(text).stances
    assert s.target.text == "a tourist tax"


# -- several positions of one actor: the derived position --------------------------------------
_RUIZ = (
    "Mayor Ana Ruiz ruled out a congestion charge on Monday. "
    '"There will be no congestion charge," she said. '
    '"Never say never, but I do not see it happening," she added later.'
)


def test_categorical_lead_is_not_erased_by_a_later_hedge() -> None:
    a = stancekit.parse(_RUIZ)
    p = a.position("Ana Ruiz", "congestion charge")
    assert p is not None
    assert p.commitment is Commitment.CATEGORICAL
    assert [x.actor.name for x in a.who_ruled_out("congestion charge")] == ["Ana Ruiz"]
    assert a.who_refused_to_rule_out("congestion charge") == []


def test_refusal_to_rule_out_outranks_no_plans() -> None:
    text = (
        "Health minister Omar Reid said there were no plans for a sugar tax. "
        "Omar Reid refused to rule out a sugar tax, his office said."
    )
    a = stancekit.parse(text)
    p = a.position("Omar Reid", "sugar tax")
    assert p is not None
    assert p.commitment is Commitment.OPEN
    assert a.who_ruled_out("sugar tax") == []
    assert [x.actor.name for x in a.who_refused_to_rule_out("sugar tax")] == ["Omar Reid"]


def test_objection_opposes_but_does_not_rule_out() -> None:
    a = stancekit.parse("Mayor Lena Fisk opposes the stadium subsidy.")
    assert [x.actor.name for x in a.who_opposes("stadium subsidy")] == ["Lena Fisk"]
    assert a.who_ruled_out("stadium subsidy") == []


def test_position_of_an_actor_without_stance_is_none() -> None:
    a = stancekit.parse(_RUIZ)
    assert a.position("Ana Ruiz", "bus lanes") is None


# -- properties ----------------------------------------------------------------------------------
_SUBJECTS = ["Mayor Lena Fisk", "The Farmers Federation", "Senator Ray Holt", "She"]
_GAPS = ["", "today ", "has ", "has once again ", "did not ", "will not ", "on Friday "]
_VERBS = [
    "rejected",
    "backed",
    "opposes",
    "is against",
    "voted against",
    "refused to rule out",
    "ruled out",
    "endorsed",
    "send",
]
_OBJECTS = ["the water tariff", "a tourist tax", "it", "plans for a new runway"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SUBJECTS),
            st.sampled_from(_GAPS),
            st.sampled_from(_VERBS),
            st.sampled_from(_OBJECTS),
            st.booleans(),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_every_stance_rests_on_the_text_and_position_is_one_of_them(
    clauses: list[tuple[str, str, str, str, bool]],
) -> None:
    parts = []
    for subject, gap, verb, obj, quoted in clauses:
        clause = f"{subject} {gap}{verb} {obj}"
        parts.append(f'"{clause}," an aide said.' if quoted else f"{clause}.")
    text = " ".join(parts)
    a = stancekit.parse(text)
    ids = {s.id for s in a.statements}
    for s in a.stances:
        assert 0 <= s.cue_span.start < s.cue_span.end <= len(text)
        assert text[s.cue_span.start : s.cue_span.end] == s.cue
        if s.target.span is not None:
            assert 0 <= s.target.span.start < s.target.span.end <= len(text)
        assert set(s.evidence) <= ids
        assert s.polarity is COMMITMENTS[s.commitment].polarity
        assert s.evidence or all(
            not (st_.span.start <= s.cue_span.start < st_.span.end) for st_ in a.statements
        )
        held = [x for x in a.stances_on(s.target.text) if x.holder == s.holder]
        p = a.position(s.holder, s.target.text)
        if held:
            assert p in held
        else:
            assert p is None
        assert stancekit.json.loads(stancekit.json.dumps(a)) == a


def test_a_trailing_either_is_no_proposal_of_its_own() -> None:
    # "would not rule it out either": the anaphor's proposal, kept open; the refusal wins
    a = stancekit.parse(
        "The mayor said there were no plans for a bed tax. But she would not rule it out either."
    )
    assert [x.actor.name for x in a.ask("who refused to rule out a bed tax")] == ["mayor"]
    assert a.ask("who ruled out a bed tax") == []


def test_either_before_a_proposal_keeps_the_proposal() -> None:
    a = stancekit.parse("The mayor would not rule out either a bed tax or a toll.")
    assert len(a.stances) == 1
    assert a.stances[0].target.text.startswith("either a bed tax")
    assert [x.actor.name for x in a.ask("who refused to rule out a bed tax")] == ["mayor"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a passive predicate after the phrase is no word of the proposal; what follows is
        (
            "Councillor Ana Price said no decision had been taken on the harbour toll.",
            "the harbour toll",
        ),
        # after a negator the verb phrase is the phrase's own: it stays the target
        (
            "Senator Joan Pike said she will not be voting for the harbour toll.",
            "be voting for the harbour toll",
        ),
        # auxiliaries without a copula are not a passive: the words stay the target's
        (
            "Councillor Ana Price said there were no plans for the harbour toll.",
            "the harbour toll",
        ),
    ],
)
def test_a_passive_predicate_after_a_position_is_no_target(text: str, target: str) -> None:
    assert [s.target.text for s in stancekit.parse(text).stances] == [target]


def test_a_bare_passive_predicate_gives_no_target() -> None:
    a = stancekit.parse('"No decision has been taken," councillor Ana Price said.')
    assert all("taken" not in s.target.text for s in a.stances)
