"""Step ``narrated``: positions the text states of an actor, outside or inside speech.

"The chamber has backed a congestion charge", "Germany today rejected the plan", "The mayor,
who opposes the levy, ...", "She refused to rule it out": the subject is an actor mention
(named, role, institution, pronoun, or the relative "who" after one), and the verb of the
position follows it, with only the words of :attr:`~stancekit.Lexicon.subject_gap`
(auxiliaries, modals, adverbs, time words) and negators in between. The phrase and what it
commits to come from the commitment phrases of the lexicon, as for stated positions; a negator
in the gap flips it as the phrase's ``negated`` says ("did not rule out": open), and a negated
endorsement is an objection ("did not back the plan").

Phrasal verbs that only look like a position ("would not back down") and positions inside a
conditional clause ("the vote could be delayed if more time is needed") are left out. The
stances are made by the ``stances`` step (:func:`stancekit.parse._stance.find_stances`); their
evidence is the cue and target spans, plus the holder's statements that contain the cue.
"""

from __future__ import annotations

from ..lexicon import CommitmentPhrase, Lexicon
from ..model import COMMITMENTS, Commitment, Span
from ._mentions import Mention
from ._resolve import Entity
from ._stance import (
    Candidate,
    _qualifier,
    _target,
    holds_object,
    inner_time,
    match_commitment,
    phrasal,
)
from ._text import QUOTE_MARKS, Sentence

__all__ = ["Narrated", "find_narrated"]

_GAP_MAX = 6  # words between the subject and the verb of its position
_OBJECT_MAX = 6  # words of the object in "defended the health minister for ..."


class Narrated:
    """A position phrase whose grammatical subject is an actor mention."""

    __slots__ = ("candidate", "holder")

    def __init__(self, holder: Entity, candidate: Candidate) -> None:
        self.holder = holder
        self.candidate = candidate


def find_narrated(
    sentences: list[Sentence], mentions: list[list[Mention]], lex: Lexicon
) -> list[Narrated]:
    """The positions whose subject is a resolved actor mention, in text order.

    Args:
        sentences: The article's sentences.
        mentions: Each sentence's mentions (resolved by the ``resolve`` step).
        lex: The lexicon.

    Returns:
        One :class:`Narrated` per position found.
    """
    clex = lex.compiled()
    out: list[Narrated] = []
    for s, ms in zip(sentences, mentions, strict=True):
        toks = s.tokens
        lows = [t.low for t in toks]
        done = -1
        for m in sorted(ms, key=lambda m: m.a):
            e = m.actor
            if e is None or m.b <= done:
                continue
            j = m.b
            if j < len(toks) and lows[j] in lex.words.possessive_markers:
                continue  # "the mayor's plan": not the subject
            if any(w in lex.third_party_subjects for w in lows[m.a : m.b]):
                continue  # "several countries have pledged": nobody in particular
            by = m.a - 1
            if by > 0 and lows[by] in lex.words.determiners:
                by -= 1  # "backed by the unions"
            if by > 0 and lows[by] in lex.agent_markers:
                agent = _passive(s, lows, by, e, lex)
                if agent is not None:
                    out.append(agent)
                continue
            if m.a > 0 and lows[m.a - 1] in lex.words.prepositions:
                continue  # "support for Ukraine did not include": not the subject
            if lows[j : j + 2] == [",", "who"]:
                j += 2  # "the mayor, who opposes the levy"
            hit = _position_at(lows, j, lex)
            shared = _shared_position(lows, j, lex)
            if shared is not None:
                hit = shared  # "defended the minister for not ruling it out": the subject's too
            if hit is None:
                continue
            i, n, negated, phrase = hit
            inner = clex.commitments.match(lows, i + n) if lows[i + n - 1] == "to" else None
            if inner is not None:
                i, n = i + n, inner[0]  # "vowed to block the plan": the inner position counts
                phrase = inner[1]
            info = clex.commitment_info.get(phrase)
            if info is None:  # a refusal ("declined to resign")
                info = CommitmentPhrase(phrase, Commitment.CATEGORICAL)
            if info.target == "before" and not (
                info.commitment is Commitment.OPEN and holds_object(lows[i : i + n], lex)
            ):
                continue  # "X is off the table": the subject is the proposal, not an actor
            commitment = info.commitment
            if negated:
                if info.negated is None:
                    continue
                commitment = _negation_of(info.commitment, info.negated)
            one_word = n == 1 and info.commitment is Commitment.ENDORSEMENT
            if (one_word and _particle_follows(lows, i + n, lex)) or _conditional(lows, m.a, lex):
                continue
            nxt = lows[i + n] if i + n < len(lows) else ""
            if i == j and (nxt in lex.words.noun_complements or nxt in lex.agent_markers):
                continue  # "US backing for Ukraine": a noun, not the verb
            c = Candidate(
                " ".join(t.text for t in toks[m.b if negated else i : i + n]),
                Span(toks[m.b if negated else i].start, toks[i + n - 1].end),
                commitment,
            )
            start = toks[i + n].start if i + n < len(toks) else s.end
            _target(c, toks, lows, i, n, "after", lex, start)
            c.self_ref = True
            c.qualifier = _qualifier(c, toks, lows, i, n, lex) or inner_time(lows, i, n, lex)
            temporary = COMMITMENTS[c.commitment].temporary
            if (
                temporary is not None
                and c.qualifier
                and c.qualifier.lower() in lex.temporal_qualifiers
            ):
                c.commitment = temporary
            out.append(Narrated(e, c))
            done = i + n
        out.extend(_coordinated(s, ms, lows, done, lex))
    return out


def _passive(s: Sentence, lows: list[str], by: int, e: Entity, lex: Lexicon) -> Narrated | None:
    """'The levy was rejected by the council', 'a plan backed by the unions': the agent's
    (*by* is the index of the agent marker)."""
    hit = lex.compiled().commitments.match_ending(lows, by)
    if hit is None:
        return None
    n, phrase = hit
    i = by - n
    info = lex.compiled().commitment_info[phrase]
    if info.target == "before":
        return None
    commitment = info.commitment
    if i > 0 and _negator(lows[i - 1], lex):
        if info.negated is None:
            return None
        commitment = _negation_of(commitment, info.negated)  # "was not backed by"
    if n == 1 and info.commitment is Commitment.ENDORSEMENT and not lows[i].endswith("ed"):
        return None  # "support by the state": a noun, not the participle
    toks = s.tokens
    c = Candidate(
        " ".join(t.text for t in toks[i : i + n]),
        Span(toks[i].start, toks[i + n - 1].end),
        commitment,
    )
    k = i
    while k > 0 and (lows[k - 1] in lex.subject_gap or _negator(lows[k - 1], lex)):
        k -= 1  # "was", "has not been": not the proposal's words
    if k > 0 and lows[k - 1] == ",":
        k -= 1  # "the tariff, opposed by the union,"
    if k == 0:
        return None
    _target(c, toks, lows, k, i + n - k, "before", lex, s.start)
    if not c.words:
        return None
    c.self_ref = True
    return Narrated(e, c)


def _coordinated(
    s: Sentence, ms: list[Mention], lows: list[str], done: int, lex: Lexicon
) -> list[Narrated]:
    """'X said ..., but did not rule out Y': a second predicate of the sentence's subject."""
    first = min(ms, key=lambda m: m.a, default=None)
    if first is None or first.actor is None or first.a > 1:
        return []
    out: list[Narrated] = []
    toks = s.tokens
    for k in range(max(first.b, done), len(lows) - 1):
        if lows[k] not in lex.coordinators or s.quote_of[k] >= 0:
            continue
        hit = _position_at(lows, k + 1, lex)
        if hit is None:
            continue
        i, n, negated, phrase = hit
        info = lex.compiled().commitment_info.get(phrase)
        if info is None or info.target == "before" or (negated and info.negated is None):
            continue
        commitment = info.commitment
        if negated and info.negated is not None:
            commitment = _negation_of(info.commitment, info.negated)
        c = Candidate(
            " ".join(t.text for t in toks[k + 1 : i + n]),
            Span(toks[k + 1].start, toks[i + n - 1].end),
            commitment,
        )
        start = toks[i + n].start if i + n < len(toks) else s.end
        _target(c, toks, lows, i, n, "after", lex, start)
        c.self_ref = True
        out.append(Narrated(first.actor, c))
        break
    return out


def _position_at(lows: list[str], j: int, lex: Lexicon) -> tuple[int, int, bool, str] | None:
    """The position phrase the subject ending before *j* governs: (start, length, negated,
    phrase), the phrase being its key in the lexicon's commitment table (the words of a
    refusal, "refused to", when it is none).

    The phrase may start inside the gap ("will not send"), but must reach past it.
    """
    end = j
    while (
        end < len(lows)
        and end - j < _GAP_MAX
        and (
            lows[end] in lex.subject_gap
            or lows[end] in lex.days
            or _negator(lows[end], lex)
            or lows[end] in QUOTE_MARKS  # 'she is "keeping the option open"'
        )
    ):
        end += 1
    for k in range(j, min(end + 1, len(lows))):
        hit = match_commitment(lows, k, lex)
        if hit is None:
            if k == end and _refusal(lows, j, end, lex):
                # "refused to lift the ban": the refusal is the position
                return end - 2, 1, False, lows[end - 2]
            continue
        n, phrase, _ = hit
        if k + n <= end:
            # the phrase lies in the gap: only a negated modal before an action counts
            if phrase not in lex.modal_negations or k + n != end or end >= len(lows):
                continue
            if lows[end] not in lex.action_verbs or phrasal(lows, end, lex):
                continue
        negated = any(_negator(lows[x], lex) for x in range(j, k))
        return k, n, negated, phrase
    return None


def _shared_position(lows: list[str], j: int, lex: Lexicon) -> tuple[int, int, bool, str] | None:
    """'X defended the minister for not ruling it out', 'X praised her for refusing to rule
    it out': the position X defends is X's (a verb of :attr:`~stancekit.Lexicon.
    position_endorsers` after the subject ending before *j*, its object, "for", a position)."""
    k = j
    while k < len(lows) and k - j < _GAP_MAX and lows[k] in lex.subject_gap:
        k += 1
    if k >= len(lows) or lows[k] not in lex.position_endorsers:
        return None
    boundary = lex.words.clause_boundaries
    for f in range(k + 1, min(len(lows) - 1, k + 1 + _OBJECT_MAX)):
        if lows[f] in boundary:
            return None
        if lows[f] == "for":
            return _position_at(lows, f + 1, lex)
    return None


def _negation_of(commitment: Commitment, negated: Commitment) -> Commitment:
    """A negated phrase's commitment; a negated endorsement ("did not back it") objects."""
    return Commitment.OBJECTION if commitment is Commitment.ENDORSEMENT else negated


def _refusal(lows: list[str], j: int, end: int, lex: Lexicon) -> bool:
    """'refused to VERB' just before *end*, VERB not a speech verb ("declined to comment")."""
    return (
        end - j >= 2
        and end < len(lows)
        and lows[end - 2] in lex.refusals
        and lows[end - 1] == "to"
        and lows[end] not in lex.speech_cues
        and not any(_negator(lows[x], lex) and lows[x] not in lex.refusals for x in range(j, end))
    )


def _negator(word: str, lex: Lexicon) -> bool:
    return word in lex.negators or word.endswith("n't")


def _particle_follows(lows: list[str], k: int, lex: Lexicon) -> bool:
    """'would not back down': the verb with this particle is another verb."""
    return k < len(lows) and lows[k] in lex.verb_particles


def _conditional(lows: list[str], a: int, lex: Lexicon) -> bool:
    """Whether the subject at *a* opens a conditional clause ("if the council backs it")."""
    k = a - 1
    while k >= 0 and a - k <= 3 and lows[k] not in (",", ";", "."):
        if lows[k] in lex.conditional_markers:
            return True
        k -= 1
    return False
