"""The words around a commitment phrase that make it no position: a contrast after it ("not
talking about a bed tax, but about a levy on ships": ``clarifying_phrases`` and
``contrast_markers``), and a noun after a one-word predicate of the proposal, which it only
modifies ("unfair rent rises"), and a relative clause describing the object of an action
("sign a bill that does not include X"); and what turns a phrase around: a negator before it
(``negated``, ``negated_cue``) or a particle after it ("back down": ``phrasal``); and which
statements hold a phrase (``SpanIndex``).

Read by the ``positions`` step (:mod:`stancekit.parse._stance`) and the ``narrated`` step
(:mod:`stancekit.parse._narrated`); the words come from the lexicon.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .._tokens import Token
from ..lexicon import Lexicon
from ..model import Commitment, Span
from .attribution import Attribution

__all__ = [
    "SpanIndex",
    "attributive",
    "clarifies",
    "contrast_follows",
    "describes_object",
    "negated",
    "negated_cue",
    "phrasal",
]

_WINDOW = 18  # tokens after the phrase in which a contrast counts


def attributive(lows: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the one-word predicate of the proposal at *i* ("unfair", "reckless") only
    modifies the noun after it ("unfair rent increases"): that word is a content word, no
    function word, adverb or time ("unfair to tenants", "reckless now" stay predicates; "a
    reckless plan" too, the generic noun standing for the proposal), and no copula and
    article stand before ("is a misguided approach" is a predicate)."""
    k = i + 1
    if k >= len(lows):
        return False
    fw = lex.words
    b = i - 1
    while b > 0 and lows[b] in lex.phrase_gap:
        b -= 1  # "is a completely misguided approach"
    if b > 0 and lows[b] in fw.articles and lows[b - 1] in lex.copulas:
        return False
    w = lows[k]
    return (
        w[:1].isalpha()
        and w not in lex.stopwords
        and w not in fw.prepositions
        and w not in fw.clause_boundaries
        and w not in fw.subordinators
        and w not in lex.subject_gap
        and w not in lex.negators
        and w not in lex.days
        and w not in lex.coordinators
        and lex.compiled().temporal.match(lows, k) is None
    )


def clarifies(a: Attribution, end: int, lex: Lexicon) -> bool:
    """Whether a contrast follows offset *end* in the sentence of *a* (past its content,
    which a ", but" ends): see :func:`contrast_follows`."""
    toks = a.sentence.tokens
    k = bisect_left(toks, end, key=_start_of)
    return contrast_follows([t.low for t in toks[k : k + _WINDOW]], 0, lex)


def _start_of(t: Token) -> int:
    return t.start


def contrast_follows(lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether a word of :attr:`~stancekit.Lexicon.contrast_markers` follows *k* in its
    sentence, within ``_WINDOW`` tokens ("..., but about a levy on ships")."""
    for x in range(k, min(len(lows), k + _WINDOW)):
        if lows[x] in (".", "!", "?"):
            return False
        if lows[x] in lex.contrast_markers:
            return True
    return False


def describes_object(lows: list[str], i: int, lex: Lexicon) -> bool:
    """'sign (the) legislation that does not include X': the phrase at *i* describes the
    object of an action verb, it is no position of the speaker."""
    k = i - 1
    while k >= 0 and i - k <= 3 and (lows[k] in lex.subject_gap or lows[k] in lex.negators):
        k -= 1  # "that does not include": the relative may stand before the auxiliaries
    if k < 2 or lows[k] not in lex.object_relatives:
        return False
    return lows[k - 2] in lex.action_verbs or (k >= 3 and lows[k - 3] in lex.action_verbs)


def phrasal(lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the one-word endorsement at *k* is part of another verb ("back down")."""
    if k + 1 >= len(lows) or lows[k + 1] not in lex.verb_particles:
        return False
    info = lex.compiled().commitment_info.get(lows[k])
    return info is not None and info.commitment is Commitment.ENDORSEMENT


def negated_cue(a: Attribution, lex: Lexicon) -> bool:
    """Whether a negator stands before the cue of *a* in its sentence ("she won't be ruling
    out": the cue "ruling out" opens the statement's tokens, the negator stands before)."""
    toks = a.sentence.tokens
    k = bisect_left(
        [t.start for t in toks] if a.sentence.starts is None else a.sentence.starts, a.cue_start
    )
    if k >= len(toks) or toks[k].start != a.cue_start:
        return False
    lo = max(0, k - 4)
    lows = [t.low for t in toks[lo : k + 1]]
    if (
        lo == 0
        and lows
        and (lows[0] in lex.negators and not lex.compiled().morph.is_negative(lows[0]))
    ):
        lows[0] = ""  # "Nobody opposed him": the subject, not a negation of the verb
    return negated(lows, k - lo, lex)


def negated(lows: list[str], i: int, lex: Lexicon) -> bool:
    """Whether a negator of the same clause stands within ``negation_window`` tokens before
    the phrase at *i* ("refused to rule out")."""
    for k in range(max(0, i - lex.negation_window), i):
        if lows[k] in (",", ";", "."):
            continue
        negator = lows[k] in lex.negators or lex.compiled().morph.is_negative(lows[k])
        # the negator must belong to this clause
        if negator and not any(lows[x] in (",", ";") for x in range(k, i)):
            return True
    return False


class SpanIndex:
    """Statement content spans found by position in log time (a scan per position was quadratic)."""

    def __init__(self, spans: list[tuple[Span, str]]) -> None:
        self._spans = spans
        self._order = sorted(range(len(spans)), key=lambda k: spans[k][0].start)
        self._starts = [spans[k][0].start for k in self._order]
        self._longest = max((sp.end - sp.start for sp, _ in spans), default=0)

    def containing(self, pos: int) -> list[str]:
        """The ids of the spans holding *pos*, in the order the spans were given."""
        lo = bisect_left(self._starts, pos - self._longest)
        hi = bisect_right(self._starts, pos)
        spans = self._spans
        hits = sorted(k for k in self._order[lo:hi] if pos < spans[k][0].end)
        return [spans[k][1] for k in hits]
