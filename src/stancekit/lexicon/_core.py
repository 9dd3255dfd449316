"""The parser's knowledge of English, as data: a typed :class:`Lexicon`.

The default lexicon is read from the data files of ``stancekit/lang/en`` (one schema per file,
see :mod:`stancekit.lexicon._schema`). Users extend or replace any field without touching the
package::

    lex = Lexicon.default().extend(titles=["grand vizier"], speech_cues={"opine": "opine"})
    lex = Lexicon.load("my-words.toml")            # extends the default
    lex = Lexicon.load("my-words.toml", replace=True)

A lexicon file (TOML or JSON) holds top-level keys named like the fields below; lists extend
sets, tables extend mappings. A file named like a language data file (``reporting.toml``,
``actors.toml``, ...) is read with that file's schema, and a folder as a language folder.
Derived entries (a verb's inflections, a role noun's plural, a quote cue's forms) are added
after every :meth:`~Lexicon.load`, :meth:`~Lexicon.extend` and :meth:`~Lexicon.replace`.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from .._enums import Commitment, ReactionKind
from .._tokens import fold
from ..errors import LexiconError
from . import _schema as sc
from ._files import default_words, file_fields, folder_fields, lang_folder
from ._morph import role_plurals, verb_forms, verb_lemma
from ._phrases import CommitmentPhrase, CompiledLexicon, PhraseTable, compile_lexicon

__all__ = ["CommitmentPhrase", "CompiledLexicon", "Lexicon", "PhraseTable", "default_words"]


def _fs(value: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(v).strip() for v in value)


def _map(value: Mapping[str, str]) -> Mapping[str, str]:
    return {fold(k).strip(): v for k, v in value.items()}


def _commitment_map(value: Mapping[str, str | Commitment]) -> Mapping[str, Commitment]:
    return {fold(k).strip(): Commitment(v) for k, v in value.items()}


def _phrases(value: Iterable[CommitmentPhrase]) -> tuple[CommitmentPhrase, ...]:
    return tuple(value)


def _reaction_kinds(value: Mapping[str, str | ReactionKind]) -> Mapping[str, ReactionKind]:
    return {fold(k).strip(): ReactionKind(v) for k, v in value.items()}


def _pos_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        msg = f"'{attribute.name}' must be a positive int (got {value!r})"
        raise LexiconError(msg)


def _function_words() -> sc.FunctionWords:
    return default_words()


@attrs.frozen
class Lexicon:
    """Everything the parser knows about English words, as typed data.

    All phrase fields are matched on lower-cased tokens with typographic apostrophes folded.

    Attributes:
        speech_cues: Reporting verb forms and cue phrases, mapped to their lemma
            (``"said" -> "say"``, ``"pointed out" -> "point out"``).
        quote_cues: Cue forms that attribute only when a quotation follows them in the
            sentence (``"called"``, ``"described"``).
        source_prepositions: Cues placed before the source (``"according to"``).
        not_speech_before: Phrases that void a following cue (``"refused to"`` say more).
        anonymity: Phrases after a cue that ask for anonymity (``"not to be named"``).
        inverted_cues: Cue lemmas that may precede their speaker (``'"...," said X'``).
        signature_cues: Cue lemmas that, bare in a sentence opening the next paragraph, sign
            the quotation before it (``'"..." / The minister said.'``).
        noun_phrase_speakers: Cue lemmas after which a plain noun phrase may speak.
        with_object: Cue lemmas taking the addressee before the content (``"told X that"``).
        object_cues: Cue lemmas whose object is a noun phrase: a relative clause after it
            (``"criticized a builder who said ..."``) is a statement of its own.
        days: Day words marking times rather than content (``"on Monday"``).
        claim_nouns: Nouns reporting words after a possessive (``"Roe's claim that"``).
        cue_adverbs: Words allowed between a speaker and the cue (``"also"``).
        titles: Titles and roles preceding a name (``"prime minister"``, ``"sen."``).
        role_aliases: Other ways of writing a role (``"pm" -> "prime minister"``).
        group_names: Capitalised plurals naming groups (``"democrats"``).
        spokes_titles: Titles of people who speak for someone else.
        role_nouns: Nouns naming people or bodies by role (``"official"``, ``"ministry"``).
        institution_roles: Role nouns that are institutions, not persons.
        government_roles: Institution roles naming a government (``"administration"``).
        plural_roles: Role nouns that name several actors.
        org_heads: Words that end or mark organisation names (``"institute"``).
        portfolios: Capitalised words that make a compound title with the title after them
            (``"Transport"`` in ``"Transport Commissioner"``).
        name_honorifics: Titles that belong to the name after them (``"Lord Barrington"``).
        given_names: Given names mapped to the gender they usually indicate (``"he"`` or
            ``"she"``), for pronouns after a named speaker.
        indefinites: Determiners making a role phrase anonymous (``"a"``, ``"several"``).
        role_adjectives: Adjectives allowed inside role phrases (``"senior"``).
        not_names: Capitalised words that never start a name (``"The"``, ``"Monday"``).
        pronouns: Pronouns that can name a speaker, with the antecedent kind they take.
        gendered: Words indicating gender, mapped to ``"he"`` or ``"she"``.
        demonyms: Adjectives naming a country (``"slovak" -> "Slovakia"``).
        country_aliases: Other names of countries (``"u.k." -> "United Kingdom"``).
        metonyms: Places standing for a government (``"kremlin" -> "Russia"``).
        commitments: Phrases that carry a position.
        negators: Words that negate the commitment phrase right after them.
        negation_window: How many tokens before a phrase a negator may stand.
        modal_negations: Negated modals ("will not") that are positions only before an action.
        action_verbs: Verbs of acting on a proposal ("send", "take part").
        endorsement_subjects: Words after which a one-word endorsement is a verb ("we back").
        endorsement_noun_context: Words before which a one-word endorsement is a noun
            ("military support").
        temporal_qualifiers: Time limits turning a rejection into "not now".
        scope_qualifiers: Adjectives limiting a target's scope (``"large-scale"``).
        reported_markers: Verbs showing a clause reports other people's positions.
        third_party_subjects: Subjects of such reported clauses (``"countries"``).
        anaphoric_targets: Words standing for the proposal under discussion (``"the idea"``).
        synonyms: Words and phrases mapped to a canonical form for target matching.
        plural_suffixes: Endings folded when matching target words.
        stopwords: Words ignored when matching targets.
        reaction_cues: Phrases marking a reaction, with its kind.
        response_markers: Phrases marking a statement as an answer (``"in response to"``).
        warning_markers: Words that make a statement a warning.
        debris_lines: Regular expressions matching whole lines of page debris.
        abbreviations: Abbreviations whose period does not end a sentence.
        possessive_endings: Endings the tokenizer splits off a word as a token of their own,
            in lower case with a straight apostrophe (``"'s"``: "Spain's" is "Spain" and
            "'s"); their upper-case forms and the typographic apostrophe split too.
        not_speakers: Labels opening a line with a colon that name no one (``"update"``).
        channels: Platforms and venues, mapped to the channel label recorded.
        subject_gap: Words that may stand between an actor and the verb of its position
            (auxiliaries, modals, adverbs, time words: "has once again outright rejected").
        phrase_gap: Adverbs that may stand inside a commitment phrase ("not *currently*
            planning", "has not *yet* ruled out").
        verb_particles: Particles that make a position verb another verb ("back down").
        conditional_markers: Words opening a clause whose position is only supposed ("if").
        object_relatives: Relative pronouns opening a clause about an action's object ("sign a
            bill that does not include"): a position inside it is the object's, not the actor's.
        agent_markers: Words introducing the agent of a passive position ("rejected by").
        coordinators: Words joining a second predicate to a sentence's subject ("but").
        refusals: Verbs that, before "to" and another verb, reject doing it ("refused to lift").
        proposal_nouns: Nouns naming an actor's own proposal after its possessive and before
            "for" or "to" ("the union's call for a levy"): the actor supports it.
        intent_nouns: Nouns of an actor's intent, a position only before "to" ("the mayor's
            plan to build a tram"; "the mayor's plans for the city" is a topic).
        urging_verbs: Verbs asking someone to act ("urged the council to ban cars"): the
            subject supports the action.
        supporter_nouns: Nouns for those who back a proposal ("supporters of the levy,
            including X", "X, a champion of the levy").
        opponent_nouns: Nouns for those against one ("critics such as X", "X, an opponent of").
        inclusion_markers: Words listing members of a group ("several countries, including
            X and Y, have pledged"): the members hold the group's position.
        stance_nouns_from: Nouns of a position taken by the actors after "from", with the
            commitment ("opposition from X and Y": objection).
        not_proposals: Words that, as the whole object of a support or opposition verb, name
            no proposal ("backed him", "supports the team").
        group_quantifiers: Words that make a plural mention nobody in particular ("some
            countries", "many experts").
        group_modifiers: Words that, just before a bare group noun outside the mention, make
            it a group that holds positions ("political leaders", "business leaders").
        coordination_links: Words joining actors into one subject ("Labor and the Greens
            oppose it": both do).
        proposal_links: Words after a proposal or position noun before its object ("plan
            to", "call for", "opposition to").
        copulas: Verbs joining a subject to a noun that describes it ("X is a critic of").
        echo_auxiliaries: Auxiliaries after "as" that give a position to one more actor
            ("X backs the levy, as does Y").
        clarifying_phrases: Commitment phrases that only set a topic aside when a word of
            ``contrast_markers`` follows in the sentence ("we are not talking about a bed
            tax, but about a levy on ships": no position on a bed tax).
        contrast_markers: Words introducing what a clarifying phrase means instead ("but",
            "rather").
        proposal_heads: Last words of a proper name that names a proposal, not an actor ("the
            Clean Air Act"): a support verb's object ending in one is a proposal.
        head_verbs: Verbs (and supporter nouns) that take a position only on an object with
            a word of ``proposal_heads`` ("signed the wealth tax bill", "the sponsor of the
            Clean Air Act"; not "signed a contract", "the sponsor of the team").
        requirement_negations: Phrases saying an object lacks something; after a refused
            action on that object they demand it ("will not sign a bill that does not
            include a levy": support for the levy).
        abandon_verbs: Verbs (and nouns) of dropping a proposal: backing its dropping
            opposes it ("welcomed reports the levy would be scrapped", "backed repealing the
            tax", "welcomed the council's rejection of the levy").
        report_nouns: Nouns before the clause that names a dropped proposal ("reports the
            levy would be scrapped").
        dummy_subjects: Subjects standing for a clause after the predicate: "*it* is a
            mistake (for the council) to fund the tram" judges funding the tram.
        volition_verbs: Verbs of wanting before "to" and the action they are about: in "it is
            unreasonable for them not to want to negotiate" the action is negotiating.
        purpose_nouns: Nouns ending a judgement after which "to" opens a purpose ("it is the
            only way to end the strike" praises "it"), not the action judged.
        hedge_modals: Modals of possibility between a subject and its position phrase: the
            reporter guesses, the actor has taken no position ("the board might reject the bid").
        question_marks: Marks ending a question: a narrated position in a sentence ending in
            one is asked about, not reported ("Will the council approve the levy?").
        position_endorsers: Verbs whose subject shares the position its object is defended
            for ("defended the minister for not ruling it out").
        office_words: Title words of government offices: a speaker holding one speaks for
            the government of the country their statement names ("secretary", "minister").
        opposition_words: Title words that make an office no government's ("shadow").
    """

    speech_cues: Mapping[str, str] = attrs.field(converter=_map)
    quote_cues: frozenset[str] = attrs.field(converter=_fs)
    source_prepositions: frozenset[str] = attrs.field(converter=_fs)
    not_speech_before: frozenset[str] = attrs.field(converter=_fs)
    anonymity: frozenset[str] = attrs.field(converter=_fs)
    inverted_cues: frozenset[str] = attrs.field(converter=_fs)
    noun_phrase_speakers: frozenset[str] = attrs.field(converter=_fs)
    with_object: frozenset[str] = attrs.field(converter=_fs)
    object_cues: frozenset[str] = attrs.field(converter=_fs)
    days: frozenset[str] = attrs.field(converter=_fs)
    claim_nouns: frozenset[str] = attrs.field(converter=_fs)
    cue_adverbs: frozenset[str] = attrs.field(converter=_fs)
    titles: frozenset[str] = attrs.field(converter=_fs)
    role_aliases: Mapping[str, str] = attrs.field(converter=_map)
    group_names: frozenset[str] = attrs.field(converter=_fs)
    spokes_titles: frozenset[str] = attrs.field(converter=_fs)
    role_nouns: frozenset[str] = attrs.field(converter=_fs)
    institution_roles: frozenset[str] = attrs.field(converter=_fs)
    government_roles: frozenset[str] = attrs.field(converter=_fs)
    plural_roles: frozenset[str] = attrs.field(converter=_fs)
    org_heads: frozenset[str] = attrs.field(converter=_fs)
    indefinites: frozenset[str] = attrs.field(converter=_fs)
    role_adjectives: frozenset[str] = attrs.field(converter=_fs)
    not_names: frozenset[str] = attrs.field(converter=_fs)
    pronouns: Mapping[str, str] = attrs.field(converter=_map)
    gendered: Mapping[str, str] = attrs.field(converter=_map)
    demonyms: Mapping[str, str] = attrs.field(converter=_map)
    country_aliases: Mapping[str, str] = attrs.field(converter=_map)
    metonyms: Mapping[str, str] = attrs.field(converter=_map)
    commitments: tuple[CommitmentPhrase, ...] = attrs.field(converter=_phrases)
    negators: frozenset[str] = attrs.field(converter=_fs)
    negation_window: int = attrs.field(validator=_pos_int)
    modal_negations: frozenset[str] = attrs.field(converter=_fs)
    action_verbs: frozenset[str] = attrs.field(converter=_fs)
    endorsement_subjects: frozenset[str] = attrs.field(converter=_fs)
    endorsement_noun_context: frozenset[str] = attrs.field(converter=_fs)
    temporal_qualifiers: frozenset[str] = attrs.field(converter=_fs)
    scope_qualifiers: frozenset[str] = attrs.field(converter=_fs)
    reported_markers: frozenset[str] = attrs.field(converter=_fs)
    third_party_subjects: frozenset[str] = attrs.field(converter=_fs)
    anaphoric_targets: frozenset[str] = attrs.field(converter=_fs)
    synonyms: Mapping[str, str] = attrs.field(converter=_map)
    plural_suffixes: tuple[str, ...] = attrs.field(converter=tuple)
    stopwords: frozenset[str] = attrs.field(converter=_fs)
    reaction_cues: Mapping[str, ReactionKind] = attrs.field(converter=_reaction_kinds)
    response_markers: frozenset[str] = attrs.field(converter=_fs)
    warning_markers: frozenset[str] = attrs.field(converter=_fs)
    debris_lines: tuple[str, ...] = attrs.field(converter=tuple)
    abbreviations: frozenset[str] = attrs.field(converter=_fs)
    possessive_endings: frozenset[str] = attrs.field(converter=_fs)
    not_speakers: frozenset[str] = attrs.field(converter=_fs)
    channels: Mapping[str, str] = attrs.field(converter=_map)
    subject_gap: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    phrase_gap: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    verb_particles: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    conditional_markers: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    refusals: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    position_endorsers: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    office_words: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    opposition_words: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    coordinators: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    agent_markers: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    object_relatives: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    portfolios: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    name_honorifics: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    given_names: Mapping[str, str] = attrs.field(converter=_map, factory=dict)
    proposal_nouns: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    intent_nouns: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    urging_verbs: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    supporter_nouns: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    opponent_nouns: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    inclusion_markers: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    stance_nouns_from: Mapping[str, Commitment] = attrs.field(
        converter=_commitment_map, factory=dict
    )
    not_proposals: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    group_quantifiers: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    group_modifiers: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    coordination_links: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    proposal_links: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    copulas: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    echo_auxiliaries: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    clarifying_phrases: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    contrast_markers: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    proposal_heads: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    head_verbs: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    requirement_negations: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    abandon_verbs: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    report_nouns: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    dummy_subjects: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    volition_verbs: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    purpose_nouns: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    hedge_modals: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    question_marks: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    signature_cues: frozenset[str] = attrs.field(converter=_fs, factory=frozenset)
    words: sc.FunctionWords = attrs.field(factory=lambda: _function_words())
    _compiled: list[CompiledLexicon] = attrs.field(
        init=False, factory=list, eq=False, repr=False, hash=False
    )

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with stancekit.

        Returns:
            The lexicon read from the data files in ``stancekit/lang/en``; read once, then
            the same (immutable) object every time.
        """
        return _default()

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], *, base: Lexicon | None = None, replace: bool = False
    ) -> Lexicon:
        """Build a lexicon from plain data whose keys are field names.

        Derived entries are added for what *data* brings: the inflections of each
        ``speech_cues`` lemma (``{"opine": "opine"}`` also adds "opines", "opined",
        "opining"), the forms of each ``quote_cues`` verb (as quote-bound cues), and the plurals
        of each ``role_nouns`` noun (as role nouns naming several actors). Entries already
        present are kept as they are.

        Args:
            data: Field names to lists (for sets and tuples), tables (for mappings), an int
                (``negation_window``), a list of tables with ``phrase``, ``commitment`` and
                optionally ``negated`` and ``target`` (``commitments``) or a table of lists
                (``words``, see :class:`FunctionWords`).
            base: Lexicon to extend; the default one when ``None``.
            replace: Replace the given fields instead of extending them.

        Returns:
            A new lexicon; *base* is unchanged.

        Raises:
            LexiconError: on an unknown field, a value of the wrong shape, or data that fails
                :meth:`check`.
        """
        return _from_mapping(cls, data, base=base, replace=replace, derive=True)

    def extend(self, **fields: Any) -> Lexicon:
        """A copy with the given fields extended (sets unioned, mappings updated).

        ``Lexicon.default().extend(speech_cues={"opine": "opine"}, titles=["grand vizier"])``

        Args:
            fields: Field names to values, as for :meth:`from_mapping`.

        Returns:
            A new lexicon with the derived entries of the new words; this one is unchanged.

        Raises:
            LexiconError: on an unknown field, a value of the wrong shape, or data that fails
                :meth:`check`.
        """
        return Lexicon.from_mapping(fields, base=self)

    def replace(self, **fields: Any) -> Lexicon:
        """A copy with the given fields replaced.

        Args:
            fields: Field names to values, as for :meth:`from_mapping`.

        Returns:
            A new lexicon with the derived entries of the new words; this one is unchanged.

        Raises:
            LexiconError: on an unknown field, a value of the wrong shape, or data that fails
                :meth:`check`.
        """
        return Lexicon.from_mapping(fields, base=self, replace=True)

    @classmethod
    def load(
        cls, path: str | Path, *, base: Lexicon | None = None, replace: bool = False
    ) -> Lexicon:
        """Read a lexicon file (or a language folder) onto *base*.

        Args:
            path: A folder of language data files (like ``stancekit/lang/en``); a file named
                like one of them (``reporting.toml``, ``actors.toml``, ``places.toml``,
                ``stance.toml``, ``targets.toml``, ``reactions.toml``, ``text.toml``,
                ``function_words.toml``), read with that file's schema; or any other
                ``.json`` or TOML file, whose top-level keys are field names.
            base: Lexicon to extend; the default one when ``None``.
            replace: Replace the fields the file holds instead of extending them.

        Returns:
            A new lexicon.

        Raises:
            LexiconError: when the file cannot be read, does not fit its schema (the message
                names the file and the path of the bad value), or fails :meth:`check`.
        """
        p = Path(path)
        if p.is_dir():
            return _from_mapping(
                cls, folder_fields(p), base=base, replace=replace, derive=False, source=str(p)
            )
        if p.name in sc.SCHEMAS:
            data = sc.read_file(p, p.name)
            try:
                fields = file_fields(p.name, data)
            except LexiconError:
                # a file of field names that happens to share a data file's name (and holds
                # a key that file does not have) is read as field names
                schema_keys = {f.name for f in attrs.fields(sc.SCHEMAS[p.name])}
                if not (
                    isinstance(data, dict)
                    and set(data) <= _FIELD_NAMES
                    and not set(data) <= schema_keys
                ):
                    raise
            else:
                return _from_mapping(
                    cls, fields, base=base, replace=replace, derive=False, source=p.name
                )
        try:
            raw = p.read_bytes()
            data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw.decode())
        except (OSError, ValueError) as exc:
            raise LexiconError(f"cannot read lexicon {str(p)!r}: {exc}") from None
        if not isinstance(data, dict):
            raise LexiconError(f"lexicon {str(p)!r} must hold a table of fields")
        return _from_mapping(cls, data, base=base, replace=replace, derive=True, source=p.name)

    def check(self) -> list[str]:
        """Problems in this lexicon's data: overlaps between lists that must be disjoint
        and phrases listed twice.

        Returns:
            One readable line per problem (``"endorsement_subjects and
            endorsement_noun_context share 'military'"``); empty when the lexicon is sound.
            :meth:`load`, :meth:`extend` and :meth:`replace` raise :class:`LexiconError`
            with these lines.
        """
        return _check(self)

    def compiled(self) -> CompiledLexicon:
        """Lookup tables derived from this lexicon, as the parser uses them.

        Returns:
            The tables, built on the first call and cached on this lexicon.
        """
        if not self._compiled:
            self._compiled.append(compile_lexicon(self))
        return self._compiled[0]


_FIELD_NAMES = frozenset(f.name for f in attrs.fields(Lexicon) if f.init)


# -- building: plain data onto a base lexicon ----------------------------------------------


def _from_mapping(
    cls: type[Lexicon],
    data: Mapping[str, Any],
    *,
    base: Lexicon | None,
    replace: bool,
    derive: bool,
    source: str | None = None,
) -> Lexicon:
    base = cls.default() if base is None else base
    names = {f.name for f in attrs.fields(cls) if f.init}
    unknown = sorted(set(data) - names)
    where = f"{source}: " if source else ""
    if unknown:
        msg = f"{where}unknown lexicon fields {unknown}; expected some of {sorted(names)}"
        raise LexiconError(msg)
    try:
        changes: dict[str, Any] = {}
        for key, value in data.items():
            changes[key] = _merge(key, getattr(base, key), value, replace=replace)
        if derive:
            _derive(changes, data, base)
        lex = attrs.evolve(base, **changes)
    except (TypeError, ValueError) as exc:
        if isinstance(exc, LexiconError):
            raise LexiconError(f"{where}{exc}") from None
        raise LexiconError(f"{where}invalid lexicon value: {exc}") from None
    problems = _check(lex)
    if problems:
        raise LexiconError(f"{where}lexicon check failed: " + "; ".join(problems))
    return lex


def _merge(key: str, current: Any, value: Any, *, replace: bool) -> Any:
    if key == "commitments":
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            raise LexiconError(f"lexicon field {key!r} must be a list (got {value!r})")
        items = [v if isinstance(v, CommitmentPhrase) else _commitment_from(v) for v in value]
        if replace:
            return tuple(items)
        new = {c.phrase for c in items}  # a phrase given again takes its new meaning
        return (*(c for c in current if c.phrase not in new), *items)
    if key == "negation_window":
        return value
    if key == "words":
        return _merge_words(current, value, replace=replace)
    if isinstance(current, Mapping):
        if not isinstance(value, Mapping):
            raise LexiconError(f"lexicon field {key!r} must be a table (got {value!r})")
        return dict(value) if replace else {**current, **value}
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise LexiconError(f"lexicon field {key!r} must be a list (got {value!r})")
    if isinstance(current, tuple):
        return tuple(value) if replace else (*current, *(v for v in value if v not in current))
    return frozenset(value) if replace else current | frozenset(value)


def _merge_words(current: sc.FunctionWords, value: Any, *, replace: bool) -> sc.FunctionWords:
    if isinstance(value, sc.FunctionWords):
        return (
            value
            if replace
            else sc.FunctionWords(
                **{
                    f.name: getattr(current, f.name) | getattr(value, f.name)
                    for f in attrs.fields(sc.FunctionWords)
                }
            )
        )
    if not isinstance(value, Mapping):
        raise LexiconError(f"lexicon field 'words' must be a table of lists (got {value!r})")
    given = sc.structure(dict(value), sc.WordsFile, "words").words()
    changes = {
        k: frozenset(fold(w).strip() for w in getattr(given, k))
        | (frozenset() if replace else getattr(current, k))
        for k in value
    }
    return attrs.evolve(current, **changes)


def _commitment_from(value: Any) -> CommitmentPhrase:
    try:
        negated = value.get("negated")
        return CommitmentPhrase(
            phrase=fold(value["phrase"]),
            commitment=Commitment(value["commitment"]),
            negated=Commitment(negated) if negated else None,
            target=value.get("target", "after"),
        )
    except (AttributeError, KeyError, ValueError, TypeError) as exc:
        msg = f"bad commitment phrase {value!r}: {exc}"
        raise LexiconError(msg) from None


def _is_word(value: object) -> bool:
    return isinstance(value, str) and fold(value).strip().isalpha()


def _derive(changes: dict[str, Any], data: Mapping[str, Any], base: Lexicon) -> None:
    """Add to *changes* the entries derived from the words *data* brings (never overriding
    an entry that is there)."""
    speech: dict[str, str] = dict(changes.get("speech_cues", base.speech_cues))
    grown = False
    cues = data.get("speech_cues")
    if isinstance(cues, Mapping):
        for lemma in cues.values():
            if _is_word(lemma):
                key = fold(lemma).strip()
                for form in verb_forms(key):
                    if form not in speech:
                        speech[form] = key
                        grown = True
    quote = data.get("quote_cues")
    if isinstance(quote, Iterable) and not isinstance(quote, (str, bytes, Mapping)):
        quoted = set(changes["quote_cues"])
        objects = set(changes.get("object_cues", base.object_cues))
        for word in quote:
            if not _is_word(word):
                continue
            lemma = verb_lemma(fold(word).strip())
            objects.add(lemma)
            for form in verb_forms(lemma):
                if form not in speech:
                    speech[form] = lemma
                    quoted.add(form)
                    grown = True
        changes["quote_cues"] = quoted
        changes["object_cues"] = objects
    if grown:
        changes["speech_cues"] = speech
    roles = data.get("role_nouns")
    if isinstance(roles, Iterable) and not isinstance(roles, (str, bytes, Mapping)):
        institutions = changes.get("institution_roles", base.institution_roles)
        plurals = role_plurals((fold(r).strip() for r in roles if isinstance(r, str)), institutions)
        changes["role_nouns"] = set(changes["role_nouns"]) | plurals
        changes["plural_roles"] = set(changes.get("plural_roles", base.plural_roles)) | plurals


@cache
def _default() -> Lexicon:
    fields = folder_fields(lang_folder())
    missing = sorted(f.name for f in attrs.fields(Lexicon) if f.init and f.name not in fields)
    if missing:  # a shipped file lost a section: fail loudly, never parse with half a lexicon
        raise LexiconError(f"the packaged lexicon lacks {missing}")
    lex = Lexicon(**fields)
    problems = _check(lex)
    if problems:
        raise LexiconError("the packaged lexicon fails its check: " + "; ".join(problems))
    return lex


# -- check ------------------------------------------------------------------------------------

#: Pairs of fields that must share no entry, with why.
DISJOINT: tuple[tuple[str, str, str], ...] = (
    (
        "endorsement_subjects",
        "endorsement_noun_context",
        "a word cannot make a one-word endorsement both a verb and a noun",
    ),
    ("temporal_qualifiers", "scope_qualifiers", "a qualifier limits either time or scope"),
    ("demonyms", "country_aliases", "a place word names one thing in the place table"),
    ("demonyms", "metonyms", "a place word names one thing in the place table"),
    ("country_aliases", "metonyms", "a place word names one thing in the place table"),
    ("source_prepositions", "not_speech_before", "a phrase either attributes or voids a cue"),
    ("pronouns", "titles", "a pronoun is no title"),
    ("pronouns", "role_nouns", "a pronoun is no role noun"),
)


def _check(lex: Lexicon) -> list[str]:
    out: list[str] = []
    for a, b, why in DISJOINT:
        shared = set(getattr(lex, a)) & set(getattr(lex, b))
        if shared:
            out.append(f"{a} and {b} share {sorted(shared)} ({why})")
    stray = lex.government_roles - lex.institution_roles
    if stray:
        out.append(f"government_roles {sorted(stray)} are not institution_roles (never read)")
    for name in ("commitments", "debris_lines", "plural_suffixes"):
        seen: set[str] = set()
        for item in getattr(lex, name):
            key = item.phrase if isinstance(item, CommitmentPhrase) else item
            if key in seen:
                out.append(f"{name} lists {key!r} twice")
            seen.add(key)
    return out
