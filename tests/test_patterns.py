"""Attribution patterns, as tables of invented news sentences (positives and negatives).

Every name, place and story here is made up; none comes from an article the parser was tuned on.
"""

from __future__ import annotations

import pytest

import stancekit

Triple = tuple[str, str, str]


def _triples(text: str) -> list[Triple]:
    a = stancekit.parse(text)
    return [(a.actor(s.speaker).name, s.content, str(s.kind)) for s in a.statements]


def _actors(text: str) -> dict[str, stancekit.Actor]:
    a = stancekit.parse(text)
    return {a.actor(s.speaker).name: a.actor(s.speaker) for s in a.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quotation, then attribution
        pytest.param(
            '"We will not back down," Mayor Lena Ortiz said.',
            [("Lena Ortiz", "We will not back down", "direct")],
            id="quote-name-said",
        ),
        pytest.param(
            '"The budget is balanced," said Finance Minister Piet de Vries.',
            [("Piet de Vries", "The budget is balanced", "direct")],
            id="quote-said-title-name",
        ),
        pytest.param(
            "“This is a scandal,” said Jonas Berg, a lawyer for the families.",
            [("Jonas Berg", "This is a scandal", "direct")],
            id="said-name-apposition",
        ),
        pytest.param(
            '"It will take years," the governor told reporters.',
            [("governor", "It will take years", "direct")],
            id="role-told-reporters",
        ),
        pytest.param(
            '"We are ready," Rep. Dana Holt (D-Ore.) said on Tuesday.',
            [("Dana Holt", "We are ready", "direct")],
            id="party-parenthesis",
        ),
        pytest.param(
            '"It is over," said 12-year veteran Mara Quist.',
            [("Mara Quist", "It is over", "direct")],
            id="said-description-name",
        ),
        # attribution, then quotation
        pytest.param(
            'Senator Amy Clarke said: "The vote is a disgrace."',
            [("Amy Clarke", "The vote is a disgrace.", "direct")],
            id="colon",
        ),
        pytest.param(
            'Chancellor Maria Vogel wrote on Telegram: "We stand together."',
            [("Maria Vogel", "We stand together.", "direct")],
            id="wrote-on-platform",
        ),
        pytest.param(
            'Interior Minister Nils Falk told reporters: "The border stays open."',
            [("Nils Falk", "The border stays open.", "direct")],
            id="told-reporters-colon",
        ),
        # the quotation split by its attribution
        pytest.param(
            '"We tried," Ana Lima said, "but the talks failed."',
            [("Ana Lima", "We tried but the talks failed.", "direct")],
            id="mid-quote",
        ),
        # indirect speech
        pytest.param(
            "Interior Minister Karl Brandt said that the border would stay open.",
            [("Karl Brandt", "the border would stay open", "indirect")],
            id="said-that",
        ),
        pytest.param(
            "The Dutch government said it had no plans to raise taxes.",
            [("Dutch government", "it had no plans to raise taxes", "indirect")],
            id="institution-said",
        ),
        pytest.param(
            "Officials said on Tuesday that the bridge was unsafe.",
            [("Officials", "the bridge was unsafe", "indirect")],
            id="bare-plural-source",
        ),
        pytest.param(
            "During the debate on Monday, Senator Ray Cole said the economy was rigged.",
            [("Ray Cole", "the economy was rigged", "indirect")],
            id="opening-adverbial",
        ),
        # mixed
        pytest.param(
            'Prime Minister Tom Hale said the plan was "dead on arrival".',
            [("Tom Hale", 'the plan was "dead on arrival"', "mixed")],
            id="mixed",
        ),
        pytest.param(
            'Governor Lea Park called the ruling "a disgrace".',
            [("Lea Park", 'the ruling "a disgrace"', "mixed")],
            id="called-quote",
        ),
        # content first
        pytest.param(
            "The factory will close in March, a company spokeswoman said.",
            [("company spokeswoman", "The factory will close in March", "indirect")],
            id="content-then-source",
        ),
        # according to
        pytest.param(
            "According to the ministry, 40 people were hurt.",
            [("ministry", "40 people were hurt", "indirect")],
            id="according-to-first",
        ),
        pytest.param(
            "Forty people were hurt, according to local police.",
            [("local police", "Forty people were hurt", "indirect")],
            id="according-to-last",
        ),
        # quoted as saying
        pytest.param(
            'The governor was quoted as saying that the budget was "a disaster".',
            [("governor", 'the budget was "a disaster"', "mixed")],
            id="quoted-as-saying",
        ),
        # participial
        pytest.param(
            "Governor Ray Stone vetoed the bill, saying it was unaffordable.",
            [("Ray Stone", "it was unaffordable", "indirect")],
            id="saying",
        ),
        pytest.param(
            "Spain reacted coolly, with Foreign Minister Eva Sol saying the idea was premature.",
            [("Eva Sol", "the idea was premature", "indirect")],
            id="with-x-saying",
        ),
        # relative clauses and appositions between speaker and cue
        pytest.param(
            "A senior European diplomat, who asked not to be named, said the deal was close.",
            [("senior European diplomat", "the deal was close", "indirect")],
            id="anonymity-clause",
        ),
        pytest.param(
            "Union leader Ida Marsh, who has led the strike for weeks, said the offer was an"
            " insult.",
            [("Ida Marsh", "the offer was an insult", "indirect")],
            id="who-clause",
        ),
        pytest.param(
            "Oskar Lind, 61, of Uppsala, who runs the local food bank, said demand had doubled.",
            [("Oskar Lind", "demand had doubled", "indirect")],
            id="several-appositions",
        ),
        # institutions and metonyms
        pytest.param(
            "The Kremlin said the talks were useful.",
            [("Kremlin", "the talks were useful", "indirect")],
            id="metonym",
        ),
        # dash signature
        pytest.param(
            "“We deserve better schools.” ― Rosa Delgado",
            [("Rosa Delgado", "We deserve better schools.", "direct")],
            id="dash-signature",
        ),
        # nominal attributions and other layouts
        pytest.param(
            "Reporters checked Senator Ana Ruiz's claim that the city had no money left.",
            [("Ana Ruiz", "the city had no money left", "indirect")],
            id="possessive-claim-that",
        ),
        pytest.param(
            "The dam will hold for a decade, according to engineers hired by the county.",
            [("engineers hired by the county", "The dam will hold for a decade", "indirect")],
            id="according-to-noun-phrase",
        ),
        pytest.param(
            "Jane Roe: Voters Are Tired of ‘Broken Promises’",
            [("Jane Roe", "Voters Are Tired of ‘Broken Promises", "mixed")],
            id="headline-colon",
        ),
        pytest.param(
            "Mayor Ben Ode Calls Budget ‘A Betrayal’ Of Teachers",
            [("Ben Ode", "Budget ‘A Betrayal’ Of Teachers", "mixed")],
            id="title-case-headline-verb",
        ),
        pytest.param(
            '"ODE: Well, look, the budget is fine. We will balance it.',
            [("Ode", "Well, look, the budget is fine. We will balance it.", "direct")],
            id="transcript-turn",
        ),
        pytest.param(
            'Protesters marching through the streets chanted "What curfew?" and kept going.',
            [("Protesters", "What curfew?", "direct")],
            id="participle-between-speaker-and-cue",
        ),
        pytest.param(
            '"We live in fear," my father often said.',
            [("father", "We live in fear", "direct")],
            id="my-role-often-said",
        ),
        pytest.param(
            "Senator Ruth Nye, who in 2010 said the bill was dead, voted for it.",
            [("Ruth Nye", "the bill was dead", "indirect")],
            id="who-in-year-said",
        ),
        # addressees and objects of the cue
        pytest.param(
            'Activists urged voters to "stay home" on Tuesday.',
            [("Activists", 'voters to "stay home" on Tuesday', "mixed")],
            id="urged-keeps-addressee",
        ),
        pytest.param(
            'Governor Lea Park told reporters that the budget was "a mess".',
            [("Lea Park", 'the budget was "a mess"', "mixed")],
            id="told-reporters-that",
        ),
        pytest.param(
            'The memo says the plan "cannot work".',
            [("memo", 'the plan "cannot work"', "mixed")],
            id="document-says",
        ),
        pytest.param(
            'Councillor Ada Moss said the cuts were "painful," but she voted for them.',
            [("Ada Moss", 'the cuts were "painful,"', "mixed")],
            id="content-ends-at-quote-before-but",
        ),
        pytest.param(
            'Said Tom Hale: "We will not give up."',
            [("Tom Hale", "We will not give up.", "direct")],
            id="said-name-colon",
        ),
        # a restrictive relative clause after an object-taking cue is its own statement
        pytest.param(
            'Mayor Ian Voss slammed officials who called the plan "a disaster".',
            [("officials", 'the plan "a disaster"', "mixed")],
            id="object-cue-relative-clause",
        ),
        pytest.param(
            "Governor Lea Park criticized a builder who said the rules were unfair.",
            [("builder", "the rules were unfair", "indirect")],
            id="speech-object-cue-relative-clause",
        ),
        pytest.param(
            "Governor Lea Park rejected a builder who said the rules were unfair,"
            ' saying the rules "apply to everyone".',
            [
                ("builder", "the rules were unfair", "indirect"),
                ("Lea Park", 'the rules "apply to everyone"', "mixed"),
            ],
            id="position-cue-relative-then-participle",
        ),
        pytest.param(
            "Mayor Ian Voss said the builder who said the rules were unfair was lying.",
            [("Ian Voss", "the builder who said the rules were unfair was lying", "indirect")],
            id="clause-cue-keeps-relative-clause",
        ),
        # quotations joined by "and"
        pytest.param(
            'Ana Ruiz and Tom Hale called the plan "a disaster" and voted against it.',
            [
                ("Tom Hale", 'the plan "a disaster"', "mixed"),
                ("Ana Ruiz", 'the plan "a disaster"', "mixed"),
            ],
            id="quote-and-past-verb-cut",
        ),
        pytest.param(
            'Mayor Ian Voss called the plan "a disaster" and "a waste".',
            [("Ian Voss", 'the plan "a disaster" and "a waste"', "mixed")],
            id="quote-and-quote-kept",
        ),
        # low-9 and doubled-apostrophe quotation marks
        pytest.param(
            "„Wir schaffen das nicht allein“, said Economy Minister Lars Berg.",
            [("Lars Berg", "Wir schaffen das nicht allein", "direct")],
            id="low-9",
        ),
        pytest.param(
            "''The lack of reciprocity is deplorable,'' Mr. Burman said.",
            [("Burman", "The lack of reciprocity is deplorable", "direct")],
            id="doubled-apostrophes",
        ),
    ],
)
def test_attribution_patterns(text: str, expected: list[Triple]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The storm hit the coast on Monday.", id="no-cue"),
        pytest.param("She was said to be furious.", id="passive-said"),
        pytest.param("The report was published in March.", id="passive"),
        pytest.param("He refused to say more about the case.", id="refused-to-say"),
        pytest.param("A warning from the ministry came too late.", id="noun-warning"),
        pytest.param("The candidates took questions from voters.", id="noun-questions"),
        pytest.param("The minister spoke on condition of anonymity.", id="no-content"),
        pytest.param("Critics have long wanted to say more.", id="infinitive"),
        pytest.param('His new book, "The Long Road," sold well.', id="title-in-quotes"),
        pytest.param("The mayor joked of the weather.", id="adjunct-only-content"),
        pytest.param("UPDATE: The story was corrected on Monday.", id="label-colon"),
        pytest.param("The Jane Roe Show returns on Monday.", id="name-with-cue-word"),
        pytest.param('The dog eats the bone "quickly".', id="s-verb-not-a-cue"),
        pytest.param("Said the report was wrong, he left.", id="said-without-speaker"),
    ],
)
def test_negatives_yield_nothing(text: str) -> None:
    assert _triples(text) == []


# -- attribution across sentences and paragraphs -----------------------------------------


def test_attribution_in_the_next_paragraph() -> None:
    text = '"Our hospitals are full and our staff are exhausted."\n\nThe health minister said.'
    assert _triples(text) == [
        ("health minister", "Our hospitals are full and our staff are exhausted.", "direct")
    ]


def test_bare_attribution_after_a_question() -> None:
    text = '"How long must we wait?" Mayor Ruth Olsen said. "Nobody can tell us."'
    assert _triples(text) == [
        ("Ruth Olsen", "How long must we wait? Nobody can tell us.", "direct"),
    ]


def test_continuation_paragraph_keeps_the_speaker() -> None:
    text = '"We need more time," the minister said.\n\n"Our teachers deserve better."'
    assert _triples(text) == [
        ("minister", "We need more time", "direct"),
        ("minister", "Our teachers deserve better.", "direct"),
    ]


def test_continuation_after_indirect_speech_is_not_assumed() -> None:
    text = 'The minister said schools would reopen.\n\n"We are not ready."'
    assert [t[0] for t in _triples(text)] == ["minister"]


def test_multi_paragraph_quotation_attributed_at_its_end() -> None:
    text = (
        '"The first part is clear.\n\n"The second part is also clear," said the mayor, Tom Reyes.'
    )
    assert _triples(text) == [
        ("Tom Reyes", "The first part is clear. The second part is also clear", "direct"),
    ]


def test_colon_closing_a_paragraph_introduces_the_next() -> None:
    text = 'The senator said:\n\n"We will fight this bill in every committee."'
    assert _triples(text) == [("senator", "We will fight this bill in every committee.", "direct")]


def test_nested_single_quotes_stay_inside() -> None:
    text = "“They told us ‘wait and see’ for a year,” said nurse Ella Brandt."
    assert _triples(text) == [("Ella Brandt", "They told us ‘wait and see’ for a year", "direct")]


def test_british_single_quotes() -> None:
    text = "'We will not be bullied,' the prime minister said."
    assert _triples(text) == [("prime minister", "We will not be bullied", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        '"Unclosed quote, he said.',
        "“Open “twice” and never closed",
        "”Backwards“ marks, said Jan Moe.",
        '"' * 50,
        "' ' ' '",
    ],
)
def test_unbalanced_marks_degrade_gracefully(text: str) -> None:
    article = stancekit.parse(text)
    for s in article.statements:
        assert s.content_of(text) == s.content


# -- speakers: pronouns, surnames, roles, spokespeople --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # group names joined by "for", "without", "against"
        (
            "Airlines for Europe, a lobby, warned that the tax would cost jobs.",
            "Airlines for Europe",
            "organization",
        ),
        (
            "Doctors Without Borders said the camp was full.",
            "Doctors Without Borders",
            "organization",
        ),
        (
            "The Campaign for Nuclear Disarmament said the plan was reckless.",
            "Campaign for Nuclear Disarmament",
            "organization",
        ),
        (
            "Mothers Against Drunk Driving said the law saved lives.",
            "Mothers Against Drunk Driving",
            "organization",
        ),
        # negatives: a person's name does not swallow a following "for"/"of" phrase
        ("Senator Jane Roe of Texas said the bill was dead.", "Jane Roe", "person"),
        # the head of a noun phrase with a prepositional phrase speaks
        ("Critics of the plan said it was unfair.", "Critics", "group"),
        ("Officials in Brussels said the plan was unfair.", "Officials", "group"),
        ("Several members of the committee said the plan was unfair.", "members", "anonymous"),
        ("Republicans for years said the program was broken.", "Republicans", "group"),
        # negatives: a document or message conveys its source's words
        ("A statement from the ministry said the plan was unfair.", "ministry", "organization"),
        ("A letter from Senator Jane Roe said the plan was unfair.", "Jane Roe", "person"),
        # people named by what they do
        (
            'Environmental campaigners welcomed the plan as "a first step".',
            "Environmental campaigners",
            "group",
        ),
        # negatives: a time word or adverb opening the sentence is not the group's field
        ('Yesterday campaigners welcomed the plan as "a first step".', "campaigners", "group"),
        ("Meanwhile officials said the plan was unfair.", "officials", "group"),
    ],
)
def test_speaker_phrases(text: str, speaker: str, kind: str) -> None:
    a = stancekit.parse(text)
    (s,) = a.statements
    actor = a.actor(s.speaker)
    assert (actor.name, str(actor.kind)) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        (
            "Spain's economy minister, Lucía Marín, said Madrid was open to the idea.",
            "Lucía Marín",
            "Spain's economy minister",
            "Spain",
        ),
        (
            "The Spanish economy minister, Lucía Marín, said the plan was fine.",
            "Lucía Marín",
            "Spanish economy minister",
            "Spain",
        ),
        (
            "Spain's Economy Minister Lucía Marín said the plan was fine.",
            "Lucía Marín",
            "Economy Minister",
            "Spain",
        ),
        (
            "Germany's chancellor said the plan was fine.",
            "Germany's chancellor",
            "chancellor",
            "Germany",
        ),
        # negative: a possessive that is not a speaker's country
        ("Spain's decision was criticized, Tom Hale said.", "Tom Hale", None, None),
    ],
)
def test_possessive_country_is_the_affiliation(
    text: str, name: str, title: str | None, affiliation: str | None
) -> None:
    (actor,) = _actors(text).values()
    assert (actor.name, actor.title, actor.affiliation) == (name, title, affiliation)


def test_group_connector_does_not_join_a_plain_object() -> None:
    a = stancekit.parse('Jane Roe thanked Democrats for Tuesday\'s vote, saying it "matters".')
    assert {a.actor(s.speaker).name for s in a.statements} == {"Jane Roe"}


def test_relative_pronoun_is_the_speaker_evidence() -> None:
    text = 'Senator Ruth Nye, who in 2010 said the tax was "a trap", now backs it.'
    a = stancekit.parse(text)
    (s,) = a.statements
    assert a.actor(s.speaker).name == "Ruth Nye"
    assert s.speaker_span is not None
    assert text[s.speaker_span.start : s.speaker_span.end] == "who"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Alderman Bo Reyes said the cuts were painful.", "Bo Reyes", "Alderman"),
        ("Councilwoman Ada Moss said the cuts were painful.", "Ada Moss", "Councilwoman"),
        ('"We are broke," said Lt. Gov. Mara Quist.', "Mara Quist", "Lt. Gov."),
        ("Sheriff Tom Hale said the jail was full.", "Tom Hale", "Sheriff"),
    ],
)
def test_local_office_titles(text: str, name: str, title: str) -> None:
    (actor,) = _actors(text).values()
    assert (actor.name, actor.title) == (name, title)


def test_pronoun_and_surname_resolve_to_the_full_actor() -> None:
    text = (
        "Health Minister Dana Kovac visited the hospital on Monday.\n\n"
        '"The situation is serious," she said.\n\n'
        '"We will act," Kovac added.'
    )
    assert [t[0] for t in _triples(text)] == ["Dana Kovac", "Dana Kovac"]


def test_pronoun_prefers_the_subject_not_a_prepositional_mention() -> None:
    text = (
        "On the Jane Roe Show, Senator Maya Quinn attacked the bill.\n\n"
        '"It is a disgrace," she said.'
    )
    assert [t[0] for t in _triples(text)] == ["Maya Quinn"]


def test_role_reference_links_to_the_named_holder() -> None:
    text = (
        "Chancellor Petra Lang said on Friday that the reform was necessary. "
        "The chancellor added that taxes would not rise."
    )
    assert [t[0] for t in _triples(text)] == ["Petra Lang", "Petra Lang"]


def test_role_reference_respects_nationality() -> None:
    text = (
        'Finnish Prime Minister Aino Virtanen said the plan was "reckless". '
        "The Dutch prime minister said it was premature."
    )
    names = [t[0] for t in _triples(text)]
    assert names[0] == "Aino Virtanen"
    assert names[1] != "Aino Virtanen"


def test_role_without_holder_stays_a_role_actor() -> None:
    actors = _actors("The Dutch PM said the talks had stalled.")
    assert actors["Dutch PM"].affiliation == "Netherlands"


@pytest.mark.parametrize(
    ("text", "speaker", "represents"),
    [
        (
            "The president's spokeswoman said there were no plans for a visit.",
            "president's spokeswoman",
            "president",
        ),
        (
            "A spokesman for Chancellor Petra Lang said the talks went well.",
            "spokesman",
            "petra-lang",
        ),
        ("Kremlin spokesman Ivan Sorokin said the claims were false.", "Ivan Sorokin", "kremlin"),
        ("A NATO official said the exercise would go ahead.", "NATO official", "nato"),
        (
            "Prime Minister Lena Holm's spokesman said the visit was off.",
            "Lena Holm's spokesman",
            "lena-holm",
        ),
    ],
)
def test_spokespeople_represent(text: str, speaker: str, represents: str) -> None:
    actor = _actors(text)[speaker]
    assert actor.represents == represents


def test_government_spokesperson_gets_the_country() -> None:
    actors = _actors("A German government spokesperson said the talks would resume.")
    assert actors["German government spokesperson"].affiliation == "Germany"


def test_minister_named_in_apposition() -> None:
    actors = _actors("The Minister of Finance, Jane Doe, said the reform was off the table.")
    assert actors["Jane Doe"].title == "Minister of Finance"


def test_expert_with_organisation() -> None:
    actors = _actors(
        '"Nobody expected this," said Lina Sato, a senior fellow at the Institute for Fiscal'
        " Studies."
    )
    assert actors["Lina Sato"].affiliation == "Institute for Fiscal Studies"


def test_organisation_after_name() -> None:
    actors = _actors('"It was the least bad outcome," Mr. Paul Ross of the Ocean Trust said.')
    assert actors["Paul Ross"].affiliation == "Ocean Trust"


# -- several speakers -------------------------------------------------------------------------


def test_joint_speakers() -> None:
    text = (
        "Belgian Prime Minister Anna Claes and her Dutch counterpart Mark de Wit said the plan"
        " was premature."
    )
    assert sorted(t[0] for t in _triples(text)) == ["Anna Claes", "Mark de Wit"]


def test_list_of_countries() -> None:
    text = "Norway, Chile and Kenya have said they will not send observers."
    assert sorted(t[0] for t in _triples(text)) == ["Chile", "Kenya", "Norway"]


def test_collective_speaker() -> None:
    actors = _actors("A string of governments said they had no plans to join the coalition.")
    assert actors["governments"].kind is stancekit.ActorKind.GROUP


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ('"We will not send troops," Prime Minister Eva Lund told SVT.', "SVT"),
        ("Prime Minister Eva Lund told public broadcaster SVT that it was premature.", "SVT"),
        ("In an interview with the BBC, Mayor Tom Hale said the plan was dead.", "BBC"),
        ("Mayor Tom Hale said in a statement that the plan was dead.", "statement"),
        ("Mayor Tom Hale told reporters that the plan was dead.", None),
    ],
)
def test_outlets_as_channels(text: str, channel: str | None) -> None:
    (s,) = stancekit.parse(text).statements
    assert s.channel == channel


def test_channels() -> None:
    a = stancekit.parse(
        'Mayor Ana Ruiz wrote on X: "We will rebuild." '
        "Later, Ruiz told lawmakers that funds were short."
    )
    assert [s.channel for s in a.statements] == ["X", "parliament"]
