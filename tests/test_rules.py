"""Every attribution rule, as table rows: each registered pattern, borrow strategy and cue
filter has positive rows (it fires) and negative rows (a near miss where it does not).

The tables are keyed by rule name; the coverage tests fail when a rule is added to a registry
without rows here (or rows name a rule that no longer exists). Every name, place and story is
made up.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import stancekit
from stancekit.lexicon import Lexicon
from stancekit.parse._text import segment
from stancekit.parse.attribution import _patterns, cue_filter_names, rule_names
from stancekit.parse.attribution._content import make
from stancekit.parse.attribution._cues import decide_cue, find_cues
from stancekit.parse.attribution._records import Attribution, Cue
from stancekit.parse.attribution._view import SentenceView

Found = tuple[str | None, str, str]  # (rule, speaker name, content)


def _found(text: str) -> list[Found]:
    a = stancekit.parse(text)
    return [(s.rule, a.actor(s.speaker).name, s.content) for s in a.statements]


# (rule, text, speaker, content): the rule makes this statement
POSITIVE = [
    # cue patterns
    (
        "according_to",
        "According to the ministry, the plant will close next year.",
        "ministry",
        "the plant will close next year",
    ),
    (
        "according_to",
        "The plant will close next year, according to the ministry.",
        "ministry",
        "The plant will close next year",
    ),
    (
        "according_to",
        "The mayor told residents that the dam was safe, according to the ministry.",
        "ministry",
        "The mayor told residents that the dam was safe",
    ),
    (
        "according_to",
        '"The plant will close next year," according to the ministry.',
        "ministry",
        "The plant will close next year",
    ),
    (
        "cut_off",
        '"Who is going to pay for it?" Tom Berg asked, turning to the crowd.',
        "Tom Berg",
        "Who is going to pay for it?",
    ),
    (
        "cut_off",
        '"Not one more cent!" The protesters chanted at the town hall.',
        "protesters",
        "Not one more cent!",
    ),
    (
        "cut_off",
        '"Why now?" Councillor Ada Moss wrote in a letter to the mayor.',
        "Ada Moss",
        "Why now?",
    ),
    (
        "participial",
        "The mayor spoke for an hour, warning that the dam could fail.",
        "mayor",
        "the dam could fail",
    ),
    (
        "post_posed",
        '"We will not back down," Mayor Lena Ortiz said.',
        "Lena Ortiz",
        "We will not back down",
    ),
    (
        "post_posed",
        '"We will win," Jane Roe said as the crowd cheered. "And we will rebuild."',
        "Jane Roe",
        "We will win",
    ),
    (
        "post_posed",
        "The council thought the old pier would hold, officials said.",
        "officials",
        "The council thought the old pier would hold",
    ),
    (
        "post_posed",
        "The plant will close next year, Mayor Lena Ortiz told the Daily Courier on Thursday.",
        "Lena Ortiz",
        "The plant will close next year",
    ),
    (
        "pre_posed",
        "Mayor Lena Ortiz said the plant will close next year.",
        "Lena Ortiz",
        "the plant will close next year",
    ),
    (
        "pre_posed",
        "The mayor said on Friday that the plant would close.",
        "mayor",
        "the plant would close",
    ),
    (
        "coordinated",
        "Mayor Lena Ortiz toured the flooded district and warned that more rain was coming.",
        "Lena Ortiz",
        "more rain was coming",
    ),
    (
        "coordinated",
        "Ortiz said the bridge was safe and warned that more rain was coming.",
        "Ortiz",
        "more rain was coming",
    ),
    (
        "appositions",
        "Ortiz, who said she usually votes for the opposition, said the new bridge "
        "was a waste of money.",
        "Ortiz",
        "the new bridge was a waste of money",
    ),
    (
        "cue_first",
        'Said Mayor Lena Ortiz: "We will rebuild the bridge."',
        "Lena Ortiz",
        "We will rebuild the bridge.",
    ),
    (
        "cue_first",
        'Said the mayor, "We will rebuild the bridge."',
        "mayor",
        "We will rebuild the bridge.",
    ),
    (
        "inverted",
        '"We will win," said Jane Roe, a lawyer for the families.',
        "Jane Roe",
        "We will win",
    ),
    ("inverted", "The plan is a disgrace, says the mayor.", "mayor", "The plan is a disgrace"),
    # sentence patterns
    ("dash_signature", '"We deserve better." ― Jane Roe', "Jane Roe", "We deserve better."),
    (
        "colon_label",
        "ORTIZ: Well, look, we will rebuild the bridge.",
        "ORTIZ",
        "Well, look, we will rebuild the bridge.",
    ),
    (
        "colon_label",
        'Lena Ortiz: "We will rebuild the bridge"',
        "Lena Ortiz",
        "We will rebuild the bridge",
    ),
    (
        "claim_noun",
        "Residents doubted Lena Ortiz's claim that the bridge is safe.",
        "Lena Ortiz",
        "the bridge is safe",
    ),
    (
        "colon_quotation",
        'And Mayor Lena Ortiz gloated: "I told you the bridge would hold."',
        "Lena Ortiz",
        "I told you the bridge would hold.",
    ),
    (
        "colon_quotation",
        'Jane Roe delivered a snappy retort: "Nobody is closing the bridge."',
        "Jane Roe",
        "Nobody is closing the bridge.",
    ),
    (
        "colon_quotation",
        'The union, in a note to its members, delivered a blunt message: "Stay home on Monday."',
        "union",
        "Stay home on Monday.",
    ),
    # borrow strategies
    (
        "colon_before",
        'Mayor Lena Ortiz said:\n\n"We will rebuild the bridge within a year."',
        "Lena Ortiz",
        "We will rebuild the bridge within a year.",
    ),
    ("bare_after", '"We will not stop now." The mayor said.', "mayor", "We will not stop now."),
    (
        "bare_after",
        '"We will rebuild the bridge."\n\n- Mayor Lena Ortiz.',
        "Lena Ortiz",
        "We will rebuild the bridge.",
    ),
    (
        "bare_after",
        '"The clinics will stay open all winter."\n\nThe health secretary added.',
        "health secretary",
        "The clinics will stay open all winter.",
    ),
    (
        "subhead_echo",
        '"Not at war"\n\nThe minister said the country was "not at war" with anyone.',
        "minister",
        "Not at war",
    ),
    (
        "run_on",
        'Then came the promise: "We will rebuild the bridge and the school.\n\n'
        '"It will take a year," the mayor said.',
        "mayor",
        'Then came the promise: "We will rebuild the bridge and the school.',
    ),
    (
        "continuation",
        'The mayor said the bridge was safe. "It will take a year."',
        "mayor",
        "It will take a year.",
    ),
    (
        "continuation",
        '"We will win," Jane Roe said.\n\n"We will rebuild."',
        "Jane Roe",
        "We will rebuild.",
    ),
    # join rules: the pieces of one utterance, one statement
    (
        "continued_quotation",
        '"We will win," Jane Roe said, "and we will rebuild."',
        "Jane Roe",
        "We will win and we will rebuild.",
    ),
    (
        "continued_quotation",
        '"We will rebuild," the mayor said. "It will take a year."',
        "mayor",
        "We will rebuild It will take a year.",
    ),
    (
        "continued_quotation",
        '"We will rebuild the bridge.\n\n"It will take a year," the mayor said.',
        "mayor",
        "We will rebuild the bridge. It will take a year",
    ),
    (
        "continued_quotation",
        '"We will rebuild the bridge," the mayor said. "It will take a year.\n\n'
        '"Nobody will stop us."',
        "mayor",
        "We will rebuild the bridge It will take a year. Nobody will stop us.",
    ),
    (
        "continued_quotation",
        '"We will win," said Jane Roe, a lawyer for the families and the victims. '
        '"We will rebuild."',
        "Jane Roe",
        "We will win We will rebuild.",
    ),
    # adjuncts after the cue, then a dash and the reporter's gloss: still post-posed
    (
        "post_posed",
        "The plant will close next year, Jane Roe said on Friday in Ashton — a blow to the town.",
        "Jane Roe",
        "The plant will close next year",
    ),
    # an attribution between commas inside the reported clause: its two pieces, one statement
    (
        "interrupted_clause",
        "The new bridge, Mayor Lena Ortiz said, will open in May.",
        "Lena Ortiz",
        "The new bridge will open in May",
    ),
    (
        "interrupted_clause",
        "The real cost of the levy, Jane Roe said on Friday, is higher than the council admits.",
        "Jane Roe",
        "The real cost of the levy is higher than the council admits",
    ),
    (
        "interrupted_clause",
        'The levy, Jane Roe said, was "a disaster for the valley."',
        "Jane Roe",
        'The levy was "a disaster for the valley."',
    ),
    (
        "interrupted_clause",
        "The park is near the stadium, which, Jane Roe said, is usually full on game days.",
        "Jane Roe",
        "which is usually full on game days",
    ),
    # a fronted condition (conditional_openers) belongs to the reported clause
    (
        "interrupted_clause",
        "If the rain stops, Jane Roe said, the bridge will open in May.",
        "Jane Roe",
        "If the rain stops the bridge will open in May",
    ),
]

# (rule, text, every statement found): a near miss, where the rule does not fire
NEGATIVE: list[tuple[str, str, list[Found]]] = [
    (
        "according_to",
        "The plant will close next year, the ministry said.",
        [("post_posed", "ministry", "The plant will close next year")],
    ),
    ("participial", "The mayor spoke for an hour and then left the hall without a word.", []),
    ("post_posed", "In Paris, the mayor said.", []),
    # a relative pronoun right before the cue: its clause follows, the words before are no
    # content of it
    (
        "post_posed",
        "The levy passed with 80 percent, compared to only 12 percent who said otherwise.",
        [],
    ),
    ("post_posed", "As the water kept rising, the mayor told reporters on Monday.", []),
    # an aside between dashes before "that": the content follows the cue
    (
        "post_posed",
        "The plant was old, and Jane Roe claimed in July – falsely – that it would close.",
        [("pre_posed", "Jane Roe", "it would close")],
    ),
    # a relative pronoun before the speaker: the cue is in a relative clause, no report
    (
        "post_posed",
        "The council approved the new toll on the bridge, which Mayor Lena Ortiz opposed.",
        [],
    ),
    ("pre_posed", "Mayor Lena Ortiz said on Thursday.", []),
    (
        "coordinated",
        "Mayor Lena Ortiz toured the flooded district and then left for the capital.",
        [],
    ),
    (
        "appositions",
        "Ortiz, who usually votes for the opposition, said the new bridge was a waste of money.",
        [("pre_posed", "Ortiz", "the new bridge was a waste of money")],
    ),
    ("cue_first", "Said the mayor.", []),
    ("inverted", '"We will win," Jane Roe said.', [("post_posed", "Jane Roe", "We will win")]),
    ("dash_signature", '"We deserve better." Jane Roe', []),
    ("colon_label", "Lena Ortiz: the bridge will be rebuilt", []),
    ("claim_noun", "Residents doubted the claim that the bridge is safe.", []),
    ("colon_before", "Mayor Lena Ortiz said:\n\nThe council met on Friday.", []),
    ("bare_after", '"Why would we stop now?" The mayor left.', []),
    ("bare_after", '"We will rebuild the bridge."\n\nMayor Lena Ortiz agreed.', []),
    ("bare_after", '"The fares will fall."\n\nThe union\'s leader replied.', []),
    ("bare_after", '"The fares will fall."\n\nNot for long, he said.', []),
    ("cut_off", '"Why would we stop now?" The mayor kept walking.', []),
    (
        "cut_off",
        '"Why now?" The mayor asked the council whether it would pay for the repairs.',
        [("pre_posed", "mayor", "whether it would pay for the repairs")],
    ),
    ("colon_quotation", 'It seems unfair to tell the farmers: "Move elsewhere."', []),
    ("colon_quotation", 'Jane Roe rules out a levy on ferries: "Not this year"', []),
    ("colon_quotation", 'The menu on Friday: "fish and chips."', []),
    ("colon_quotation", 'Flood warnings - Lena Ortiz: "The river is rising."', []),
    (
        "subhead_echo",
        '"Not at war"\n\nThe minister spoke about the budget for an hour.',
        [("pre_posed", "minister", "the budget for an hour")],
    ),
    ("run_on", '"We will rebuild the bridge.\n\n"It will take a year."', []),
    (
        "continuation",
        '"We will rebuild," the mayor said.\n\nThe council met on Friday.\n\n'
        '"It will take a year."',
        [("post_posed", "mayor", "We will rebuild")],
    ),
    (
        "continuation",
        '"We will rebuild," the mayor said. "It will take years," one said.',
        [("post_posed", "mayor", "We will rebuild")],
    ),
    (
        "continuation",
        '"We will rebuild," the mayor said. "Not with this budget," Jane Roe interjected.',
        [
            ("post_posed", "mayor", "We will rebuild"),
            ("post_posed", "Jane Roe", "Not with this budget"),
        ],
    ),
    # a new speaker, another clause or cue between the pieces, a closed quotation before a
    # new paragraph: two statements
    (
        "continued_quotation",
        '"We will win," Jane Roe told reporters. "We will rebuild," John Doe said.',
        [("post_posed", "Jane Roe", "We will win"), ("post_posed", "John Doe", "We will rebuild")],
    ),
    (
        "continued_quotation",
        '"We will win," Jane Roe said, and her husband nodded. "We will rebuild."',
        [
            ("post_posed", "Jane Roe", "We will win"),
            ("continuation", "Jane Roe", "We will rebuild."),
        ],
    ),
    (
        "continued_quotation",
        '"We will win," Jane Roe said, going on to praise the volunteers. "We will rebuild."',
        [
            ("post_posed", "Jane Roe", "We will win"),
            ("continuation", "Jane Roe", "We will rebuild."),
        ],
    ),
    (
        "continued_quotation",
        '"We will win," Jane Roe said, adding: "We will rebuild."',
        [
            ("post_posed", "Jane Roe", "We will win"),
            ("participial", "Jane Roe", "We will rebuild."),
        ],
    ),
    (
        "continued_quotation",
        '"We will win," Jane Roe said.\n\n"We will rebuild."',
        [
            ("post_posed", "Jane Roe", "We will win"),
            ("continuation", "Jane Roe", "We will rebuild."),
        ],
    ),
]

# near misses of interrupted_clause: a clause of its own after the closing comma, an
# opening adjunct or subordinate clause before the attribution
NEGATIVE += [
    (
        "interrupted_clause",
        "The plant will close, Jane Roe said on Friday, in a blow to the town.",
        [("post_posed", "Jane Roe", "The plant will close")],
    ),
    (
        "interrupted_clause",
        "The plant will close, Jane Roe said, adding that the union would fight.",
        [
            ("post_posed", "Jane Roe", "The plant will close"),
            ("participial", "Jane Roe", "the union would fight"),
        ],
    ),
    # a fronted time or reason clause is the reporter's (a condition is the speaker's: above)
    (
        "interrupted_clause",
        "When the rain stops, Jane Roe said, the bridge will open in May.",
        [("pre_posed", "Jane Roe", "the bridge will open in May")],
    ),
    (
        "interrupted_clause",
        '"We will win," Jane Roe said, "and we will rebuild."',
        [("continued_quotation", "Jane Roe", "We will win and we will rebuild.")],
    ),
]

# (filter, text, candidate word, verdict of the deciding filter, or None: no verdict)
FILTER_POSITIVE: list[tuple[str, str, str, bool]] = [
    ("inside_mention", "The Warning Coalition met on Friday in Leeds.", "warning", True),
    (
        "source_preposition",
        "The report says that according to the ministry, the plant will close.",
        "according",
        False,
    ),
    ("needs_quotation", "Residents called the mayor on Friday about the flooding.", "called", True),
    (
        "needs_quotation",
        '"Why?" Residents at the meeting on Friday then called the mayor.',
        "called",
        True,
    ),
    (
        "after_determiner",
        "His warning about the dam came too late for the valley.",
        "warning",
        True,
    ),
    ("passive_by", "The mayor was accused by critics of hiding the report.", "accused", True),
    ("passive_be", "The closure was mentioned at the meeting on Friday.", "mentioned", True),
    ("not_speech", "The mayor refused to say more about the closure of the plant.", "say", True),
    # a rate: "per" before a lower-case singular word that is no determiner
    (
        "source_preposition",
        "Shares of the ferry company rose to 40 dollars per share.",
        "per",
        True,
    ),
    ("written_work", "The mayor wrote a children's book about the flood.", "wrote", True),
    (
        "written_work",
        "The mayor wrote the introduction for a new guide to the valley.",
        "wrote",
        True,
    ),
    ("other_sense", "The mayor found herself at the centre of the dispute.", "found", True),
    ("other_sense", "The deficit continued to grow through the winter.", "continued", True),
    ("other_sense", "The mayor went on to win the election by a wide margin.", "went", True),
    ("other_sense", "The mayor went on to quickly win the runoff in May.", "went", True),
    ("other_sense", "The victory in Ashton added to her lead in the polls.", "added", True),
    ("other_sense", "The mayor backed away from the toll plan on Friday.", "backed", True),
    ("other_sense", "Hundreds of residents showed up at the meeting on Friday.", "showed", True),
    (
        "anonymity_request",
        "An official, who asked not to be named, said the plant would close.",
        "asked",
        True,
    ),
    ("infinitive", "The mayor wants to warn residents about the flooding.", "warn", True),
    ("gerund", "Residents kept warning officials about the dam.", "warning", True),
    ("base_form", "The mayor will say more on Monday about the plant.", "say", True),
    # a plural subject past a phrase, but a modal before the verb: no report
    ("base_form", "Farmers in the valley will say more on Monday.", "say", True),
    # an adverb after a singular subject does not make the base form a verb
    ("base_form", "The mayor now say the plant will close.", "say", True),
    # a capitalised plural modifying a noun is no subject; nor is a restrictive relative's head
    ("base_form", "Floods could disrupt the vital Christmas post this winter.", "post", True),
    ("base_form", "Voters who say the economy matters most were split.", "say", True),
    # a share picked out by a relative clause is no subject of it
    ("base_form", "A majority of those who argue for the toll live nearby.", "argue", True),
    ("s_form", "Thousands joined protests across the country on Sunday.", "protests", True),
    ("s_form", "The union organised rallies and protests against the closure.", "protests", True),
    ("gerund", "The mayor bought a boat on Friday hoping for calm seas.", "hoping", True),
]
FILTER_NEGATIVE: list[tuple[str, str, str, tuple[str, bool] | None]] = [
    ("inside_mention", "The coalition warned on Friday that the dam could fail.", "warned", None),
    (
        "source_preposition",
        "The report says that warning was ignored by the council.",
        "warning",
        ("after_determiner", True),
    ),
    ("needs_quotation", 'Residents called the plan "a disgrace" on Friday.', "called", None),
    ("needs_quotation", '"Go home!" The crowd chanted at the gate.', "chanted", None),
    ("after_determiner", "Officials warned residents about the dam on Friday.", "warned", None),
    ("passive_by", "The mayor accused critics of hiding the report.", "accused", None),
    ("passive_be", "The mayor mentioned the closure at the meeting on Friday.", "mentioned", None),
    ("not_speech", "The mayor agreed to say more about the closure.", "say", ("infinitive", True)),
    # a cue after "to", maybe past adverbs (also a base form of a position cue), a capitalised
    # addressee, a quotation, another sense's word missing: still a cue
    (
        "source_preposition",
        "The toll will rise next spring, per the ministry.",
        "per",
        ("source_preposition", False),
    ),
    (
        "source_preposition",
        "The toll will rise next spring, per multiple outlets.",
        "per",
        ("source_preposition", False),
    ),
    ("written_work", "The mayor wrote that the dam was safe.", "wrote", None),
    ("written_work", "The mayor wrote in a letter that the dam was safe.", "wrote", None),
    (
        "written_work",
        "The mayor wrote a memoir of her years at the bank entitled Cold Money.",
        "wrote",
        None,
    ),
    ("other_sense", "The mayor went on to explain that the dam was safe.", "went", None),
    ("other_sense", "The mayor went on to flatly reject the toll plan.", "went", None),
    ("other_sense", "The mayor added to Reuters that the dam was safe.", "added", None),
    ("other_sense", 'The mayor went on to promote her "clean streets" plan.', "went", None),
    ("other_sense", "The mayor found that the dam was safe after all.", "found", None),
    ("other_sense", "The mayor added that the dam was safe.", "added", None),
    (
        "anonymity_request",
        "An official, who asked about the budget, said the plant would close.",
        "asked",
        None,
    ),
    ("infinitive", "The mayor refused to comment on the closure.", "comment", ("not_speech", True)),
    (
        "gerund",
        "The mayor spoke for an hour, warning that the dam could fail.",
        "warning",
        ("gerund", False),
    ),
    (
        "gerund",
        'The mayor called the fears "overblown," adding that the dam would hold.',
        "adding",
        ("gerund", False),
    ),
    (
        "gerund",
        "The mayor issued a statement on Friday saying that the dam would hold.",
        "saying",
        ("gerund", False),
    ),
    ("base_form", '"Stay home on Monday," it read on the union\'s door.', "read", None),
    ("base_form", "Farmers say the drought will last another year.", "say", ("base_form", False)),
    (
        "base_form",
        "Farm officials now say the drought will last another year.",
        "say",
        ("base_form", False),
    ),
    (
        "base_form",
        "Organizers in the valley insist that the drought will last another year.",
        "insist",
        ("base_form", False),
    ),
    (
        "base_form",
        "The mayor's aides say the drought will last another year.",
        "say",
        ("base_form", False),
    ),
    # plural subjects: a capitalised plural, a share, a possessor's plural, past an aside or
    # a relative pronoun after a comma
    (
        "base_form",
        "Republicans say the drought will last another year.",
        "say",
        ("base_form", False),
    ),
    (
        "base_form",
        "Nearly half say the drought will last another year.",
        "say",
        ("base_form", False),
    ),
    ("base_form", "About three in 10 say the toll is too high.", "say", ("base_form", False)),
    (
        "base_form",
        "Forty percent of farmers say the toll is too high.",
        "say",
        ("base_form", False),
    ),
    ("base_form", "Others say the toll is too high.", "say", ("base_form", False)),
    (
        "base_form",
        "The mayor's confidants insist the toll is fair.",
        "insist",
        ("base_form", False),
    ),
    (
        "base_form",
        "Dairy farmers, however, argue that the toll is unfair.",
        "argue",
        ("base_form", False),
    ),
    (
        "base_form",
        "Jane Roe and Tom Burke, who say the toll is unfair, met on Friday.",
        "say",
        ("base_form", False),
    ),
    (
        "base_form",
        "Most backed the toll, compared with 20 percent who say it is unfair.",
        "say",
        ("base_form", False),
    ),
    ("s_form", "The mayor says the plant will close next year.", "says", ("s_form", False)),
    (
        "s_form",
        "The mayor toured the dam and says that it will hold.",
        "says",
        ("s_form", False),
    ),
]


def _ids(rows: Sequence[tuple[object, ...]]) -> list[str]:
    seen: dict[object, int] = {}
    out = []
    for row in rows:
        seen[row[0]] = seen.get(row[0], 0) + 1
        out.append(f"{row[0]}-{seen[row[0]]}")
    return out


def test_every_rule_has_positive_and_negative_rows() -> None:
    names = set(rule_names())
    assert len(names) == len(rule_names())  # rule names are unique across the registries
    assert {row[0] for row in POSITIVE} == names
    assert {row[0] for row in NEGATIVE} == names


def test_every_cue_filter_has_positive_and_negative_rows() -> None:
    names = set(cue_filter_names())
    assert {row[0] for row in FILTER_POSITIVE} == names
    assert {row[0] for row in FILTER_NEGATIVE} == names


@pytest.mark.parametrize(("rule", "text", "speaker", "content"), POSITIVE, ids=_ids(POSITIVE))
def test_rule_fires(rule: str, text: str, speaker: str, content: str) -> None:
    assert (rule, speaker, content) in _found(text)


@pytest.mark.parametrize(("rule", "text", "expected"), NEGATIVE, ids=_ids(NEGATIVE))
def test_rule_does_not_fire(rule: str, text: str, expected: list[Found]) -> None:
    found = _found(text)
    assert found == expected
    assert all(r != rule for r, _, _ in found)


def _decide(text: str, word: str) -> tuple[tuple[str, bool] | None, bool]:
    """The deciding filter's name and verdict for the first cue candidate *word*, and
    whether the candidate ends up among the sentence's cues."""
    lex = Lexicon.default()
    clex = lex.compiled()
    for s in segment(text, lex):
        w = SentenceView(s, text, lex, clex)
        for i in range(w.n):
            hit = clex.cues.match(w.lows, i) if w.lows[i] == word else None
            if hit is not None:
                is_cue = any(c.a == i for c in find_cues(w))
                return decide_cue(w, i, i + hit[0], hit[1]), is_cue
    pytest.fail(f"no cue candidate {word!r} in {text!r}")


@pytest.mark.parametrize(
    ("name", "text", "word", "verdict"), FILTER_POSITIVE, ids=_ids(FILTER_POSITIVE)
)
def test_cue_filter_decides(name: str, text: str, word: str, verdict: bool) -> None:
    decided, is_cue = _decide(text, word)
    assert decided == (name, verdict)
    assert is_cue is not verdict


@pytest.mark.parametrize(
    ("name", "text", "word", "decided"), FILTER_NEGATIVE, ids=_ids(FILTER_NEGATIVE)
)
def test_cue_filter_stays_out(
    name: str, text: str, word: str, decided: tuple[str, bool] | None
) -> None:
    got, is_cue = _decide(text, word)
    assert got == decided
    assert got is None or got != (name, True)  # this filter does not reject the word here
    assert is_cue is (got is None or not got[1])


# -- the worked example of docs/architecture.md ("Adding a new pattern") -------------------

VIEW_NOUNS = frozenset({"view", "opinion"})  # really a function_words.toml field


def in_the_view_of(w: SentenceView, found: list[Attribution]) -> list[Attribution]:
    """``In the mayor's view, the plan is a disgrace.``: an opinion noun after a possessive
    opens the sentence and names whose view the rest of the sentence is."""
    if found or w.n < 6 or w.lows[0] != "in":
        return []
    for k in range(2, min(w.n - 2, 8)):
        if w.lows[k] in VIEW_NOUNS and w.lows[k - 1] in ("'s", "’s") and w.lows[k + 1] == ",":
            speaker = w.ending_at.get(k - 1)
            if speaker is None:
                return []
            made = make(w, speaker, Cue(k, k + 1, w.lows[k], w.toks[k].text), (k + 2, w.n))
            return [made] if made is not None else []
    return []


EXAMPLE = "In the mayor's view, the new bridge is a waste of money."


def test_worked_example_adds_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _found(EXAMPLE) == []  # before: no pattern reads this sentence
    monkeypatch.setattr(
        _patterns, "SENTENCE_PATTERNS", (*_patterns.SENTENCE_PATTERNS, in_the_view_of)
    )
    assert _found(EXAMPLE) == [("in_the_view_of", "mayor", "the new bridge is a waste of money")]
    # negative row: a view that is not someone's
    assert _found("In this view, the new bridge is a waste of money.") == []
    # an earlier pattern keeps priority: the sentence has an attribution already
    assert _found("In the mayor's view, the bridge is safe, the deputy said.") == [
        ("post_posed", "deputy", "In the mayor's view, the bridge is safe")
    ]
