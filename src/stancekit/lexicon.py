"""The parser's knowledge of English, as data: a typed :class:`Lexicon`.

The default lexicon is read from the TOML files in ``stancekit/data``. Users extend or replace
any field without touching the package::

    lex = Lexicon.default().extend(titles=["grand vizier"], speech_cues={"opined": "opine"})
    lex = Lexicon.load("my-words.toml")            # extends the default
    lex = Lexicon.load("my-words.toml", replace=True)

A lexicon file (TOML or JSON) holds top-level keys named like the fields below; lists extend
sets, tables extend mappings.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import attrs

from ._enums import Commitment, ReactionKind
from ._tokens import fold, tokenize
from .errors import LexiconError

__all__ = ["CommitmentPhrase", "Lexicon"]

TargetSide = Literal["after", "before", "either"]


@attrs.frozen
class CommitmentPhrase:
    """A phrase that carries a position, with what it means.

    Attributes:
        phrase: The words, lower-case (``"ruled out"``).
        commitment: What it expresses on its own.
        negated: What it expresses after a negator (``"refused to rule out"``), if it flips.
        target: Where the proposal usually stands relative to the phrase.
    """

    phrase: str
    commitment: Commitment = attrs.field(converter=Commitment)
    negated: Commitment | None = None
    target: TargetSide = "after"


def _fs(value: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(v).strip() for v in value)


def _map(value: Mapping[str, str]) -> Mapping[str, str]:
    return {fold(k).strip(): v for k, v in value.items()}


def _phrases(value: Iterable[CommitmentPhrase]) -> tuple[CommitmentPhrase, ...]:
    return tuple(value)


def _reactions(value: Mapping[str, str | ReactionKind]) -> Mapping[str, ReactionKind]:
    return {fold(k).strip(): ReactionKind(v) for k, v in value.items()}


def _pos_int(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        msg = f"'{attribute.name}' must be a positive int (got {value!r})"
        raise LexiconError(msg)


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
        plural_roles: Role nouns that name several actors.
        org_heads: Words that end or mark organisation names (``"institute"``).
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
        not_speakers: Labels opening a line with a colon that name no one (``"update"``).
        channels: Platforms and venues, mapped to the channel label recorded.
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
    reaction_cues: Mapping[str, ReactionKind] = attrs.field(converter=_reactions)
    response_markers: frozenset[str] = attrs.field(converter=_fs)
    warning_markers: frozenset[str] = attrs.field(converter=_fs)
    debris_lines: tuple[str, ...] = attrs.field(converter=tuple)
    abbreviations: frozenset[str] = attrs.field(converter=_fs)
    not_speakers: frozenset[str] = attrs.field(converter=_fs)
    channels: Mapping[str, str] = attrs.field(converter=_map)
    _compiled: list[CompiledLexicon] = attrs.field(
        init=False, factory=list, eq=False, repr=False, hash=False
    )

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with stancekit.

        Returns:
            The lexicon read from the TOML files in ``stancekit/data``; read once, then the
            same (immutable) object every time.
        """
        return _default()

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], *, base: Lexicon | None = None, replace: bool = False
    ) -> Lexicon:
        """Build a lexicon from plain data whose keys are field names.

        Args:
            data: Field names to lists (for sets and tuples), tables (for mappings), an int
                (``negation_window``) or a list of tables with ``phrase``, ``commitment`` and
                optionally ``negated`` and ``target`` (``commitments``).
            base: Lexicon to extend; the default one when ``None``.
            replace: Replace the given fields instead of extending them.

        Returns:
            A new lexicon; *base* is unchanged.

        Raises:
            LexiconError: on an unknown field or a value of the wrong shape.
        """
        base = cls.default() if base is None else base
        names = {f.name for f in attrs.fields(cls) if f.init}
        unknown = sorted(set(data) - names)
        if unknown:
            msg = f"unknown lexicon fields {unknown}; expected some of {sorted(names)}"
            raise LexiconError(msg)
        changes: dict[str, Any] = {}
        for key, value in data.items():
            changes[key] = _merge(key, getattr(base, key), value, replace=replace)
        try:
            return attrs.evolve(base, **changes)
        except (TypeError, ValueError) as exc:
            if isinstance(exc, LexiconError):
                raise
            raise LexiconError(f"invalid lexicon value: {exc}") from None

    def extend(self, **fields: Any) -> Lexicon:
        """A copy with the given fields extended (sets unioned, mappings updated).

        ``Lexicon.default().extend(speech_cues={"opined": "opine"}, titles=["grand vizier"])``

        Args:
            fields: Field names to values, as for :meth:`from_mapping`.

        Returns:
            A new lexicon; this one is unchanged.

        Raises:
            LexiconError: on an unknown field or a value of the wrong shape.
        """
        return Lexicon.from_mapping(fields, base=self)

    def replace(self, **fields: Any) -> Lexicon:
        """A copy with the given fields replaced.

        Args:
            fields: Field names to values, as for :meth:`from_mapping`.

        Returns:
            A new lexicon; this one is unchanged.

        Raises:
            LexiconError: on an unknown field or a value of the wrong shape.
        """
        return Lexicon.from_mapping(fields, base=self, replace=True)

    @classmethod
    def load(
        cls, path: str | Path, *, base: Lexicon | None = None, replace: bool = False
    ) -> Lexicon:
        """Read a lexicon file onto *base*.

        Args:
            path: A ``.json`` file, or a TOML file (any other suffix), whose top-level keys
                are field names.
            base: Lexicon to extend; the default one when ``None``.
            replace: Replace the fields the file holds instead of extending them.

        Returns:
            A new lexicon.

        Raises:
            LexiconError: when the file cannot be read or holds bad fields.
        """
        p = Path(path)
        try:
            raw = p.read_bytes()
            data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw.decode())
        except (OSError, ValueError) as exc:
            raise LexiconError(f"cannot read lexicon {str(p)!r}: {exc}") from None
        if not isinstance(data, dict):
            raise LexiconError(f"lexicon {str(p)!r} must hold a table of fields")
        return cls.from_mapping(data, base=base, replace=replace)

    def compiled(self) -> CompiledLexicon:
        """Lookup tables derived from this lexicon, as the parser uses them.

        Returns:
            The tables, built on the first call and cached on this lexicon.
        """
        if not self._compiled:
            self._compiled.append(_compile(self))
        return self._compiled[0]


def _merge(key: str, current: Any, value: Any, *, replace: bool) -> Any:
    if key == "commitments":
        items = [v if isinstance(v, CommitmentPhrase) else _commitment_from(v) for v in value]
        return tuple(items) if replace else (*current, *items)
    if key == "negation_window":
        return value
    if isinstance(current, Mapping):
        if not isinstance(value, Mapping):
            raise LexiconError(f"lexicon field {key!r} must be a table (got {value!r})")
        return dict(value) if replace else {**current, **value}
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise LexiconError(f"lexicon field {key!r} must be a list (got {value!r})")
    if isinstance(current, tuple):
        return tuple(value) if replace else (*current, *value)
    return frozenset(value) if replace else current | frozenset(value)


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


# -- reading the packaged data ------------------------------------------------------------

_VOWELS = set("aeiou")


def _inflect(lemma: str) -> list[str]:
    """Regular inflections of an English verb: base, 3rd person, past, present participle."""
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return [lemma, third, past, ing]


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads((resources.files("stancekit") / "data" / name).read_text("utf-8"))


@cache
def _default() -> Lexicon:
    reporting = _read("reporting.toml")
    actors = _read("actors.toml")
    places = _read("places.toml")
    stance = _read("stance.toml")
    targets = _read("targets.toml")
    reactions = _read("reactions.toml")
    text = _read("text.toml")

    speech: dict[str, str] = {}
    for lemma in reporting["speech"]["verbs"]:
        for form in _inflect(lemma):
            speech.setdefault(form, lemma)
    for lemma, forms in reporting["speech"]["irregular"].items():
        for form in forms:
            speech[form] = lemma.replace("_", " ")
    quoted: set[str] = set()
    for lemma in reporting["quote_cues"]["verbs"]:
        for form in _inflect(lemma):
            if form not in speech:
                speech[form] = lemma
                quoted.add(form)
    for lemma, forms in reporting["quote_cues"]["irregular"].items():
        for form in forms:
            if form not in speech:
                speech[form] = lemma.replace("_", " ")
                quoted.add(form)
    for phrase in reporting["position"]["cues"]:
        speech.setdefault(phrase, phrase)
    for prep in reporting["cues"]["source_prepositions"]:
        speech[prep] = prep

    commitments = [
        CommitmentPhrase(
            phrase=fold(p),
            commitment=Commitment(group["class"]),
            negated=Commitment(group["negated"]) if "negated" in group else None,
            target=group.get("target", "after"),
        )
        for group in stance["commitment"]
        for p in group["phrases"]
    ]
    synonyms: dict[str, str] = {}
    for group in targets["synonyms"]:
        for word in group:
            synonyms.setdefault(fold(word), group[0])

    gendered = {w: g for g, words in actors["gendered"].items() for w in words}
    # regular plurals of role nouns name several people: "governors", "ministers"
    plurals = {
        r + ("es" if r.endswith(("s", "sh", "ch")) else "s")
        for r in actors["role_nouns"]
        if " " not in r and not r.endswith("s") and r not in actors["institution_roles"]
    }
    return Lexicon(
        speech_cues=speech,
        quote_cues=quoted,
        source_prepositions=reporting["cues"]["source_prepositions"],
        not_speech_before=reporting["cues"]["not_speech_before"],
        anonymity=reporting["cues"]["anonymity"],
        inverted_cues=reporting["cues"]["inverted"],
        noun_phrase_speakers=reporting["cues"]["noun_phrase_speakers"],
        with_object=reporting["cues"]["with_object"],
        object_cues=[
            *reporting["cues"]["object_cues"],
            *reporting["quote_cues"]["verbs"],
            *(lemma.replace("_", " ") for lemma in reporting["quote_cues"]["irregular"]),
            *reporting["position"]["cues"],
        ],
        days=text["days"],
        claim_nouns=reporting["cues"]["claim_nouns"],
        cue_adverbs=reporting["cues"]["cue_adverbs"],
        titles=actors["titles"],
        role_aliases=actors["role_aliases"],
        group_names=actors["group_names"]["words"],
        spokes_titles=actors["spokes_titles"],
        role_nouns=[*actors["role_nouns"], *plurals],
        institution_roles=actors["institution_roles"],
        plural_roles=[*actors["plural_roles"], *plurals],
        org_heads=actors["org_heads"],
        indefinites=actors["indefinites"],
        role_adjectives=actors["role_adjectives"],
        not_names=actors["not_names"],
        pronouns=actors["pronouns"],
        gendered=gendered,
        demonyms={k.replace("-", " "): v for k, v in places["demonyms"].items()},
        country_aliases=places["country_aliases"],
        metonyms=places["metonyms"],
        commitments=commitments,
        negators=stance["words"]["negators"],
        negation_window=stance["words"]["negation_window"],
        modal_negations=stance["words"]["modal_negations"],
        action_verbs=stance["words"]["action_verbs"],
        endorsement_subjects=stance["words"]["endorsement_subjects"],
        endorsement_noun_context=stance["words"]["endorsement_noun_context"],
        temporal_qualifiers=stance["words"]["temporal_qualifiers"],
        scope_qualifiers=stance["words"]["scope_qualifiers"],
        reported_markers=stance["words"]["reported_markers"],
        third_party_subjects=stance["words"]["third_party_subjects"],
        anaphoric_targets=stance["words"]["anaphoric_targets"],
        synonyms=synonyms,
        plural_suffixes=targets["plural_suffixes"],
        stopwords=targets["stopwords"],
        reaction_cues=reactions["cues"],
        response_markers=reactions["words"]["response_markers"],
        warning_markers=reactions["words"]["warning_markers"],
        debris_lines=text["debris_lines"],
        abbreviations=text["abbreviations"],
        not_speakers=text["not_speakers"],
        channels=text["channels"],
    )


# -- compiled lookups ---------------------------------------------------------------------

Key = tuple[str, ...]


@attrs.frozen
class PhraseTable:
    """Phrases keyed by their token tuples, for longest-match lookup in token sequences.

    Lookups go through the phrases' first (and last) tokens, so a token that starts (ends) no
    phrase costs one dictionary miss.
    """

    entries: Mapping[Key, str]
    longest: int
    by_first: Mapping[str, tuple[int, ...]] = attrs.field(eq=False, repr=False)
    by_last: Mapping[str, tuple[int, ...]] = attrs.field(eq=False, repr=False)

    @classmethod
    def build(cls, phrases: Mapping[str, str], abbreviations: frozenset[str]) -> PhraseTable:
        entries: dict[Key, str] = {}
        for phrase, value in phrases.items():
            key = tuple(t.low for t in tokenize(phrase, abbreviations=abbreviations))
            if key:
                entries[key] = value
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for key in entries:
            first.setdefault(key[0], set()).add(len(key))
            last.setdefault(key[-1], set()).add(len(key))
        return cls(
            entries,
            max((len(k) for k in entries), default=0),
            {w: tuple(sorted(ns, reverse=True)) for w, ns in first.items()},
            {w: tuple(sorted(ns, reverse=True)) for w, ns in last.items()},
        )

    def match(self, lows: list[str], i: int) -> tuple[int, str] | None:
        """Longest phrase starting at token *i*: ``(length, value)`` or ``None``."""
        sizes = self.by_first.get(lows[i]) if i < len(lows) else None
        if sizes is None:
            return None
        room = len(lows) - i
        for n in sizes:
            if n <= room:
                value = self.entries.get(tuple(lows[i : i + n]))
                if value is not None:
                    return n, value
        return None

    def match_ending(self, lows: list[str], end: int) -> tuple[int, str] | None:
        """Longest phrase ending just before token *end*: ``(length, value)`` or ``None``."""
        sizes = self.by_last.get(lows[end - 1]) if 0 < end <= len(lows) else None
        if sizes is None:
            return None
        for n in sizes:
            if n <= end:
                value = self.entries.get(tuple(lows[end - n : end]))
                if value is not None:
                    return n, value
        return None


@attrs.frozen
class CompiledLexicon:
    """Phrase tables derived from a :class:`Lexicon` (see :meth:`Lexicon.compiled`)."""

    cues: PhraseTable
    titles: PhraseTable
    roles: PhraseTable
    commitments: PhraseTable
    commitment_info: Mapping[str, CommitmentPhrase]
    reactions: PhraseTable
    synonyms: PhraseTable
    places: PhraseTable
    channels: PhraseTable
    temporal: PhraseTable
    scope: PhraseTable
    anaphora: PhraseTable
    warnings: PhraseTable
    negators: PhraseTable
    not_speech: PhraseTable
    responses: PhraseTable
    anonymity: PhraseTable
    mention_starters: frozenset[str]


def _compile(lex: Lexicon) -> CompiledLexicon:
    ab = lex.abbreviations

    def table(phrases: Iterable[str] | Mapping[str, str]) -> PhraseTable:
        if isinstance(phrases, Mapping):
            return PhraseTable.build(phrases, ab)
        return PhraseTable.build({p: p for p in phrases}, ab)

    places: dict[str, str] = {}
    for adj, country in lex.demonyms.items():
        places[adj] = "demonym:" + country
        places[fold(country)] = "country:" + country
    for alias, country in lex.country_aliases.items():
        places[alias] = "country:" + country
    for place, country in lex.metonyms.items():
        places[place] = "metonym:" + country
    return CompiledLexicon(
        cues=table(lex.speech_cues),
        titles=table(lex.titles),
        roles=table(lex.role_nouns),
        commitments=table({c.phrase: c.phrase for c in lex.commitments}),
        commitment_info={c.phrase: c for c in lex.commitments},
        reactions=table({k: v.value for k, v in lex.reaction_cues.items()}),
        synonyms=table(lex.synonyms),
        places=table(places),
        channels=table(lex.channels),
        temporal=table(lex.temporal_qualifiers),
        scope=table(lex.scope_qualifiers),
        anaphora=table(lex.anaphoric_targets),
        warnings=table(lex.warning_markers),
        negators=table(lex.negators),
        not_speech=table(lex.not_speech_before),
        responses=table(lex.response_markers),
        anonymity=table(lex.anonymity),
        mention_starters=frozenset(
            set(lex.pronouns)
            | {"the", "a", "an", "another", "his", "her", "their", "its", "our", "my", "your"}
            | lex.indefinites
            | lex.role_adjectives
            | {t.low for p in lex.titles for t in tokenize(p, abbreviations=ab)[:1]}
            | {t.low for p in lex.role_nouns for t in tokenize(p, abbreviations=ab)[:1]}
        ),
    )
