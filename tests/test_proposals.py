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
from stancekit.parse._proposals import fragment, noun_phrase, resolve_proposals

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
    "what she called",
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


def test_such_and_a_word_of_the_same_stem_is_the_earlier_proposal() -> None:
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
        # no word of the earlier mentions shares the stem: a proposal of its own
        "Mayor Ana Ruiz said such violence would hurt trade.",
        # no pointing determiner: "recognition" alone is not the earlier proposal
        "Mayor Ana Ruiz said formal recognition would hurt trade.",
    ],
)
def test_no_pointing_determiner_or_no_shared_stem_joins_nothing(tail: str) -> None:
    got = _targets(
        'Senator Eva Lind said: "We are ready to recognise the island republic." ' + tail
    )
    assert len(got) == 2
    assert got[0][1] != got[1][1]
