"""Plural, group and share speakers of speech cues (issue 9): poll shares ("47 percent said",
"three in 10 say"), capitalised plurals ("Republicans say"), a possessor's plural ("the
mayor's confidants insist"), a plural subject past an aside ("critics, however, argue") or a
relative pronoun after a comma; "per share" as no source and "wrote a book" as no report.

Each mechanism has rows where it applies and near misses where it must not. Every name,
place and story is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit

Found = tuple[str, str, str, str]  # (speaker name, cue, content, speaker's words)


def _found(text: str) -> list[Found]:
    a = stancekit.parse(text)
    out = []
    for s in a.statements:
        span = s.speaker_span
        words = text[span.start : span.end]
        out.append((a.actor(s.speaker).name, s.cue, s.content, words))
    return out


# (text, every statement found)
ROWS: list[tuple[str, list[Found]]] = [
    # a share of people speaks: a percentage, a ratio, a fraction, a quantifier alone
    (
        "Nearly 47 percent said they would vote for the mayor.",
        [("Nearly 47 percent", "said", "they would vote for the mayor", "Nearly 47 percent")],
    ),
    (
        "About three in 10 said they prefer a new ferry operator.",
        [("About three in 10", "said", "they prefer a new ferry operator", "About three in 10")],
    ),
    (
        "Forty percent of farmers say the toll is too high.",
        [
            (
                "Forty percent of farmers",
                "say",
                "the toll is too high",
                "Forty percent of farmers",
            )
        ],
    ),
    (
        "Almost half of the residents said they would pay the toll.",
        [
            (
                "Almost half of the residents",
                "said",
                "they would pay the toll",
                "Almost half of the residents",
            )
        ],
    ),
    (
        "Among dairy farmers, 74 percent said they back the levy, while 22 percent said they "
        "might change their minds.",
        [
            ("74 percent", "said", "they back the levy", "74 percent"),
            ("22 percent", "said", "they might change their minds", "22 percent"),
        ],
    ),
    (
        "Others say the toll is too high.",
        [("Others", "say", "the toll is too high", "Others")],
    ),
    # a share before "who": the relative pronoun names it here
    (
        "Most backed the toll, compared with 20 percent who say it is unfair.",
        [("20 percent", "say", "it is unfair", "who")],
    ),
    # near misses: a year, a share of time, a share picked out by a relative clause, "All told"
    ("In 2012 said the toll was fair.", []),
    ("A majority of those who said jobs mattered backed the mayor.", []),
    ("All told, the council spent more than it had planned.", []),
    # capitalised plurals opening their clause
    (
        "Republicans say the toll is too high.",
        [("Republicans", "say", "the toll is too high", "Republicans")],
    ),
    (
        "But Senate Liberals insist the levy will pass.",
        [("Senate Liberals", "insist", "the levy will pass", "Senate Liberals")],
    ),
    # near miss: a capitalised plural modifying a noun is no subject of "post"
    (
        "Floods could disrupt the vital Christmas post, the union has warned.",
        [("union", "warned", "Floods could disrupt the vital Christmas post", "the union")],
    ),
    # a possessor's plural
    (
        "The mayor's confidants insist the toll is fair.",
        [("The mayor's confidants", "insist", "the toll is fair", "The mayor's confidants")],
    ),
    # a plural subject past an aside between commas
    (
        "Dairy farmers, however, argue that the toll is unfair.",
        [("Dairy farmers", "argue", "the toll is unfair", "Dairy farmers")],
    ),
    # joint speakers before ", who say"
    (
        "Jane Roe and Tom Burke, who say the toll is unfair, met on Friday.",
        [
            ("Tom Burke", "say", "the toll is unfair", "who"),
            ("Jane Roe", "say", "the toll is unfair", "Jane Roe"),
        ],
    ),
    # near miss: a restrictive relative picks some voters out; it reports nothing
    ("Voters who say the economy matters most were split on the toll.", []),
    # near miss: a quantifier before a noun phrase ("most state parties")
    ("However, most state parties release their delegates after the vote.", []),
    # two shares joined by "and": the first content ends before the second share
    (
        "One in three said the toll was unfair and one in four said it was too high.",
        [
            ("One in three", "said", "the toll was unfair", "One in three"),
            ("one in four", "said", "it was too high", "one in four"),
        ],
    ),
    # ", compared with ..." and ", however ..." end a share's content; a share before "who"
    # speaks the relative clause, never the words before it
    (
        "Almost half said they wanted a new ferry operator, compared with 20 percent who said "
        "they liked the old one.",
        [
            ("Almost half", "said", "they wanted a new ferry operator", "Almost half"),
            ("20 percent", "said", "they liked the old one", "who"),
        ],
    ),
    (
        "Nearly half said they would pay the toll, however the share has fallen since May.",
        [("Nearly half", "said", "they would pay the toll", "Nearly half")],
    ),
    (
        "Meanwhile, 30 percent said the toll was unfair, compared to only 12 percent who said "
        "otherwise.",
        [("30 percent", "said", "the toll was unfair", "30 percent")],
    ),
    # a rate is no source; a work written reports nothing
    ("Shares of the ferry company rose to 40 dollars per share on Friday.", []),
    ("Mayor Jane Roe wrote a children's book about the flood.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_plural_and_share_speaker_rows(text: str, expected: list[Found]) -> None:
    assert _found(text) == expected


_NUMBERS = st.one_of(
    st.integers(min_value=2, max_value=99).map(str),
    st.sampled_from(["Two", "Thirty-one", "Forty", "Sixty-five"]),
)
_GROUPS = st.sampled_from(["farmers", "residents", "voters", "drivers", "teachers"])
_VERBS = st.sampled_from(["say", "said", "insist", "argue"])


@given(number=_NUMBERS, group=_GROUPS, verb=_VERBS, of=st.booleans())
def test_a_share_speaks_for_its_words(number: str, group: str, verb: str, of: bool) -> None:
    """A percentage, with or without the group it is a share of, speaks its clause: the
    speaker's words are exactly the share, the content the words after the cue."""
    share = f"{number} percent of {group}" if of else f"{number} percent"
    text = f"{share} {verb} the new toll is unfair."
    found = _found(text)
    assert found == [(share, verb, "the new toll is unfair", share)]
