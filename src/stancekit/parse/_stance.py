"""Steps ``positions``, ``focus`` and ``stances``: commitment phrases in each statement, their
scope, and their target.

For each statement the commitment phrases of the lexicon are found (longest match), flipped by
a negator just before them ("refused to rule out"), and given a target: the words after the
phrase up to the clause end, or before it, or (for "it", "the idea") the proposal the article
is about. Positions the speaker only reports ("there are countries that say never") are left
out unless the speaker counts themselves in ("- Slovakia is among them").

The article's focal proposal (:class:`Focal`, the named rule) is the canonical target word most
often named by candidates (places excluded), keyed with its most frequent companion word
("send-troop"). What each commitment means (polarity, rank, time downgrade) is read from
:data:`~stancekit.model.COMMITMENTS`.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import attrs

from .._normalize import content_words_of, key_of
from .._tokens import Token
from ..lexicon import Lexicon, PhraseTable, verb_lemma
from ..model import COMMITMENTS, Commitment, Span, Stance, Target
from ._mentions import GOVERNMENT
from ._phrase_context import (
    SpanIndex,
    attributive,
    clarifies,
    describes_object,
    negated,
    negated_cue,
    phrasal,
)
from ._resolve import Entity
from ._support import demanded, judged_action, no_proposal, possessed, reverse_abandonment
from ._text import QUOTE_MARKS
from ._whose import clause_subject, reported, self_reference
from .attribution import Attribution

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._narrated import Narrated
    from ._state import Utterance

__all__ = [
    "Candidate",
    "Focal",
    "find_focal",
    "find_positions",
    "find_stances",
    "holds_object",
    "inner_time",
    "match_commitment",
    "phrasal",
]

_TARGET_MAX = 18
_GAP_WORDS = 4  # tokens a commitment phrase may hold ("has not yet formally ruled out", "never...")


@attrs.frozen
class Focal:
    """The proposal the article is about, computed once per rule and read by later steps.

    Two rules, kept apart because they differ on 48 of the 957 reference texts (and one
    rule for both would change the output): the *named* rule (step ``focus``, before stances
    exist: the target word candidates name most) keys stances; the *held* rule (step
    ``held_focus``, after stances: the target key most stances hold) is the proposal that
    reactions compare positions on.

    Attributes:
        head: The named rule's head word (``"troops"``), or ``None`` when no statement
            names a target.
        key: The named rule's target key (``"send-troop"``), or ``None`` likewise; anaphoric
            targets ("rule it out") take it.
        held_key: The held rule's target key, or ``None`` when there is no stance.
        held_stance: The first stance on ``held_key``: the position reactions answer.
    """

    head: str | None = None
    key: str | None = None
    held_key: str | None = None
    held_stance: Stance | None = None


class Candidate:
    """A commitment phrase in a statement, with its target: a stance in the making."""

    __slots__ = (
        "anaphoric",
        "commitment",
        "cue",
        "cue_span",
        "key",
        "qualifier",
        "reported",
        "self_ref",
        "target_span",
        "target_text",
        "words",
    )

    def __init__(self, cue: str, cue_span: Span, commitment: Commitment) -> None:
        self.cue = cue
        self.cue_span = cue_span
        self.commitment = commitment
        self.words: list[str] = []
        self.target_text = ""
        self.target_span: Span | None = None
        self.anaphoric = False
        self.reported = False
        self.self_ref = False
        self.qualifier: str | None = None
        self.key = ""


def _tokens_of(a: Attribution) -> tuple[list[Token], list[str]]:
    """The tokens of the cue and content, and their folded forms (the sentence's)."""
    lo = min(a.content_start, a.cue_start) if a.cue_start >= a.sentence.start else a.content_start
    hi = a.content_end
    x, y = a.sentence.bounds(lo, hi)
    return a.sentence.tokens[x:y], a.sentence.lows[x:y]


def find_positions(
    utterances: list[Utterance], lex: Lexicon
) -> list[tuple[Utterance, list[Candidate]]]:
    """The commitment phrases of each utterance, with their targets (the ``positions`` step)."""
    clex = lex.compiled()
    per_statement: list[tuple[Utterance, list[Candidate]]] = []
    for u in utterances:
        a, e = u.attribution, u.speaker
        toks, lows = _tokens_of(a)
        cands: list[Candidate] = []
        resume = 0  # after a phrase taken, its words (and target) start no other
        # no phrase starts on a word that begins none (``match_commitment`` is ``None`` there)
        for i in clex.commitments.starts(lows):
            if i < resume:
                continue
            hit = match_commitment(lows, i, lex)
            if hit is None:
                continue
            n, phrase, inner = hit
            info = clex.commitment_info[phrase]
            at_cue = toks[i].start == a.cue_start
            demand = not at_cue and demanded(lows, i, phrase, lex)  # "won't sign X without Y"
            if not (at_cue or demand) and not _applies(phrase, info.commitment, lows, i, n, lex):
                continue
            if info.target == "before" and n == 1 and attributive(lows, i, lex):
                continue  # "unfair rent increases": an adjective on a noun, no predicate
            if phrase in lex.clarifying_phrases and clarifies(a, toks[i + n - 1].end, lex):
                continue  # "not talking about a bed tax, but about a levy on ships"
            commitment = Commitment.ENDORSEMENT if demand else info.commitment
            if (
                not demand
                and info.negated is not None
                and (negated(lows, i, lex) or (at_cue and i == 0 and negated_cue(a, lex)))
            ):
                commitment = info.negated
            c = Candidate(
                " ".join(t.text for t in toks[i : i + n]),
                Span(toks[i].start, toks[i + n - 1].end),
                commitment,
            )
            skip = _target(c, toks, lows, i, n, info.target, lex, a.content_start)
            # "it is a mistake to fund X", "rejected Roe's claim that there would be no X"
            action = judged_action(c, lows, i, n, info.target, negated(lows, i, lex), lex)
            if action is not None:
                skip = _target(c, toks, lows, *action, "after", lex, a.content_start)
            c.reported = reported(lows, i, lex)
            c.self_ref = self_reference(toks, lows, i + n, e, lex)
            subject = clause_subject(toks, lows, i, a.content_start, e, lex)
            if subject == "other" and info.target != "after" and possessed(c, toks, lex):
                subject = None  # "Roe's plan would hurt us": the speaker judges Roe's proposal
            if subject == "self":
                c.self_ref = True
            elif subject == "other":
                c.reported = True
            c.qualifier = _qualifier(c, toks, lows, i, n, lex) or inner
            temporary = COMMITMENTS[c.commitment].temporary
            if (
                temporary is not None
                and c.qualifier
                and c.qualifier.lower() in lex.temporal_qualifiers
            ):
                c.commitment = temporary  # "no plans for now": not now
            if (not at_cue or c.cue.lower() in lex.head_verbs) and no_proposal(c, toks, lex):
                resume = max(i + n, skip)
                continue  # "we back Jane Roe": a person, no proposal
            reverse_abandonment(c, toks, lex)
            cands.append(c)
            resume = max(i + n, skip)
        per_statement.append((u, cands))
    return per_statement


def find_stances(
    text: str,
    positions: list[tuple[Utterance, list[Candidate]]],
    focal: Focal,
    narrated: Sequence[Narrated] = (),
) -> list[Stance]:
    """Stances held by the speakers, one per statement and target key, and the narrated
    positions (the ``stances`` step), in text order.

    Candidates reported of third parties are dropped; anaphoric ones ("rule it out") and
    those naming the focal proposal's head word take the focal key. A narrated position
    inside a statement's content is left to the stated step (which decides whether it is the
    speaker's or a reported one), except that a position the statement reports of the clause's
    subject, or whose subject the stated step left undecided, is that subject's (not a
    government's, nor a pronoun's: see :func:`_give_to_subject`); one whose cue a stated stance
    of the same holder covers is dropped; the others rest on no statement (``evidence`` is
    empty): their cue and target spans are the evidence.
    """
    head, focal_key = focal.head, focal.key
    made: list[tuple[str, Candidate, tuple[str, ...]]] = []
    # per statement id: positions it reports of someone else (cue span, speaker), and its
    # kept positions whose clause subject was not decided (index in made, speaker)
    reported: dict[str, list[tuple[Span, str]]] = {}
    open_subject: dict[str, list[tuple[int, Entity]]] = {}
    # the pieces of a continued quotation are one statement: their candidates compete
    merged: dict[str, tuple[Utterance, list[Candidate]]] = {}
    for u, cands in positions:
        got = merged.get(u.statement.id)
        if got is None:
            merged[u.statement.id] = (u, list(cands))
        else:
            got[1].extend(cands)
    for u, cands in merged.values():
        if not cands:
            continue
        st = u.statement
        focal_text = _focal_text(cands, head)
        chosen: dict[str, Candidate] = {}
        for c in cands:
            if c.reported and not c.self_ref:
                reported.setdefault(st.id, []).append((c.cue_span, st.speaker))
                continue
            if not _keyed(c, head, focal_key, focal_text):
                continue
            best = chosen.get(c.key)
            if best is None or _rank(c) > _rank(best):
                chosen[c.key] = c
        for c in sorted(chosen.values(), key=lambda c: c.cue_span.start):
            if not c.self_ref:
                open_subject.setdefault(st.id, []).append((len(made), u.speaker))
            made.append((st.speaker, c, (st.id,)))
    spans = SpanIndex(
        [(p, u.statement.id) for u, _ in merged.values() for p in u.statement.content_spans]
    )
    members: list[tuple[Span, str]] = []
    guessed: set[int] = set()  # indices in made of positions the speaker only guesses at
    for nr in narrated:
        c, holder = nr.candidate, nr.holder.id
        evidence: tuple[str, ...] = ()
        sids = [] if nr.nominal else spans.containing(c.cue_span.start)
        if nr.hedged:
            for sid in dict.fromkeys(sids):
                guessed |= _guessed(made, open_subject.get(sid, []), nr)
            continue  # "the board might reject the bid": nobody's position
        if sids:
            # inside speech the stated step decides whose position it is: the speaker's, or
            # the clause subject's when the speaker reports it ("she said Roe had ruled it out")
            rep = next(
                (
                    (sid, r)
                    for sid in sids
                    for r in reported.get(sid, ())
                    if _overlap(r[0], c.cue_span)
                ),
                None,
            )
            if rep is None:
                for sid in dict.fromkeys(sids):
                    _give_to_subject(made, open_subject.get(sid, []), nr)
                continue
            if not holder or rep[1][1] == holder or nr.holder.kind is GOVERNMENT or nr.pronoun:
                continue  # "the minister said the government will not ...": not its own words
            evidence = (rep[0],)
        if nr.member:
            # "countries, including X and Y, have pledged": the members' position, not the group's
            members.append((c.cue_span, holder))
        same = [
            k
            for k, (h, o, _) in enumerate(made)
            if h == holder and _overlap(c.cue_span, o.cue_span)
        ]
        if same:
            o = made[same[0]][1]
            if _contains(c.cue_span, o.cue_span) and c.commitment is not o.commitment:
                # the narrated reading saw the words before the cue ("has never ruled out")
                o.commitment, o.cue, o.cue_span = c.commitment, c.cue, c.cue_span
            continue
        if not holder:
            continue
        if c.anaphoric and not focal_key and c.words:
            c.anaphoric = False  # "Germany rejected the plan": no other proposal to point at
        if _keyed(c, head, focal_key, None):
            made.append((holder, c, evidence))
    if members:
        listed = {h for _, h in members}
        made = [
            x
            for x in made
            if x[0] in listed or not any(_overlap(sp, x[1].cue_span) for sp, _ in members)
        ]
    if guessed:
        made = [x for k, x in enumerate(made) if k not in guessed]
    made.sort(key=lambda x: x[1].cue_span.start)
    return [
        Stance(
            id=f"t{n}",
            holder=holder,
            target=_make_target(text, c),
            polarity=COMMITMENTS[c.commitment].polarity,
            commitment=c.commitment,
            cue=c.cue,
            cue_span=c.cue_span,
            qualifier=c.qualifier,
            evidence=evidence,
        )
        for n, (holder, c, evidence) in enumerate(made, 1)
    ]


def match_commitment(lows: list[str], i: int, lex: Lexicon) -> tuple[int, str, str | None] | None:
    """The longest commitment phrase starting at token *i*, read as a small grammar.

    Besides the phrase as written, the words of :attr:`~stancekit.Lexicon.phrase_gap`
    (adverbs such as "currently", "yet", "completely", an ellipsis) may stand between its
    words: "is not currently planning" is "not planning", "has not yet ruled out" is "not
    ruled out", "would not completely rule out" is "would not rule out".

    Returns:
        ``(length in tokens, phrase, time word)``: the phrase's key in the lexicon's
        commitment table, and a time qualifier found among the words skipped ("currently"),
        or ``None``; ``None`` when no phrase starts at *i*.
    """
    table = lex.compiled().commitments
    sizes = table.by_first.get(lows[i]) if i < len(lows) else None
    if sizes is None:
        return None
    if sizes[-1] > 1 and _no_second_word(lows, i, table, lex):
        return None  # "the", "is", "has" start only longer phrases, and none goes on here
    hit = table.match(lows, i)
    end = min(len(lows), i + table.longest + _GAP_WORDS)
    ahead = lows[i + 1 : end]
    if lex.phrase_gap.isdisjoint(ahead) and "." not in ahead:
        return None if hit is None else (hit[0], hit[1], None)
    kept = [i]
    skipped: list[int] = []
    for k in range(i + 1, end):
        if _gap_word(lows, k, lex) and len(skipped) < _GAP_WORDS:
            skipped.append(k)
        else:
            kept.append(k)
        if len(kept) >= table.longest:
            break
    gapped = table.match([lows[k] for k in kept], 0)
    if gapped is not None:
        last = kept[gapped[0] - 1]
        n = last + 1 - i
        inside = [k for k in skipped if k < last]
        if inside and (hit is None or n > hit[0]):
            return n, gapped[1], inner_time(lows, i, n, lex)
    return None if hit is None else (hit[0], hit[1], None)


def _no_second_word(lows: list[str], i: int, table: PhraseTable, lex: Lexicon) -> bool:
    """Whether the token after *i* is neither the second word of a phrase of *table*
    starting with token *i* nor a word that may stand inside a phrase (a gap word, a full
    stop of an ellipsis): then no phrase of two or more tokens starts at *i*, as written or
    with gap words (a prefilter: most tokens that start a phrase, "the", "is", start only
    long ones)."""
    if i + 1 >= len(lows):
        return True
    nxt = lows[i + 1]
    return nxt not in table.followers[lows[i]] and nxt not in lex.phrase_gap and nxt != "."


def _after_ellipsis(lows: list[str], k: int) -> int:
    """The index of the first token from *k* that is not part of an ellipsis ("...", "…")."""
    while k < len(lows) and (
        lows[k] == "…"
        or (lows[k] == "." and k + 1 < len(lows) and (lows[k + 1] == "." or lows[k - 1] == "."))
    ):
        k += 1
    return k


def inner_time(lows: list[str], i: int, n: int, lex: Lexicon) -> str | None:
    """A time word inside the phrase of *n* tokens at *i* ("is not *currently* planning"),
    which limits the position as a qualifier after it would; "yet" does not."""
    for k in range(i + 1, i + n - 1):
        if lows[k] in lex.phrase_gap and lows[k] in lex.temporal_qualifiers and lows[k] != "yet":
            return lows[k]
    return None


def _gap_word(lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether token *k* may stand inside a commitment phrase (an ellipsis of full stops too)."""
    w = lows[k]
    if w == ".":
        return (k > 0 and lows[k - 1] == ".") or (k + 1 < len(lows) and lows[k + 1] == ".")
    return w in lex.phrase_gap


def _give_to_subject(
    made: list[tuple[str, Candidate, tuple[str, ...]]],
    open_subject: list[tuple[int, Entity]],
    nr: Narrated,
) -> None:
    """'Roe said that Lee is "keeping the option open"': a stated position whose clause subject
    the stated step could not decide is the position of the actor the narrated step found as
    its subject, unless that actor is the speaker, the body the speaker speaks for, or a
    government (whose positions its ministers and spokespeople state)."""
    holder = nr.holder
    if not holder.id or holder.kind is GOVERNMENT or nr.pronoun:
        # "Roe said the government will not ...": Roe speaks for it or about it; "Roe said
        # he would not ...": he is most often Roe
        return
    for k, speaker in open_subject:
        h, o, evidence = made[k]
        if not _overlap(o.cue_span, nr.candidate.cue_span) or h == holder.id:
            continue
        if speaker is holder or speaker.represents is holder:
            continue
        made[k] = (holder.id, o, evidence)


def _guessed(
    made: list[tuple[str, Candidate, tuple[str, ...]]],
    open_subject: list[tuple[int, Entity]],
    nr: Narrated,
) -> set[int]:
    """'Roe said Lee could embrace the levy': the stated positions (indices in *made*) whose
    clause subject the stated step could not decide, and which the narrated step found to be
    a guess about another actor (the same exceptions as :func:`_give_to_subject`)."""
    holder = nr.holder
    if not holder.id or holder.kind is GOVERNMENT or nr.pronoun:
        return set()
    out: set[int] = set()
    for k, speaker in open_subject:
        if not _overlap(made[k][1].cue_span, nr.candidate.cue_span) or made[k][0] == holder.id:
            continue
        if speaker is holder or speaker.represents is holder:
            continue
        out.add(k)
    return out


def _keyed(
    c: Candidate,
    head: str | None,
    focal_key: str | None,
    focal_text: tuple[str, Span | None] | None,
) -> bool:
    """Give *c* its target key; ``False`` when it has none (no words, no focal proposal)."""
    if c.anaphoric or (head and head in c.words):
        if not focal_key:
            return False
        c.key = focal_key
        if c.anaphoric:
            c.target_span = focal_text[1] if focal_text is not None else None
        return True
    if c.words:
        c.key = key_of(c.words[:3])
        return True
    return False


def _contains(a: Span, b: Span) -> bool:
    return a.start <= b.start and b.end <= a.end and (a.start, a.end) != (b.start, b.end)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _make_target(text: str, c: Candidate) -> Target:
    if c.target_span is not None:
        return Target(c.target_span.of(text), c.key, c.target_span)
    return Target(c.key.replace("-", " "), c.key, None)


def _rank(c: Candidate) -> tuple[int, int, int]:
    return (int(c.self_ref), int(not c.anaphoric), COMMITMENTS[c.commitment].rank)


def _applies(
    phrase: str, commitment: Commitment, lows: list[str], i: int, n: int, lex: Lexicon
) -> bool:
    """Filters for phrases that are positions only in some contexts."""
    if describes_object(lows, i, lex):
        return False
    modal = phrase in lex.modal_negations
    if modal or all(w in lex.negators for w in lows[i : i + n]):
        k = _after_ellipsis(lows, i + n)
        while k < len(lows) and k - (i + n) < 2 and lows[k] in lex.subject_gap:
            k += 1
        if any(_negatable_at(lows, x, lex) for x in range(k, min(k + 2, len(lows)))):
            # "won't be ruling it out", "had never ruled it out": the negation is the next
            # phrase's, which it flips
            return False
    if modal:
        k = _after_ellipsis(lows, i + n)
        nxt = lows[k] if k < len(lows) else ""
        return nxt in lex.action_verbs and not phrasal(lows, i + n, lex)
    if commitment is Commitment.ENDORSEMENT and n == 1:
        prev = lows[i - 1] if i > 0 else ""
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if nxt in lex.verb_particles:
            return False  # "go back to", "would not back down": another verb
        if nxt in lex.agent_markers or (
            prev in lex.copulas and lex.compiled().morph.is_past(lows[i])
        ):
            return False  # "sponsored by the network", "if a ban were introduced": passives
        if prev in lex.words.proposal_infinitive and (
            not nxt or nxt in lex.words.clause_boundaries
        ):
            return False  # "access to support, and": a noun with nothing to support
        if prev in lex.words.relative_markers and nxt in lex.words.noun_complements:
            return False  # "said that support for the levy was growing": the noun
        if prev in lex.endorsement_subjects or lex.compiled().morph.is_negative(prev):
            return True
        before = lows[i - 2] if i > 1 else ""
        if before in lex.words.prepositions or before in lex.negators:
            return False  # "with no GOP support": a noun after its modifier
        # "military support", "support for Ukraine": the noun, not the verb
        return prev not in lex.endorsement_noun_context and nxt not in lex.words.noun_complements
    return True


def _negatable_at(lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether a phrase of several words that a negation flips starts at *k* ("ruling out");
    endorsements are left to the negated modal before them ("will not agree to")."""
    hit = match_commitment(lows, k, lex)
    if hit is None or hit[0] < 2:
        return False
    info = lex.compiled().commitment_info[hit[1]]
    return info.negated is not None and info.commitment is not Commitment.ENDORSEMENT


def _target(
    c: Candidate,
    toks: list[Token],
    lows: list[str],
    i: int,
    n: int,
    side: str,
    lex: Lexicon,
    content_start: int,
) -> int:
    """Fill the candidate's target; return the index up to which tokens are consumed."""
    clex = lex.compiled()
    boundary = lex.words.clause_boundaries
    after: list[int] = []
    k = _after_ellipsis(lows, i + n)  # "we will never... accept it"
    if lows[k : k + 2] == ["at", "all"]:
        k += 2
    time = clex.temporal.match(lows, k)
    if time is not None and time[1] != "yet" and k + time[0] < len(lows):
        # "no plans at this stage to ban it": the time qualifies, the proposal follows
        k += time[0]
    while k < len(toks) and len(after) < _TARGET_MAX and toks[k].low not in boundary:
        if clex.temporal.match(lows, k) is not None:
            break  # "for the moment" qualifies the position; it is not its target
        nested = clex.commitments.match(lows, k)
        if nested is not None and after and len(after) > 2 and not _owned_proposal(lows, k, lex):
            break  # another position starts: this target ends here
        after.append(k)
        k += 1
    after = _past_passive(after, lows, i + n, lex)
    consumed = i + n
    # a phrase right after the cue belongs to the target ("opposition to support for X")
    if after and clex.commitments.match(lows, after[0]) is not None:
        consumed = after[-1] + 1
    words = content_words_of([lows[x] for x in after if toks[x].text not in QUOTE_MARKS], lex)
    chosen = after
    anaphor = bool(after) and _anaphor_at(lows, after[0], lex) and len(words) <= 2
    if (
        side == "before"
        and c.commitment is Commitment.OPEN
        and holds_object(lows[i : i + n], lex)
        and not (after and lows[after[0]] in lex.words.topic_prepositions)
    ):
        # "we are keeping all options open": the proposal under discussion, not the subject
        c.words, c.anaphoric = [], True
        return i + n
    if side != "after" or not words or anaphor:
        before: list[int] = []
        k = i - 1
        while (
            k >= 0
            and len(before) < _TARGET_MAX
            and toks[k].low not in boundary
            and toks[k].start >= content_start
        ):
            before.append(k)
            k -= 1
        before.reverse()
        bwords = content_words_of([lows[x] for x in before if toks[x].text not in QUOTE_MARKS], lex)
        b_anaphor = (
            bool(before) and _anaphor_at(lows, before[0], lex) and len(bwords) <= 2
        ) or _anaphor_before(lows, i, before, lex)
        if bwords and not b_anaphor and (not words or side == "before" or anaphor):
            chosen, words, anaphor = before, bwords, False
        elif (
            side == "before"
            and not bwords
            and not (after and lows[after[0]] in lex.words.topic_prepositions)
        ):
            # "she would not rule anything out to fund repairs": the proposal under discussion
            chosen, words, anaphor = [], [], True
        elif not words and not anaphor:
            anaphor = b_anaphor
            # one clause further back: "When we talk about X, we must be cautious"
            if not anaphor and k > 0:
                prev: list[int] = []
                k -= 1
                while (
                    k >= 0
                    and len(prev) < _TARGET_MAX
                    and toks[k].low not in boundary
                    and toks[k].start >= content_start
                ):
                    prev.append(k)
                    k -= 1
                prev.reverse()
                pwords = content_words_of(
                    [lows[x] for x in prev if toks[x].text not in QUOTE_MARKS], lex
                )
                if pwords:
                    chosen, words = prev, pwords
    c.words = words
    c.anaphoric = anaphor or not words
    if chosen and words:
        a = chosen[0]
        b = chosen[-1]
        # the proposal's own words: no marks, leading preposition, trailing verb or time
        while a < b and (toks[a].text in QUOTE_MARKS or lows[a] in lex.words.target_leading):
            a += 1
        while b > a and (toks[b].text in QUOTE_MARKS or lows[b] in lex.words.target_trailing):
            b -= 1
        for k in range(a + 1, b + 1):
            if lows[k] == "on" and k + 1 <= b and lows[k + 1] in lex.days:
                b = k - 1  # "a toll on Monday"
                break
        c.target_span = Span(toks[a].start, toks[b].end)
        c.target_text = ""  # filled from the text by the caller via span
        trimmed = content_words_of(
            [lows[x] for x in range(a, b + 1) if toks[x].text not in QUOTE_MARKS], lex
        )
        c.words = trimmed or words
    return consumed


def _past_passive(after: list[int], lows: list[str], end: int, lex: Lexicon) -> list[int]:
    """*after* without a passive predicate that opens it when the phrase (ending before
    *end*) is its subject ("no decision *had been taken* on the toll"): auxiliaries with a
    copula among them and a verb form after them are no words of the proposal; what follows
    is ("on the toll"), or nothing. After a negator or a preposition ("will not be voting",
    "plans to be back") the words are the phrase's own verb phrase and stay."""
    last = lows[end - 1]
    if last in lex.negators or last in lex.words.target_leading:
        return after
    y = 0
    while y < len(after) and lows[after[y]] in lex.subject_gap:
        y += 1
    if y == 0 or y >= len(after) or not any(lows[k] in lex.copulas for k in after[:y]):
        return after
    verb = lows[after[y]]
    if verb_lemma(verb) == verb:
        return after  # "has been an easy path": no verb form
    return after[y + 1 :]


def holds_object(phrase: Sequence[str], lex: Lexicon) -> bool:
    """Whether a commitment phrase names its own object with a word standing for the
    proposal under discussion ("keeping *the option* open", "ruling *anything* out"): its
    subject, before it, is whoever holds the position, not the proposal."""
    return any(w in lex.anaphoric_targets for w in phrase)


def _anaphor_at(lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether an anaphor ("the idea", "it") starts at *k* and is not followed by "of" (in "the
    option of a curfew" the proposal is named)."""
    hit = lex.compiled().anaphora.match(lows, k)
    return hit is not None and (k + hit[0] >= len(lows) or lows[k + hit[0]] != "of")


def _owned_proposal(lows: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the phrase at *k* is a proposal noun after its owner's possessive ("rejected the
    union's call for a levy"): the owner's proposal, which the target goes on to name."""
    return (
        lows[k - 1] in lex.words.possessive_markers
        and (lows[k] in lex.proposal_nouns or lows[k] in lex.intent_nouns)
        and k + 1 < len(lows)
        and lows[k + 1] in lex.proposal_links
    )


def _anaphor_before(lows: list[str], i: int, before: list[int], lex: Lexicon) -> bool:
    """'keeping *the idea* under review', 'it is on the table': the words standing right
    before the phrase at *i* (across auxiliaries) stand for the proposal under discussion."""
    if not before:
        return False
    end = i
    while (
        end - 1 > before[0]
        and i - end < 3
        and (lows[end - 1] in lex.subject_gap or lows[end - 1] in QUOTE_MARKS)
    ):
        end -= 1  # "the idea is", "the idea 'under review'"
    hit = lex.compiled().anaphora.match_ending(lows, end)
    if hit is None or end - hit[0] < before[0]:
        return False
    # a relative pronoun after a noun is no anaphor ("a levy that is under review")
    return end - hit[0] == before[0] or hit[1] not in lex.object_relatives


def _qualifier(
    c: Candidate, toks: list[Token], lows: list[str], i: int, n: int, lex: Lexicon
) -> str | None:
    clex = lex.compiled()
    # time: anywhere in the clause after the phrase ("not on the cards at all for the moment")
    k = i + n
    while k < len(toks) and k - i < 16 and lows[k] not in (";", ".", "but", "because"):
        hit = clex.temporal.match(lows, k)
        if hit is not None and hit[1] != "yet":
            return " ".join(t.text for t in toks[k : k + hit[0]])
        k += 1
    # scope: an adjective inside the target ("a 'large-scale' deployment")
    if c.target_span is not None:
        for k in range(i + n, min(len(toks), i + n + _TARGET_MAX + 4)):
            if c.target_span.start <= toks[k].start < c.target_span.end:
                hit = clex.scope.match(lows, k)
                if hit is not None:
                    return " ".join(t.text for t in toks[k : k + hit[0]])
    return None


def find_focal(positions: list[tuple[Utterance, list[Candidate]]], lex: Lexicon) -> Focal:
    """The article's focal proposal (the ``focus`` step): its head word and key.

    The head is the target word most often named by candidates (places excluded, the first
    in alphabetical order on ties); the key adds its most frequent companion word when that
    comes at least twice ("send-troop"), or, when the head is named once, the first two words
    of the target naming it.
    """
    head, key = _focal([cands for _, cands in positions], lex)
    return Focal(head, key)


def _focal(per_statement: list[list[Candidate]], lex: Lexicon) -> tuple[str | None, str | None]:
    """The article's focal proposal: (head word, key)."""
    counts: Counter[str] = Counter()
    places = {w.lower() for w in lex.demonyms} | {v.lower() for v in lex.demonyms.values()}
    places |= set(lex.country_aliases) | {v.lower() for v in lex.country_aliases.values()}
    for cands in per_statement:
        for c in cands:
            for w in c.words:
                if w not in places:
                    counts[w] += 1
    if not counts:
        return None, None
    top = max(counts.values())
    head = min(w for w, n in counts.items() if n == top)
    if top < 2:
        # one mention of the proposal: key it by its first two words ("bridge-toll")
        for cands in per_statement:
            for c in cands:
                if head in c.words:
                    return head, key_of([w for w in c.words if w not in places][:2])
        return head, head
    companions: Counter[str] = Counter()
    for cands in per_statement:
        for c in cands:
            if head in c.words:
                companions.update(w for w in c.words if w != head and w not in places)
    if companions:
        best = max(companions.values())
        if best >= 2:
            second = min(w for w, n in companions.items() if n == best)
            return head, key_of([head, second])
    return head, head


def _focal_text(cands: list[Candidate], head: str | None) -> tuple[str, Span | None] | None:
    """Words naming the focal proposal inside this statement, for anaphoric targets."""
    for c in cands:
        if head and head in c.words and c.target_span is not None:
            return "", c.target_span
    return None
