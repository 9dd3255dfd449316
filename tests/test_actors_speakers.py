"""The right speaker name: a title's holder, a role's earlier holder, and the words around a
name that are no speaker (a town, an organisation, an addressee). Invented sentences, each
rule with a near miss that must keep its old reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Lexicon
from stancekit.parse import _pipeline
from stancekit.parse._mentions import find_mentions
from stancekit.parse._state import ParseState
from stancekit.parse._text import segment


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    a = stancekit.parse(text)
    return [
        (a.actor(s.speaker).name, a.actor(s.speaker).title, a.actor(s.speaker).affiliation)
        for s in a.statements
    ]


# -- a capitalised modifier, a lower-case role and a name: the name speaks -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harbor Town business owner Nina Reyes said the new wage would close her shop.",
            ("Nina Reyes", "business owner", "Harbor Town"),
        ),
        (
            "Opposition health spokesman Carl Dunne says the hospital plan is a mess.",
            ("Carl Dunne", "spokesman", "Opposition"),
        ),
        # near miss: a plural role after the modifier is a group, not a person's title
        (
            "Harbor Town residents said the new wage would close the shops.",
            ("residents", None, None),
        ),
        # near miss: with an article it stays a role phrase, with no name to take
        (
            "The Harbor Town business owner said the new wage would close her shop.",
            ("Harbor Town business owner", None, None),
        ),
    ],
)
def test_a_modifier_and_a_role_before_a_name(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert _speakers(text) == [expected]


def test_a_modifier_run_may_hold_of() -> None:
    text = "Joint Board of Harbors chairman Admiral Tom Hale said the port would stay shut."
    ((name, _, affiliation),) = _speakers(text)
    assert (name, affiliation) == ("Tom Hale", "Joint Board of Harbors")


def test_the_modifier_is_no_actor_of_its_own() -> None:
    text = 'Opposition health spokesman Carl Dunne attacked the plan. "It is a mess," he said.'
    a = stancekit.parse(text)
    assert [a.actor(s.speaker).name for s in a.statements] == ["Carl Dunne"]


# -- a title continued by "of" or "and" before the name ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Director-General of Health Mara Quist reported there were 40 new cases.",
            ("Mara Quist", "Director-General of Health", None),
        ),
        (
            '"Costs keep rising," said President and CEO of Northport Tools Anna Berg.',
            ("Anna Berg", "President and CEO", "Northport Tools"),
        ),
        # near miss: two honorific names joined by "and" stay two speakers
        (
            "Mr. Hale and Mr. Ostrow said the plan was unfair.",
            [("Ostrow", "Mr.", None), ("Hale", "Mr.", None)],
        ),
        # near miss: a title alone before "of" and a plain organisation is still no name
        (
            "Chairman of the Board Tom Hale said the plan was unfair.",
            ("Chairman", "Chairman", "Board Tom Hale"),
        ),
    ],
)
def test_a_title_continued_before_the_name(text: str, expected: object) -> None:
    assert _speakers(text) == (expected if isinstance(expected, list) else [expected])


# -- a title word as the surname after a given name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Council spokeswoman Catherine King said the pool would reopen.", "Catherine King"),
        ("Larry Major said the pool would reopen.", "Larry Major"),
        # near miss: after an honorific the title word is still the surname alone
        ("Mr. Ostrow said the pool would reopen.", "Ostrow"),
    ],
)
def test_a_title_word_as_surname(text: str, name: str) -> None:
    assert [s[0] for s in _speakers(text)] == [name]


# -- a possessive's role right before a name: the name holds the role ----------------------------


def test_a_possessive_role_before_a_name_is_its_holder() -> None:
    text = (
        "Acme's chief executive Jane Roe said the plant would stay open. Later the chief "
        "executive said the jobs were safe."
    )
    a = stancekit.parse(text)
    speakers = [a.actor(s.speaker) for s in a.statements]
    assert [x.name for x in speakers] == ["Jane Roe", "Jane Roe"]
    assert speakers[0].title == "chief executive"
    acme = a.find_actor("Acme")
    assert acme is not None
    assert speakers[0].represents == acme.id


def test_a_possessive_role_then_a_name_between_commas_is_its_holder() -> None:
    a = stancekit.parse("Tidewell's chief executive, Paul Ochs, said the books were sound.")
    (s,) = a.statements
    actor = a.actor(s.speaker)
    assert (actor.name, actor.title) == ("Paul Ochs", "chief executive")
    tidewell = a.find_actor("Tidewell")
    assert tidewell is not None
    assert actor.represents == tidewell.id


def test_a_possessive_role_then_a_list_has_no_holder() -> None:
    # near miss: "and" after the name: a list, not the role's holder set off by commas
    lex = Lexicon.default()
    (sentence,) = segment("Tidewell's chief executive, Paul Ochs and the auditor met.", lex)
    named = [m for m in find_mentions(sentence, lex) if m.name == "Paul Ochs"]
    assert len(named) == 1
    assert named[0].title is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near miss: the name is the addressee, not the holder
        ("Acme's spokesman told Jane Roe the plant would stay open.", "Acme's spokesman"),
        ("The minister's spokesman said the plant would stay open.", "minister's spokesman"),
    ],
)
def test_a_possessive_role_without_a_name_stays_a_role(text: str, name: str) -> None:
    assert [s[0] for s in _speakers(text)] == [name]


# -- an addressee before the cue is not its speaker ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor Jane Roe in a letter to the council said the park would close.", "Jane Roe"),
        ("Tom Hale in a submission to the Senate said the tax was unfair.", "Tom Hale"),
        # near miss: the addressee after "told" is still no speaker
        ("Mayor Jane Roe told the council the park would close.", "Jane Roe"),
        # near miss: a role and its holder after the phrase speak
        ("In a letter to the council, Mayor Jane Roe said the park would close.", "Jane Roe"),
        # near miss: a document with no person before it is still the source
        ("A letter to the council said the park would close.", "letter"),
    ],
)
def test_an_addressee_is_no_speaker(text: str, name: str) -> None:
    assert [s[0] for s in _speakers(text)] == [name]


# -- a pronoun subject carries its actor to the next pronoun -------------------------------------


def test_a_pronoun_subject_is_the_nearest_mention_for_the_next_pronoun() -> None:
    text = (
        "Mara Quist criticised the housing plan. She insisted the council had failed and she "
        "urged the mayor to act. She said the rents were too high."
    )
    assert _speakers(text)[-1][0] == "Mara Quist"


def test_a_named_subject_still_wins_over_an_earlier_pronoun() -> None:
    # near miss: the nearest sentence names a man as its subject; "he" is that man
    text = (
        "Mara Quist criticised the housing plan. She left early. Tom Hale stayed with the "
        "mayor. He said the rents were too high."
    )
    assert _speakers(text)[-1][0] == "Tom Hale"


# -- a dateline or an opening adverb is no clause subject ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "WASHINGTON (Wire) — Mayor Jane Roe toured the plant, saying it would stay open.",
            "Jane Roe",
        ),
        (
            "LONDON, May 2 (Wire) — In reply to the union, Mayor Jane Roe toured the plant, "
            "saying it would stay open.",
            "Jane Roe",
        ),
        (
            "Shortly after Tom Hale left, Mayor Jane Roe toured the plant, saying it would stay "
            "open.",
            "Jane Roe",
        ),
        (
            "Facing criticism, Mayor Jane Roe toured the plant, saying it would stay open.",
            "Jane Roe",
        ),
        # near miss: a name opening the sentence is its subject
        ("Manning, a former analyst, toured the plant, saying it would stay open.", "Manning"),
        # near miss: a place with no dash after it is still the subject
        ("Washington toured the plant, saying it would stay open.", "Washington"),
    ],
)
def test_a_dateline_or_opening_word_is_no_subject(text: str, name: str) -> None:
    assert [s[0] for s in _speakers(text)] == [name]


# -- a role in the lead, named before its one holder ---------------------------------------------


def test_a_lead_role_is_the_one_later_holder_of_its_title() -> None:
    text = (
        "Sweden's finance minister said on Sunday that the levy was a mistake.\n\n"
        "The levy passed in May.\n\n"
        "Swedish Finance Minister Ada Moss told reporters that it would hurt farmers."
    )
    a = stancekit.parse(text)
    assert [a.actor(s.speaker).name for s in a.statements] == ["Ada Moss", "Ada Moss"]
    assert all(x.name != "Sweden's finance minister" for x in a.actors)


@pytest.mark.parametrize(
    "text",
    [
        # near miss: two later holders of the title; the role stays itself
        "The finance minister said on Sunday that the levy was a mistake.\n\n"
        "Finance Minister Ada Moss met farmers. Finance Minister Tom Hale met bankers.",
        # near miss: the later holder has another affiliation
        "The Dutch finance minister said on Sunday that the levy was a mistake.\n\n"
        "Finnish Finance Minister Ada Moss met farmers.",
        # near miss: the role's own modifier is not the holder's
        "The Democratic nominee said on Sunday that the levy was a mistake.\n\n"
        "Republican nominee Ada Moss met farmers.",
        # near miss: no later holder at all
        "The finance minister said on Sunday that the levy was a mistake.\n\nAda Moss met farmers.",
    ],
)
def test_a_lead_role_without_one_compatible_holder_stays_a_role(text: str) -> None:
    a = stancekit.parse(text)
    assert "Ada Moss" not in [a.actor(s.speaker).name for s in a.statements]


def test_a_lead_role_is_the_holder_of_the_bare_title_not_of_a_modified_one() -> None:
    text = (
        "Chancellor rejects bed tax\n\n"
        "The Chancellor, Simon Hayes, on Wednesday rejected a bed tax, saying it would hurt"
        " hotels.\n\nThe shadow chancellor, Rachel Ormond, said he was wrong."
    )
    a = stancekit.parse(text)
    assert [x.name for x in a.actors] == ["Simon Hayes", "Rachel Ormond"]
    assert [x.actor.name for x in a.ask("who ruled out a bed tax")] == ["Simon Hayes"]


def test_a_lead_role_with_only_modified_titles_later_stays_a_role() -> None:
    # near miss: a deputy and a shadow chancellor, no chancellor: the role stays itself
    text = (
        "Chancellor rejects bed tax\n\n"
        "Deputy Chancellor Simon Hayes said the tax would hurt hotels.\n\n"
        "Shadow chancellor Rachel Ormond said the tax was wrong."
    )
    a = stancekit.parse(text)
    assert "Chancellor" in [x.name for x in a.actors]


def test_a_role_after_the_lead_takes_no_later_holder() -> None:
    # near miss: outside the lead a role does not look ahead
    text = (
        "The levy passed in May. Farmers protested. Banks objected. Shops closed.\n\n"
        "The finance minister said on Sunday that the levy was a mistake.\n\n"
        "Finance Minister Ada Moss met farmers."
    )
    a = stancekit.parse(text)
    assert [a.actor(s.speaker).name for s in a.statements] == ["finance minister"]


# -- an organisation's "of" and a place opening with a common word -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Savings Bank of New Harbor said the rates would stay.", "Savings Bank of New Harbor"),
        (
            "The University of New Lanark said the campus would stay open.",
            "University of New Lanark",
        ),
        # a role of such an organisation, with a country modifier, is the role, not the place
        (
            "The president of the US Savings Bank of New Harbor said the rates would stay.",
            "president",
        ),
        # near miss: with no "of", the capitalised word after the name opens no part of it
        ("The Savings Bank said New Harbor rates would stay.", "Savings Bank"),
    ],
)
def test_an_organisation_named_with_a_place(text: str, name: str) -> None:
    assert [s[0] for s in _speakers(text)] == [name]


# -- joint speakers with an article before the last name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Both the Courier and The Herald reported on Saturday that the plant would close.",
            ["Herald", "Courier"],
        ),
        ("The Courier and the Herald reported that the plant would close.", ["Herald", "Courier"]),
        # near miss: an article after a preposition joins no list
        ("Readers of the Herald said the plant would close.", ["Readers"]),
    ],
)
def test_joint_speakers_past_an_article(text: str, names: list[str]) -> None:
    assert [s[0] for s in _speakers(text)] == names


# -- a role's portfolio must be its holder's -----------------------------------------------------


def test_a_role_with_a_portfolio_finds_the_holder_of_that_portfolio() -> None:
    text = (
        "Economy Minister Ada Moss said the levy would stay. Health Minister Tom Hale said the "
        "clinics would close. Later the economy minister said the levy was fair."
    )
    assert [s[0] for s in _speakers(text)] == ["Ada Moss", "Tom Hale", "Ada Moss"]


def test_a_role_with_another_portfolio_is_not_the_latest_minister() -> None:
    # near miss: no earlier holder of the portfolio; the latest minister is not it
    text = (
        "Economy Minister Ada Moss said the levy would stay. Later the health minister said "
        "the clinics would close."
    )
    assert [s[0] for s in _speakers(text)] == ["Ada Moss", "health minister"]


def test_a_role_without_a_portfolio_takes_the_latest_holder() -> None:
    # near miss: a bare role still finds the latest minister
    text = (
        "Economy Minister Ada Moss said the levy would stay. Later the minister said it was fair."
    )
    assert [s[0] for s in _speakers(text)] == ["Ada Moss", "Ada Moss"]


# -- invariant: every mention resolves to an entity the resolver still holds ---------------------

_PIECES = [
    "Sweden's finance minister said the levy was a mistake.",
    "Swedish Finance Minister Ada Moss said the levy would stay.",
    "The finance minister said the levy was fair.",
    "Finance Minister Tom Hale met farmers.",
    "She said the rents were too high.",
    "He told the council in a letter that the park would close.",
    "Acme's chief executive Jane Roe said the plant would stay open.",
    "Harbor Town business owner Nina Reyes said the wage was too high.",
    "WASHINGTON (Wire) — Mayor Jane Roe toured the plant, saying it would stay open.",
    "Both the Courier and The Herald reported that the plant would close.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_every_mention_resolves_to_a_held_entity(pieces: list[str]) -> None:
    state = ParseState(text="\n\n".join(pieces), lexicon=Lexicon.default())
    for step in _pipeline.STEPS:
        step(state)
    assert state.resolver is not None
    held = {id(e) for e in state.resolver.entities}
    for ms in state.mentions:
        for m in ms:
            assert m.actor is None or id(m.actor) in held
    article = stancekit.parse(state.text)
    ids = {a.id for a in article.actors}
    assert all(s.speaker in ids for s in article.statements)


# -- a sole title with no holder named: the one untitled person named just before --------------

_LAST = "Speaking to reporters, the prime minister said only that the levy was a sensible reform."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person named in the sentence before, with no title of her own
        (f"Anna Keller refused to say whether the levy had been shelved. {_LAST}", "Anna Keller"),
        # a titled person in between is someone else: the untitled one is still the only one
        (
            "Health Minister Tom Hale dismissed the reports, but Anna Keller refused to say "
            f"whether the levy had been shelved. {_LAST}",
            "Anna Keller",
        ),
        # near miss: two untitled people just before: nobody can tell which
        (
            f"Anna Keller and Tom Hale refused to say whether the levy had been shelved. {_LAST}",
            "prime minister",
        ),
        # near miss: a capitalised phrase with no given name is no person to take the title
        (f"The Harbor Fund was not mentioned in the budget. {_LAST}", "prime minister"),
    ],
)
def test_a_sole_title_is_the_one_untitled_person_named_before(text: str, expected: str) -> None:
    a = stancekit.parse(text)
    names = [a.actor(s.speaker).name for s in a.statements]
    assert names[-1] == expected


@pytest.mark.parametrize(
    "role",
    [
        "the former prime minister",  # a former holder is not the office's holder now
        "the health minister",  # not a sole title: ministers are many
    ],
)
def test_a_title_that_is_not_the_sole_office_stays_a_role(role: str) -> None:
    text = (
        "Anna Keller refused to say whether the levy had been shelved. "
        f"Speaking to reporters, {role} said only that the levy was a sensible reform."
    )
    a = stancekit.parse(text)
    assert a.actor(a.statements[-1].speaker).name != "Anna Keller"
