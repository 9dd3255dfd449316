"""Matching a question's words to a stance's target (``stancekit.query.target_matches``).

Lemmas of content words with morphology (ban/banning, end/ending, cut/cuts), compound order
("rate cuts" = "cuts in rates"), head words required, modifiers optional; a different
proposal sharing one modifier, or the same head with other modifiers, does not match.
Invented phrases only.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit import Commitment, Polarity, Span, Stance, Target
from stancekit.query import target_matches


def _stance(text: str, key: str | None = None) -> Stance:
    key = key or "-".join(sorted(text.lower().split()))
    return Stance(
        "t1",
        "a",
        Target(text, key, Span(0, len(text))),
        Polarity.OPPOSE,
        Commitment.CATEGORICAL,
        "ruled out",
        Span(0, 0),
    )


MATCH = [
    # morphology
    ("banning video apps", "a ban on video apps"),
    ("ending the curfew early", "end the city's curfew ahead of schedule"),
    ("interest rate cuts", "cutting interest rates"),
    # compound order
    ("rate cuts", "cuts in rates"),
    ("steel tariffs", "tariffs on imported steel"),
    # modifiers optional, head required
    ("the congestion charge", "a congestion charge in the city centre"),
    ("congestion charge in the city centre", "the congestion charge"),
    ("regional rail fund", "a regional rail"),
    ("border fence funding", "agree to a border fence"),
    ("ground troops", "sending soldiers to the region"),
    # a hyphenated word counts once; a possessive is its owner's word
    ("nation-wide flood relief fund", "a US-style flood relief for the nation's towns"),
    ("return to lockdowns", "some sort of shutdown"),
    # a closing time (a month, season or holiday) is no word of the proposal
    ("a bed tax in the summer", "a bed tax"),
    ("rail strikes in May", "a walkout"),
    # a demonym is its country's word
    ("recognition of a Serbian state", "formal recognition of Serbia"),
    ("a Canadian carbon levy", "Canada's carbon levy"),
    # general synonyms: the draft, public ownership, a tie-up
    ("conscription", "a form of national service for school leavers"),
    ("rail nationalisation", "public ownership of the railways"),
    ("the bank merger", "a tie-up of the two banks"),
    ("sugar tax", "a levy on sugary drinks"),
    # a word written with a number (an age) may name what the query's modifier names
    ("night curfew", "a curfew for over-18s in the harbour district"),
    ("pensioner discount", "a discount for over-65s"),
]

NO_MATCH = [
    # a different proposal sharing one modifier
    ("carbon tax", "carbon capture"),
    ("rent freeze", "rent control"),
    ("minimum wage increase", "minimum wage freeze"),
    # the same head, other modifiers: rivals
    ("wealth tax", "carbon tax"),
    ("video app ban", "plastic bag ban"),
    # a fragment that names only a modifier
    ("$20 minimum wage", "20 minimum"),
    # nothing in common
    ("congestion charge", "school meals"),
    ("ending the curfew early", "ending the strike"),
    # the object of a one-word front is a head, but not a rival's
    ("ban on smoking", "smoking in parks"),
    # two countries' proposals with the same head stay rivals
    ("a Canadian levy", "a Mexican levy"),
    # a synonym group does not swallow its neighbours
    ("conscription", "military spending"),
    ("rail nationalisation", "rail fares"),
    ("sugar tax", "a sugar beet subsidy"),
    # without a word written with a number, other modifiers still make a rival
    ("night curfew", "a curfew for teenagers in the harbour district"),
    ("pensioner discount", "a student discount"),
    # a bare number is no such word
    ("pensioner discount", "a 2025 student discount"),
]


@pytest.mark.parametrize(("query", "target"), MATCH)
def test_query_names_target(query: str, target: str) -> None:
    assert target_matches(query, _stance(target))


@pytest.mark.parametrize(("query", "target"), NO_MATCH)
def test_query_does_not_name_another_proposal(query: str, target: str) -> None:
    assert not target_matches(query, _stance(target))


def test_a_closing_time_is_no_word_of_the_proposal() -> None:
    strike = _stance("industrial action", "strike")  # the key the parser gives it
    assert target_matches("bus strikes over Easter", strike)
    assert target_matches("bus strikes in the summer", strike)
    # a closing phrase that is no time stays the proposal's
    assert not target_matches("bus strikes over pay cuts", strike)


def test_a_numbered_modifier_is_matched_through_the_parsers_key() -> None:
    curfew = _stance("a curfew for under-18s near the seafront", "curfew")
    assert target_matches("teenage curfew", curfew)
    assert not target_matches("teenage dress code", curfew)


def test_a_target_without_span_is_matched_by_its_key() -> None:
    s = Stance(
        "t1",
        "a",
        Target("it", "charge-congestion"),
        Polarity.OPPOSE,
        Commitment.CATEGORICAL,
        "ruled out",
        Span(0, 0),
    )
    assert target_matches("the congestion charge", s)
    assert not target_matches("the wealth tax", s)


def test_a_question_naming_the_proposal_finds_its_anaphora() -> None:
    article = stancekit.parse(
        "Mayor Ana Ruiz ruled out a congestion charge for the old town.\n\n"
        '"We will not introduce it," councillor Tom Vale said of the proposal.\n'
    )
    named = {a.actor.name for a in article.ask("who ruled out the congestion charge")}
    assert "Ana Ruiz" in named
    assert not article.ask("who ruled out a wealth tax")


_WORD = st.sampled_from(["charge", "levy", "bridge", "toll", "school", "meals", "rail", "fund"])


@given(st.lists(_WORD, min_size=1, max_size=4, unique=True))
def test_a_phrase_matches_itself(words: list[str]) -> None:
    text = " ".join(words)
    assert target_matches(text, _stance(text))
