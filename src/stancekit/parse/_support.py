"""Support and opposition in a commitment's target: whether the object of a support or
opposition phrase names a proposal at all ("backed Jane Roe" does not), whether backing is
backing a proposal's abandonment ("welcomed reports the levy would be scrapped": opposition),
and whether a criticised subject is someone's proposal ("Roe's plan would hurt us").

Read by the ``positions`` step (:mod:`stancekit.parse._stance`) and the ``narrated`` step
(:mod:`stancekit.parse._narrated`); the words come from the lexicon (``not_proposals``,
``proposal_heads``, ``abandon_verbs``, ``report_nouns``).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from .._normalize import content_words_of
from .._tokens import Token
from ..lexicon import Lexicon
from ..model import Commitment, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._stance import Candidate

__all__ = [
    "demanded",
    "extraposed",
    "judged_action",
    "names_bill",
    "no_proposal",
    "possessed",
    "reverse_abandonment",
]


def no_proposal(c: Candidate, toks: Sequence[Token], lex: Lexicon) -> bool:
    """Whether a support or opposition phrase's object names no proposal: a word of
    :attr:`~stancekit.Lexicon.not_proposals` ("backed him", "supports the team") or a short
    proper name that is no bill or plan ("endorsed Jane Roe", "attacked Mr. Vale"; not
    "backed the Clean Air Act"); for a verb of :attr:`~stancekit.Lexicon.head_verbs`, any
    object that names no bill or plan ("signed a contract")."""
    if c.commitment not in (Commitment.ENDORSEMENT, Commitment.OBJECTION):
        return False
    if c.cue.lower() in lex.head_verbs and (
        c.target_span is None
        or c.target_span.start < c.cue_span.end
        or not names_bill(toks, c.target_span, lex)
    ):
        return True  # "signed a contract", "after the bill passed": no bill as its object
    k = bisect_left(toks, c.cue_span.end, key=_start)
    if k < len(toks) and toks[k].low in lex.not_proposals:
        return True
    sp = c.target_span
    if sp is None or sp.start < c.cue_span.end:
        return False
    if c.words and all(w in lex.not_proposals for w in c.words):
        return True
    words = [t for t in _within(toks, sp) if t.low not in lex.words.determiners]
    run = 0
    while run < len(words) and words[run].is_cap:
        run += 1  # the proper name the object starts with
    if run == 0 or words[run - 1].low in lex.proposal_heads:
        return False
    # the name is the whole object, or a preposition follows it ("endorsed Roe in the race")
    return run == len(words) or words[run].low in lex.words.prepositions


def names_bill(toks: Sequence[Token], sp: Span | None, lex: Lexicon) -> bool:
    """Whether the words in *sp* name a bill or plan (a word of
    :attr:`~stancekit.Lexicon.proposal_heads`): "the Clean Air Act", "the wealth tax bill"."""
    return sp is not None and any(t.low in lex.proposal_heads for t in _within(toks, sp))


def reverse_abandonment(c: Candidate, toks: Sequence[Token], lex: Lexicon) -> None:
    """Support for dropping a proposal is opposition to it: "welcomed reports the levy would
    be scrapped", "backed scrapping the levy", "urged the council to repeal the tax"; and
    opposing its repeal supports it. The target becomes the proposal's own words."""
    if c.commitment not in (Commitment.ENDORSEMENT, Commitment.OBJECTION):
        return
    sp = c.target_span
    if sp is None or sp.start < c.cue_span.end:
        return
    words = _within(toks, sp)
    x = next((k for k, t in enumerate(words) if t.low in lex.abandon_verbs), None)
    if x is None:
        return
    if all(t.low in lex.words.target_leading for t in words[:x]):
        kept = words[x + 1 :]  # "scrapping the levy", "to repeal the tax"
    elif x > 0 and words[x - 1].low in lex.copulas:
        y = x - 1
        while y > 0 and words[y - 1].low in lex.subject_gap:
            y -= 1  # "would be", "has been"
        z = max((k + 1 for k in range(y) if words[k].low in lex.report_nouns), default=0)
        kept = words[z:y]  # "reports the levy would be scrapped": the levy
    else:
        return
    content = content_words_of([t.low for t in kept], lex)
    if not content:
        return
    flipped = (
        Commitment.OBJECTION if c.commitment is Commitment.ENDORSEMENT else Commitment.ENDORSEMENT
    )
    c.commitment = flipped
    c.target_span = Span(kept[0].start, kept[-1].end)
    c.words = content


def possessed(c: Candidate, toks: list[Token], lex: Lexicon) -> bool:
    """Whether the target before a predicate is someone's proposal ("Roe's plan")."""
    sp = c.target_span
    if sp is None or c.cue_span.start < sp.end:
        return False
    return any(t.low in lex.words.possessive_markers for t in _within(toks, sp))


def _start(t: Token) -> int:
    return t.start


def _within(toks: Sequence[Token], sp: Span) -> Sequence[Token]:
    """The tokens starting inside *sp* (the tokens are in text order)."""
    return toks[bisect_left(toks, sp.start, key=_start) : bisect_left(toks, sp.end, key=_start)]


def demanded(lows: Sequence[str], i: int, phrase: str, lex: Lexicon) -> bool:
    """Whether the phrase at *i* is a requirement the speaker insists on: "will not sign a
    budget that does not include a levy" supports the levy (a refused action on an object
    lacking it); "will sign any budget that does not include a levy" is no such demand."""
    if phrase not in lex.requirement_negations:
        return False
    k = i - 1
    while k >= 0 and i - k <= 3 and (lows[k] in lex.subject_gap or lows[k] in lex.negators):
        k -= 1  # "that does not include": the relative stands before the auxiliaries
    if k < 2 or lows[k] not in lex.object_relatives:
        return False
    for v in (k - 2, k - 3):  # the action verb before its object: "sign (the) legislation"
        if v >= 1 and lows[v] in lex.action_verbs:
            return lows[v - 1] in lex.modal_negations or (
                v >= 2 and " ".join(lows[v - 2 : v]) in lex.modal_negations
            )
    return False


_FOR_MAX = 6  # words of the actor in "it is a mistake for the city council to ..."


def extraposed(lows: Sequence[str], i: int, n: int, lex: Lexicon) -> tuple[int, bool] | None:
    """'It is a mistake (for the council) (not) to fund the tram': a judgement of the proposal
    whose subject is a word of :attr:`~stancekit.Lexicon.dummy_subjects` standing for the
    action after it. Returns the index of the "to" before that action (after a verb of
    :attr:`~stancekit.Lexicon.volition_verbs`: "not to want to negotiate" judges negotiating)
    and whether a negator stands before the action (criticising *not* doing it backs it), or
    ``None`` when the predicate at *i* (of *n* tokens) judges no action ("it is unfair to the
    hotels", "the levy is a mistake")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and lows[k] in lex.subject_gap:
        k -= 1  # "it is", "it would be"
    if k < 0 or lows[k] not in lex.dummy_subjects:
        return None
    to = i + n
    if to < len(lows) and lows[to] == "for":  # "for the council to"
        to += 1
        while to < len(lows) and to - i - n <= _FOR_MAX and lows[to] != "to":
            if lows[to] in lex.words.clause_boundaries:
                return None
            to += 1
    negated = to < len(lows) and lows[to] in lex.negators  # "not to fund", "never to fund"
    if negated:
        to += 1
    elif to - 1 > i + n - 1 and lows[to - 1] in lex.negators:
        negated = True  # "for the council not to fund"
    if to + 1 >= len(lows) or lows[to] != "to":
        return None
    if lows[to + 1] in lex.volition_verbs and lows[to + 2 : to + 3] == ["to"]:
        to += 2  # "not to want to negotiate"
    if to + 1 >= len(lows):
        return None
    nxt = lows[to + 1]
    if nxt in lex.words.determiners or nxt in lex.pronouns or not nxt.isalpha():
        return None  # "unfair to the hotels", "a mistake to them": no action
    return to, negated


def judged_action(
    c: Candidate, lows: list[str], i: int, n: int, lex: Lexicon
) -> tuple[int, int] | None:
    """The action a judgement after "it" judges (see :func:`extraposed`), as the start and
    length of the phrase its target follows, with *c*'s commitment set: judging an omission
    flips the judgement ("unreasonable not to fund it" backs funding it), and judging a
    position takes it or its negation ("a mistake to rule it out" keeps it open, "a mistake to
    back it" opposes it). ``None`` when the judgement at *i* (of *n* tokens) judges no action."""
    judged = extraposed(lows, i, n, lex)
    if judged is None:
        return None
    to, omitted = judged
    praise = (c.commitment is Commitment.ENDORSEMENT) != omitted
    clex = lex.compiled()
    inner = clex.commitments.match(lows, to + 1)
    info = clex.commitment_info[inner[1]] if inner is not None else None
    if inner is None or info is None or info.target != "after":
        c.commitment = Commitment.ENDORSEMENT if praise else Commitment.OBJECTION
        return to, 1
    if praise:
        c.commitment = info.commitment
    elif info.commitment is Commitment.ENDORSEMENT:
        c.commitment = Commitment.OBJECTION  # "a mistake to back it"
    else:
        c.commitment = info.negated or Commitment.OPEN  # "a mistake to rule it out"
    return to + 1, inner[0]
