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
from ..model import COMMITMENTS, Commitment, Polarity, Span

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._stance import Candidate

__all__ = [
    "demanded",
    "extraposed",
    "judged_action",
    "names_bill",
    "names_measure",
    "no_proposal",
    "possessed",
    "reverse_abandonment",
]


def no_proposal(c: Candidate, toks: Sequence[Token], lex: Lexicon) -> bool:
    """Whether a support or opposition phrase's object names no proposal: a word of
    :attr:`~stancekit.Lexicon.not_proposals` ("backed him", "supports the team") or a short
    proper name that is no bill or plan ("endorsed Jane Roe", "attacked Mr. Vale"; not
    "backed the Clean Air Act"); for a verb of :attr:`~stancekit.Lexicon.head_verbs`, any
    object that names no bill or plan ("signed a contract"). A position "not yet" taken
    whose next word is a reporting verb's participle that opens no position phrase ("has
    not yet commented on the bill", "have not yet responded to it"; not "backed") is
    silence."""
    if c.commitment is Commitment.NOT_NOW:
        k = bisect_left(toks, c.cue_span.end, key=_start)
        low = toks[k].low if k < len(toks) else ""
        lemma = lex.speech_cues.get(low)
        if lemma is not None and low != lemma and not low.endswith(lex.plural_suffixes):
            # a participle ("commented", "said"), not a bare form that may be a noun ("rate")
            ahead = [t.low for t in toks[k : k + lex.compiled().commitments.longest]]
            if lex.compiled().commitments.match(ahead, 0) is None:
                return True  # a verb of speech that is no position ("backed" is one)
    if c.cue.lower() in lex.head_verbs and not names_measure(c, toks, lex):
        # "signed a contract", "after the bill passed", "had not accepted money": no measure
        # as its object, negated or not
        return True
    if c.commitment not in (Commitment.ENDORSEMENT, Commitment.OBJECTION):
        return False
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


_HEAD_MAX = 6  # words of the noun phrase naming a bill: "the Raise the Wage Act"


def names_measure(c: Candidate, toks: Sequence[Token], lex: Lexicon) -> bool:
    """Whether the words right after *c*'s phrase, up to its target's end, name a bill, plan
    or measure (:func:`names_bill`): "announced a ban on smoking"; not "announced that the
    war would go on", "announced on the floor that ..."."""
    sp = c.target_span
    return (
        sp is not None
        and sp.start >= c.cue_span.end
        and names_bill(toks, Span(c.cue_span.end, sp.end), lex)
    )


def names_bill(toks: Sequence[Token], sp: Span | None, lex: Lexicon) -> bool:
    """Whether the noun phrase opening *sp* names a bill, plan or measure before any other
    preposition than "of" or a clause word: a word of :attr:`~stancekit.Lexicon.
    proposal_heads` ("the Clean Air Act", "a set of measures", "a ban on smoking"), or of
    ``intent_nouns`` before "to" and ``proposal_nouns`` before a ``proposal_links`` word
    ("plans to merge", "a bid for a levy"); not "via Twitter that ... the state convention",
    "his presidential bid"."""
    if sp is None:
        return False
    stop = (lex.words.prepositions - {"of"}) | lex.words.clause_boundaries | lex.object_relatives
    lows = [t.low for t in _within(toks, sp)][:_HEAD_MAX]
    for k, w in enumerate(lows):
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        if (
            w in lex.proposal_heads
            or (w in lex.intent_nouns and nxt == "to")
            or (w in lex.proposal_nouns and nxt in lex.proposal_links)
        ):
            return True
        if w in stop:
            return False
    return False


def reverse_abandonment(c: Candidate, toks: Sequence[Token], lex: Lexicon) -> None:
    """Support for dropping a proposal is opposition to it: "welcomed reports the levy would
    be scrapped", "backed scrapping the levy", "urged the council to repeal the tax",
    "welcomed the council's rejection of the levy"; and
    opposing or ruling out its repeal supports it ("ruled out scrapping the levy", "rejected
    calls to abolish the tax", "would never abolish it"). The target becomes the proposal's own
    words."""
    rules_out = COMMITMENTS[c.commitment].rules_out
    if c.commitment not in (Commitment.ENDORSEMENT, Commitment.OBJECTION) and not rules_out:
        return
    sp = c.target_span
    if sp is None or sp.start < c.cue_span.end:
        return
    words = _within(toks, sp)
    x = next((k for k, t in enumerate(words) if t.low in lex.abandon_verbs), None)
    if x is None:
        return
    lead = lex.words.target_leading | lex.proposal_nouns | lex.intent_nouns
    if all(t.low in lead or t.low in lex.words.determiners for t in words[:x]) or (
        x > 0 and words[x - 1].low in lex.words.possessive_markers
    ):
        # "scrapping the levy", "to repeal the tax", "calls to axe it", "the council's
        # rejection of the levy"
        kept = words[x + 1 :]
        while kept and kept[0].low in lex.words.target_leading:
            kept = kept[1:]  # "rejection of the levy": the levy
    elif x > 0 and words[x - 1].low in lex.copulas:
        y = x - 1
        while y > 0 and (words[y - 1].low in lex.subject_gap or words[y - 1].low == "to"):
            y -= 1  # "would be", "has been", "called for it to be scrapped"
        z = max((k + 1 for k in range(y) if words[k].low in lex.report_nouns), default=0)
        kept = words[z:y]  # "reports the levy would be scrapped": the levy
    else:
        return
    content = content_words_of([t.low for t in kept], lex)
    if not kept:
        return
    if not content:
        if not all(
            t.low in lead or t.low in lex.words.determiners or t.low in lex.anaphoric_targets
            for t in kept
        ):
            return
        c.anaphoric = True  # "no plans to withdraw the proposal": the article's proposal
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
_TARGET_WORDS = 12  # words of a claim before its position ("claims that the mayor would never")
# Judgements that may judge an action after "it" ("it is a mistake (not) to fund it").
_JUDGED = (Commitment.OBJECTION, Commitment.ENDORSEMENT)


def extraposed(lows: Sequence[str], i: int, n: int, lex: Lexicon) -> tuple[int, bool] | None:
    """'It is a mistake (for the council) (not) to fund the tram': a judgement of the proposal
    whose subject is a word of :attr:`~stancekit.Lexicon.dummy_subjects` standing for the
    action after it. Returns the index of the "to" before that action (after a verb of
    :attr:`~stancekit.Lexicon.volition_verbs`: "not to want to negotiate" judges negotiating)
    and whether a negator stands before the action (criticising *not* doing it backs it), or
    ``None`` when the predicate at *i* (of *n* tokens) judges no action ("it is unfair to the
    hotels", "the levy is a mistake")."""
    if lows[i + n - 1] in lex.purpose_nouns:
        return None  # "it is the only way to end the strike": "to" opens a purpose
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
    c: Candidate, lows: list[str], i: int, n: int, side: str, negated: bool, lex: Lexicon
) -> tuple[int, int] | None:
    """The position a judgement or rejection at *i* (of *n* tokens) is about, when it is
    another action or position: the start and length of the phrase its target follows, with
    *c*'s commitment set; ``None`` otherwise (*side* is the phrase's ``target``, *negated*
    whether a negator stands before it).

    A judgement after "it" (see :func:`extraposed`) judges the action after "to": judging an
    omission flips it ("unreasonable not to fund it" backs funding it), and judging a
    position takes it or its negation ("a mistake to rule it out" keeps it open, "a mistake
    to back it" opposes it). A rejection of a claim (:attr:`~stancekit.Lexicon.claim_nouns`
    and "that") flips the position claimed: "rejected Roe's insistence that there would be no
    levy" backs the levy, "denied claims that she opposes the levy" opposes no levy.
    """
    clex = lex.compiled()
    if side == "before":
        judged = None if negated else extraposed(lows, i, n, lex)
        if judged is None or c.commitment not in _JUDGED:
            return None
        to, omitted = judged
        praise = (c.commitment is Commitment.ENDORSEMENT) != omitted
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
    claim = _claimed(c, lows, i + n, lex)
    if claim is None:
        return None
    y, m, c.commitment = claim
    return y, m


_CLAIM_MAX = 8  # words from a rejection to its claim noun ("the shadow chancellor's insistence")


def _claimed(
    c: Candidate, lows: list[str], k: int, lex: Lexicon
) -> tuple[int, int, Commitment] | None:
    """The position claimed after a rejection ending before *k*, and the rejecter's: the
    claimed phrase's start and length, and its negation. Denying a negated position asserts
    it ("rejected claims that she does not back the levy": she backs it), denying that there
    will be none of something commits to it ("rejected Roe's insistence that there would be
    no levy", a phrase opening with a word of :attr:`~stancekit.Lexicon.dummy_subjects`), and
    denying a reported act only keeps it open ("rejected claims that she had ruled it out").
    ``None`` when the rejection's object is no claim with a position in it."""
    if COMMITMENTS[c.commitment].polarity is not Polarity.OPPOSE or lex.claim_nouns.isdisjoint(
        lows[k : k + _CLAIM_MAX]
    ):
        return None
    stop = lex.words.clause_boundaries
    x = next(
        (
            x
            for x in range(k, min(len(lows) - 2, k + _CLAIM_MAX))
            if lows[x] in stop or (lows[x] in lex.claim_nouns and lows[x + 1] == "that")
        ),
        None,
    )
    if x is None or lows[x] in stop:
        return None
    clex = lex.compiled()
    for y in range(x + 2, min(len(lows), x + 2 + _TARGET_WORDS)):
        if lows[y] in stop:
            return None
        hit = clex.commitments.match(lows, y)
        if hit is None:
            continue
        info = clex.commitment_info[hit[1]]
        if info.target == "before":
            return None  # "claims that the levy was dead in the water": left as it is
        if info.negated is not None and any(
            lows[z] in lex.negators for z in range(max(x + 2, y - lex.negation_window), y)
        ):
            return y, hit[0], info.commitment  # "denied that she does not back it": she does
        if lows[y] in lex.dummy_subjects and COMMITMENTS[info.commitment].rules_out:
            return y, hit[0], Commitment.ENDORSEMENT  # "insistence that there would be no X"
        if info.commitment is Commitment.ENDORSEMENT:
            return y, hit[0], Commitment.OBJECTION  # "denied claims that she backs it"
        return None if info.negated is None else (y, hit[0], info.negated)
    return None
