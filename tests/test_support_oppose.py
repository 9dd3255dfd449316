"""Who supports, who opposes: support and opposition narrated by the reporter or stated in
speech, with plural, coordinated, listed, possessive and described holders (issue 10, items 1
and 4). Invented sentences only; every pattern has positive rows and near misses that must
give nothing (or the other class)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Commitment, Polarity


def _held(text: str) -> list[tuple[str, Commitment, str]]:
    a = stancekit.parse(text)
    return sorted((a.actor(s.holder).name, s.commitment, s.target.text) for s in a.stances)


E, OBJ = Commitment.ENDORSEMENT, Commitment.OBJECTION


# -- narrated positions, one pattern per row ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Labor, the Greens and the Nationals oppose the fuel excise.",
            [
                ("Greens", OBJ, "the fuel excise"),
                ("Labor", OBJ, "the fuel excise"),
                ("Nationals", OBJ, "the fuel excise"),
            ],
            id="coordinated-subjects-three",
        ),
        pytest.param(
            "Senator Ray Holt and Governor Tim Bell favour the bridge toll.",
            [("Ray Holt", E, "the bridge toll"), ("Tim Bell", E, "the bridge toll")],
            id="coordinated-subjects-two",
        ),
        pytest.param(
            "Several countries, including Norway and Chile, have pledged to fund the new dam.",
            [("Chile", E, "fund the new dam"), ("Norway", E, "fund the new dam")],
            id="members-after-including",
        ),
        pytest.param(
            "Senator Ray Holt is behind the carbon levy, as is Governor Tim Bell.",
            [("Ray Holt", E, "the carbon levy"), ("Tim Bell", E, "the carbon levy")],
            id="as-is-another-actor",
        ),
        pytest.param(
            "Critics attacked Mayor Lena Fisk's proposal for a bed tax.",
            [("Lena Fisk", E, "a bed tax")],
            id="possessive-proposal-for",
        ),
        pytest.param(
            "In the capital, political allies have advocated for a fuel excise.",
            [("political allies", E, "a fuel excise")],
            id="group-modifier-political-allies",
        ),
        pytest.param(
            "On Monday, business leaders urged Mayor Lena Fisk to impose a bed tax.",
            [("business leaders", E, "impose a bed tax")],
            id="group-modifier-urging",
        ),
        pytest.param(
            "In the capital, health experts and community leaders oppose the fuel excise.",
            [("community leaders", OBJ, "the fuel excise"), ("experts", OBJ, "the fuel excise")],
            id="group-modifier-in-coordination",
        ),
        pytest.param(
            "Mayor Lena Fisk's plan to close the harbour bridge was announced on Monday.",
            [("Lena Fisk", E, "close the harbour bridge")],
            id="possessive-plan-to",
        ),
        pytest.param(
            "Senator Joan Pike's opposition to the wealth tax is well known.",
            [("Joan Pike", OBJ, "the wealth tax")],
            id="possessive-opposition-to",
        ),
        pytest.param(
            "The Farmers Union urged the government to impose a water levy.",
            [("Farmers Union", E, "impose a water levy")],
            id="urged-someone-to-act",
        ),
        pytest.param(
            "Mayor Lena Fisk has called on the council to reject the bridge toll.",
            [("Lena Fisk", OBJ, "the bridge toll")],
            id="called-on-someone-to-reject",
        ),
        pytest.param(
            "Supporters of the bed tax, including Mayor Lena Fisk, rallied on Monday.",
            [("Lena Fisk", E, "the bed tax")],
            id="supporters-of-including",
        ),
        pytest.param(
            "Jane Roe, a longtime critic of the bridge toll, spoke on Monday.",
            [("Jane Roe", OBJ, "the bridge toll")],
            id="critic-apposition",
        ),
        pytest.param(
            "Senator Jane Roe has long been a vocal opponent of the bridge toll.",
            [("Jane Roe", OBJ, "the bridge toll")],
            id="opponent-copula",
        ),
        pytest.param(
            "The bridge toll was opposed by Labor and the Greens.",
            [("Greens", OBJ, "The bridge toll"), ("Labor", OBJ, "The bridge toll")],
            id="passive-coordinated-agents",
        ),
        pytest.param(
            "Governor Tim Bell slammed the fuel levy.",
            [("Tim Bell", OBJ, "the fuel levy")],
            id="slammed",
        ),
        pytest.param(
            "The Teachers Union has resisted the pay freeze.",
            [("Teachers Union", OBJ, "the pay freeze")],
            id="has-resisted",
        ),
        pytest.param(
            "Mayor Lena Fisk advocated for a bed tax.",
            [("Lena Fisk", E, "a bed tax")],
            id="advocated-for",
        ),
        pytest.param(
            "Senator Joan Pike is supportive of a wealth tax.",
            [("Joan Pike", E, "a wealth tax")],
            id="supportive-of",
        ),
        pytest.param(
            "Senator Joan Pike introduced a bill to create a wealth tax.",
            [("Joan Pike", E, "create a wealth tax")],
            id="introduced-a-bill-to",
        ),
        pytest.param(
            "Governor Tim Bell signed the wealth tax bill.",
            [("Tim Bell", E, "the wealth tax bill")],
            id="signed-a-bill",
        ),
        pytest.param(
            "The council has passed the Clean Water Act.",
            [("council", E, "the Clean Water Act")],
            id="passed-a-named-act",
        ),
        pytest.param(
            "Governor Tim Bell backed the Clean Air Act.",
            [("Tim Bell", E, "the Clean Air Act")],
            id="proper-name-of-a-bill",
        ),
        pytest.param(
            "Senator Joan Pike does not support the wealth tax.",
            [("Joan Pike", OBJ, "the wealth tax")],
            id="negated-support-is-objection",
        ),
        pytest.param(
            "Senator Ann Cole, the lead sponsor of the Clean Rivers Act, spoke on Monday.",
            [("Ann Cole", E, "the Clean Rivers Act")],
            id="sponsor-of-a-bill",
        ),
        pytest.param(
            "Progressives like Senator Ann Cole (D-Ore.), the lead sponsor of the Clean Rivers"
            " Act, spoke on Monday.",
            [("Ann Cole", E, "the Clean Rivers Act")],
            id="sponsor-listed-after-like",
        ),
        pytest.param(
            "A letter to Senator Ann Cole, the lead sponsor of the Clean Rivers Act, was read.",
            [("Ann Cole", E, "the Clean Rivers Act")],
            id="described-after-a-preposition",
        ),
        pytest.param(
            "Governor Tim Bell announced a ban on smoking in bars.",
            [("Tim Bell", E, "a ban on smoking in bars")],
            id="announced-a-measure",
        ),
        pytest.param(
            "After Governor Tim Bell unveiled a plan to cut bus fares, the council met.",
            [("Tim Bell", E, "cut bus fares")],
            id="unveiled-a-plan-after-subordinator",
        ),
        pytest.param(
            "The Farmers Union introduced a quota on imported grain.",
            [("Farmers Union", E, "a quota on imported grain")],
            id="introduced-a-quota",
        ),
        pytest.param(
            "Jane Roe said the council had proposed a curfew for teenagers.",
            [("council", E, "a curfew for teenagers")],
            id="proposed-a-measure-reported",
        ),
    ],
)
def test_narrated_support_and_opposition(
    text: str, expected: list[tuple[str, Commitment, str]]
) -> None:
    assert _held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The union backed Jane Roe.", id="object-is-a-person"),
        pytest.param("The union backed him.", id="object-is-a-pronoun"),
        pytest.param("Governor Tim Bell supports the team.", id="object-is-no-proposal"),
        pytest.param("Governor Tim Bell endorsed Mr. Vale.", id="object-is-a-proper-name"),
        pytest.param("Governor Tim Bell signed a contract with the club.", id="signed-no-bill"),
        pytest.param("Governor Tim Bell passed the ball.", id="passed-no-bill"),
        pytest.param(
            "Jane Roe said the reform came after a bank bill passed.", id="the-bill-passed"
        ),
        pytest.param(
            "Mayor Lena Fisk said voters would protest if a bed tax were introduced.",
            id="passive-introduced-is-no-support",
        ),
        pytest.param(
            "Mayor Lena Fisk said: \u201cWe support Jane Roe.\u201d", id="stated-object-is-a-person"
        ),
        pytest.param("Several countries have pledged to fund the dam.", id="nobody-in-particular"),
        pytest.param(
            "In the capital, some political leaders have pledged to fund the dam.",
            id="quantifier-before-group-modifier",
        ),
        pytest.param("In the capital, leaders have pledged to fund the dam.", id="bare-group-noun"),
        pytest.param(
            "In the capital, political leaders backed the team.", id="group-modifier-no-proposal"
        ),
        pytest.param(
            "The minister was asked about the government's plans for mandatory testing.",
            id="plans-for-is-a-topic",
        ),
        pytest.param(
            "Senator Ray Holt's rejection of the carbon levy surprised nobody.",
            id="rejection-noun-left-to-the-commitment-grammar",
        ),
        pytest.param("The mayor urged residents not to panic.", id="urged-not-to"),
        pytest.param("The mayor urged reporters to say more.", id="urged-to-speak"),
        pytest.param("Jane Roe, a fierce critic, spoke on Monday.", id="critic-of-nothing"),
        pytest.param("Mayor Lena Fisk met critics of the bridge toll.", id="critics-not-named"),
        pytest.param(
            "If Labor and the Greens oppose the fuel excise, it will fail.",
            id="coordinated-subject-in-if-clause",
        ),
        pytest.param(
            "Members from Labor and the Greens oppose the fuel excise.",
            id="conjunct-after-preposition",
        ),
        pytest.param(
            "Ann Cole, the main sponsor of the football team, spoke on Monday.",
            id="sponsor-of-no-bill",
        ),
        pytest.param(
            "In a letter to Senator Ann Cole, a longtime critic of the bridge toll wrote on"
            " Monday.",
            id="subject-after-an-opening-adjunct",
        ),
        pytest.param(
            "Mayor Lena Fisk, like Governor Tim Bell, backs the bridge toll.",
            id="like-lists-no-members",
        ),
        pytest.param(
            "Governor Tim Bell announced a new coach for the team.", id="announced-no-measure"
        ),
        pytest.param("Governor Tim Bell announced that he would retire.", id="announced-a-fact"),
        pytest.param(
            "Governor Tim Bell announced that the war on drugs would go on.",
            id="announced-a-clause-naming-a-measure",
        ),
        pytest.param(
            "Governor Tim Bell toured the port and on Monday announced 5 million dollars more.",
            id="coordinated-announcement-of-no-measure",
        ),
        pytest.param("The proposed bed tax was discussed on Monday.", id="proposed-as-adjective"),
        # "not yet" before a verb of speech that is no position: silence
        pytest.param(
            "The harbour board has not yet commented on the mooring fee.", id="not-yet-commented"
        ),
        pytest.param(
            "The rail union has not yet responded to the new fare cap.", id="not-yet-responded"
        ),
    ],
)
def test_no_support_or_opposition(text: str) -> None:
    assert _held(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a position verb after "not yet" keeps the not-now reading
        (
            "The harbour board has not yet backed the mooring fee.",
            [("harbour board", Commitment.NOT_NOW, "backed the mooring fee")],
        ),
        # silence on one proposal leaves a position on another in the same sentence
        (
            "Mayor Rosa Fenn has not yet commented on the port fee, but she opposes the fare cap.",
            [("Rosa Fenn", OBJ, "the fare cap")],
        ),
        # a bare verb form that is also a noun ("rate") is no silence
        (
            'Treasurer Ida Lund said: "We are not really talking about rate rises at the moment."',
            [("Ida Lund", Commitment.NOT_NOW, "rate rises")],
        ),
    ],
)
def test_not_yet_before_a_position_verb_or_beside_silence(
    text: str, expected: list[tuple[str, Commitment, str]]
) -> None:
    assert _held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Greens claimed Senator Ray Holt secretly backs the carbon levy.", id="claimed"
        ),
        pytest.param("Senator Ray Holt reportedly backs the carbon levy.", id="reportedly"),
        pytest.param("Senator Ray Holt is said to back the carbon levy.", id="is-said-to"),
    ],
)
def test_a_claim_about_an_actor_is_no_position(text: str) -> None:
    assert _held(text) == []


def test_a_reported_position_is_not_the_speakers() -> None:
    a = stancekit.parse("The Greens said Senator Ray Holt backs the carbon levy.")
    assert "Greens" not in {a.actor(s.holder).name for s in a.stances}


def test_members_replace_the_group_that_speaks() -> None:
    text = "Several countries, including Norway and Chile, have pledged to fund the new dam."
    a = stancekit.parse(text)
    assert {a.actor(s.holder).name for s in a.stances} == {"Norway", "Chile"}
    assert all(s.polarity is Polarity.SUPPORT for s in a.stances)


def test_opposition_from_takes_the_proposal_under_discussion() -> None:
    text = (
        "Mayor Lena Fisk said she backs a bridge toll. The toll faces opposition from Labor"
        " and the Greens."
    )
    a = stancekit.parse(text)
    got = {a.actor(s.holder).name: s for s in a.stances}
    assert got["Labor"].commitment is OBJ
    assert got["Greens"].commitment is OBJ
    assert got["Labor"].target.key == got["Lena Fisk"].target.key
    assert [x.actor.name for x in a.who_opposes("bridge toll")] == ["Labor", "Greens"]


def test_a_possessive_proposal_inside_speech_is_the_possessors() -> None:
    text = "Jane Roe said Mayor Lena Fisk's proposal for a bed tax was unfair."
    a = stancekit.parse(text)
    got = {(a.actor(s.holder).name, s.polarity) for s in a.stances}
    assert ("Lena Fisk", Polarity.SUPPORT) in got
    assert ("Jane Roe", Polarity.OPPOSE) in got


def test_the_evidence_of_a_narrated_position_is_its_words() -> None:
    text = "Labor and the Greens oppose the fuel excise."
    a = stancekit.parse(text)
    assert len(a.stances) == 2
    for s in a.stances:
        assert s.evidence == ()
        assert text[s.cue_span.start : s.cue_span.end] == "oppose"
        assert s.target.span is not None
        assert text[s.target.span.start : s.target.span.end] == "the fuel excise"


# -- stated: criticism and praise aimed at the proposal ----------------------------------------
@pytest.mark.parametrize(
    ("text", "commitment"),
    [
        pytest.param(
            "Mayor Lena Fisk said the bed tax would hurt small hotels.", OBJ, id="would-hurt"
        ),
        pytest.param(
            "Mayor Lena Fisk said the bed tax would damage the city's tourism.",
            OBJ,
            id="would-damage",
        ),
        pytest.param(
            "Mayor Lena Fisk said the bed tax was irresponsible.", OBJ, id="irresponsible"
        ),
        pytest.param("Mayor Lena Fisk said the bed tax was good policy.", E, id="good-policy"),
        pytest.param(
            "Mayor Lena Fisk said the bed tax was the right thing to do.", E, id="right-thing"
        ),
        pytest.param(
            "Mayor Lena Fisk made it clear that a bed tax is not her preferred solution.",
            OBJ,
            id="not-her-preferred-solution",
        ),
        pytest.param(
            "Mayor Lena Fisk said a bed tax was her preferred option.", E, id="preferred-option"
        ),
        pytest.param(
            "Mayor Lena Fisk said she would support a bed tax if hotels agreed.",
            E,
            id="conditional-support-is-support",
        ),
        pytest.param(
            "Mayor Lena Fisk said a bed tax was the only way to fund the museum.",
            E,
            id="the-only-way",
        ),
    ],
)
def test_stated_criticism_and_praise(text: str, commitment: Commitment) -> None:
    a = stancekit.parse(text)
    got = [(a.actor(s.holder).name, s.commitment) for s in a.stances]
    assert ("Lena Fisk", commitment) in got
    assert all(c is commitment for _, c in got)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mayor Lena Fisk said the good policy institute had closed.", id="phrase-inside-a-name"
        ),
        pytest.param("Mayor Lena Fisk said it was a good day for the city.", id="good-day"),
        pytest.param(
            "Mayor Lena Fisk said a bed tax was not the only way to fund the museum.",
            id="not-the-only-way",
        ),
    ],
)
def test_no_stated_criticism_or_praise(text: str) -> None:
    a = stancekit.parse(text)
    assert [s for s in a.stances if s.polarity is not Polarity.NEUTRAL] == []


# -- stated: judging an action with "it" standing for it ----------------------------------------
@pytest.mark.parametrize(
    ("text", "commitment", "target"),
    [
        pytest.param(
            "\u201cIt is completely unreasonable for the council not to fund the tram line,\u201d"
            " Ann Cole said.",
            E,
            "fund the tram line",
            id="unreasonable-not-to-backs-it",
        ),
        pytest.param(
            "\u201cIt is a mistake to fund the tram line,\u201d Ann Cole said.",
            OBJ,
            "fund the tram line",
            id="a-mistake-to-opposes-it",
        ),
        pytest.param(
            "\u201cIt would be a mistake for the city not to build the bridge,\u201d Ann Cole"
            " said.",
            E,
            "build the bridge",
            id="would-be-a-mistake-for-x-not-to",
        ),
        pytest.param(
            "Ann Cole said it was good policy for the state to raise the fuel duty.",
            E,
            "raise the fuel duty",
            id="good-policy-to",
        ),
        pytest.param(
            "\u201cIt is unfair for the board not to want to negotiate,\u201d Ann Cole said.",
            E,
            "negotiate",
            id="not-to-want-to",
        ),
        pytest.param(
            "\u201cIt is a mistake to rule out the bridge toll,\u201d Ann Cole said.",
            Commitment.OPEN,
            "the bridge toll",
            id="a-mistake-to-rule-out-keeps-it-open",
        ),
        pytest.param(
            "\u201cIt is a mistake to back the bridge toll,\u201d Ann Cole said.",
            OBJ,
            "the bridge toll",
            id="a-mistake-to-back-opposes",
        ),
        pytest.param(
            "\u201cIt is a mistake not to back the bridge toll,\u201d Ann Cole said.",
            E,
            "the bridge toll",
            id="a-mistake-not-to-back-supports",
        ),
    ],
)
def test_judging_an_action_after_it(text: str, commitment: Commitment, target: str) -> None:
    assert _held(text) == [("Ann Cole", commitment, target)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\u201cIt is unfair to the hotels,\u201d Ann Cole said.", id="to-a-noun"),
        pytest.param(
            "\u201cIt is not a mistake to fund the tram line,\u201d Ann Cole said.",
            id="negated-judgement-left-alone",
        ),
    ],
)
def test_no_judged_action(text: str) -> None:
    assert [s for s in stancekit.parse(text).stances if s.polarity is not Polarity.NEUTRAL] == []


def test_a_judged_omission_is_a_proposal_named_otherwise() -> None:
    text = (
        "The nurses union has called for pay talks with the hospital board. \u201cIt is"
        " unreasonable for the board not to want to negotiate,\u201d Ann Cole said."
    )
    a = stancekit.parse(text)
    # "negotiate" is keyed as the talks are: the question naming them finds it too
    got = [x.actor.name for x in a.who_supports("pay talks with the hospital board")]
    assert got == ["nurses union", "Ann Cole"]


_JUDGEMENTS = {
    "a mistake": OBJ,
    "unfair": OBJ,
    "reckless": OBJ,
    "good policy": E,
    "long overdue": E,
}


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(sorted(_JUDGEMENTS)),
    st.booleans(),
    st.sampled_from(["", " for the council", " for the city council"]),
    st.sampled_from(["fund the tram line", "build the bridge", "raise the bed tax"]),
)
def test_judging_an_omission_flips_the_judgement(
    judgement: str, omitted: bool, actor: str, action: str
) -> None:
    neg = " not" if omitted else ""
    text = f"\u201cIt is {judgement}{actor}{neg} to {action},\u201d Ann Cole said."
    ((holder, got, target),) = _held(text)
    want = _JUDGEMENTS[judgement]
    if omitted:
        want = OBJ if want is E else E
    assert (holder, got, target) == ("Ann Cole", want, action)


# -- rejecting a claim takes a position on what it claims ---------------------------------------
@pytest.mark.parametrize(
    ("text", "commitment", "target"),
    [
        pytest.param(
            "Mayor Lena Fisk rejected Jane Roe's insistence that there would be no bed tax.",
            E,
            "bed tax",
            id="denying-there-will-be-none-commits-to-it",
        ),
        pytest.param(
            "Mayor Lena Fisk rejected claims that she does not support the bed tax.",
            E,
            "the bed tax",
            id="denying-a-negated-position-asserts-it",
        ),
        pytest.param(
            "Mayor Lena Fisk rejected claims that she had ruled out a bed tax.",
            Commitment.OPEN,
            "a bed tax",
            id="denying-a-ruling-out-keeps-it-open",
        ),
        pytest.param(
            "Mayor Lena Fisk rejected claims that she opposes the bed tax.",
            Commitment.OPEN,
            "the bed tax",
            id="denying-an-objection-keeps-it-open",
        ),
        pytest.param(
            "Mayor Lena Fisk rejected the bed tax.",
            Commitment.CATEGORICAL,
            "the bed tax",
            id="no-claim-plain-rejection",
        ),
    ],
)
def test_rejecting_a_claim(text: str, commitment: Commitment, target: str) -> None:
    assert _held(text) == [("Lena Fisk", commitment, target)]


def test_it_is_the_only_way_to_is_a_purpose_not_a_judged_action() -> None:
    text = "\u201cIt is the only way to fund the museum,\u201d Mayor Lena Fisk said."
    a = stancekit.parse(text)
    assert [s for s in a.stances if "museum" in s.target.text] == []


_CLAIMS = ["claim", "insistence", "suggestion", "assertion"]
_RULE_OUTS = ["there would be no", "there will be no", "there won't be"]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["rejected", "dismissed"]),
    st.sampled_from(_CLAIMS),
    st.sampled_from(_RULE_OUTS),
    st.sampled_from(["bed tax", "bridge toll", "fuel levy"]),
)
def test_rejecting_a_rule_out_is_never_ruling_it_out(
    verb: str, claim: str, rule_out: str, target: str
) -> None:
    text = f"Mayor Lena Fisk {verb} Jane Roe's {claim} that {rule_out} {target}."
    a = stancekit.parse(text)
    assert a.who_ruled_out(target) == []
    assert [x.actor.name for x in a.who_supports(target)] == ["Lena Fisk"]


def test_a_rejected_claim_is_not_the_rejecters_rule_out() -> None:
    text = "Mayor Lena Fisk rejected Jane Roe's insistence that there would be no bed tax."
    a = stancekit.parse(text)
    assert a.who_ruled_out("bed tax") == []
    assert [x.actor.name for x in a.who_supports("bed tax")] == ["Lena Fisk"]


def test_ruling_out_a_repeal_is_no_rule_out_of_the_proposal() -> None:
    a = stancekit.parse("Senator Joan Pike ruled out scrapping the wealth tax.")
    assert a.who_ruled_out("wealth tax") == []
    assert [x.actor.name for x in a.who_supports("wealth tax")] == ["Joan Pike"]


def test_no_plans_to_withdraw_the_proposal_supports_it() -> None:
    text = (
        "Mayor Lena Fisk proposed a bed tax on hotels. "
        '"We have no plans to withdraw the proposal," said Tom Vale, her deputy.'
    )
    a = stancekit.parse(text)
    assert a.who_ruled_out("bed tax") == []
    assert "Tom Vale" in [x.actor.name for x in a.who_supports("bed tax")]
    # near miss: withdrawing a different thing is no position on the tax
    b = stancekit.parse('"We have no plans to withdraw our troops," said Tom Vale.')
    assert b.who_supports("bed tax") == []


def test_an_asylum_quota_is_a_cap_on_refugees() -> None:
    text = "Mayor Lena Fisk rejected Jane Roe's insistence that there would be no cap on refugees."
    a = stancekit.parse(text)
    assert [x.actor.name for x in a.who_supports("asylum quota")] == ["Lena Fisk"]
    assert a.who_supports("housing quota") == []


def test_a_quota_is_a_cap() -> None:
    text = "Mayor Lena Fisk rejected Jane Roe's insistence that there would be no cap on rents."
    a = stancekit.parse(text)
    assert [x.actor.name for x in a.who_supports("rent quota")] == ["Lena Fisk"]
    assert a.who_supports("rent freeze") == []


# -- property: n coordinated subjects give n stances, on the words of the text ------------------
_NAMES = ["Senator Ray Holt", "Governor Tim Bell", "Mayor Lena Fisk", "Senator Joan Pike"]
_VERBS = {
    "oppose": Polarity.OPPOSE,
    "back": Polarity.SUPPORT,
    "favour": Polarity.SUPPORT,
    "are against": Polarity.OPPOSE,
    "support": Polarity.SUPPORT,
}
_TARGETS = ["the bridge toll", "a wealth tax", "the new stadium subsidy", "a bed tax"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(_NAMES), min_size=2, max_size=4, unique=True),
    st.sampled_from(sorted(_VERBS)),
    st.sampled_from(_TARGETS),
)
def test_each_coordinated_subject_holds_the_position(
    names: list[str], verb: str, target: str
) -> None:
    subject = ", ".join(names[:-1]) + " and " + names[-1]
    text = f"{subject} {verb} {target}."
    a = stancekit.parse(text)
    holders = sorted(a.actor(s.holder).name for s in a.stances)
    assert holders == sorted(n.split(" ", 1)[1] for n in names)
    for s in a.stances:
        assert s.polarity is _VERBS[verb]
        assert text[s.cue_span.start : s.cue_span.end] == verb
        assert s.target.span is not None
        assert text[s.target.span.start : s.target.span.end] == target


# -- backing a proposal's abandonment opposes it ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "commitment", "target"),
    [
        pytest.param(
            "Senator Joan Pike welcomed reports the wealth tax would be dumped.",
            OBJ,
            "the wealth tax",
            id="welcomed-reports-it-would-be-dumped",
        ),
        pytest.param(
            "The Farmers Union backed scrapping the water levy.",
            OBJ,
            "the water levy",
            id="backed-scrapping",
        ),
        pytest.param(
            "The mayor urged the council to repeal the bed tax.",
            OBJ,
            "the bed tax",
            id="urged-to-repeal",
        ),
        pytest.param(
            "Senator Joan Pike opposes scrapping the wealth tax.",
            E,
            "the wealth tax",
            id="opposes-scrapping-supports",
        ),
        pytest.param(
            "Senator Joan Pike backed the wealth tax.", E, "the wealth tax", id="no-abandonment"
        ),
        pytest.param(
            "The tenants' group welcomed the council's rejection of the parking levy.",
            OBJ,
            "the parking levy",
            id="welcomed-a-possessed-rejection-opposes",
        ),
        pytest.param(
            "Mayor Lena Ortiz criticised the board's rejection of the harbour toll.",
            E,
            "the harbour toll",
            id="criticised-a-possessed-rejection-supports",
        ),
        pytest.param(
            "Senator Joan Pike backed the council's abolition of the bedroom tax.",
            OBJ,
            "the bedroom tax",
            id="backed-a-possessed-abolition-opposes",
        ),
        pytest.param(
            "Mayor Lena Ortiz criticised the board's handling of the harbour toll.",
            OBJ,
            "handling of the harbour toll",
            id="a-possessed-noun-of-no-abandonment",
        ),
        pytest.param(
            "Senator Joan Pike ruled out scrapping the wealth tax.",
            E,
            "the wealth tax",
            id="ruling-out-scrapping-supports",
        ),
        pytest.param(
            "Senator Joan Pike rejected calls to abolish the wealth tax.",
            E,
            "the wealth tax",
            id="rejected-calls-to-abolish-supports",
        ),
        pytest.param(
            "Senator Joan Pike has no plans to scrap the wealth tax.",
            E,
            "the wealth tax",
            id="no-plans-to-scrap-supports",
        ),
        pytest.param(
            "Senator Joan Pike backed plans to scrap the wealth tax.",
            OBJ,
            "the wealth tax",
            id="backed-plans-to-scrap-opposes",
        ),
        pytest.param(
            "Senator Joan Pike ruled out the wealth tax.",
            Commitment.CATEGORICAL,
            "the wealth tax",
            id="ruling-out-without-abandonment",
        ),
        pytest.param(
            "Senator Joan Pike said she was ready to torpedo the water levy.",
            OBJ,
            "the water levy",
            id="ready-to-torpedo-opposes",
        ),
        pytest.param(
            "Senator Joan Pike said she was ready to introduce the water levy.",
            E,
            "introduce the water levy",
            id="ready-to-introduce-supports",
        ),
        pytest.param(
            "Senator Joan Pike backed the tax the council dropped.",
            E,
            "the tax the council dropped",
            id="abandonment-inside-a-relative-is-no-reversal",
        ),
    ],
)
def test_backing_abandonment_opposes(text: str, commitment: Commitment, target: str) -> None:
    ((_, got, text_of),) = _held(text)
    assert (got, text_of) == (commitment, target)


def test_a_noun_after_its_modifier_is_no_position() -> None:
    text = "Senator Joan Pike said the tax would pass with no Labor support."
    assert stancekit.parse(text).stances == ()


def test_refusing_an_action_on_an_object_lacking_a_proposal_demands_it() -> None:
    text = "Governor Tim Bell said he will not sign a budget that does not include a fuel levy."
    a = stancekit.parse(text)
    got = [(s.commitment, s.target.text) for s in a.stances if "levy" in s.target.text]
    assert got == [(E, "a fuel levy")]
    assert [x.actor.name for x in a.who_supports("fuel levy")] == ["Tim Bell"]


def test_a_narrated_noun_after_no_is_no_support() -> None:
    text = (
        "Senator Joan Pike wants to push the levy through the Senate with no Labor support."
        " Labor said the levy was unfair."
    )
    a = stancekit.parse(text)
    assert [(a.actor(s.holder).name, s.polarity) for s in a.stances] == [("Labor", Polarity.OPPOSE)]


# -- phrases found on invented passages (tests/data/invented-stance) -----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Dockers Union vowed to fight the port merger.",
            [("Dockers Union", OBJ, "the port merger")],
            id="vowed-to-fight",
        ),
        pytest.param(
            "Mayor Jane Roe said the council would fight the new motorway.",
            [("council", OBJ, "the new motorway")],
            id="would-fight-in-speech",
        ),
        pytest.param(
            "Senator Ray Holt launched a plan to cut bus fares.",
            [("Ray Holt", E, "cut bus fares")],
            id="launched-a-plan",
        ),
        pytest.param(
            "The Kestrel Party demanded a ban on junk food advertising.",
            [("Kestrel Party", E, "a ban on junk food advertising")],
            id="demanded-a-measure",
        ),
    ],
)
def test_invented_passage_positions(text: str, expected: list[tuple[str, Commitment, str]]) -> None:
    assert _held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Dockers Union vowed to fight for higher pay.", id="fight-for-no-target"),
        pytest.param("Senator Ray Holt launched an inquiry into the crash.", id="launched-inquiry"),
        pytest.param("Senator Ray Holt launched his campaign on Monday.", id="launched-campaign"),
    ],
)
def test_invented_passage_non_positions(text: str) -> None:
    assert [(n, c) for n, c, _ in _held(text) if c in (E, OBJ)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe said the bed tax was a cash grab.",
        "Jane Roe said the parking charge would be a tax by the back door.",
        "Jane Roe said the new assembly would be a talking shop.",
    ],
)
def test_criticism_idioms_oppose(text: str) -> None:
    a = stancekit.parse(text)
    assert [s.polarity for s in a.stances] == [Polarity.OPPOSE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Councillor Dev Patel, who leads the Green group, backed the parking levy.",
            [("Dev Patel", E, "the parking levy")],
            id="past-a-relative-clause",
        ),
        pytest.param(
            "Senator Ann Cole, who chairs the transport panel, opposes the bridge toll.",
            [("Ann Cole", OBJ, "the bridge toll")],
            id="past-a-relative-clause-present",
        ),
        pytest.param(
            "Councillor Dev Patel, who opposed the parking levy, spoke on Monday.",
            [("Dev Patel", OBJ, "the parking levy")],
            id="inside-the-relative-clause",
        ),
        pytest.param(
            "Councillor Dev Patel, who met the mayor, spoke on Monday.",
            [],
            id="relative-clause-no-position",
        ),
        pytest.param(
            "Councillor Dev Patel, who said that the board, which backed the levy, was wrong,"
            " spoke on Monday.",
            [],
            id="relative-clause-position-of-another",
        ),
    ],
)
def test_a_subject_past_its_relative_clause(
    text: str, expected: list[tuple[str, Commitment, str]]
) -> None:
    assert [h for h in _held(text) if h[1] in (E, OBJ)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Labour proposed a bed tax. The Greens support the measure.",
            [("Greens", E, "bed tax"), ("Labour", E, "a bed tax")],
            id="the-measure-is-an-anaphor",
        ),
        pytest.param(
            "Labour will legislate for a bed tax.",
            [("Labour", E, "a bed tax")],
            id="legislate-for",
        ),
        pytest.param(
            "Labour would introduce a ban on phones in schools.",
            [("Labour", E, "a ban on phones in schools")],
            id="would-introduce-a-measure",
        ),
        pytest.param(
            "Jane Roe said the lower speed limit would save lives.",
            [("Jane Roe", E, "the lower speed limit")],
            id="would-save-lives-praises",
        ),
        pytest.param(
            "The Greens opposed the bed tax outright.",
            [("Greens", OBJ, "the bed tax")],
            id="outright-is-no-word-of-the-proposal",
        ),
        pytest.param(
            "Labour backed the bed tax. The Greens called for it to be scrapped.",
            [("Greens", OBJ, "bed tax"), ("Labour", E, "the bed tax")],
            id="called-for-it-to-be-scrapped",
        ),
        pytest.param(
            "Labour called for the bed tax to be scrapped.",
            [("Labour", OBJ, "the bed tax")],
            id="called-for-the-levy-to-be-scrapped",
        ),
        pytest.param(
            "Labour called for the bed tax to be extended.",
            [("Labour", E, "the bed tax")],
            id="called-for-the-levy-to-be-extended",
        ),
    ],
)
def test_more_invented_passage_positions(
    text: str, expected: list[tuple[str, Commitment, str]]
) -> None:
    assert _held(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Labour would introduce the speaker.", id="introduce-a-person"),
        pytest.param("Jane Roe said the rent was overdue.", id="overdue-is-no-praise"),
        pytest.param("Jane Roe said the firm would save money.", id="save-money-no-praise"),
    ],
)
def test_more_invented_passage_non_positions(text: str) -> None:
    assert _held(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Greens vowed to challenge the bed tax.",
            [("Greens", OBJ, "the bed tax")],
            id="vowed-to-challenge",
        ),
        pytest.param("Jane Roe vowed to challenge him to a debate.", [], id="challenge-a-person"),
        pytest.param(
            "Jane Roe would challenge anyone to find a better plan.", [], id="would-challenge"
        ),
    ],
)
def test_vowing_to_challenge_a_proposal_opposes_it(
    text: str, expected: list[tuple[str, Commitment, str]]
) -> None:
    assert _held(text) == expected
