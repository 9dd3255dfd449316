"""One schema per language data file: attrs classes, structured with cattrs.

A file that does not fit its schema is rejected with a :class:`LexiconError` naming the file
and the path of the bad value (``reporting.toml: $.speech.verbs[3]: expected a string``).
Lists are kept as tuples in file order, so that :func:`duplicates` can report a word listed
twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

import attrs
import cattrs

from .._enums import Commitment, ReactionKind
from ._structure import duplicates, read_file, strict_converter, structure_with

__all__ = [
    "SCHEMAS",
    "ActorsFile",
    "FunctionWords",
    "PlacesFile",
    "ReactionsFile",
    "ReportingFile",
    "StanceFile",
    "TargetsFile",
    "TextFile",
    "WordLists",
    "WordsFile",
    "duplicates",
    "read_file",
    "structure",
]

Words = tuple[str, ...]
T = TypeVar("T")


# -- reporting.toml -----------------------------------------------------------------------
@attrs.frozen
class VerbGroup:
    """Verbs given as lemmas (inflected by the lexicon) and as explicit forms.

    Attributes:
        verbs: Lemmas whose inflections are generated (``"admit"``).
        irregular: Lemmas (``_`` for a space) to the exact forms to use; nothing is generated
            for them (``say = ["say", "says", "said", "saying"]``).
    """

    verbs: Words = ()
    irregular: Mapping[str, Words] = attrs.field(factory=dict)


@attrs.frozen
class PositionCues:
    """Verb forms that report a position and attribute like speech (``"ruled out"``)."""

    cues: Words = ()


@attrs.frozen
class CueWords:
    """The words around a reporting verb (see :class:`~stancekit.Lexicon` for each)."""

    source_prepositions: Words = ()
    not_speech_before: Words = ()
    cue_adverbs: Words = ()
    claim_nouns: Words = ()
    inverted: Words = ()
    signature_cues: Words = ()
    noun_phrase_speakers: Words = ()
    with_object: Words = ()
    object_cues: Words = ()
    anonymity: Words = ()


@attrs.frozen
class ReportingFile:
    """``reporting.toml``: reporting verbs and the other attribution cues."""

    speech: VerbGroup = attrs.field(factory=VerbGroup)
    quote_cues: VerbGroup = attrs.field(factory=VerbGroup)
    position: PositionCues = attrs.field(factory=PositionCues)
    cues: CueWords = attrs.field(factory=CueWords)


# -- actors.toml --------------------------------------------------------------------------
@attrs.frozen
class GroupNames:
    """Capitalised plurals naming groups (``"democrats"``)."""

    words: Words = ()


@attrs.frozen
class ActorsFile:
    """``actors.toml``: titles, roles, pronouns and the other words naming actors."""

    titles: Words = ()
    spokes_titles: Words = ()
    role_nouns: Words = ()
    institution_roles: Words = ()
    government_roles: Words = ()
    plural_roles: Words = ()
    org_heads: Words = ()
    portfolios: Words = ()
    name_honorifics: Words = ()
    indefinites: Words = ()
    role_adjectives: Words = ()
    not_names: Words = ()
    pronouns: Mapping[str, Literal["person", "plural", "institution", "relative", "object"]] = (
        attrs.field(factory=dict)
    )
    gendered: Mapping[Literal["he", "she"], Words] = attrs.field(factory=dict)
    given_names: Mapping[Literal["he", "she"], Words] = attrs.field(factory=dict)
    role_aliases: Mapping[str, str] = attrs.field(factory=dict)
    group_names: GroupNames = attrs.field(factory=GroupNames)


# -- places.toml --------------------------------------------------------------------------
@attrs.frozen
class PlacesFile:
    """``places.toml``: demonyms, other names of countries, metonyms."""

    demonyms: Mapping[str, str] = attrs.field(factory=dict)
    country_aliases: Mapping[str, str] = attrs.field(factory=dict)
    metonyms: Mapping[str, str] = attrs.field(factory=dict)


# -- stance.toml --------------------------------------------------------------------------
@attrs.frozen
class CommitmentGroup:
    """Phrases sharing one meaning (``class``), its negation and the target's side."""

    commitment: Commitment
    phrases: Words
    negated: Commitment | None = None
    target: Literal["after", "before", "either"] = "after"


@attrs.frozen
class StanceWords:
    """The words around commitment phrases (see :class:`~stancekit.Lexicon` for each)."""

    negation_window: int = 3
    modal_negations: Words = ()
    action_verbs: Words = ()
    endorsement_subjects: Words = ()
    endorsement_noun_context: Words = ()
    negators: Words = ()
    temporal_qualifiers: Words = ()
    scope_qualifiers: Words = ()
    reported_markers: Words = ()
    third_party_subjects: Words = ()
    anaphoric_targets: Words = ()
    subject_gap: Words = ()
    phrase_gap: Words = ()
    verb_particles: Words = ()
    conditional_markers: Words = ()
    refusals: Words = ()
    position_endorsers: Words = ()
    office_words: Words = ()
    opposition_words: Words = ()
    coordinators: Words = ()
    agent_markers: Words = ()
    object_relatives: Words = ()
    proposal_nouns: Words = ()
    intent_nouns: Words = ()
    urging_verbs: Words = ()
    supporter_nouns: Words = ()
    opponent_nouns: Words = ()
    inclusion_markers: Words = ()
    stance_nouns_from: Mapping[str, Commitment] = attrs.field(factory=dict)
    not_proposals: Words = ()
    group_quantifiers: Words = ()
    group_modifiers: Words = ()
    coordination_links: Words = ()
    proposal_links: Words = ()
    copulas: Words = ()
    echo_auxiliaries: Words = ()
    clarifying_phrases: Words = ()
    contrast_markers: Words = ()
    proposal_heads: Words = ()
    head_verbs: Words = ()
    requirement_negations: Words = ()
    abandon_verbs: Words = ()
    report_nouns: Words = ()
    dummy_subjects: Words = ()
    volition_verbs: Words = ()
    purpose_nouns: Words = ()
    hedge_modals: Words = ()
    question_marks: Words = ()


@attrs.frozen
class StanceFile:
    """``stance.toml``: commitment phrases in groups, and the words around them."""

    commitment: tuple[CommitmentGroup, ...] = ()
    words: StanceWords = attrs.field(factory=StanceWords)


# -- targets.toml -------------------------------------------------------------------------
@attrs.frozen
class TargetsFile:
    """``targets.toml``: synonym groups (the first word canonical), plurals, stopwords."""

    synonyms: tuple[Words, ...] = ()
    plural_suffixes: Words = ()
    stopwords: Words = ()


# -- reactions.toml -----------------------------------------------------------------------
@attrs.frozen
class ReactionWords:
    """Words marking answers and warnings."""

    response_markers: Words = ()
    warning_markers: Words = ()


@attrs.frozen
class ReactionsFile:
    """``reactions.toml``: reaction cues with their kind, and the words around them."""

    cues: Mapping[str, ReactionKind] = attrs.field(factory=dict)
    words: ReactionWords = attrs.field(factory=ReactionWords)


# -- text.toml ----------------------------------------------------------------------------
@attrs.frozen
class TextFile:
    """``text.toml``: page debris, abbreviations, labels, days and channels."""

    debris_lines: Words = ()
    not_speakers: Words = ()
    days: Words = ()
    abbreviations: Words = ()
    possessive_endings: Words = ()
    channels: Mapping[str, str] = attrs.field(factory=dict)


# -- function_words.toml ---------------------------------------------------------------------------
@attrs.frozen
class FunctionWords:
    """``function_words.toml``: the function words the parser's rules are written with.

    Each field is a set of lower-case tokens. They are grammar, not knowledge about actors
    or positions, but they are English: another language lists its own.

    Attributes:
        determiners: Articles and possessive determiners opening a noun phrase (``"the"``).
        possessive_determiners: Determiners naming the speaker's side (``"his"``, ``"our"``).
        subject_determiners: Determiners opening the subject of a position clause.
        prepositions: Prepositions: a mention right after one is not a clause subject.
        name_particles: Lower-case particles inside personal names (``"van"``, ``"bin"``).
        name_connectors: Words joining the parts of an organisation's name (``"of"``).
        group_connectors: Words that make a name a group's (``"Campaign for ..."``).
        audience_prepositions: Words before an addressee that is never the speaker of the
            cue after it (``"X in a letter to the council said"``).
        dateline_marks: Words after a dateline's place before its dash (``"WASHINGTON (AP)
            —"``, ``"LONDON, May 2 —"``).
        title_links: Words continuing a title before its holder's name (``"President and
            CEO"``, ``"Director-General of Health"``).
        sole_titles: Titles one person holds in a country at a time (``"prime minister"``):
            "the prime minister" with no holder named is the one untitled person named
            just before.
        courtesy_titles: Titles that name no office (``"Mr"``, ``"Dr."``): a person with
            only one of them is untitled for ``sole_titles``.
        plural_pronouns: Pronouns referring to several actors (``"they"``, ``"them"``).
        first_person: First-person words (``"we"``, ``"my"``).
        own_bodies: Clause subjects that are the speaker's own side (``"the government"``).
        clause_boundaries: Tokens ending the words a commitment phrase applies to.
        clause_starts: Tokens after which a position clause's subject starts.
        target_leading: Words opening a target phrase that are not the proposal (``"to"``).
        target_trailing: Words ending a target phrase that are not the proposal (``"is"``).
        topic_prepositions: Prepositions introducing a topic (``"on"``, ``"about"``).
        verb_endings: Verb endings folded when questions are matched to targets
            (``"ing"``: "banning" ~ "ban", "ending" ~ "end").
        proposal_prepositions: Prepositions that stay inside a proposal's noun phrase
            (``"a ban on smoking"``, ``"talks with nurses"``); any other ends it.
        proposal_breaks: Words ending a proposal's noun phrase: conjunctions (``"as"``,
            ``"when"``) and prepositions of agents and circumstances (``"by"``).
        proposal_light_verbs: Verbs that only bring a proposal about; a proposal's label
            leaves them out ("introduce a congestion charge": "congestion charge").
        relative_markers: Words opening a reported clause (``"that"``, ``"who"``).
        continue_after_quote: Words that, capitalised after a closing quotation mark, continue
            the sentence instead of starting one (``'"...!" Said ...'``).
        government_nouns: Nouns naming a government (``"the Italian government"``).
        possessive_markers: Tokens marking a possessive (``"'s"``).
        affiliation_prepositions: Prepositions after a mention naming whom it belongs to
            (``"a spokesman for the ministry"``).
        origin_prepositions: Prepositions after a person naming where they come from
            (``"Jane Roe of Sweden"``).
        apposition_prepositions: Prepositions after a title in an apposition naming its
            organisation (``"a fellow at the Institute"``).
        after_role_holder: Tokens that may follow the name of a role's holder (``"the mayor,
            Tom Reyes, said"``).
        noun_complements: Prepositions after a one-word endorsement that make it a noun
            (``"support for"``).

    The fields below are the attribution rules' words (``parse/attribution/``).

        noun_before: Tokens after which a cue word is a noun (``"a warning"``).
        participle_before: Tokens after which an -ing cue is a participle (``", saying"``).
        be_forms: Forms of "be" that make a past form passive (``"was mentioned"``).
        progressive_be: Forms of "be" before a progressive -ing cue (``"is saying"``).
        base_form_verbs: Past forms a cue's base-form test leaves alone (``"said"``, ``"put"``).
        bare_past_cues: Cue past forms that a preceding "be" does not make passive (``"said"``).
        subject_pronouns: Subject pronouns taking a base-form verb (``"they say"``).
        base_form_adverbs: Adverbs that may stand between a subject and its base-form verb
            (``"officials now say"``); words ending in an adverb suffix count too.
        work_cues, written_works, work_titles: Cue lemmas that also make a work, the works,
            and the words naming one: a determiner and a work after them make no report
            (``"wrote a book"``), unless the work is named (``"a memoir entitled ..."``).
        rate_prepositions: Source prepositions that also read as a rate (``"per share"``).
        parenthetical_asides: Words between two commas after a subject, before its verb
            (``"critics, however, say"``, ``"for instance"``).
        share_numbers, share_units, share_fractions, share_ratio_links, share_approximators,
            share_pronouns: A share of people that speaks: number words (digits count too),
            units (``"percent"``), fractions (``"half"``), ratio links (``"three in 10"``),
            words before a share (``"nearly"``), quantifiers alone (``"most said"``).
        fragment_words: Words that make a stance's target phrase a clause fragment, not a
            proposal (``"I think you've got"``, ``"what she called"``): subject pronouns
            and wh-words.
        proposal_infinitive: The infinitive marker before a verb taking a commitment
            (``"vowed to block it"``).
        fragment_wh_words: Wh-words after which a bare one-word target is a verb opening a
            clause (``"never know what"``).
        time_nouns: Months, seasons and holidays: after a preposition ending a question's
            proposal they are a time, not part of it (``"a toll over Easter"``).
        non_proposal_heads: Head words of a noun phrase that names no proposal: remark
            nouns (``"rejected the comments"``), attitudes (``"condemned the attitude"``);
            its stance is dropped.
        non_proposal_words: Words that name no proposal when a noun phrase holds nothing
            else: adverbs (``"of course"``, ``"currently"``).
        enacting_verbs: Verbs of enacting a bill (``"sign"``, ``"pass"``): with nothing but
            them and ``bill_nouns`` a noun phrase names no proposal (``"will not sign
            legislation that ..."``, ``"bills he will not sign"``).
        bill_nouns: Nouns of a bill in general (``"legislation"``, ``"bill"``), with
            ``enacting_verbs``.
        country_actions: Canonical actions whose object, a country alone, stands for its
            state (``"recognition"``: "recognition of Palestine" is keyed as "a Palestinian
            state").
        state_nouns: Nouns of a state, the first canonical one keying such an object
            (``"state"``, ``"statehood"``).
        arrangement_nouns: Canonical nouns of an arrangement: two noun phrases of one article
            made of one country and one of them are one proposal (``"the Malaysia deal"``,
            ``"the Malaysian solution"``).
        generic_proposal_nouns: Nouns naming a measure in general (``"restrictions"``,
            ``"the policy"``): a noun phrase of nothing else is an anaphor, the proposal
            under discussion (``"teenagers pushed back against potential restrictions"``).
        generic_proposal_modifiers: Words that may stand before such a noun in an anaphor
            (``"potential"``, ``"such"``); another modifier makes a proposal of its own
            (``"foreign policy"``).
        proposal_fillers: Phrases opening a target phrase before the proposal (``"no plan
            in place to ban cars"``), skipped.
        proposal_namers: Verbs naming the proposal after a wh-word and a pronoun (``"what
            she called a reckless toll"``, ``"what it described as a tax"``): the proposal
            follows them, after a word of ``proposal_namer_links`` (``"as"``).
        proposal_namer_links: Words between a namer verb and the proposal (``"as"``).
        proposal_purpose_verbs: Base-form verbs opening a purpose clause after "to", which
            ends a proposal's noun phrase (``"a rent freeze to help renters"``), not after a
            noun of intent (``"a plan to help renters"``).
        proposal_unkeyed_endings: Endings of hyphenated modifiers of manner or extent left
            out of a proposal's key (``"-style"``: "a US-style bailout for banks" is the
            bailout of banks).
        proposal_unkeyed: Modifiers left out of a proposal's key, so that one proposal has
            one key however it is qualified (``"an annual cap on refugees"`` and ``"a cap on
            refugees"``).
        contraction_endings: Endings of a contracted verb (``"you've"``, ``"don't"``); a
            target phrase holding one is a clause fragment.
        third_person: Third-person subjects of an -s verb form (``"she says"``).
        s_form_subjects: Tokens after which an -s cue form is a verb (``", who says"``).
        np_determiners: Determiners opening a plain noun phrase speaker (``"the bill's
            sponsors"``).
        articles: Articles skipped before an outlet's name (``"the BBC"``).
        adjunct_starts: Words opening an adverbial between a cue and its content (``"said on Monday
            that"``).
        irregular_past: Irregular past tenses starting a new verb phrase after a quotation (``"and
            kept"``).
        past_cues: Past cue forms without -ed that continue the main clause (``"and told"``).
        clause_openers: Words that, after a comma, close the reported clause (``", but"``).
        new_clause_subjects: Pronouns that, after ", and", open a new clause of the
            reporter's that closes the reported one (``"said X, and he ..."``).
        fronted_subordinators: Words opening a sentence with an adverbial clause that ends at
            its first comma (``"While X said Y, Z ..."``): a cue inside it has its content end
            there.
        fronted_adverbs: Adverbs that may come before a fronted subordinator (``"even"`` in
            "Even as the mayor said ..., ...").
        content_leading: Tokens stripped from the start of a reported content (``"that"``,
            ``":"``).
        content_openers: Tokens after which the reported content starts (``"that"``, ``":"``).
        not_addressee: Words that are no addressee right after a cue taking an object (``"that"``).
        addressee_ends: Words ending the addressee of a cue taking an object (``"told reporters
            on"``).
        object_prepositions: Prepositions after an addressee opening the content of an
            ``object_preposition_cues`` cue.
        object_preposition_cues: Cue lemmas whose addressee is followed by a content preposition
            (``"warn"``).
        naming_cues: Cue lemmas naming their object with a quoted phrase (``"call"``: "called
            the plan a 'disaster'"); their content ends with that quotation.
        preposition_starts: Words opening an indirect content that is an adjunct (``"said on
            Thursday"``).
        relative_pronouns: Relative pronouns between a speaker and the cue (``"X, who said"``).
        relative_subjects: Relative pronouns opening a speaker's clause before a cue (``"who"``,
            ``"which"``).
        clause_links: Tokens before the next attribution's speaker that end the content (``",
            and"``).
        speaker_links: Tokens before a speaker that open its own clause (``"and"``, ``"but"``).
        pp_links: Prepositions joining a speaker's head to its complement (``"Farmers across
            ..."``).
        time_deictics: Words before a time unit in an adverbial (``"last"``, ``"this"``).
        time_units: Time units after a deictic word (``"week"``).
        channel_triggers: Words introducing where something was said (``"on"``, ``"told"``).
        channel_skip: Words skipped between a channel trigger and the channel (``"lengthy"``).
        outlet_triggers: Channel triggers after which a capitalised word is an outlet (``"told
            SVT"``).
        platform_triggers: Channel triggers after which a short name is a platform (``"on X"``).
        hard_stops: Tokens no speaker search crosses (``","``, ``"("``).
        dashes: Dashes: a signature or a clause break (``"—"``).
        coordination: Links of a list of joint speakers (``"and"``, ``","``).
        co_speaker_possessives: Possessives before a co-speaker or a claim's author (``"her
            counterpart"``).
        subject_openers: Tokens before a main clause's subject (``"But the minister said"``).
        participle_subject_prepositions: Prepositions before a participle cue's subject (``"with X
            saying"``).
        verb_coordinators: Words joining a second verb of the same subject (``"and vowed"``).
        quote_resumers: Tokens before a quotation resuming the speaker's words (``", but"``).
        genre_channels: Channel labels naming a kind of occasion, not an outlet
            (``"interview"``: "in an interview with the BBC" gives the BBC).
        document_nouns: Nouns of a written message whose sender speaks (``"issued a statement
            saying"``: the subject, not the statement).
        trailing_relatives: Relative words opening a clause that, at the end of an indirect
            content, is the reporter's gloss (``"..., who faces a primary in May"``).
        cue_raisers: Verbs before "to" and a cue that report the speaking itself (``"tried to
            argue"``, ``"managed to ask"``).
        relatives_before_speaker: Relative pronouns that, between a comma and the speaker
            after it, make the speaker's clause a relative one, no post-posed attribution
            (``", which the mayor opposed"``).
        conditional_openers: Subordinators opening a condition that belongs to the reported
            clause when an attribution between commas splits it (``"If the levy passes, she
            said, the mill will close"``: one statement of two pieces).
        relative_resumers: Words after a comma closing a relative clause inside a reported
            clause's subject that resume the clause (``"the levy, which the board approved,
            was fair"``).
        aspect_cues: Cue lemmas that report nothing before "to" and a word starting no cue
            (``"continued to grow"``, ``"went on to win"``, ``"adding to his lead"``).
        other_senses: A cue lemma and the word after it that make another verb
            (``"find himself"``, ``"show up"``, ``"backed away"``): no cue.
        cue_platforms: Nouns of an occasion used for speaking ("used a speech to suggest",
            "used an interview on Monday to warn"): with a form of ``platform_verbs`` before
            them, the speaking verb after "to" is the cue and the verb its start.
        platform_verbs: Forms of "use" before ``cue_platforms``.
        trailing_glosses: Words opening a summing-up apposition that, after a common noun at
            the end of an indirect content, is the reporter's (``"..., a blow to the town"``).
        question_auxiliaries: Auxiliaries a question may put before its verb (``"who has
            ruled out X"``); the words of :data:`stancekit.query.QUESTIONS`, like the next ones.
        question_rule_out: Forms of the verb before "out" in "who ruled out X".
        question_refusals: Phrases before "(to) rule out" in "who refused to rule out X"
            (``"declined"``, ``"would not"``).
        question_support: Phrases of "who supports X" (``"backs"``, ``"in favour of"``).
        question_oppose: Phrases of "who opposes X" (``"rejects"``, ``"against"``).
        question_reacted: Verbs before "to" in "who reacted to X" (``"responded"``).
        question_react: Verbs ending "how did X react" (``"respond"``).
        question_say_auxiliaries: Auxiliaries after "what" in "what did X say".
        question_say: Verbs of "what did X say (about Y)" (``"told"``).
        chain_breakers: Words that, between two pieces of a quotation, open another clause,
            so the pieces are not joined (``"A," he said as the crowd yelled: "B."``).
        post_adjunct_starts: Words opening an adjunct after a post-posed cue, so that what
            follows the cue is no content (``"X, Roe told the Courier on Thursday."``).
        subordinators: Words opening a subordinate clause; a sentence opening with one holds
            no post-posed content before its comma (``"As prices rose, Roe told ..."``).

    The fields below are endings, not tokens: the suffix tests of
    :class:`~stancekit.lexicon._morph.Morphology` (``lexicon.compiled().morph``).

        past_suffixes: Endings of regular past forms (``"ed"``: "warned").
        gerund_suffixes: Endings of present participles (``"ing"``: "saying").
        s_form_suffixes: Endings of third-person forms and plurals (``"s"``: "says").
        singular_endings: Endings that make an -s ending no inflection (``"ss"``: "press").
        adverb_suffixes: Endings of adverbs of manner (``"ly"``: "repeatedly").
        negative_clitics: Negative clitics ending a verb (``"n't"``: "didn't").
        uninflected_heads: Verb lemmas that, first in a commitment phrase, are not inflected
            there: auxiliaries and modals (``"will never"``), adjectives and nouns that are
            also verbs (``"long overdue"``, ``"open to"``).
    """

    determiners: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()
    subject_determiners: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    name_connectors: frozenset[str] = frozenset()
    group_connectors: frozenset[str] = frozenset()
    title_links: frozenset[str] = frozenset()
    sole_titles: frozenset[str] = frozenset()
    courtesy_titles: frozenset[str] = frozenset()
    dateline_marks: frozenset[str] = frozenset()
    audience_prepositions: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    own_bodies: frozenset[str] = frozenset()
    clause_boundaries: frozenset[str] = frozenset()
    clause_starts: frozenset[str] = frozenset()
    target_leading: frozenset[str] = frozenset()
    target_trailing: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    verb_endings: frozenset[str] = frozenset()
    proposal_prepositions: frozenset[str] = frozenset()
    proposal_breaks: frozenset[str] = frozenset()
    proposal_light_verbs: frozenset[str] = frozenset()
    relative_markers: frozenset[str] = frozenset()
    continue_after_quote: frozenset[str] = frozenset()
    government_nouns: frozenset[str] = frozenset()
    possessive_markers: frozenset[str] = frozenset()
    affiliation_prepositions: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    apposition_prepositions: frozenset[str] = frozenset()
    after_role_holder: frozenset[str] = frozenset()
    noun_complements: frozenset[str] = frozenset()
    noun_before: frozenset[str] = frozenset()
    participle_before: frozenset[str] = frozenset()
    be_forms: frozenset[str] = frozenset()
    progressive_be: frozenset[str] = frozenset()
    base_form_verbs: frozenset[str] = frozenset()
    bare_past_cues: frozenset[str] = frozenset()
    subject_pronouns: frozenset[str] = frozenset()
    base_form_adverbs: frozenset[str] = frozenset()
    work_cues: frozenset[str] = frozenset()
    written_works: frozenset[str] = frozenset()
    work_titles: frozenset[str] = frozenset()
    rate_prepositions: frozenset[str] = frozenset()
    parenthetical_asides: frozenset[str] = frozenset()
    share_numbers: frozenset[str] = frozenset()
    share_units: frozenset[str] = frozenset()
    share_fractions: frozenset[str] = frozenset()
    share_ratio_links: frozenset[str] = frozenset()
    share_approximators: frozenset[str] = frozenset()
    share_pronouns: frozenset[str] = frozenset()
    fragment_words: frozenset[str] = frozenset()
    contraction_endings: frozenset[str] = frozenset()
    fragment_wh_words: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    non_proposal_heads: frozenset[str] = frozenset()
    non_proposal_words: frozenset[str] = frozenset()
    enacting_verbs: frozenset[str] = frozenset()
    bill_nouns: frozenset[str] = frozenset()
    generic_proposal_nouns: frozenset[str] = frozenset()
    generic_proposal_modifiers: frozenset[str] = frozenset()
    arrangement_nouns: frozenset[str] = frozenset()
    country_actions: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    proposal_fillers: frozenset[str] = frozenset()
    proposal_namers: frozenset[str] = frozenset()
    proposal_namer_links: frozenset[str] = frozenset()
    proposal_purpose_verbs: frozenset[str] = frozenset()
    proposal_unkeyed: frozenset[str] = frozenset()
    proposal_unkeyed_endings: frozenset[str] = frozenset()
    proposal_infinitive: frozenset[str] = frozenset()
    third_person: frozenset[str] = frozenset()
    s_form_subjects: frozenset[str] = frozenset()
    np_determiners: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    adjunct_starts: frozenset[str] = frozenset()
    irregular_past: frozenset[str] = frozenset()
    past_cues: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    fronted_subordinators: frozenset[str] = frozenset()
    fronted_adverbs: frozenset[str] = frozenset()
    new_clause_subjects: frozenset[str] = frozenset()
    content_leading: frozenset[str] = frozenset()
    content_openers: frozenset[str] = frozenset()
    not_addressee: frozenset[str] = frozenset()
    addressee_ends: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    object_preposition_cues: frozenset[str] = frozenset()
    naming_cues: frozenset[str] = frozenset()
    preposition_starts: frozenset[str] = frozenset()
    relative_pronouns: frozenset[str] = frozenset()
    relative_subjects: frozenset[str] = frozenset()
    clause_links: frozenset[str] = frozenset()
    speaker_links: frozenset[str] = frozenset()
    pp_links: frozenset[str] = frozenset()
    time_deictics: frozenset[str] = frozenset()
    time_units: frozenset[str] = frozenset()
    channel_triggers: frozenset[str] = frozenset()
    channel_skip: frozenset[str] = frozenset()
    outlet_triggers: frozenset[str] = frozenset()
    platform_triggers: frozenset[str] = frozenset()
    hard_stops: frozenset[str] = frozenset()
    dashes: frozenset[str] = frozenset()
    coordination: frozenset[str] = frozenset()
    co_speaker_possessives: frozenset[str] = frozenset()
    subject_openers: frozenset[str] = frozenset()
    participle_subject_prepositions: frozenset[str] = frozenset()
    verb_coordinators: frozenset[str] = frozenset()
    quote_resumers: frozenset[str] = frozenset()
    genre_channels: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    trailing_relatives: frozenset[str] = frozenset()
    cue_raisers: frozenset[str] = frozenset()
    aspect_cues: frozenset[str] = frozenset()
    relative_resumers: frozenset[str] = frozenset()
    conditional_openers: frozenset[str] = frozenset()
    relatives_before_speaker: frozenset[str] = frozenset()
    other_senses: frozenset[str] = frozenset()
    cue_platforms: frozenset[str] = frozenset()
    platform_verbs: frozenset[str] = frozenset()
    trailing_glosses: frozenset[str] = frozenset()
    question_auxiliaries: frozenset[str] = frozenset()
    question_rule_out: frozenset[str] = frozenset()
    question_refusals: frozenset[str] = frozenset()
    question_support: frozenset[str] = frozenset()
    question_oppose: frozenset[str] = frozenset()
    question_reacted: frozenset[str] = frozenset()
    question_react: frozenset[str] = frozenset()
    question_say_auxiliaries: frozenset[str] = frozenset()
    question_say: frozenset[str] = frozenset()
    chain_breakers: frozenset[str] = frozenset()
    post_adjunct_starts: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    past_suffixes: frozenset[str] = frozenset()
    gerund_suffixes: frozenset[str] = frozenset()
    s_form_suffixes: frozenset[str] = frozenset()
    singular_endings: frozenset[str] = frozenset()
    adverb_suffixes: frozenset[str] = frozenset()
    negative_clitics: frozenset[str] = frozenset()
    uninflected_heads: frozenset[str] = frozenset()


class WordLists:
    """``function_words.toml`` as written: one list per :class:`FunctionWords` field.

    The class :data:`WordsFile` is made from :class:`FunctionWords`'s fields, so that a new
    word list is declared once; as lists, a word listed twice can be reported.
    """

    def words(self) -> FunctionWords:
        """The typed sets the lexicon exposes as ``lexicon.words``."""
        return FunctionWords(
            **{f.name: frozenset(getattr(self, f.name)) for f in attrs.fields(FunctionWords)}
        )


#: The schema of ``function_words.toml``: a frozen attrs class with one ``Words`` field
#: (default empty) per field of :class:`FunctionWords`, in the same order.
WordsFile: type[WordLists] = attrs.make_class(
    "WordsFile",
    {f.name: attrs.field(type=Words, default=()) for f in attrs.fields(FunctionWords)},
    bases=(WordLists,),
    frozen=True,
)


#: The data files of a language folder, in load order, with their schemas.
SCHEMAS: Mapping[str, type] = {
    "reporting.toml": ReportingFile,
    "actors.toml": ActorsFile,
    "places.toml": PlacesFile,
    "stance.toml": StanceFile,
    "targets.toml": TargetsFile,
    "reactions.toml": ReactionsFile,
    "text.toml": TextFile,
    "function_words.toml": WordsFile,
}


def _converter() -> cattrs.Converter:
    c = strict_converter((Commitment, ReactionKind))

    def words(value: Any, _: Any) -> Words:
        if isinstance(value, (str, bytes)) or not isinstance(value, list):
            msg = f"expected a list of strings (got {value!r})"
            raise TypeError(msg)
        return tuple(c.structure(value, list[str]))

    c.register_structure_hook_func(lambda t: t == Words, words)
    # TOML spells the commitment of a group ``class``
    c.register_structure_hook(
        CommitmentGroup,
        cattrs.gen.make_dict_structure_fn(
            CommitmentGroup,
            c,
            _cattrs_forbid_extra_keys=True,
            commitment=cattrs.gen.override(rename="class"),
        ),
    )
    return c


_CONVERTER = _converter()


def structure(data: Any, cl: type[T], source: str) -> T:
    """Structure plain data as the schema *cl*, or fail with the path of the bad value.

    Raises:
        LexiconError: naming *source* and the path of each bad value.
    """
    return structure_with(_CONVERTER, data, cl, source)
