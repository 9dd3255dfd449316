"""Steps ``reaction_cues``, ``held_focus`` and ``reactions``: reactions of actors to one another.

Explicit reactions come from cue words in the speaker's sentence ("accused him of", "poured cold
water on the idea", "warned"); their object is the actor named right after the cue, else the
article's focal statement. Inferred reactions compare positions on the focal proposal with the
focal statement's (same: supports; opposite: rejects; wary: distances), treat warnings in the
content as warnings, and take a statement by an ally of a criticised actor, answering the
criticism's words, as a defence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._normalize import content_words
from .._tokens import Token
from ..lexicon import CompiledLexicon, Lexicon
from ..model import (
    Actor,
    Polarity,
    Reaction,
    ReactionBasis,
    ReactionKind,
    Span,
    Stance,
    Statement,
)
from ._mentions import Mention
from ._resolve import Entity
from ._text import Sentence
from .attribution import Attribution

if TYPE_CHECKING:
    from ._stance import Focal
    from ._state import Utterance

__all__ = ["ExplicitCue", "explicit_cues", "find_reactions", "held_focal"]

_DEFENCE_WINDOW = 3  # sentences after a criticism in which an ally's answer counts
_RESPONSE = "response"


class ExplicitCue:
    """A reaction cue found next to an attribution, before actors are built."""

    __slots__ = ("cue", "kind", "obj", "span", "utterance")

    def __init__(
        self,
        utterance: Utterance,
        kind: ReactionKind | None,
        cue: str,
        span: Span,
        obj: Entity | None,
    ) -> None:
        self.utterance = utterance
        self.kind = kind
        self.cue = cue
        self.span = span
        self.obj = obj


def _outside(tok: Token, a: Attribution) -> bool:
    return not (a.content_start <= tok.start < a.content_end)


def explicit_cues(
    utterances: list[Utterance], mentions: list[list[Mention]], lex: Lexicon
) -> list[ExplicitCue]:
    """Reaction cues in each speaker's attribution clause, with the actor they target."""
    clex = lex.compiled()
    out: list[ExplicitCue] = []
    by_sentence: dict[int, list[Attribution]] = {}
    for u in utterances:
        by_sentence.setdefault(u.attribution.sentence.index, []).append(u.attribution)
    # the reaction cues of each sentence, found once: (token, length, kind)
    found: dict[int, list[tuple[int, int, str]]] = {}
    owners: dict[int, dict[int, set[int]]] = {}  # sentence -> token -> speakers' mentions
    for u in utterances:
        a, e = u.attribution, u.speaker
        s = a.sentence
        if a.cue_start < s.start or a.cue_start >= s.end:
            continue  # attribution carried over from another sentence
        toks = s.tokens
        if s.index not in found:
            found[s.index] = _reaction_cues(s, clex)
            owners[s.index] = _owners(by_sentence[s.index], toks, found[s.index])
        starts = {m.a: m for m in mentions[s.index]}
        best: tuple[int, ExplicitCue] | None = None
        for i, n, kind in found[s.index]:
            if not _outside(toks[i], a):
                continue
            if owners[s.index].get(i, set()) - {id(a.speaker)}:
                continue  # another speaker's cue or words
            distance = abs(toks[i].start - a.cue_start)
            obj = _object(starts, i + n, e)
            cue = ExplicitCue(
                u,
                None if kind == _RESPONSE else ReactionKind(kind),
                " ".join(t.text for t in toks[i : i + n]),
                Span(toks[i].start, toks[i + n - 1].end),
                obj,
            )
            if best is None or distance < best[0]:
                best = (distance, cue)
        if best is not None:
            out.append(best[1])
    return out


def _reaction_cues(s: Sentence, clex: CompiledLexicon) -> list[tuple[int, int, str]]:
    toks = s.tokens
    lows = [t.low for t in toks]
    out: list[tuple[int, int, str]] = []
    if not (clex.reactions.can_match(lows) or clex.responses.can_match(lows)):
        return out  # no word of the sentence starts a reaction or response phrase
    reactions, responses = clex.reactions.by_first, clex.responses.by_first
    for i, w in enumerate(lows):
        if (w not in reactions and w not in responses) or s.quote_of[i] >= 0:
            continue  # no phrase starts here: ``match`` is ``None`` for both tables
        hit = clex.reactions.match(lows, i)
        if hit is None:
            answer = clex.responses.match(lows, i)  # "in response to X": kind decided later
            if answer is None:
                continue
            hit = (answer[0], _RESPONSE)
        n, kind = hit
        if i + n < len(toks) and lows[i + n] == "by":
            continue  # passive: the speaker is the one "accused by critics"
        out.append((i, n, kind))
    return out


def _owners(
    attributions: list[Attribution], toks: list[Token], cues: list[tuple[int, int, str]]
) -> dict[int, set[int]]:
    """For each reaction cue, the speakers whose cue or content it lies in."""
    owners: dict[int, set[int]] = {}
    for i, _, _ in cues:
        start = toks[i].start
        for o in attributions:
            if o.cue_start <= start < o.cue_end or o.content_start <= start < o.content_end:
                owners.setdefault(i, set()).add(id(o.speaker))
    return owners


def _object(starts: dict[int, Mention], j: int, speaker: Entity) -> Entity | None:
    m = starts.get(j)
    if m is None:
        return None
    e = m.actor
    if isinstance(e, Entity) and e is not speaker:
        return e
    return None


def find_reactions(
    utterances: list[Utterance],
    stances: list[Stance],
    actors: dict[str, Actor],
    cues: list[ExplicitCue],
    focal: Focal,
    lex: Lexicon,
) -> list[Reaction]:
    """Explicit and inferred reactions, in the order of their evidence."""
    drafts: list[tuple[int, Reaction]] = []
    taken: set[tuple[str, str]] = set()
    # the pieces of a continued quotation share one statement: each statement once
    statements = list({u.statement.id: u.statement for u in utterances}.values())
    order = {s.id: i for i, s in enumerate(statements)}

    # the held rule (see Focal): the target most held, and the first stance on it
    focal_key, focal_stance = focal.held_key, focal.held_stance
    focal_statement = focal_stance.evidence[0] if focal_stance else None
    focal_actor = focal_stance.holder if focal_stance else None

    def add(
        responder: str,
        to: str,
        kind: ReactionKind,
        basis: ReactionBasis,
        evidence: str,
        cue: str | None = None,
        cue_span: Span | None = None,
    ) -> None:
        target_actor = to if to in actors else statements[order[to]].speaker
        if target_actor == responder or (responder, target_actor) in taken:
            return
        taken.add((responder, target_actor))
        drafts.append(
            (
                order[evidence],
                Reaction(
                    id="draft",
                    responder=responder,
                    to=to,
                    kind=kind,
                    basis=basis,
                    evidence=(evidence,),
                    cue=cue,
                    cue_span=cue_span,
                ),
            )
        )

    # explicit cues
    by_statement: dict[str, list[Stance]] = {}
    for s in stances:
        by_statement.setdefault(s.evidence[0], []).append(s)
    for c in cues:
        st = c.utterance.statement
        kind = c.kind
        if kind is None:
            # "in response to X": the positions tell how (else it answers, clarifying)
            kind = ReactionKind.CLARIFIES
            if focal_stance is not None:
                for own in by_statement.get(st.id, []):
                    if own.target.key == focal_key:
                        kind = _compare(focal_stance.polarity, own.polarity) or kind
        if c.obj is not None and c.obj.id:
            to = c.obj.id
        elif focal_statement is not None and order[focal_statement] < order[st.id]:
            to = focal_statement
        else:
            continue
        add(st.speaker, to, kind, ReactionBasis.EXPLICIT, st.id, c.cue, c.span)

    if focal_statement is not None and focal_actor is not None and focal_stance is not None:
        key_words = set(focal_key.split("-")) if focal_key else set()
        # warnings in what is said about the proposal
        warn = lex.compiled().warnings
        for st in statements:
            if order[st.id] <= order[focal_statement]:
                continue
            lows = [t.lower() for t in st.content.replace("(", " ").replace(")", " ").split()]
            if not warn.can_match(lows) or not any(warn.match(lows, i) for i in range(len(lows))):
                continue
            if key_words & set(content_words(st.content, lex)):
                add(st.speaker, focal_statement, ReactionKind.WARNS, ReactionBasis.INFERRED, st.id)
        # positions compared with the focal one
        for s in stances:
            if s.target.key != focal_key or s.holder == focal_actor:
                continue
            ev = s.evidence[0]
            if order[ev] <= order[focal_statement]:
                continue
            kind = _compare(focal_stance.polarity, s.polarity)
            if kind is not None:
                add(s.holder, focal_statement, kind, ReactionBasis.INFERRED, ev)

    # defence of a criticised actor by an ally answering the criticism
    sentence_of = [u.attribution.sentence.index for u in utterances]
    for _, r in list(drafts):
        if r.kind is not ReactionKind.CRITICIZES:
            continue
        target_id = r.to if r.to in actors else statements[order[r.to]].speaker
        target = actors[target_id]
        crit = statements[order[r.evidence[0]]]
        crit_words = set(content_words(crit.content, lex))
        at = sentence_of[order[crit.id]]
        for k in range(order[crit.id] + 1, len(statements)):
            if sentence_of[k] - at > _DEFENCE_WINDOW:
                break
            st = statements[k]
            ally = actors[st.speaker]
            if st.speaker in (r.responder, target_id) or not target.affiliation:
                continue
            if ally.affiliation != target.affiliation:
                continue
            if crit_words & set(content_words(st.content, lex)):
                add(st.speaker, target_id, ReactionKind.DEFENDS, ReactionBasis.INFERRED, st.id)
                break

    drafts.sort(key=lambda d: d[0])
    return [
        Reaction(f"r{i}", r.responder, r.to, r.kind, r.basis, r.evidence, r.cue, r.cue_span)
        for i, (_, r) in enumerate(drafts, 1)
    ]


def held_focal(
    stances: list[Stance], statements: list[Statement]
) -> tuple[str | None, Stance | None]:
    """The focal key by the held rule (the target most held, earliest on ties) and the first
    stance on it (the ``held_focus`` step)."""
    order = {s.id: i for i, s in enumerate(statements)}
    counts: dict[str, int] = {}
    first: dict[str, Stance] = {}
    for s in stances:
        key = s.target.key
        counts[key] = counts.get(key, 0) + 1
        best = first.get(key)
        if best is None or order[s.evidence[0]] < order[best.evidence[0]]:
            first[key] = s
    if not counts:
        return None, None
    key = max(counts, key=lambda k: (counts[k], -order[first[k].evidence[0]]))
    return key, first[key]


def _compare(focal: Polarity, other: Polarity) -> ReactionKind | None:
    if other is Polarity.NEUTRAL:
        return ReactionKind.DISTANCES
    if other == focal:
        return ReactionKind.SUPPORTS
    if other is Polarity.OPPOSE or focal is Polarity.OPPOSE:
        return ReactionKind.REJECTS
    return None
