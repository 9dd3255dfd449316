"""The commitment grammar: adverbs, time words, ellipses and anaphors around a commitment
phrase, on invented sentences (positive rows and near misses that give nothing or the other
class)."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Commitment
from stancekit.lexicon import Lexicon
from stancekit.parse import _stance
from stancekit.parse._stance import match_commitment

LEAD = "Councillor Amir Haddad said he backed a tourist tax. "


def _answers(text: str, question: str) -> list[str]:
    return [a.actor.name for a in stancekit.parse(text).ask(question)]


def _commitments(text: str) -> list[tuple[str, Commitment]]:
    a = stancekit.parse(text)
    return [(a.actor(s.holder).name, s.commitment) for s in a.stances]


@pytest.mark.parametrize(
    ("text", "ruled", "refused"),
    [
        # an adverb inside the phrase
        ("Mayor Dana Whitfield is not currently planning to close the library.", True, False),
        ("Mayor Dana Whitfield is not really considering closing the library.", True, False),
        ("Mayor Dana Whitfield has not yet ruled out closing the library.", False, True),
        (
            "Mayor Dana Whitfield said she would not completely rule out closing the library.",
            False,
            True,
        ),
        ("Mayor Dana Whitfield did not entirely rule out closing the library.", False, True),
        # an ellipsis inside the phrase
        ('Mayor Dana Whitfield said: "We will never... close the library."', True, False),
        # a time word right after the phrase: the proposal follows it
        (
            "Mayor Dana Whitfield said she had no plans at this stage to close the library.",
            True,
            False,
        ),
        ("Mayor Dana Whitfield said she had no plans right now to close the library.", True, False),
        # near misses: the adverb does not turn a ruling out into a refusal, nor the reverse
        ("Mayor Dana Whitfield ruled out closing the library yet again.", True, False),
        ("Mayor Dana Whitfield has still not ruled out closing the library.", False, True),
        ("Mayor Dana Whitfield currently opposes closing the library.", False, False),
    ],
)
def test_adverbs_and_time_inside_commitments(text: str, ruled: bool, refused: bool) -> None:
    assert bool(_answers(text, "who ruled out closing the library")) is ruled
    assert bool(_answers(text, "who refused to rule out closing the library")) is refused


@pytest.mark.parametrize(
    ("text", "commitment"),
    [
        (
            "Mayor Dana Whitfield is not currently planning to close the library.",
            Commitment.NOT_NOW,
        ),
        ("Mayor Dana Whitfield is not planning to close the library.", Commitment.NO_PLANS),
        ("Mayor Dana Whitfield has not yet decided to close the library.", Commitment.NO_PLANS),
        (
            "Mayor Dana Whitfield said she had no plans at this stage to close the library.",
            Commitment.NOT_NOW,
        ),
    ],
)
def test_a_time_word_in_the_phrase_limits_it(text: str, commitment: Commitment) -> None:
    assert _commitments(text) == [("Dana Whitfield", commitment)]


def test_the_time_word_is_not_the_target() -> None:
    a = stancekit.parse(
        "Mayor Dana Whitfield said she had no plans at this stage to close the library."
    )
    (s,) = a.stances
    assert s.target.text == "close the library"
    assert s.qualifier == "at this stage"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("is not currently planning to", ("not planning", 3)),
        ("has not yet ruled out a tax", ("not ruled out", 4)),
        ("would not completely rule out", ("would not rule out", 5)),
        ("will never . . . accept", ("will never", 2)),  # the gap must stand inside a phrase
        ("currently not planning", None),  # no phrase opens with the adverb
        ("not currently", ("not currently", 2)),  # the phrase as written still counts
    ],
)
def test_match_commitment(words: str, expected: tuple[str, int] | None) -> None:
    lows = words.split()
    lex = Lexicon.default()
    start = next((k for k in range(len(lows)) if match_commitment(lows, k, lex)), None)
    if expected is None:
        assert start is None or lows[start] != "currently"
        assert match_commitment(lows, 0, lex) is None
        return
    assert start is not None
    hit = match_commitment(lows, start, lex)
    assert hit is not None
    assert (hit[1], hit[0]) == expected


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (LEAD + "Mayor Dana Whitfield said she was keeping the idea under review.", True),
        (LEAD + "Mayor Dana Whitfield said she was keeping it under review.", True),
        (LEAD + "Mayor Dana Whitfield refused to rule out the prospect.", True),
        (
            LEAD + '"We\'re not going to take options off the table," Mayor Dana Whitfield said.',
            True,
        ),
        # near misses: another proposal is kept open, or the proposal is ruled out
        (LEAD + "Mayor Dana Whitfield said she was keeping the parking rules under review.", False),
        (LEAD + "Mayor Dana Whitfield ruled out the prospect.", False),
    ],
)
def test_anaphors_of_kept_open_proposals(text: str, refused: bool) -> None:
    assert bool(_answers(text, "who refused to rule out a tourist tax")) is refused
    assert "Dana Whitfield" not in _answers(text, "who supports a tourist tax")


def test_a_relative_pronoun_is_no_anaphor() -> None:
    a = stancekit.parse(
        LEAD + "Mayor Dana Whitfield said a parking levy that is under review would hurt."
    )
    held = [s for s in a.stances if a.actor(s.holder).name == "Dana Whitfield"]
    assert [s.target.text for s in held] == ["a parking levy"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # the speaker reports the position of the clause's subject
        (
            LEAD + 'Mayor Dana Whitfield said that Lee Park is "keeping the option open".',
            "Lee Park",
        ),
        (LEAD + "Mayor Dana Whitfield said Lee Park was keeping all options open.", "Lee Park"),
        # the speaker's own kept-open position
        (LEAD + 'Mayor Dana Whitfield said: "We are keeping the option open."', "Dana Whitfield"),
        (LEAD + "Mayor Dana Whitfield said she was keeping her options open.", "Dana Whitfield"),
    ],
)
def test_who_keeps_it_open(text: str, holder: str) -> None:
    assert _answers(text, "who refused to rule out a tourist tax") == [holder]


@pytest.mark.parametrize(
    ("text", "ruled"),
    [
        # a minister stating what the government of a country plans speaks for it
        (
            "The Irish government is not currently planning a tourist tax, according to"
            " Joan Ruiz, the finance minister.",
            ["Joan Ruiz"],
        ),
        (
            LEAD
            + "Minister Dana Whitfield said the Irish government had no plans for a tourist tax.",
            ["Dana Whitfield"],
        ),
        # near misses: no office, or an opposition one: the government's position is reported
        (
            LEAD + "Mayor Dana Whitfield said the Irish government had no plans for a tourist tax.",
            [],
        ),
        (
            "The Irish government is not currently planning a tourist tax, according to"
            " Joan Ruiz, the shadow finance minister.",
            [],
        ),
    ],
)
def test_an_office_holder_speaks_for_the_government(text: str, ruled: list[str]) -> None:
    assert _answers(text, "who ruled out a tourist tax") == ruled


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (
            LEAD + "Premier Joan Ruiz has defended her finance minister for not ruling out"
            " a tourist tax.",
            True,
        ),
        (
            LEAD + "Premier Joan Ruiz praised the minister for refusing to rule out a tourist tax.",
            True,
        ),
        # near misses: the act is no defence, or the position defended is another's clause
        (
            LEAD
            + "Premier Joan Ruiz has sacked her finance minister for not ruling out a tourist tax.",
            False,
        ),
        (
            LEAD + "Premier Joan Ruiz has defended her finance minister, who did not rule out"
            " a tourist tax.",
            False,
        ),
    ],
)
def test_defending_a_refusal_shares_it(text: str, refused: bool) -> None:
    assert ("Joan Ruiz" in _answers(text, "who refused to rule out a tourist tax")) is refused
    assert "Joan Ruiz" not in _answers(text, "who ruled out a tourist tax")


def test_a_split_position_answers_both_questions() -> None:
    # one version of the proposal ruled out, another kept open: one position per target key
    text = (
        "Mayor Dana Whitfield said she would never return to the lockdowns of last winter, but"
        " did not rule out some sort of shutdown."
    )
    assert _answers(text, "who ruled out a return to lockdowns") == ["Dana Whitfield"]
    assert _answers(text, "who refused to rule out a return to lockdowns") == ["Dana Whitfield"]


def test_a_hedge_on_the_same_proposal_does_not_undo_a_rejection() -> None:
    text = (
        'Mayor Dana Whitfield ruled out a tourist tax. "There will be no tourist tax," she said.'
        ' "Never say never, but I do not see it happening."'
    )
    assert _answers(text, "who ruled out a tourist tax") == ["Dana Whitfield"]
    assert _answers(text, "who refused to rule out a tourist tax") == []
    a = stancekit.parse(text)
    pos = a.position("Dana Whitfield", "tourist tax")
    assert pos is not None
    assert pos.commitment is Commitment.CATEGORICAL


@pytest.mark.parametrize(
    ("text", "ruled", "refused"),
    [
        # a refusal outranks a vaguer "no plans" of the same actor, wherever it stands
        (
            LEAD + "The mayor said there were no plans for a tourist tax, but she declined to"
            " rule out a tourist tax.",
            False,
            True,
        ),
        # "no plans" alone rules it out
        (LEAD + "The mayor said there were no plans for a tourist tax.", True, False),
        # "there is no proposal" is no plans; "the option of X" names X
        (LEAD + "The mayor said there was no proposal to introduce a tourist tax.", True, False),
        (LEAD + 'The mayor said the option of a tourist tax was "being discussed".', False, True),
    ],
)
def test_refusal_and_no_plans(text: str, ruled: bool, refused: bool) -> None:
    assert bool(_answers(text, "who ruled out a tourist tax")) is ruled
    assert bool(_answers(text, "who refused to rule out a tourist tax")) is refused


# -- properties ----------------------------------------------------------------------------------
_SUBJECTS = ["Mayor Lena Fisk", "The Farmers Federation", "She", "Senator Ray Holt"]
_FORMS = [
    "has not yet ruled out",
    "is not currently planning",
    "ruled out",
    "would not completely rule out",
    "is keeping all options open on",
    "has no plans at this stage for",
    "will never... accept",
    "declined to rule out",
    "backed",
]
_OBJECTS = ["a tourist tax", "it", "a new runway", "the prospect"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_SUBJECTS),
            st.sampled_from(_FORMS),
            st.sampled_from(_OBJECTS),
            st.booleans(),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_answers_follow_positions(clauses: list[tuple[str, str, str, bool]]) -> None:
    """Whoever refused to rule a target out holds an open stance on it; whoever is also named
    as ruling it out has a categorical stance on another key of it (a split position), and
    never a mere "no plans"; the derived position is one of the actor's stances."""
    parts = []
    for subject, form, obj, quoted in clauses:
        clause = f"{subject} {form} {obj}"
        parts.append(f'"{clause}," an aide said.' if quoted else f"{clause}.")
    a = stancekit.parse(" ".join(parts))
    for target in ("a tourist tax", "a new runway"):
        on = a.stances_on(target)
        ruled = {x.actor.id for x in a.who_ruled_out(target)}
        refused = {x.actor.id for x in a.who_refused_to_rule_out(target)}
        for actor in refused:
            held = [s for s in on if s.holder == actor]
            assert any(s.commitment is Commitment.OPEN for s in held)
            if actor in ruled:
                keys = {s.target.key for s in held if s.commitment is Commitment.OPEN}
                assert any(
                    s.commitment is Commitment.CATEGORICAL and s.target.key not in keys
                    for s in held
                )
        for actor in ruled:
            p = a.position(actor, target)
            assert p is not None
            assert p.commitment.rules_out
            assert p in [s for s in on if s.holder == actor]


@pytest.mark.parametrize(
    ("sentence", "ruled", "refused"),
    [
        # a negated predicate of the proposal keeps it open
        ("A tourist tax is not off the table, the mayor said.", False, True),
        ("The mayor said a tourist tax was not out of the question.", False, True),
        ("A tourist tax is off the table, the mayor said.", True, False),
        ("The mayor said a tourist tax was not an option.", True, False),
        # "not going to", doors left open or not closed
        ("The mayor said she was not going to rule anything out.", False, True),
        ("The mayor said she was not going to rule out a tourist tax.", False, True),
        ("The mayor has left the door open to a tourist tax.", False, True),
        ("The mayor said she had not closed the door on a tourist tax.", False, True),
        ("The mayor said all options remained open.", False, True),
        # a negated modal before another phrase: the negation is that phrase's
        ("The mayor said she won't be ruling out a tourist tax.", False, True),
        ("The mayor said she won't be introducing a tourist tax.", True, False),
        ("The mayor said she would not be going back to a tourist tax.", True, False),
        # "never" before a ruling out flips it; before an action it rules out
        ("The mayor said she had never ruled it out.", False, True),
        ("The mayor said she had never ruled out a tourist tax.", False, True),
        ("The mayor said she would never introduce a tourist tax.", True, False),
        ("The mayor said the council will not agree to a tourist tax.", True, False),
    ],
)
def test_negated_predicates_and_open_doors(sentence: str, ruled: bool, refused: bool) -> None:
    text = LEAD + sentence
    assert bool(_answers(text, "who ruled out a tourist tax")) is ruled
    assert bool(_answers(text, "who refused to rule out a tourist tax")) is refused


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # a pronoun subject in reported speech stays the speaker's, even when the resolver
        # could point it elsewhere
        (
            "Senator Ray Holt visited Lisbon. Mayor Dana Whitfield said that he would not rule"
            " out a tourist tax.",
            {"Dana Whitfield"},
        ),
        # the subject of a passive is no holder ("X was not opposed by Y")
        (LEAD + "The mayor said Lee Park was not opposed by the council.", set()),
    ],
)
def test_reported_subjects_that_hold_nothing(text: str, holders: set[str]) -> None:
    a = stancekit.parse(text)
    open_or_ruled = {
        a.actor(s.holder).name
        for s in a.stances
        if s.commitment is Commitment.OPEN or s.commitment.rules_out
    }
    assert open_or_ruled == holders


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # a name after a preposition and a determiner is no subject
        (
            LEAD + "Any suggestion of inspectors being sent in to the Port Authority was"
            ' "premature", the mayor said.',
            {"mayor"},
        ),
        # a subject whose verb stands behind a quotation mark still holds its position
        (LEAD + 'Mayor Dana Whitfield is "keeping all options open".', {"Dana Whitfield"}),
    ],
)
def test_who_holds_a_predicate(text: str, holders: set[str]) -> None:
    a = stancekit.parse(text)
    assert {a.actor(s.holder).name for s in a.stances} - {"Amir Haddad"} == holders


# -- "not talking about X": no plans, unless a contrast says what is meant instead -----------------
@pytest.mark.parametrize(
    ("text", "ruled"),
    [
        ('"We aren\'t talking about a bed tax," Mayor Dana Whitfield said.', True),
        ('"We are not really talking about a bed tax right now," Mayor Dana Whitfield said.', True),
        ("Mayor Dana Whitfield said the council was not talking about a bed tax.", True),
        # near misses: a contrast names what is meant; talking about it is no rejection
        (
            '"We are not talking about a bed tax, but about a levy on cruise ships," Mayor Dana'
            " Whitfield said.",
            False,
        ),
        (
            "Mayor Dana Whitfield said she was not talking about a bed tax but about parking fees.",
            False,
        ),
        ('"We are talking about a bed tax," Mayor Dana Whitfield said.', False),
    ],
)
def test_not_talking_about_is_no_plans(text: str, ruled: bool) -> None:
    assert bool(_answers(text, "who ruled out a bed tax")) is ruled
    assert bool(_answers(text, "who opposes a bed tax")) is ruled


def test_not_talking_about_right_now_is_not_now() -> None:
    got = _commitments('"We aren\'t talking about a bed tax right now," Mayor Dana Whitfield said.')
    assert got == [("Dana Whitfield", Commitment.NOT_NOW)]


# -- "could return to X": an action kept open, not ruled out --------------------------------------
@pytest.mark.parametrize(
    ("text", "ruled", "refused"),
    [
        (
            'Union leader Rosa Lind said: "If the offer is withdrawn, we could return to'
            ' industrial action in May."',
            False,
            True,
        ),
        (
            '"We may resume the walkout if the talks fail," union leader Rosa Lind said.',
            False,
            True,
        ),
        # near misses: a negated or categorical return is no open door
        (
            '"We will never return to industrial action," union leader Rosa Lind said.',
            True,
            False,
        ),
        ('"We have returned to work," union leader Rosa Lind said.', False, False),
    ],
)
def test_a_possible_return_keeps_it_open(text: str, ruled: bool, refused: bool) -> None:
    assert bool(_answers(text, "who ruled out strikes")) is ruled
    assert bool(_answers(text, "who refused to rule out strikes")) is refused


# -- one-word predicates of the proposal: not an adjective on another noun -------------------------
@pytest.mark.parametrize(
    ("text", "objects"),
    [
        ('"The bed tax is unfair," Mayor Dana Whitfield said.', True),
        ('"The bed tax is unfair to small hotels," Mayor Dana Whitfield said.', True),
        ('"A bed tax is a misguided approach," Mayor Dana Whitfield said.', True),
        # near misses: the adjective describes another noun
        ('"A bed tax protects guests from unfair price rises," Mayor Dana Whitfield said.', False),
        ('"The bed tax ends reckless spending," Mayor Dana Whitfield said.', False),
    ],
)
def test_an_attributive_adjective_is_no_criticism(text: str, objects: bool) -> None:
    assert bool(_answers(text, "who opposes the bed tax")) is objects


def _commitment_words() -> list[str]:
    """Words of the default commitment phrases, gap words and marks, for random sequences."""
    lex = Lexicon.default()
    words = sorted({w for key in lex.compiled().commitments.entries for w in key})
    return [*words, *sorted(lex.phrase_gap), ".", ",", "levy", "the", "she"]


_WORDS = _commitment_words()


@pytest.mark.parametrize(
    ("words", "start", "found"),
    [
        ("has currently no intention", 0, True),  # a gap word after the first word
        ("has no intention", 0, True),  # the second word of a listed phrase
        ("will . . . not", 0, True),  # an ellipsis after the first word
        ("has been", 0, False),  # "has" goes on with no phrase of its own here
        ("the levy", 0, False),
        ("is", 0, False),  # a first word at the end: nothing can follow
    ],
)
def test_second_word_prefilter(words: str, start: int, found: bool) -> None:
    lex = Lexicon.default()
    lows = words.split()
    assert (match_commitment(lows, start, lex) is not None) is found
    table = lex.compiled().commitments
    if not found and lows[start] in table.by_first:
        assert _stance._no_second_word(lows, start, table, lex)


_PHRASES = sorted(Lexicon.default().compiled().commitments.entries)
_GAPS = [*sorted(Lexicon.default().phrase_gap), ".", ". . ."]


@st.composite
def _phrase_like(draw: st.DrawFn) -> list[str]:
    """A listed phrase with gap words (or full stops) put in, cut short or not, among other
    words: where the prefilter would go wrong if it did."""
    words = list(draw(st.sampled_from(_PHRASES)))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(1, len(words)))
        words[at:at] = draw(st.sampled_from(_GAPS)).split()  # ". . .": three tokens
    words = words[: draw(st.integers(1, len(words)))]
    before = draw(st.lists(st.sampled_from(_WORDS), max_size=2))
    after = draw(st.lists(st.sampled_from(_WORDS), max_size=3))
    return [*before, *words, *after]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10), _phrase_like()))
def test_second_word_prefilter_hides_no_match(lows: list[str]) -> None:
    """The prefilter on the next token gives the answer the full grammar gives."""
    lex = Lexicon.default()
    fast = [match_commitment(lows, i, lex) for i in range(len(lows))]
    with mock.patch.object(_stance, "_no_second_word", return_value=False):
        slow = [match_commitment(lows, i, lex) for i in range(len(lows))]
    assert fast == slow
