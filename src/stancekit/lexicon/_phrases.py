"""The lexicon's phrases as the parser looks them up: commitment phrases and phrase tables.

:class:`PhraseTable` keys phrases by their token tuples (tokenized as text is), and
:class:`CompiledLexicon` holds one table per phrase field of a :class:`~stancekit.Lexicon`,
built once per lexicon by :func:`compile_lexicon`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal

import attrs

from .._enums import Commitment
from .._tokens import fold, tokenize
from ._morph import Morphology

if TYPE_CHECKING:
    from ._core import Lexicon

__all__ = ["CommitmentPhrase", "CompiledLexicon", "PhraseTable", "TargetSide", "compile_lexicon"]

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
    def build(
        cls,
        phrases: Mapping[str, str],
        abbreviations: frozenset[str],
        possessives: frozenset[str] = frozenset(),
    ) -> PhraseTable:
        """The table of *phrases* (phrase -> value), tokenized as text is (with the lexicon's
        *abbreviations* and *possessives*, see :func:`~stancekit._tokens.tokenize`)."""
        entries: dict[Key, str] = {}
        for phrase, value in phrases.items():
            key = tuple(
                t.low
                for t in tokenize(phrase, abbreviations=abbreviations, possessives=possessives)
            )
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
    morph: Morphology


def compile_lexicon(lex: Lexicon) -> CompiledLexicon:
    """The lookup tables of *lex* (what :meth:`Lexicon.compiled` returns and caches)."""
    ab = lex.abbreviations
    pe = lex.possessive_endings

    def table(phrases: Iterable[str] | Mapping[str, str]) -> PhraseTable:
        if isinstance(phrases, Mapping):
            return PhraseTable.build(phrases, ab, pe)
        return PhraseTable.build({p: p for p in phrases}, ab, pe)

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
            | lex.words.determiners
            | lex.indefinites
            | lex.role_adjectives
            | {t.low for p in lex.titles for t in tokenize(p, abbreviations=ab, possessives=pe)[:1]}
            | {
                t.low
                for p in lex.role_nouns
                for t in tokenize(p, abbreviations=ab, possessives=pe)[:1]
            }
        ),
        morph=Morphology.from_words(lex.words, lex.plural_suffixes),
    )
