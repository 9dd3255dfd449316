"""Proposals as targets: what a stance's target is, on invented sentences."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit import Commitment
from stancekit.lexicon import Lexicon
from stancekit.model import Span, Stance, Target
from stancekit.parse._noun_phrase import _number, _possessive
from stancekit.parse._proposals import (
    fragment,
    names_none,
    noun_phrase,
    resolve_proposals,
)

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


# -- noun phrases ------------------------------------------------------------------------------

LEX = Lexicon.default()


def _np(phrase: str) -> tuple[str, str] | None:
    found = noun_phrase(phrase, Span(0, len(phrase)), LEX)
    return None if found is None else (found.label, found.key)


@pytest.mark.parametrize(
    ("phrase", "label", "key"),
    [
        ("a congestion charge", "congestion charge", "charge-congestion"),
        ("a congestion charge in 2026", "congestion charge", "charge-congestion"),
        ("the 2027 budget cuts", "budget cuts", "budget-cut"),
        ("the idea of a wealth tax", "wealth tax", "tax-wealth"),
        ("pay talks with nurses", "pay talks with nurses", "talk-wage"),
        ("a ban on smoking", "ban on smoking", "ban-smoking"),
        ("the mayor's plan for a bridge toll", "bridge toll", "bridge-toll"),
        ("introduce a congestion charge", "congestion charge", "charge-congestion"),
        ("close the library", "close the library", "close-library"),
        ("end the city's curfew ahead of schedule", "end the city's curfew", "curfew-end"),
        ("end the curfew", "end the curfew", "curfew-end"),
        ("a border wall as talks stall", "border wall", "border-wall"),
        ("cuts in rates", "cuts in rates", "cut-rate"),
        ("rate cuts", "rate cuts", "cut-rate"),
        # compound order and synonyms: one key for every wording of a proposal
        (
            "sending ground troops to the region",
            "sending ground troops to the region",
            "send-troop",
        ),
        ("the dispatch of ground troops to the Baltics", "dispatch of ground troops", "send-troop"),
        ("a large-scale troop deployment", "large-scale troop deployment", "send-troop"),
        # a generic noun before its proposal, like "the idea of"
        ("any suggestion of peacekeepers", "peacekeepers", "peacekeeper"),
    ],
)
def test_noun_phrase_of_a_target_phrase(phrase: str, label: str, key: str) -> None:
    assert _np(phrase) == (label, key)


@pytest.mark.parametrize("phrase", ["it", "the idea", "such a move", "the prospect", "2026"])
def test_anaphora_and_numbers_have_no_noun_phrase(phrase: str) -> None:
    assert _np(phrase) is None


# -- one proposal, one key, one label -------------------------------------------------------------


def _targets(text: str) -> list[tuple[str, str, str]]:
    a = stancekit.parse(text)
    return [(a.actor(s.holder).name, s.target.key, s.target.label) for s in a.stances]


def test_a_shorter_mention_joins_the_proposal() -> None:
    got = _targets(
        'Mayor Ana Ruiz said: "We will never introduce a congestion charge." '
        'Councillor Tom Vale said: "We support the charge."'
    )
    assert got == [
        ("Ana Ruiz", "charge-congestion", "congestion charge"),
        ("Tom Vale", "charge-congestion", "congestion charge"),
    ]


def test_rival_proposals_with_one_head_stay_apart() -> None:
    got = _targets(
        'Minister Ian Cole said: "We reject a wealth tax." '
        'Senator Eva Lind said: "We reject a carbon tax." '
        'Economist Joe Park said: "We support the tax."'
    )
    # "the tax" could be either: it joins neither
    assert [k for _, k, _ in got] == ["tax-wealth", "carbon-tax", "tax"]


def test_an_anaphor_takes_the_mention_just_before_it() -> None:
    got = _targets(
        "Nurses said they would strike unless the minister agreed to pay talks with unions.\n\n"
        "But Treasury Secretary Dan Moss rejected that idea."
    )
    assert got == [
        ("Nurses", "talk-wage", "pay talks with unions"),
        ("Dan Moss", "talk-wage", "pay talks with unions"),
    ]


def test_keys_are_stable_across_articles_and_free_of_numbers() -> None:
    one = _targets("Governor Li Wei said there would be no congestion charge in 2026.")
    two = _targets('Mayor Ana Ruiz said: "We will never introduce a congestion charge."')
    three = _targets("Mayor Ana Ruiz ruled out a congestion charge for the old town.")
    assert {k for _, k, _ in one + two + three} == {"charge-congestion"}
    wage = _targets("Senator Eva Lind backed a $20 minimum wage.")
    assert wage == [("Eva Lind", "minimum-wage", "minimum wage")]


@given(st.sampled_from(["a congestion charge", "the bridge toll", "a wealth tax", "rate cuts"]))
def test_every_stance_on_one_proposal_has_one_label(phrase: str) -> None:
    a = stancekit.parse(
        f'Mayor Ana Ruiz said: "We will never introduce {phrase}. We have ruled it out."'
    )
    assert a.stances
    assert len({(s.target.key, s.target.label) for s in a.stances}) == 1
    for s in a.stances:
        if s.target.span is not None:
            assert s.target.span.of(a.text) == s.target.text


def test_a_network_has_one_labelled_column_per_proposal() -> None:
    from stancekit import Corpus
    from stancekit.network import two_mode

    corpus = Corpus(
        [
            stancekit.parse("Mayor Ana Ruiz ruled out a congestion charge for the old town."),
            stancekit.parse('Governor Li Wei said: "We will never introduce a congestion charge."'),
            stancekit.parse("Senator Eva Lind backed a wealth tax."),
        ]
    )
    m = two_mode(corpus)
    assert m.columns == ("charge-congestion", "tax-wealth")
    assert [m.labels[c] for c in m.columns] == ["congestion charge", "wealth tax"]
    assert m.to_json_dict()["labels"] == ["congestion charge", "wealth tax"]
    assert '<data key="label">congestion charge</data>' in m.to_graphml()


# -- a target that names no proposal gets no stance -----------------------------------------------

FRAGMENTS = [
    # a subject pronoun or wh-word: a clause, not a proposal
    "I think you've got",
    "We always keep",
    "I don't think it's sensible for any politician",
    "how they would pay",
    # a contracted verb
    "they won't budge",
    "can't wait",
]

NOT_FRAGMENTS = [
    "a congestion charge",
    "the mayor's plan for a bridge toll",
    "raising the minimum wage",
    "a tax on households",
    "when we talk about sending troops",  # the pronoun's verb comes between
    "the Youth Act",
    "the city's curfew",  # a possessive, not a contraction
]


def _span_of(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def _fragment(phrase: str) -> bool:
    text = f"Mayor Ana Ruiz said {phrase} after the vote."
    span = _span_of(text, phrase)
    np = noun_phrase(text, span, LEX)
    assert np is not None
    return fragment(text, span, np.span, LEX)


@pytest.mark.parametrize("phrase", FRAGMENTS)
def test_a_clause_fragment_names_no_proposal(phrase: str) -> None:
    assert _fragment(phrase)


@pytest.mark.parametrize("phrase", NOT_FRAGMENTS)
def test_a_noun_phrase_is_no_fragment(phrase: str) -> None:
    assert not _fragment(phrase)


def _with_target(text: str, phrase: str) -> list[Stance]:
    """The article's one stance, and a copy of it whose target is *phrase*."""
    s = stancekit.parse(text).stances[0]
    other = attrs.evolve(s, id="t99", target=Target(phrase, "x", _span_of(text, phrase)))
    return [s, other]


@pytest.mark.parametrize("phrase", ["I think you've got", "We always keep", "what she called"])
def test_a_stance_on_a_clause_fragment_is_dropped(phrase: str) -> None:
    text = f"Mayor Ana Ruiz ruled out a congestion charge. Later {phrase} there, she said."
    got = resolve_proposals(text, _with_target(text, phrase), LEX)
    assert [(s.id, s.target.key) for s in got] == [("t1", "charge-congestion")]


# the noun phrase ends before the relative clause holding the pronoun
@pytest.mark.parametrize("phrase", ["a bridge toll", "the charge", "a bridge toll that we oppose"])
def test_a_stance_on_a_noun_phrase_is_kept(phrase: str) -> None:
    text = f"Mayor Ana Ruiz ruled out a congestion charge. Later {phrase} there, she said."
    got = resolve_proposals(text, _with_target(text, phrase), LEX)
    assert [s.id for s in got] == ["t1", "t99"]


@given(
    st.lists(
        st.sampled_from(["I think you've got", "a bridge toll", "we can't", "the charge", "it"]),
        max_size=4,
    )
)
def test_dropping_fragments_keeps_the_rest_in_order(phrases: list[str]) -> None:
    text = "Mayor Ana Ruiz ruled out a congestion charge. " + " ".join(
        f"Later {p} there {n}." for n, p in enumerate(phrases)
    )
    a = stancekit.parse(text)
    (s,) = a.stances
    stances = [s]
    at = 0
    for n, p in enumerate(phrases):
        at = text.index(f"Later {p} there {n}.", at) + len("Later ")
        span = Span(at, at + len(p))
        stances.append(attrs.evolve(s, id=f"t{n + 2}", target=Target(p, "x", span)))
    got = resolve_proposals(text, stances, LEX)
    ids = [x.id for x in got]
    assert ids == [x.id for x in stances if x.id in ids]  # a subsequence, in order
    assert ids[:1] == ["t1"]  # the proposal's own mention stays
    for x in stances:
        if x.id not in ids:  # only a clause fragment is dropped
            raw = x.target.span
            assert raw is not None
            np = noun_phrase(text, raw, LEX)
            assert np is not None
            assert fragment(text, raw, np.span, LEX)
    for x in got:
        assert x.target.span is None or x.target.span.of(text) == x.target.text


WORD_ON_ANAPHOR = [
    # one word before an anaphor, no verb of the cue: no proposal itself
    ("She has no plans beyond that, she said.", "beyond"),
    ("There is no way around that, she said.", "around"),
]

VERB_ON_ANAPHOR = [
    # a verb after "to" on an anaphor: the anaphor's proposal
    ("She has no plans to extend it to schools, she said.", "extend"),
    ("She vowed to block it.", "block"),
]

NOT_WORD_ON_ANAPHOR = [
    # the word has its own object, or nothing anaphoric follows
    ("She has no plans to extend the charge, she said.", "extend the charge"),
    ("She has no plans for tolls, she said.", "tolls"),
    # "that" opening a relative clause is no anaphor; a determiner makes a noun
    ("She has backed legislation that would ban tolls.", "legislation"),
    ("She opposed a bill that would ban tolls.", "a bill"),
    ("She rejected the notion that tolls work.", "the notion"),
]


@pytest.mark.parametrize(("tail", "phrase"), WORD_ON_ANAPHOR)
def test_a_word_on_an_anaphor_is_dropped(tail: str, phrase: str) -> None:
    text = f"Mayor Ana Ruiz ruled out a congestion charge. {tail}"
    got = resolve_proposals(text, _with_target(text, phrase), LEX)
    assert [s.id for s in got] == ["t1"]


@pytest.mark.parametrize(("tail", "phrase"), NOT_WORD_ON_ANAPHOR)
def test_a_phrase_of_its_own_is_kept(tail: str, phrase: str) -> None:
    text = f"Mayor Ana Ruiz ruled out a congestion charge. {tail}"
    got = resolve_proposals(text, _with_target(text, phrase), LEX)
    assert [s.id for s in got] == ["t1", "t99"]


@pytest.mark.parametrize(("tail", "phrase"), VERB_ON_ANAPHOR)
def test_a_verb_on_an_anaphor_takes_its_proposal(tail: str, phrase: str) -> None:
    text = f"Mayor Ana Ruiz ruled out a congestion charge. {tail}"
    got = resolve_proposals(text, _with_target(text, phrase), LEX)
    assert [(s.id, s.target.key) for s in got] == [
        ("t1", "charge-congestion"),
        ("t99", "charge-congestion"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a bare word before a wh-word opens a clause
        ("Mayor Ana Ruiz said you never know what happens.", "know", True),
        ("Mayor Ana Ruiz said she could not decide how it ends.", "decide", True),
        # a determiner makes it a noun; nothing clausal follows
        ("Mayor Ana Ruiz opposed the ban they proposed.", "the ban", False),
        ("Mayor Ana Ruiz opposed tolls on the bridge.", "tolls", False),
        # a pronoun after a bare noun opens a relative clause, not a fragment
        ("Mayor Ana Ruiz said she backed unions they had joined.", "unions", False),
    ],
)
def test_a_bare_word_opening_a_clause_is_a_fragment(text: str, phrase: str, expected: bool) -> None:
    span = _span_of(text, phrase)
    np = noun_phrase(text, span, LEX)
    assert np is not None
    assert fragment(text, span, np.span, LEX) is expected


# -- remarks, attitudes and bare adverbs name no proposal (non_proposal_heads) -------------------

NAMES_NONE = [
    "the comments",
    "his remarks",
    "the council's attitude",
    "the reports",
    "Tom Lee's insistence",
    "pushback",
    "course",  # "of course"
    "currently",
    "the government",
    "criticism of the toll",  # the head is the remark
    "depositors",  # people (not_proposals)
    "the police response to the protest",  # a reaction to an event
    "the free market",  # an economic order
]

NAMES_A_PROPOSAL = [
    "a congestion charge",
    "a government shutdown",  # the head is the shutdown
    "a cut in interest rates",
    "a unity government",
    "the report's recommendations",
    "a ban on comments",  # the remark noun is the object, not the head
    "the army's current course",  # an adverb's word as a noun with words of its own
    "carried interest",
    "release a report",  # a verb and its object
    "a carbon market",  # a market of its own kind
    "an emergency response plan",  # the head is the plan
    "free school meals",
]


@pytest.mark.parametrize("phrase", NAMES_NONE)
def test_a_remark_attitude_or_adverb_names_no_proposal(phrase: str) -> None:
    text = f"Mayor Ana Ruiz rejected {phrase} on Monday."
    np = noun_phrase(text, _span_of(text, phrase), LEX)
    assert np is not None
    assert names_none(text, np.span, LEX)


@pytest.mark.parametrize("phrase", NAMES_A_PROPOSAL)
def test_a_proposal_noun_phrase_names_one(phrase: str) -> None:
    text = f"Mayor Ana Ruiz rejected {phrase} on Monday."
    np = noun_phrase(text, _span_of(text, phrase), LEX)
    assert np is not None
    assert not names_none(text, np.span, LEX)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mayor Ana Ruiz dismissed the reports as speculation.", []),
        ("Mayor Ana Ruiz condemned the council's attitude as a joke.", []),
        ("Mayor Ana Ruiz rejected the comments on the toll.", []),
        ('Mayor Ana Ruiz said: "We are, of course, willing to talk to them."', []),
        ("Mayor Ana Ruiz condemned the congestion charge.", ["charge-congestion"]),
        ("Mayor Ana Ruiz rejected a government shutdown.", ["government-lockdown"]),
        # the last conjunct of a longer subject before the cue: no proposal of its own
        (
            'Mayor Ana Ruiz said: "Creating a fund to cut debt ... and calm the lenders '
            'seems reckless to me."',
            [],
        ),
        ('Mayor Ana Ruiz said: "A congestion charge seems reckless to me."', ["charge-congestion"]),
    ],
)
def test_a_stance_on_no_proposal_is_dropped(text: str, want: list[str]) -> None:
    assert [s.target.key for s in stancekit.parse(text).stances] == want


# -- where the proposal starts: "what she called X", fillers, light verbs ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "what she called X" targets X, also when the stances step cut the phrase at X's words
        (
            "Mayor Ana Ruiz rejected what she called a reckless congestion charge.",
            [("charge-congestion", "reckless congestion charge")],
        ),
        (
            "Mayor Ana Ruiz rejected what she called an unnecessary congestion charge.",
            [("charge-congestion", "unnecessary congestion charge")],
        ),
        ("Mayor Ana Ruiz rejected what she called.", []),
        # a filler before the proposal
        (
            'Mayor Ana Ruiz said: "We have no plan in place to ban cars from the centre."',
            [("ban-cars", "ban cars from the centre")],
        ),
        (
            'Mayor Ana Ruiz said: "We have a plan to ban cars from the centre."',
            [("ban-cars", "ban cars from the centre")],
        ),
        # a light verb of looking into something
        (
            "Mayor Ana Ruiz said she was open to looking at a congestion charge.",
            [("charge-congestion", "congestion charge")],
        ),
        # options as to how: nothing of its own, the proposal under discussion
        (
            "Mayor Ana Ruiz has not ruled out a congestion charge. "
            '"We are open to looking at a number of options as to how we pay for roads," '
            "she said.",
            [("charge-congestion", "congestion charge")] * 2,
        ),
    ],
)
def test_where_the_proposal_starts(text: str, want: list[tuple[str, str]]) -> None:
    got = [(s.target.key, s.target.label) for s in stancekit.parse(text).stances]
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb after auxiliaries on an anaphor with words of its own: the proposal before
        (
            "Minister Tom Hale said: \"We have no plans to ban the app. We won't be following "
            'the same path that other countries have followed."',
            ["app-ban", "app-ban"],
        ),
        # a noun phrase that is no anaphor keeps its words
        (
            'Minister Tom Hale said: "We won\'t be following the advice of the panel."',
            ["advice-following"],
        ),
    ],
)
def test_a_verb_on_the_same_path_takes_the_proposal_before(text: str, want: list[str]) -> None:
    assert [s.target.key for s in stancekit.parse(text).stances] == want


# -- one key for one proposal across articles (general key rules only) ---------------------------


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("another bail-out of banks soon", "a bank bailout", True),  # synonyms; the time out
        ("a national lockdown", "a nationwide lockdown", True),
        ("a national lockdown", "a regional lockdown", False),
        ("a bank bailout", "a carbon tax", False),
        # a modifier of proposal_unkeyed stays out of the key; others stay in
        ("an annual cap on refugees", "a cap on refugees", True),
        ("an annual cap on refugees", "a regional cap on refugees", False),
        ("formal recognition of Serbia", "recognition of Serbia", True),
        # an action verb and its object's head, however it is worded
        ("raising the minimum wage", "a minimum wage increase", True),
        ("banning social media for children", "a social media ban", True),
        ("making the vaccine mandatory", "mandatory vaccination", True),  # no action verb
        ("raising the minimum wage", "raising the pension age", False),
        # "another" is a determiner; a time word ends the phrase
        ("another road toll soon", "a road toll", True),
    ],
)
def test_one_proposal_worded_twice_has_one_key(first: str, second: str, same: bool) -> None:
    a = stancekit.parse(f"Chancellor Tom Hale ruled out {first}.")
    b = stancekit.parse(f"Premier Li Wei ruled out {second}.")
    assert (a.stances[0].target.key == b.stances[0].target.key) is same


def test_a_bare_head_is_labelled_by_a_fuller_mention_with_that_head() -> None:
    a = stancekit.parse(
        "Mayor Ana Ruiz backed a ban. She later said she would support a social media ban "
        "for teenagers."
    )
    assert [(s.target.key, s.target.label) for s in a.stances] == [
        ("ban-media", "social media ban for teenagers")
    ] * 2


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one word that is a longer mention's action joins it, and takes its label
        (
            "Senator Joan Pike said she does not support raising the minimum wage to $15. "
            '"I am supportive of an increase that is fair," she said.',
            [("raise-wage", "raising the minimum wage")] * 2,
        ),
        (
            "Senator Joan Pike backed cutting the fuel tax. Mayor Tom Hale rejected the cut.",
            [("cut-tax", "cutting the fuel tax")] * 2,
        ),
        # a word of the object that is neither its head nor the action stays apart
        (
            "Senator Joan Pike backed cutting the fuel tax. Mayor Tom Hale rejected the fuel.",
            [("cut-tax", "cutting the fuel tax"), ("fuel", "fuel")],
        ),
    ],
)
def test_a_bare_action_joins_the_mention_it_acts_in(text: str, want: list[tuple[str, str]]) -> None:
    assert [(s.target.key, s.target.label) for s in stancekit.parse(text).stances] == want


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("an increase that's fair", "increase"),  # a contraction is no possessive
        ("an increase that’s fair", "increase"),
        ("the minister's plan for a bridge toll", "bridge toll"),  # a possessive is one
    ],
)
def test_a_contracted_stopword_ends_the_noun_phrase(phrase: str, label: str) -> None:
    text = f"Senator Joan Pike backed {phrase} on Monday."
    np = noun_phrase(text, _span_of(text, phrase), LEX)
    assert np is not None
    assert np.label == label


_NON_HEADS = sorted(LEX.words.non_proposal_heads | LEX.words.non_proposal_words)


@given(
    st.sampled_from(_NON_HEADS),
    st.sampled_from(["rejected", "condemned", "dismissed", "backed"]),
    st.sampled_from(["the", "his", "a", ""]),
)
def test_no_stance_is_on_a_non_proposal_head(word: str, verb: str, det: str) -> None:
    text = f"Mayor Ana Ruiz {verb} {det} {word} on Monday. Senator Li Wei backed a bridge toll."
    a = stancekit.parse(text)
    assert all(word not in s.target.text.lower().split() for s in a.stances)
    assert [s.target.key for s in a.stances if s.holder == "li-wei"] == ["bridge-toll"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a verb on an anaphor with no mention to take: its own words label it
        (
            'Mayor Ana Ruiz said: "There are no plans to extend it to wider government."',
            "extend it to wider government",
        ),
    ],
)
def test_a_proposal_with_no_noun_phrase_is_labelled_by_its_words(text: str, label: str) -> None:
    assert [s.target.label for s in stancekit.parse(text).stances] == [label]


def test_a_judgement_after_its_proposal_is_kept() -> None:
    a = stancekit.parse('Premier Joan Ruiz said: "The levy is unfair to tenants."')
    assert [(s.target.key, s.polarity.value) for s in a.stances] == [("tax", "oppose")]


@given(st.text(alphabet="cityes'’s", max_size=8))
def test_possessive_is_a_word_ending_in_a_mark(low: str) -> None:
    """``_possessive`` (one ``endswith`` over the marks) is "a mark, or a longer word ending
    in one", as the noun phrase reads it."""
    lex = Lexicon.default()
    marks = lex.words.possessive_markers
    spelled = any(low == m or (low.endswith(m) and len(low) > len(m)) for m in marks)
    assert _possessive(low, lex) is spelled


@pytest.mark.parametrize(
    ("low", "possessive"), [("city's", True), ("'s", True), ("countries'", True), ("city", False)]
)
def test_possessive_rows(low: str, possessive: bool) -> None:
    assert _possessive(low, Lexicon.default()) is possessive


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the cue's object stands before it; what follows is an adjunct
        (
            'Minister Tom Hale said: "We will act if there is a threat that we are concerned '
            'about in the national interest."',
            [],
        ),
        ('Minister Tom Hale said: "We are concerned about the new toll."', [("toll", "toll")]),
        # "to me" is an adjunct, "seems" no part of the proposal
        (
            'Minister Tom Hale said: "To raise the toll again seems unjustifiable to me."',
            [("raise-toll", "raise the toll")],
        ),
    ],
)
def test_an_adjunct_is_no_proposal(text: str, want: list[tuple[str, str]]) -> None:
    assert [(s.target.key, s.target.label) for s in stancekit.parse(text).stances] == want


# -- hyphenated compounds, purpose clauses, two coordinated proposals ---------------------------


@pytest.mark.parametrize(
    ("phrase", "label", "key"),
    [
        # a hyphenated head of two content words is keyed as its words: "rent-freeze" is
        # "freeze rents"
        ("the Labour rent-freeze", "Labour rent-freeze", "freeze-rent"),
        ("a rent-freeze", "rent-freeze", "freeze-rent"),
        ("freeze rents", "freeze rents", "freeze-rent"),
        ("scrap rent-controls", "scrap rent-controls", "control-rent"),
        # a prefix, a particle or a hyphenated modifier stays one word
        ("a co-payment", "co-payment", "co-payment"),
        ("a four-week lockdown", "four-week lockdown", "four-week-lockdown"),
        # a hyphenated modifier of manner or extent (proposal_unkeyed_endings) is no key word
        ("a US-style bailout for banks", "US-style bailout for banks", "bailout-bank"),
        ("a city-wide ban on cars", "city-wide ban on cars", "ban-cars"),
        ("a Europe-wide relief fund", "Europe-wide relief fund", "fund-relief"),
        # a rescue fund or package is a bailout (a synonym of targets.toml)
        ("a Europe-wide rescue fund", "Europe-wide rescue fund", "bailout"),
        ("a rescue package for airlines", "rescue package for airlines", "airline-bailout"),
        # a purpose clause ends the proposal: "to" and a verb of proposal_purpose_verbs
        ("a rent freeze to help with soaring costs", "rent freeze", "freeze-rent"),
        ("imposing a night curfew to curb the unrest", "night curfew", "curfew-night"),
        # not after a noun of intent or purpose or one word of its own, nor before a verb
        # that is no purpose
        ("further action to stem the violence", "action to stem the violence", "action-violence"),
        ("a plan to help renters", "help renters", "aid-renter"),
        ("the only way to help renters", "help renters", "aid-renter"),
        ("a decision to help farmers", "decision to help farmers", "decision-farmer"),
        ("a levy to fund schools", "levy to fund schools", "school-tax"),
    ],
)
def test_compounds_and_purpose_clauses(phrase: str, label: str, key: str) -> None:
    assert _np(phrase) == (label, key)


def test_a_hyphenated_compound_and_a_verb_phrase_are_one_proposal() -> None:
    text = (
        "Mayor Ann Holt rejected the Labour rent-freeze. "
        "Councillor Tom Vale backed a plan to freeze rents."
    )
    got = {(name, key) for name, key, _ in _targets(text)}
    assert got == {("Ann Holt", "freeze-rent"), ("Tom Vale", "freeze-rent")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two verb phrases joined by "and": one stance on each, renumbered in order
        (
            "Mayor Ann Holt promised to pave the old park and scrap the parking levy.",
            [("t1", "pave the old park"), ("t2", "scrap the parking levy")],
        ),
        (
            "Mayor Ann Holt promised to close the depot and sell the land.",
            [("t1", "close the depot"), ("t2", "sell the land")],
        ),
        # one verb with two objects, or two nouns: one proposal
        (
            "Mayor Ann Holt promised to ban cars and trucks from the old town.",
            [("t1", "ban cars and trucks from the old town")],
        ),
        (
            "Mayor Ann Holt rejected a plan to close the library and the pool.",
            [("t1", "close the library and the pool")],
        ),
        (
            "Mayor Ann Holt rejected a toll on bridges and tunnels.",
            [("t1", "toll on bridges and tunnels")],
        ),
        # the second verb inside a relative clause: one proposal
        (
            "Mayor Ann Holt would not back a bill that fails to track and publish the costs.",
            [("t1", "back a bill")],
        ),
    ],
)
def test_two_coordinated_proposals_are_split(text: str, want: list[tuple[str, str]]) -> None:
    got = [(s.id, s.target.label) for s in stancekit.parse(text).stances]
    assert got == want


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        # a coordinator and a bare verb before the cue: the rest of a longer subject
        ("and calm the lenders", False),
        ("and ward off the panic", False),
        # a phrase of its own after the coordinator, or no coordinator
        ("and along with closing side streets", True),
        ("and closing side streets", True),
        ("closing side streets", True),
    ],
)
def test_a_last_conjunct_before_the_cue_is_no_proposal(phrase: str, kept: bool) -> None:
    text = f"Mayor Ana Ruiz ruled out a congestion charge. Later {phrase} seems reckless, she said."
    (s,) = stancekit.parse("Mayor Ana Ruiz ruled out a congestion charge.").stances
    at = text.index("seems")
    other = attrs.evolve(
        s,
        id="t2",
        target=Target(phrase, "x", _span_of(text, phrase)),
        cue="seems reckless",
        cue_span=Span(at, at + len("seems reckless")),
    )
    got = resolve_proposals(text, [s, other], LEX)
    assert [x.id for x in got] == (["t1", "t2"] if kept else ["t1"])


def test_such_and_another_word_form_is_the_earlier_proposal() -> None:
    got = _targets(
        'Senator Eva Lind said: "We are ready to recognise the island republic." '
        'Minister Ian Cole said: "We will never join a customs union." '
        "Mayor Ana Ruiz said such recognition would hurt trade."
    )
    assert got[0][1] == got[2][1] != got[1][1]  # "recognition" is "recognise the ... republic"
    assert got[2][2] == got[0][2]


@pytest.mark.parametrize(
    "tail",
    [
        # "such" with a word naming nothing said before: a proposal of its own
        "Mayor Ana Ruiz said such violence would hurt trade.",
    ],
)
def test_another_word_after_such_is_another_proposal(tail: str) -> None:
    got = _targets(
        'Senator Eva Lind said: "We are ready to recognise the island republic." ' + tail
    )
    assert len(got) == 2
    assert got[0][1] != got[1][1]


# -- words that name no proposal, anaphors, synonyms keyed alike (stance-dev network columns) -----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb of enacting with a bill in general names no proposal; what the bill lacks does
        (
            "Governor Li Wei said she will not sign legislation that does not include a fuel levy.",
            [("support", "fuel-tax", "fuel levy")],
        ),
        (
            "Governor Li Wei said she will not sign the Clean Water Act.",
            [("oppose", "law-water", "sign the Clean Water Act")],
        ),
        # a noun of a measure in general is the proposal under discussion
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale opposed the restrictions.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("oppose", "charge-congestion", "congestion charge for the old town"),
            ],
        ),
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale opposed the policy.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("oppose", "charge-congestion", "congestion charge for the old town"),
            ],
        ),
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale opposed restrictions on rallies.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("oppose", "rally-restriction", "restrictions on rallies"),
            ],
        ),
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale opposed the housing policy.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("oppose", "housing-policy", "housing policy"),
            ],
        ),
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale opposed potential restrictions.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("oppose", "charge-congestion", "congestion charge for the old town"),
            ],
        ),
        # an owner, another modifier or a relative clause: a measure of its own
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale opposed their policies.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("oppose", "policy", "policies"),
            ],
        ),
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale opposed the council's measures.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("oppose", "measure", "measures"),
            ],
        ),
        (
            "Mayor Ana Ruiz backed a congestion charge for the old town. "
            "Councillor Tom Vale backed new measures that would cut fares.",
            [
                ("support", "charge-congestion", "congestion charge for the old town"),
                ("support", "measure", "measures"),
            ],
        ),
        # "a move to" opens the proposal; moving something is one
        (
            "Governor Li Wei ruled out a move to close the embassy.",
            [("oppose", "close-embassy", "close the embassy")],
        ),
        (
            "Governor Li Wei ruled out moving the embassy.",
            [("oppose", "embassy-moving", "moving the embassy")],
        ),
        # one country's arrangement, worded twice, is one proposal; two countries are two
        (
            "Senator Eva Lind backed the Chile deal. Minister Ian Cole rejected the Chilean "
            "solution.",
            [("support", "chile-deal", "Chile deal"), ("oppose", "chile-deal", "Chile deal")],
        ),
        (
            "Senator Eva Lind backed the Chile deal. Minister Ian Cole rejected the Peru deal.",
            [("support", "chile-deal", "Chile deal"), ("oppose", "deal-peru", "Peru deal")],
        ),
        (
            "Senator Eva Lind backed the Chile deal. Minister Ian Cole rejected a Chilean trade "
            "pact.",
            [
                ("support", "chile-deal", "Chile deal"),
                ("oppose", "pact-trade", "Chilean trade pact"),
            ],
        ),
        # a bill named for what it does is that proposal; a bill named otherwise is its own
        (
            "Senator Joan Pike opposed raising the minimum wage. Senator Eva Lind is the "
            "sponsor of the Raise the Wage Act.",
            [
                ("oppose", "raise-wage", "raising the minimum wage"),
                ("support", "raise-wage", "raising the minimum wage"),
            ],
        ),
        (
            "Senator Joan Pike opposed raising the minimum wage. Senator Eva Lind is the "
            "sponsor of the Fair Wage Act.",
            [
                ("oppose", "raise-wage", "raising the minimum wage"),
                ("support", "law-wage", "Fair Wage Act"),
            ],
        ),
        # a regulating verb and its noun are one word: both mentions share the focal key
        (
            "Minister Ian Cole said the government has no plans to regulate AI. Later he said "
            "the government is not considering bringing a law or regulating the growth of "
            "artificial intelligence.",
            [("oppose", "ai-regulate", "regulate AI")] * 2,
        ),
        # modifiers left out of keys make no rivals; the fuller mentions key the proposal
        (
            "Minister Ian Cole rejected a Europe-wide bank bailout. He ruled out a US-style "
            "bailout for struggling banks. Senator Eva Lind opposed any Europe-wide rescue fund.",
            [("oppose", "bailout-bank", "Europe-wide bank bailout")] * 3,
        ),
        (
            "Minister Ian Cole rejected a wealth tax. Senator Eva Lind opposed a carbon tax.",
            [("oppose", "tax-wealth", "wealth tax"), ("oppose", "carbon-tax", "carbon tax")],
        ),
        # recognising a country is recognising its state: statehood is that proposal
        (
            "Senator Eva Lind backed formal recognition of Kosovo. Minister Ian Cole said he "
            "backed statehood.",
            [("support", "kosovo-state", "formal recognition of Kosovo")] * 2,
        ),
        (
            "Senator Eva Lind backed recognition of the union. Minister Ian Cole backed statehood.",
            [
                ("support", "recognition-union", "recognition of the union"),
                ("support", "state", "statehood"),
            ],
        ),
    ],
)
def test_network_columns_of_one_article(text: str, want: list[tuple[str, str, str]]) -> None:
    a = stancekit.parse(text)
    assert [(s.polarity.value, s.target.key, s.target.label) for s in a.stances] == want


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("recognition of Serbia", "a Serbian state", True),
        ("Serbian statehood", "recognition of Serbia", True),
        ("recognition of Serbia", "recognition of Croatia", False),
        ("recognition of Serbia", "recognition of the border", False),
        # synonyms of targets.toml: a verb and its noun, a name and its initials
        ("AI regulation", "regulating artificial intelligence", True),
        ("regulating artificial intelligence", "regulating drones", False),
        # a phrase of the synonym table holds its preposition ("come to the table": talks)
        ("coming to the table", "talks", True),
        ("coming to the table on pay", "negotiations on pay", True),
        ("coming to the party", "talks", False),
        ("proper negotiations on wages", "negotiations on wages", True),
        ("proper negotiations on wages", "negotiations on pensions", False),
    ],
)
def test_synonyms_and_states_are_keyed_alike(first: str, second: str, same: bool) -> None:
    a = stancekit.parse(f"Chancellor Tom Hale ruled out {first}.")
    b = stancekit.parse(f"Premier Li Wei ruled out {second}.")
    assert (a.stances[0].target.key == b.stances[0].target.key) is same


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        # a possessive ending is no part of the owner's word
        ("a bailout for Harbor Bank's investors", ("bailout", "harbor", "bank", "investor")),
        ("a bailout for Harbor Bank", ("bailout", "harbor", "bank")),
        ("the banks' plan for a levy", ("tax",)),  # the owner before the proposal goes
    ],
)
def test_an_owner_is_keyed_without_its_possessive(phrase: str, words: tuple[str, ...]) -> None:
    np = noun_phrase(phrase, Span(0, len(phrase)), LEX)
    assert np is not None
    assert np.words == words


@given(st.text(alphabet="ab1²٣Ⅻ-.", max_size=6) | st.sampled_from(sorted(LEX.days)))
def test_a_number_or_day_is_a_word_with_a_digit_or_a_day(word: str) -> None:
    assert _number(word, LEX) is (any(ch.isdigit() for ch in word) or word in LEX.days)


def test_the_near_mention_search_is_the_plain_scan() -> None:
    # the anaphor's full mention by bisection: the last earlier mention ending at most
    # _NEAR characters before the cue, as a scan of every mention finds it
    from stancekit.parse._proposals import _NEAR, _last_near

    ends = sorted([(10, 0), (50, 1), (50, 3), (400, 2), (420, 5)])
    for i in range(7):
        for at in (0, 10, 60, 349, 350, 400, 700, 721):
            plain = [j for end, j in ends if j < i and 0 <= at - end <= _NEAR]
            assert _last_near(ends, i, at) == (max(plain) if plain else None), (i, at)


def test_a_group_of_mentions_is_cut_to_one_per_proposal() -> None:
    from stancekit.parse._proposals import _roots

    parent = {0: 0, 1: 0, 2: 2, 3: 2, 4: 4}
    members = [0, 1, 2, 3, 4]
    assert _roots(members, parent.__getitem__) == {0: 0, 2: 2, 4: 4}
    assert members == [0, 2, 4]  # the first member of each proposal, in text order
