"""Who speaks a quotation: the speaker found around quotation marks of every kind.

Table rows of invented sentences (positive and negative) for the speaker search next to a
quotation, and property tests for the quotations whose attribution the sentence split cut
off (``cut_off``) or that follow a subject, its verb and a colon (``colon_quotation``).
Every name, place and story is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit

Found = tuple[str, str, str]  # (speaker name, content, rule)


def _found(text: str) -> list[Found]:
    a = stancekit.parse(text)
    return [(a.actor(s.speaker).name, s.content, s.rule or "") for s in a.statements]


# (text, speaker, content): the quotation is this speaker's
SPOKEN = [
    # a doubled-apostrophe quotation (an archive convention) before a role and its holder
    (
        "''The ferry will run again in May,'' the harbour spokesman, Ivo Brandt, said on Friday.",
        "Ivo Brandt",
        "The ferry will run again in May",
    ),
    # a nested quotation closing with the outer doubled marks ('...''')
    (
        "''People tell me, 'Keep the ferry,''' said Councillor Ada Moss, who grew up in Ashton.",
        "Ada Moss",
        "''People tell me, 'Keep the ferry,'''",
    ),
    # a plain noun phrase may speak after a quotation for chants, cries and signs
    ('"No more tolls," the crowd chanted.', "crowd", "No more tolls"),
    ('"Not in our valley!" the farmers yelled.', "farmers", "Not in our valley!"),
    ('"Save the ferry," the banners read.', "banners", "Save the ferry"),
    # a second verb after "and": the subject speaks, not the place or person of the first
    (
        "Jane Roe met with Tom Berg in Ashton and said the levy was “a disgrace.”",
        "Jane Roe",
        "the levy was “a disgrace.”",
    ),
    (
        "Ivo Brandt voted in Ashton on Saturday and says he chose “nobody.”",
        "Ivo Brandt",
        "he chose “nobody.”",
    ),
    # a participle and its addressee between the speaker and the cue
    (
        "An aide speaking to the Valley Courier said, “The mayor will not resign.”",
        "aide",
        "The mayor will not resign.",
    ),
    # a capitalised time noun or preposition opening the sentence is no subject
    (
        "Hours later, Tom Berg returned the compliment, telling the Courier, “We are friends.”",
        "Tom Berg",
        "We are friends.",
    ),
    (
        "Amid the protests, the council met again, saying “the levy stays.”",
        "council",
        "the levy stays.",
    ),
    # a bare day between the speaker and the cue
    (
        "Jane Roe later Thursday told the Courier: “Both of them want the bridge.”",
        "Jane Roe",
        "Both of them want the bridge.",
    ),
    # manner cues of a retort ("shot back", "fired back": reporting.toml)
    (
        "“They are all here for the free rides,” Tom Berg shot back with a laugh.",
        "Tom Berg",
        "They are all here for the free rides",
    ),
    # no base form follows "it": "it read" is a past, the document it stands for speaks
    (
        'The council sent a letter on Friday. "Nothing has happened since July," it read.',
        "letter",
        "Nothing has happened since July",
    ),
    # a capitalised word that is no name ("New") between the cue and the speaker after it
    (
        "“More candidates are campaigning here,” added another New Ashton Democrat.",
        "Ashton Democrat",
        "More candidates are campaigning here",
    ),
    # the head of a phrase still speaks past its "and"
    (
        "Critics of the plan and its cost said the levy was “a disgrace.”",
        "Critics",
        "the levy was “a disgrace.”",
    ),
]

# (text, every statement found): near misses
NOT_SPOKEN: list[tuple[str, list[Found]]] = [
    # no cue after the doubled marks: nobody speaks
    ("''The ferry will run again in May,'' the harbour spokesman, Ivo Brandt, in May.", []),
    # a chant with no quotation in its sentence is no attribution
    ("The crowd chanted for an hour outside the ferry office.", []),
    # "read" right after a singular noun is still a base form
    ("The banner read like a warning to the council.", []),
    # "read" after "she" with no quotation is no attribution
    ("She read the letter to the council on Friday.", []),
    # "fired back" with no words reported
    ("The guards fired back at the attackers near the harbour.", []),
    # no mention after the capitalised word: nobody
    ("“More candidates are campaigning here,” added another New one.", []),
    # nobody speaks in "Hours later, ..." when no actor is the subject
    ("Hours later, the old bridge collapsed, sending debris into the river.", []),
    # a relative pronoun after the object of the first verb: the object speaks
    (
        "Officials spoke with the mayor, who said the levy was “a disgrace.”",
        [("mayor", "the levy was “a disgrace.”", "pre_posed")],
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), SPOKEN)
def test_the_quotation_is_the_speakers(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in [(s, c) for s, c, _ in _found(text)]


@pytest.mark.parametrize(("text", "expected"), NOT_SPOKEN)
def test_no_speaker_is_made_up(text: str, expected: list[Found]) -> None:
    assert _found(text) == expected


_WORDS = st.sampled_from(["ferry", "levy", "bridge", "council", "harbour", "plan", "toll"])
_QUESTION = st.lists(_WORDS, min_size=1, max_size=6).map(lambda ws: "Why the " + " ".join(ws))
_SPEAKERS = st.sampled_from(["Ada Moss", "The mayor", "Councillor Ivo Brandt", "Jane Roe"])
_CUES = st.sampled_from(["asked", "wondered", "shouted", "wrote"])
_TAILS = st.sampled_from(
    ["", ", turning to the crowd", " at the meeting on Friday", ", a lawyer for the families"]
)


@settings(max_examples=40, deadline=None)
@given(_QUESTION, st.sampled_from("?!"), _SPEAKERS, _CUES, _TAILS)
def test_a_cut_off_attribution_speaks_only_its_quotation(
    question: str, mark: str, speaker: str, cue: str, tail: str
) -> None:
    text = f'"{question}{mark}" {speaker} {cue}{tail}.'
    article = stancekit.parse(text)
    quoted = f"{question}{mark}"
    assert [s.content for s in article.statements] == [quoted]
    (s,) = article.statements
    assert s.rule == "cut_off"
    assert text[s.span.start : s.span.end] == quoted
    assert article.actor(s.speaker).name.lower() in speaker.lower()


@settings(max_examples=40, deadline=None)
@given(
    _SPEAKERS,
    st.sampled_from(["gloated", "resisted", "delivered a blunt message", "pushed back"]),
    st.lists(_WORDS, min_size=2, max_size=8),
)
def test_a_colon_quotation_is_exactly_the_quoted_words(
    speaker: str, verb: str, words: list[str]
) -> None:
    quoted = "The " + " ".join(words) + " will stay."
    text = f'{speaker} {verb}: "{quoted}"'
    article = stancekit.parse(text)
    assert [(s.content, s.rule) for s in article.statements] == [(quoted, "colon_quotation")]
    (s,) = article.statements
    assert text[s.span.start : s.span.end] == quoted
