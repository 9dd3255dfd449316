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
from ._morph import Morphology, head_forms

if TYPE_CHECKING:
    from ._core import Lexicon

__all__ = [
    "CommitmentPhrase",
    "CompiledLexicon",
    "PhraseTable",
    "TargetSide",
    "compile_lexicon",
    "inflected_commitments",
    "redundant_commitments",
]

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
    phrase costs one dictionary miss; :attr:`followers` tells a caller, from the next token,
    that no phrase of two or more tokens starts there.
    """

    entries: Mapping[Key, str]
    longest: int
    by_first: Mapping[str, tuple[int, ...]] = attrs.field(eq=False, repr=False)
    by_last: Mapping[str, tuple[int, ...]] = attrs.field(eq=False, repr=False)
    #: first token -> the second tokens of the phrases of two or more tokens it starts
    followers: Mapping[str, frozenset[str]] = attrs.field(eq=False, repr=False, factory=dict)

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
        second: dict[str, set[str]] = {}
        for key in entries:
            first.setdefault(key[0], set()).add(len(key))
            last.setdefault(key[-1], set()).add(len(key))
            if len(key) > 1:
                second.setdefault(key[0], set()).add(key[1])
        return cls(
            entries,
            max((len(k) for k in entries), default=0),
            {w: tuple(sorted(ns, reverse=True)) for w, ns in first.items()},
            {w: tuple(sorted(ns, reverse=True)) for w, ns in last.items()},
            {w: frozenset(ws) for w, ws in second.items()},
        )

    def can_match(self, lows: Iterable[str]) -> bool:
        """Whether any of *lows* starts a phrase: when not, :meth:`match` is ``None`` at every
        index, so a caller can skip the whole token sequence (one set test in C)."""
        return not self.by_first.keys().isdisjoint(lows)

    def starts(self, lows: list[str]) -> list[int]:
        """The indices of *lows* at which a phrase may start (its first word is there), in
        order: :meth:`match` is ``None`` at every other index."""
        first = self.by_first
        return [k for k, w in enumerate(lows) if w in first]

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
    commitments = inflected_commitments(lex)
    return CompiledLexicon(
        cues=table(lex.speech_cues),
        titles=table(lex.titles),
        roles=table(lex.role_nouns),
        commitments=table({p: p for p in commitments}),
        commitment_info=commitments,
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
            | lex.group_modifiers
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


def _inflections(c: CommitmentPhrase, lex: Lexicon, morph: Morphology) -> list[CommitmentPhrase]:
    """*c* with its first word, a verb lemma, in its -s and past forms ("rule out" -> "rules
    out", "ruled out"), with the same meaning. The -ing form is not added: a participle's
    subject stands elsewhere ("criticized X for refusing to"), so the data lists the -ing
    phrases whose holder the parser finds ("ruling out")."""
    head, space, rest = c.phrase.partition(" ")
    if head in lex.words.uninflected_heads:
        return []
    return [
        attrs.evolve(c, phrase=form + space + rest)
        for form in head_forms(head)
        if not morph.is_gerund(form)
    ]


def inflected_commitments(lex: Lexicon) -> dict[str, CommitmentPhrase]:
    """The commitment phrases as the parser matches them: each listed phrase, then the -s
    and past forms of those whose first word is a verb lemma (:func:`head_forms`), so that a
    phrase listed once ("rule out") matches "rules out" and "ruled out". A listed phrase
    keeps its own meaning; of two listed phrases inflecting to the same words, the first
    listed wins.

    Args:
        lex: The lexicon.

    Returns:
        Phrase -> its meaning, the listed phrases first.
    """
    morph = Morphology.from_words(lex.words, lex.plural_suffixes)
    out = {c.phrase: c for c in lex.commitments}
    for c in lex.commitments:
        for form in _inflections(c, lex, morph):
            out.setdefault(form.phrase, form)
    return out


def redundant_commitments(lex: Lexicon) -> list[str]:
    """Listed commitment phrases that the inflection of another listed phrase already gives,
    with the same meaning (``"ruled out"`` beside ``"rule out"``): the data can drop them
    without a change in what is matched.

    Args:
        lex: The lexicon.

    Returns:
        One line per such phrase (``"'ruled out' (from 'rule out')"``), in listed order.
    """
    morph = Morphology.from_words(lex.words, lex.plural_suffixes)
    listed = {c.phrase: c for c in lex.commitments}
    given: dict[str, str] = {}
    for c in lex.commitments:
        for form in _inflections(c, lex, morph):
            if form.phrase != c.phrase and listed.get(form.phrase) == form:
                given.setdefault(form.phrase, c.phrase)
    return [f"{p!r} (from {given[p]!r})" for p in listed if p in given]
