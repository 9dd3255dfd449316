"""Cues and content boundaries (issue 9): message nouns, coordinated -s forms, raised cues,
question clauses after "asked", glosses closing a content, and joined second attributions.

Each mechanism has rows where it applies and near misses where it must not. Every name,
place and story is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit

Found = tuple[str | None, str, str, str]  # (rule, speaker name, cue, content)


def _found(text: str) -> list[Found]:
    a = stancekit.parse(text)
    return [(s.rule, a.actor(s.speaker).name, s.cue, s.content) for s in a.statements]


# (text, every statement found)
ROWS: list[tuple[str, list[Found]]] = [
    # a message noun before the -ing cue: its sender speaks, not the message
    (
        "Mayor Lena Ortiz issued a statement saying the bridge would reopen in May.",
        [("participial", "Lena Ortiz", "saying", "the bridge would reopen in May")],
    ),
    (
        "The harbour board sent an email on Friday saying the ferry would stop running.",
        [("participial", "harbour board", "saying", "the ferry would stop running")],
    ),
    (
        "Mayor Lena Ortiz released a brief statement warning that the dam could fail.",
        [("participial", "Lena Ortiz", "warning", "the dam could fail")],
    ),
    # a participle after a comma inside the quotation marks
    (
        'Councillor Tom Baird told investors that the fears were "overblown," adding that the levy '
        'had "real upside."',
        [
            ("pre_posed", "Tom Baird", "told", 'the fears were "overblown,"'),
            ("participial", "Tom Baird", "adding", 'the levy had "real upside."'),
        ],
    ),
    # near miss: a noun that is no message keeps the old reading (no -ing cue there)
    ("Mayor Lena Ortiz bought a boat hoping the ferry would stop running.", []),
    # "and says": a second verb that opens a clause
    (
        "Mayor Lena Ortiz toured the flooded district and says that the dam will hold.",
        [("coordinated", "Lena Ortiz", "says", "the dam will hold")],
    ),
    (
        "Mayor Lena Ortiz toured the flooded district and insists she will close the road.",
        [("coordinated", "Lena Ortiz", "insists", "she will close the road")],
    ),
    # near miss: "and protests" as a plural noun
    ("The union organised rallies and protests against the closure of the mill.", []),
    # a raising verb before "to": the speaker is found before it
    (
        "Mayor Lena Ortiz tried to argue that the levy would pay for the new bridge.",
        [("pre_posed", "Lena Ortiz", "tried to argue", "the levy would pay for the new bridge")],
    ),
    (
        "Councillor Tom Baird managed to ask whether the levy would pay for the bridge.",
        [("pre_posed", "Tom Baird", "managed to ask", "whether the levy would pay for the bridge")],
    ),
    # near miss: "tried to find" reports no words
    ("Mayor Lena Ortiz tried to find a way to pay for the new bridge.", []),
    # a question clause after "asked" / "told": not an addressee
    (
        "Councillor Tom Baird asked why the council had delayed the vote for a year.",
        [("pre_posed", "Tom Baird", "asked", "why the council had delayed the vote for a year")],
    ),
    (
        "Councillor Tom Baird told reporters how the council had spent the levy.",
        [("pre_posed", "Tom Baird", "told", "how the council had spent the levy")],
    ),
    (
        "Councillor Tom Baird asked the mayor to explain the delay before the vote.",
        [("pre_posed", "Tom Baird", "asked", "the mayor to explain the delay before the vote")],
    ),
    # a longer addressee or an adjunct before "that"
    (
        "Councillor Tom Baird told the Valley Courier of Ashton on Saturday that he backed the "
        "levy.",
        [("pre_posed", "Tom Baird", "told", "he backed the levy")],
    ),
    # near miss: "accused X of hiding a report that ...": the "that" is the report's
    (
        "Councillor Tom Baird accused the harbour board of hiding a report that the pier was "
        "unsafe.",
        [("pre_posed", "Tom Baird", "accused", "hiding a report that the pier was unsafe")],
    ),
    # a relative clause glossing the content's last noun is the reporter's
    (
        "Mayor Lena Ortiz said the levy would help Tom Baird, who faces an election in May.",
        [("pre_posed", "Lena Ortiz", "said", "the levy would help Tom Baird")],
    ),
    # near misses: a relative clause closed by a comma, or one that is most of the content
    (
        "Mayor Lena Ortiz said the councillor, who took office in May, would resign soon.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the councillor, who took office in May, would resign soon",
            )
        ],
    ),
    (
        "Mayor Lena Ortiz said the dam would hold, where the river bends below the town.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the dam would hold, where the river bends below the town",
            )
        ],
    ),
    # a summing-up apposition after a common noun is the reporter's; after a name it stays
    (
        "Mayor Lena Ortiz said the mill would close next year, a blow to the valley's economy.",
        [("pre_posed", "Lena Ortiz", "said", "the mill would close next year")],
    ),
    (
        "Mayor Lena Ortiz said the grant would go to Open Door, a charity she founded.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the grant would go to Open Door, a charity she founded",
            )
        ],
    ),
    # ", and NP said": the first content ends at the comma
    (
        "Six in ten farmers said the levy was fair, and three in ten said the same of the toll.",
        [
            ("pre_posed", "farmers", "said", "the levy was fair"),
            ("pre_posed", "three in ten", "said", "the same of the toll"),
        ],
    ),
    # ", including ..." goes on with the reported words; ", which ..." still ends them
    (
        "Mayor Lena Ortiz said the levy would pay for new schools, including two in the valley.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the levy would pay for new schools, including two in the valley",
            )
        ],
    ),
    (
        "Mayor Lena Ortiz said the levy would pay for new schools, which the council opposed.",
        [("pre_posed", "Lena Ortiz", "said", "the levy would pay for new schools")],
    ),
    # competing cues: the outer attribution holds the inner one, which stays
    (
        "Mayor Lena Ortiz told residents that the bridge was safe, according to a council report.",
        [
            (
                "according_to",
                "council report",
                "according to",
                "Mayor Lena Ortiz told residents that the bridge was safe",
            ),
            ("pre_posed", "Lena Ortiz", "told", "the bridge was safe"),
        ],
    ),
    (
        "The council thought the old pier would hold, officials said.",
        [
            ("post_posed", "officials", "said", "The council thought the old pier would hold"),
            ("pre_posed", "council", "thought", "the old pier would hold"),
        ],
    ),
    # near misses: a clause of its own after the comma, or a quotation before the cue
    (
        "Mayor Lena Ortiz said the bridge was safe, and the council agreed.",
        [("pre_posed", "Lena Ortiz", "said", "the bridge was safe")],
    ),
    (
        'Mayor Lena Ortiz declared the bridge safe: "It will hold," she said.',
        [("pre_posed", "Lena Ortiz", "declared", 'the bridge safe: "It will hold,"')],
    ),
    # manner verbs next to a quotation, before or after the speaker
    (
        '"This is the best day the valley has had," Mayor Lena Ortiz gushed.',
        [("post_posed", "Lena Ortiz", "gushed", "This is the best day the valley has had")],
    ),
    (
        '"We cannot wait another year," fumed Tom Baird, a farmer.',
        [("inverted", "Tom Baird", "fumed", "We cannot wait another year")],
    ),
    (
        'Mayor Lena Ortiz blurted out: "The bridge will never reopen."',
        [("pre_posed", "Lena Ortiz", "blurted out", "The bridge will never reopen.")],
    ),
    # more manner verbs before or after their speaker, also inflected from the lemma
    (
        '"Our ideas are different," agrees Anne Keller, 30, of Ashton.',
        [("inverted", "Anne Keller", "agrees", "Our ideas are different")],
    ),
    (
        '"We will not wait," barked Tom Baird, the union leader.',
        [("inverted", "Tom Baird", "barked", "We will not wait")],
    ),
    (
        '"The levy was never the problem," Mayor Lena Ortiz scoffed.',
        [("post_posed", "Lena Ortiz", "scoffed", "The levy was never the problem")],
    ),
    # "spoke about", "spoke of", "spoke out against": the topic is the content
    (
        "Mayor Lena Ortiz spoke about the need for a new bridge across the river.",
        [("pre_posed", "Lena Ortiz", "spoke about", "the need for a new bridge across the river")],
    ),
    (
        "Mayor Lena Ortiz spoke out against the toll on the old bridge.",
        [("pre_posed", "Lena Ortiz", "spoke out against", "the toll on the old bridge")],
    ),
    # near misses: speaking to someone, or "speaking of" as a discourse marker
    ("Mayor Lena Ortiz spoke to reporters in the valley on Friday.", []),
    ("Speaking of bridges, the old one across the river is closed.", []),
    # near misses: no quotation, the manner verb is a plain verb
    ("The union pressed the council on Friday for a vote on the levy.", []),
    ("Tom Baird snapped a photo of the bridge before the flood.", []),
    # near miss: without a quotation a manner verb is no cue
    ("Mayor Lena Ortiz sighed and left the meeting before the vote on the levy.", []),
    # "called on X to ...": the addressee is part of the content
    (
        "Mayor Lena Ortiz called on the council to reopen the bridge soon.",
        [("pre_posed", "Lena Ortiz", "called on", "the council to reopen the bridge soon")],
    ),
    # near miss: "called on" a visit
    ("Mayor Lena Ortiz called on residents in the valley on Friday.", []),
    # near miss: no comma before "and" ("the council and the mayor agree")
    (
        "Mayor Lena Ortiz said the levy was fair and the toll would stay in place.",
        [("pre_posed", "Lena Ortiz", "said", "the levy was fair and the toll would stay in place")],
    ),
    # a base form after a plural subject past an adverb or a phrase ("officials now say")
    (
        "Harbour officials now say the ferry will stop running in May.",
        [("pre_posed", "Harbour officials", "say", "the ferry will stop running in May")],
    ),
    (
        "Farmers privately argue that the levy is too high.",
        [("pre_posed", "Farmers", "argue", "the levy is too high")],
    ),
    (
        "Critics of the new toll insist the bridge was safe all along.",
        [("pre_posed", "Critics", "insist", "the bridge was safe all along")],
    ),
    # a possessive before a plural role noun ("the mayor's aides say")
    # ", but that ...": a second reported clause of the same cue, so the content goes on
    (
        "Mayor Lena Ortiz said the levy would pass, but that the vote would be close.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the levy would pass, but that the vote would be close",
            )
        ],
    ),
    (
        "Councillor Tom Baird argued the ferry was safe, yet that the fares were far too high.",
        [
            (
                "pre_posed",
                "Tom Baird",
                "argued",
                "the ferry was safe, yet that the fares were far too high",
            )
        ],
    ),
    # near misses: ", but" opening the reporter's own clause, and a participle cue before "that"
    (
        "Mayor Lena Ortiz said the levy would pass, but the council still has doubts about it.",
        [("pre_posed", "Lena Ortiz", "said", "the levy would pass")],
    ),
    (
        "Mayor Lena Ortiz told the council the levy would pass, adding that the vote would be "
        "close.",
        [
            ("pre_posed", "Lena Ortiz", "told", "the levy would pass"),
            ("participial", "Lena Ortiz", "adding", "the vote would be close"),
        ],
    ),
    # a second verb repeating the cue's auxiliary ("has said X and has asked Y") ends X
    (
        "Mayor Lena Ortiz has said the port is safe and has repeatedly praised the dock workers.",
        [("pre_posed", "Lena Ortiz", "said", "the port is safe")],
    ),
    (
        "Councillor Tom Baird had argued the levy was fair and had quietly voted against it.",
        [("pre_posed", "Tom Baird", "argued", "the levy was fair")],
    ),
    # near misses: the repeated word is a main verb, or no auxiliary stands before the cue
    (
        "Mayor Lena Ortiz has said the port has grown and has more ships than ever.",
        [("pre_posed", "Lena Ortiz", "said", "the port has grown and has more ships than ever")],
    ),
    (
        "Mayor Lena Ortiz said the port has grown and has taken on forty new workers.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the port has grown and has taken on forty new workers",
            )
        ],
    ),
    # a cue inside a fronted adverbial clause: the content ends where the clause does
    (
        "While Mayor Lena Ortiz said the levy was fair, her aides voted against it on Monday.",
        [("pre_posed", "Lena Ortiz", "said", "the levy was fair")],
    ),
    (
        "When Councillor Tom Baird warned that the bridge was unsafe, the board closed it.",
        [("pre_posed", "Tom Baird", "warned", "the bridge was unsafe")],
    ),
    (
        "Even as Mayor Lena Ortiz said the levy was fair, her aides voted against it on Monday.",
        [("pre_posed", "Lena Ortiz", "said", "the levy was fair")],
    ),
    # near misses: the fronted clause ends at the cue ("As X reported, ..."), the comma comes
    # before the cue, or the sentence opens with no subordinator (an adverb of fronted_adverbs
    # alone opens no clause)
    (
        "As the Valley Courier reported, even if the levy passes, the mill will close in May.",
        [
            (
                "pre_posed",
                "Valley Courier",
                "reported",
                "even if the levy passes, the mill will close in May",
            )
        ],
    ),
    (
        "Only Mayor Lena Ortiz said the levy was fair, her aides voted against it.",
        [("pre_posed", "Lena Ortiz", "said", "the levy was fair, her aides voted against it")],
    ),
    (
        "As a rule, Mayor Lena Ortiz said, the levy is fair to the farmers of the valley.",
        [("pre_posed", "Lena Ortiz", "said", "the levy is fair to the farmers of the valley")],
    ),
    (
        "Mayor Lena Ortiz said the levy was fair, her aides voted against it.",
        [("pre_posed", "Lena Ortiz", "said", "the levy was fair, her aides voted against it")],
    ),
    # a parenthetical between two dashes of one kind does not end the reported clause
    (
        "Mayor Lena Ortiz said the levy – a tax on every truck – was fair to the farmers.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the levy – a tax on every truck – was fair to the farmers",
            )
        ],
    ),
    (
        "Councillor Tom Baird argued that the ferry — the only link to the island — was too slow.",
        [
            (
                "pre_posed",
                "Tom Baird",
                "argued",
                "the ferry — the only link to the island — was too slow",
            )
        ],
    ),
    # near misses: one dash, or two dashes of different kinds, end the clause
    (
        "Mayor Lena Ortiz said the levy was fair to farmers – and the board agreed with her.",
        [("pre_posed", "Lena Ortiz", "said", "the levy was fair to farmers")],
    ),
    (
        "Mayor Lena Ortiz said the levy — a tax on every truck – was fair to the farmers.",
        [("pre_posed", "Lena Ortiz", "said", "the levy — a tax on every truck")],
    ),
    # a relative clause inside the reported clause's subject, its verb resuming after it
    (
        "Mayor Lena Ortiz said the levy, which the board approved in May, was fair to farmers.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the levy, which the board approved in May, was fair to farmers",
            )
        ],
    ),
    # near misses: a relative clause closing the content, or followed by no resuming verb
    (
        "Mayor Lena Ortiz said the board approved the levy, which angered the farmers of Ashton.",
        [("pre_posed", "Lena Ortiz", "said", "the board approved the levy")],
    ),
    (
        "Mayor Lena Ortiz said the board approved the levy, which angered farmers, and then left.",
        [("pre_posed", "Lena Ortiz", "said", "the board approved the levy")],
    ),
    # ", and he ...": the reporter's new clause closes the reported one
    (
        "Mayor Lena Ortiz said the levy was fair to the farmers, and she voted for it on Monday.",
        [("pre_posed", "Lena Ortiz", "said", "the levy was fair to the farmers")],
    ),
    (
        "Councillor Tom Baird argued the ferry was far too slow, and they agreed to buy a new one.",
        [("pre_posed", "Tom Baird", "argued", "the ferry was far too slow")],
    ),
    # near misses: no comma before "and", or a second "that" clause of the same cue
    (
        "Mayor Lena Ortiz said the levy was fair and she would vote for it on Monday.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the levy was fair and she would vote for it on Monday",
            )
        ],
    ),
    (
        "Mayor Lena Ortiz said the levy was fair to the farmers, and that she would vote for it.",
        [
            (
                "pre_posed",
                "Lena Ortiz",
                "said",
                "the levy was fair to the farmers, and that she would vote for it",
            )
        ],
    ),
    (
        "The harbour master's aides say the ferry will stop running in May.",
        [("pre_posed", "aides", "say", "the ferry will stop running in May")],
    ),
    # near misses: a modal is no adverb, and a singular name before the verb makes no subject
    ("Farmers in the valley will say more about the levy on Monday.", []),
    ("Residents came to hear Mayor Lena Ortiz say more about the levy.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_cue_and_content_rows(text: str, expected: list[Found]) -> None:
    assert _found(text) == expected


_NAMES = st.sampled_from(["Lena Ortiz", "Tom Baird", "Ada Brandt"])
_CLAUSES = st.sampled_from(
    ["the levy would help the farmers", "the bridge will reopen in May", "the mill must close"]
)
_GLOSSES = st.sampled_from(
    ["who faces an election in May", "whose party lost the vote", "whom voters trust"]
)


@given(_NAMES, _CLAUSES, _NAMES, _GLOSSES)
def test_a_closing_gloss_never_joins_the_content(
    speaker: str, clause: str, other: str, gloss: str
) -> None:
    text = f"Mayor {speaker} said {clause} and {other}, {gloss}."
    a = stancekit.parse(text)
    assert [s.content for s in a.statements] == [f"{clause} and {other}"]
    s = a.statements[0]
    assert text[s.span.start : s.span.end] == s.content


@given(_NAMES, _CLAUSES, _CLAUSES, st.sampled_from(["but", "yet", "while", "although"]))
def test_a_second_that_clause_stays_in_the_content(
    speaker: str, first: str, second: str, link: str
) -> None:
    text = f"Mayor {speaker} said {first}, {link} that {second}."
    a = stancekit.parse(text)
    assert [s.content for s in a.statements] == [f"{first}, {link} that {second}"]
    s = a.statements[0]
    assert text[s.span.start : s.span.end] == s.content


@given(
    st.sampled_from(["While", "Although", "Because", "When", "After", "Even as", "Just as"]),
    _NAMES,
    _CLAUSES,
    _CLAUSES,
)
def test_a_fronted_clause_ends_its_content(
    opener: str, speaker: str, clause: str, main: str
) -> None:
    text = f"{opener} Mayor {speaker} said {clause}, {main}."
    a = stancekit.parse(text)
    assert [s.content for s in a.statements] == [clause]
    s = a.statements[0]
    assert text[s.span.start : s.span.end] == s.content


_SUBJECTS = st.sampled_from(
    ["The new bridge", "The toll on the old road", "Those who farm the valley"]
)
_PREDICATES = st.sampled_from(
    ["will open in May", "is far too high for most drivers", "must leave before the flood"]
)
_ADJUNCTS = st.sampled_from(["", " on Friday", " in an interview"])


@given(_SUBJECTS, _NAMES, _ADJUNCTS, _PREDICATES)
def test_an_interrupted_clause_is_one_statement_of_two_pieces(
    subject: str, speaker: str, adjunct: str, predicate: str
) -> None:
    text = f"{subject}, {speaker} said{adjunct}, {predicate}."
    a = stancekit.parse(text)
    assert len(a.statements) == 1
    s = a.statements[0]
    assert s.rule == "interrupted_clause"
    assert [p.of(text) for p in s.pieces] == [subject, predicate]
    assert s.content == f"{subject} {predicate}"
    assert a.actor(s.speaker).name == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health Minister Jane Roe used a major speech to suggest a sugar tax was the only "
            "way to cut obesity.",
            [("Jane Roe", "a sugar tax was the only way to cut obesity")],
        ),
        (
            "Jane Roe used an interview on Monday to argue that the levy was needed.",
            [("Jane Roe", "the levy was needed")],
        ),
        # near misses: "used" without an occasion for speaking, or past a clause boundary
        ("The council used the money to say thanks to the volunteers.", []),
        ("Jane Roe used the grant, and to say the least it helped.", []),
    ],
)
def test_an_occasion_used_for_speaking_reports_the_words(
    text: str, expected: list[tuple[str, str]]
) -> None:
    a = stancekit.parse(text)
    assert [(a.actor(s.speaker).name, s.content) for s in a.statements] == expected


_ASIDES = st.sampled_from(["a tax on every truck", "first proposed in May", "and its toll"])
_DASH = st.sampled_from(["–", "—", "--"])
_PREDICATE = st.sampled_from(["was fair to the farmers", "will pass next week", "must go"])


@given(_NAMES, _DASH, _ASIDES, _PREDICATE)
def test_a_parenthetical_between_dashes_stays_in_the_content(
    speaker: str, dash: str, aside: str, predicate: str
) -> None:
    text = f"Mayor {speaker} said the levy {dash} {aside} {dash} {predicate}."
    a = stancekit.parse(text)
    assert [s.content for s in a.statements] == [f"the levy {dash} {aside} {dash} {predicate}"]
    s = a.statements[0]
    assert text[s.span.start : s.span.end] == s.content
