"""Naming cues: "called the plan a 'disaster'", "described him as 'unfit'".

A cue of ``naming_cues`` names its object with a quoted phrase; the content is the object and
that quotation, not the reporter's narration after it. Table rows of invented sentences
(positive and negative) and a property test. Every name, place and story is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit

Found = tuple[str, str, str]  # (speaker name, cue, content)


def _found(text: str) -> list[Found]:
    a = stancekit.parse(text)
    return [(a.actor(s.speaker).name, s.cue, s.content) for s in a.statements]


# (text, speaker, cue, content): the narration resumes after the quotation naming the object
NAMED = [
    # a participle after the comma inside the quotation
    (
        'Senator Maria Vance called the tax plan a "reckless gamble," pointing to rising costs.',
        "Maria Vance",
        "called",
        'the tax plan a "reckless gamble,"',
    ),
    # a participle after a comma outside it
    (
        "The mayor, Ada Moss, described the new stadium as “a waste of money”, citing its debts.",
        "Ada Moss",
        "described",
        "the new stadium as “a waste of money”",
    ),
    # a coordinator after the comma
    (
        'Mayor Ada Moss called the toll "unfair," and her office has asked for a review.',
        "Ada Moss",
        "called",
        'the toll "unfair,"',
    ),
    # a list of quotations is one naming; the narration resumes after the last
    (
        'Tom Berg called the developer a "bully," a "cheat," "reckless" and "rude," a '
        "claim the firm denied.",
        "Tom Berg",
        "called",
        'the developer a "bully," a "cheat," "reckless" and "rude,"',
    ),
    # a bracket
    (
        'Governor Tom Hale referred to the marchers as "outside agitators" (though he praised '
        "their discipline) at the briefing.",
        "Tom Hale",
        "referred to",
        'the marchers as "outside agitators"',
    ),
    # "and" with a new subject; two quotations joined by "and" are one naming
    (
        'Ivo Brandt called Lena Kraus, his rival for the seat, a "liar" and a "fraud" and he '
        "refused to apologise.",
        "Ivo Brandt",
        "called",
        'Lena Kraus, his rival for the seat, a "liar" and a "fraud"',
    ),
    (
        'The union leader Rosa Vidal branded the offer "an insult," adding that members would '
        "strike.",
        "Rosa Vidal",
        "branded",
        'the offer "an insult,"',
    ),
    # an apposition or a new subject after the comma
    (
        'Jane Roe called the mayor a "coward," a charge she repeated at the rally.',
        "Jane Roe",
        "called",
        'the mayor a "coward,"',
    ),
    # the named thing before the cue: the quotation alone, whatever follows it
    (
        'The council approved what Councillor Ada Moss called "a betrayal of the valley" in '
        "a late vote on Tuesday.",
        "Ada Moss",
        "called",
        "a betrayal of the valley",
    ),
    (
        'The board passed what Mayor Tom Hale called a "fair deal" for the valley after a long '
        "debate.",
        "Tom Hale",
        "called",
        'a "fair deal"',
    ),
]

# (text, speaker, cue, content): contents the naming rule leaves as they were
NOT_NAMED = [
    # words modifying the naming stay with it, after a comma too
    (
        'Jane Roe called the levy a "gift to landlords," because rents would rise.',
        "Jane Roe",
        "called",
        'the levy a "gift to landlords," because rents would rise',
    ),
    (
        'Governor Tom Hale called the deal "a historic step" in efforts to cut river pollution.',
        "Tom Hale",
        "called",
        'the deal "a historic step" in efforts to cut river pollution',
    ),
    (
        'Ivo Brandt called the vote "a grave mistake," made by a council in a hurry.',
        "Ivo Brandt",
        "called",
        'the vote "a grave mistake," made by a council in a hurry',
    ),
    # a speech verb: the quotation is part of the reported clause
    (
        'Jane Roe said the plan was "a disaster", pointing to the city and its workers.',
        "Jane Roe",
        "said",
        'the plan was "a disaster", pointing to the city and its workers',
    ),
    # "called on" is another cue, not a naming
    (
        'Councilman Rick Doyle called on the board to hold a vote on the "ferry question" soon.',
        "Rick Doyle",
        "called on",
        'the board to hold a vote on the "ferry question" soon',
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), NAMED)
def test_a_naming_cue_ends_at_its_quotation(
    text: str, speaker: str, cue: str, content: str
) -> None:
    assert (speaker, cue, content) in _found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), NOT_NAMED)
def test_other_contents_keep_their_words(text: str, speaker: str, cue: str, content: str) -> None:
    assert (speaker, cue, content) in _found(text)


_WORDS = st.sampled_from(["ferry", "levy", "plan", "budget", "council", "bridge", "tolls", "road"])


@settings(max_examples=30, deadline=None)
@given(
    phrase=st.lists(_WORDS, min_size=1, max_size=3),
    tail=st.lists(_WORDS, min_size=1, max_size=5),
)
def test_the_named_content_is_the_object_and_quotation(phrase: list[str], tail: list[str]) -> None:
    quote = " ".join(phrase)
    text = f'Mayor Ada Moss called the proposal a "{quote}," citing the {" ".join(tail)}.'
    found = [f for f in _found(text) if f[1] == "called"]
    assert found == [("Ada Moss", "called", f'the proposal a "{quote},"')]
