"""The parser's steps, in order: each takes the :class:`ParseState` and fills in its part.

``STEPS`` is the pipeline; ``docs/architecture.md`` has the table of what each step reads
and writes. :func:`run` makes the state, runs the steps and builds the article.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import attrs

from ..lexicon import Lexicon
from ..model import Article, Span, Stance, Statement, StatementKind
from ..topics import Codebook
from ._known import KnownActor
from ._mentions import Mention, MentionKind
from ._narrated import find_narrated
from ._proposals import resolve_proposals
from ._reaction import explicit_cues, find_reactions, held_focal
from ._resolve import Resolver
from ._stance import find_focal, find_positions, find_stances
from ._state import ParseState, Utterance
from ._text import segment as _segment
from .attribution import attribute as _attribute

__all__ = ["STEPS", "Step", "run"]

#: A step of the pipeline: reads and fills in the parse state.
Step = Callable[[ParseState], None]


def segment(state: ParseState) -> None:
    """Paragraphs, sentences, tokens and quotations."""
    state.sentences = _segment(state.text, state.lexicon)


def attribute(state: ParseState) -> None:
    """Candidate mentions of each sentence, and the attributions (cue, speaker, content)."""
    state.attributions, state.mentions = _attribute(state.sentences, state.text, state.lexicon)


def resolve(state: ParseState) -> None:
    """Every mention, in text order, linked to an entity (speakers found by attribution too)."""
    resolver = state.resolver = Resolver(state.lexicon, state.known)
    extra: dict[int, list[Mention]] = {}
    listed = {id(m) for ms in state.mentions for m in ms}
    for a in state.attributions:
        if a.speaker is not None and id(a.speaker) not in listed:
            extra.setdefault(a.speaker.sentence.index, []).append(a.speaker)
            listed.add(id(a.speaker))
    speaking = {id(a.speaker) for a in state.attributions if a.speaker is not None}
    for s, ms in zip(state.sentences, state.mentions, strict=True):
        todo = sorted([*ms, *extra.get(s.index, [])], key=lambda m: (m.a, -m.b))
        for m in todo:
            if m.actor is None:
                resolver.link(m, speaks=id(m) in speaking)
    resolver.forward_roles(
        [*(m for ms in state.mentions for m in ms), *(m for ms in extra.values() for m in ms)]
    )


def speakers(state: ParseState) -> None:
    """The attributions whose speaker resolved: the article's utterances."""
    resolver = _resolver(state)
    for a in state.attributions:
        e = a.speaker.actor if a.speaker is not None else None
        if e is not None:
            resolver.keep(e)
            state.utterances.append(Utterance(a, e))


def affiliate(state: ParseState) -> None:
    """'The United Kingdom reacted, with X's spokesman saying': X speaks for that country."""
    resolver = _resolver(state)
    for u in state.utterances:
        a, e = u.attribution, u.speaker
        sp = a.speaker
        if e.affiliation is not None or sp is None or sp.a == 0:
            continue
        if sp.sentence.tokens[sp.a - 1].low != "with":
            continue
        ms = state.mentions_in(a.sentence)
        if not ms or ms[0] is a.speaker:
            continue
        first = ms[0]
        if first.kind is MentionKind.GOVERNMENT and first.affiliation and first.a < sp.a:
            resolver.affiliate(e, first.affiliation)


def reaction_cues(state: ParseState) -> None:
    """Explicit reaction cues next to each utterance; the actors they name become actors."""
    state.cues = explicit_cues(state.utterances, state.mentions, state.lexicon)
    resolver = _resolver(state)
    for c in state.cues:
        if c.obj is not None:
            resolver.keep(c.obj)


def narrated(state: ParseState) -> None:
    """Positions whose subject is an actor ("Germany rejected the plan"); holders become actors."""
    state.narrated = find_narrated(state.sentences, state.mentions, state.lexicon)
    resolver = _resolver(state)
    for n in state.narrated:
        resolver.keep(n.holder)


def actors(state: ParseState) -> None:
    """The entities kept, as validated actors with their final ids."""
    state.actors = _resolver(state).actors()


def statements(state: ParseState) -> None:
    """One statement per utterance, in text order; the pieces of a continued quotation (one
    chain of attributions, see ``attribution._chains``) make one statement together."""
    text = state.text
    # co-speakers share one content: one string per span, not one copy per statement
    contents: dict[tuple[int, int], str] = {}
    chains: dict[int, Statement] = {}  # id() of a chain's first attribution -> its statement
    n = 0
    for u in state.utterances:
        a = u.attribution
        head = a.head
        if head is not None and id(head) in chains:
            u.statement = chains[id(head)]
            continue
        pieces: tuple[Span, ...] = ()
        if a.chain:
            pieces = tuple(Span(p.content_start, p.content_end) for p in a.chain)
            span = Span(pieces[0].start, pieces[-1].end)
            content = " ".join(p.of(text) for p in pieces)
        else:
            span = Span(a.content_start, a.content_end)
            got = contents.get((a.content_start, a.content_end))
            if got is None:
                got = contents[a.content_start, a.content_end] = span.of(text)
            content = got
        if a.speaker_at:
            speaker_span = Span(*a.speaker_at)
        elif a.speaker:
            speaker_span = Span(a.speaker.start, a.speaker.end)
        else:
            speaker_span = Span(0, 0)
        n += 1
        u.statement = Statement(
            id=f"s{n}",
            speaker=u.speaker.id,
            content=content,
            kind=a.kind if all(p.kind is a.kind for p in a.chain) else StatementKind.MIXED,
            cue=a.cue,
            span=span,
            cue_span=Span(a.cue_start, a.cue_end),
            speaker_span=speaker_span,
            channel=a.channel,
            rule=(a.chain_rule if a.chain else a.rule) or None,
            pieces=pieces,
        )
        if a.chain:
            chains[id(a)] = u.statement
        state.statements.append(u.statement)


def positions(state: ParseState) -> None:
    """Commitment phrases in each statement, with their scope and target."""
    state.positions = find_positions(state.utterances, state.lexicon)


def focus(state: ParseState) -> None:
    """The article's focal proposal, once, for stances and reactions."""
    state.focal = find_focal(state.positions, state.lexicon)


def stances(state: ParseState) -> None:
    """Positions taken: one per statement and target, and the narrated ones."""
    state.stances = find_stances(state.text, state.positions, state.focal, state.narrated)


def proposals(state: ParseState) -> None:
    """Targets as proposals: noun phrase, readable label, one key per proposal (codebook)."""
    state.stances = resolve_proposals(state.text, state.stances, state.lexicon, state.topics)


def held_focus(state: ParseState) -> None:
    """The focal proposal by the held rule (see :class:`Focal`), for reactions."""
    key, first = held_focal(_stated(state), state.statements)
    state.focal = attrs.evolve(state.focal, held_key=key, held_stance=first)


def reactions(state: ParseState) -> None:
    """Explicit and inferred reactions of actors to one another."""
    by_id = {a.id: a for a in state.actors}
    state.reactions = find_reactions(
        state.utterances, _stated(state), by_id, state.cues, state.focal, state.lexicon
    )


def headline(state: ParseState) -> None:
    """The first paragraph as the title, when none is given and it reads like a headline."""
    if state.title is None:
        state.title = _headline(state)


#: The pipeline, in order (order matters: each step reads what the ones before filled in).
STEPS: tuple[Step, ...] = (
    segment,
    attribute,
    resolve,
    speakers,
    affiliate,
    reaction_cues,
    narrated,
    actors,
    statements,
    positions,
    focus,
    stances,
    proposals,
    held_focus,
    reactions,
    headline,
)


def run(
    text: str,
    *,
    title: str | None,
    date: datetime.date | None,
    source: str | None,
    lexicon: Lexicon,
    known: tuple[KnownActor, ...],
    topics: Codebook | None = None,
    steps: tuple[Step, ...] = STEPS,
) -> Article:
    """Run *steps* on a new parse state for *text*, and build the article from it."""
    state = ParseState(text, lexicon, known, title=title, date=date, source=source, topics=topics)
    for step in steps:
        step(state)
    return Article(
        text,
        title=state.title,
        date=date,
        source=source,
        actors=state.actors,
        statements=state.statements,
        stances=state.stances,
        reactions=state.reactions,
        # the default lexicon is not stored: queries fall back to it
        lexicon=None if lexicon is Lexicon.default() else lexicon,
    )


def _stated(state: ParseState) -> list[Stance]:
    """The stances that rest on statements: reactions answer statements."""
    return [s for s in state.stances if s.evidence]


def _resolver(state: ParseState) -> Resolver:
    if state.resolver is None:
        msg = "the resolve step must run before this one"
        raise RuntimeError(msg)
    return state.resolver


def _headline(state: ParseState) -> str | None:
    """The first paragraph, when it reads like a headline (short, no final full stop)."""
    sentences = state.sentences
    if len(sentences) < 2:
        return None
    first = sentences[0]
    if sentences[1].para == first.para:
        return None
    line = state.text[first.start : first.end]
    if len(line) > 200 or line[-1:] in '.!?:"”' or first.quotes:
        return None
    return line
