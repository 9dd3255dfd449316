"""Runs the parser's steps in order: segment, attribute, resolve, stance, react, build."""

from __future__ import annotations

import datetime

from ..lexicon import Lexicon
from ..model import Article, Span, Statement
from . import KnownActor
from ._attribution import Attribution, attribute
from ._mentions import GOVERNMENT, Mention
from ._reaction import explicit_cues, find_reactions
from ._resolve import Entity, Resolver
from ._stance import find_stances
from ._text import Sentence, segment


def run(
    text: str,
    *,
    title: str | None,
    date: datetime.date | None,
    source: str | None,
    lexicon: Lexicon,
    known: tuple[KnownActor, ...],
) -> Article:
    sentences = segment(text, lexicon)
    attributions, mentions = attribute(sentences, text, lexicon)
    resolver = Resolver(lexicon, known)
    _resolve_all(resolver, sentences, mentions, attributions)

    kept: list[tuple[Attribution, Entity]] = []
    for a in attributions:
        e = a.speaker.actor if a.speaker is not None else None
        if isinstance(e, Entity):
            e.used = True
            kept.append((a, e))
    _subject_affiliation(kept, mentions)
    cues = explicit_cues(kept, mentions, lexicon)
    for c in cues:
        if c.obj is not None:
            c.obj.used = True
    actors = resolver.actors()
    statements: list[Statement] = []
    # co-speakers share one content: one string per span, not one copy per statement
    contents: dict[tuple[int, int], str] = {}
    for i, (a, e) in enumerate(kept, 1):
        content = contents.get((a.content_start, a.content_end))
        if content is None:
            content = contents[a.content_start, a.content_end] = text[
                a.content_start : a.content_end
            ]
        statements.append(
            Statement(
                id=f"s{i}",
                speaker=e.id,
                content=content,
                kind=a.kind,
                cue=a.cue,
                span=Span(a.content_start, a.content_end),
                cue_span=Span(a.cue_start, a.cue_end),
                speaker_span=Span(*a.speaker_at)
                if a.speaker_at
                else Span(a.speaker.start, a.speaker.end)
                if a.speaker
                else Span(0, 0),
                channel=a.channel,
            )
        )
    by_id = {a.id: a for a in actors}
    stances = find_stances(text, sentences, kept, statements, by_id, lexicon)
    reactions = find_reactions(text, statements, stances, by_id, cues, kept, lexicon)
    if title is None:
        title = _headline(text, sentences)
    return Article(
        text,
        title=title,
        date=date,
        source=source,
        actors=actors,
        statements=statements,
        stances=stances,
        reactions=reactions,
    )


def _resolve_all(
    resolver: Resolver,
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    attributions: list[Attribution],
) -> None:
    extra: dict[int, list[Mention]] = {}
    listed = {id(m) for ms in mentions for m in ms}
    for a in attributions:
        if a.speaker is not None and id(a.speaker) not in listed:
            extra.setdefault(a.speaker.sentence.index, []).append(a.speaker)
            listed.add(id(a.speaker))
    for s, ms in zip(sentences, mentions, strict=True):
        todo = sorted([*ms, *extra.get(s.index, [])], key=lambda m: (m.a, -m.b))
        for m in todo:
            if m.actor is None:
                resolver.link(m)


def _subject_affiliation(
    kept: list[tuple[Attribution, Entity]], mentions: list[list[Mention]]
) -> None:
    """'The United Kingdom reacted, with X's spokesman saying': X speaks for that country."""
    for a, e in kept:
        sp = a.speaker
        if e.affiliation is not None or sp is None or sp.a == 0:
            continue
        if sp.sentence.tokens[sp.a - 1].low != "with":
            continue
        ms = mentions[a.sentence.index]
        if not ms or ms[0] is a.speaker:
            continue
        first = ms[0]
        if first.kind == GOVERNMENT and first.affiliation and first.a < sp.a:
            e.affiliation = first.affiliation
            rep = e.represents
            if rep is not None and rep.affiliation is None:
                rep.affiliation = first.affiliation


def _headline(text: str, sentences: list[Sentence]) -> str | None:
    """The first paragraph, when it reads like a headline (short, no final full stop)."""
    if len(sentences) < 2:
        return None
    first = sentences[0]
    if sentences[1].para == first.para:
        return None
    line = text[first.start : first.end]
    if len(line) > 200 or line[-1:] in '.!?:"”' or first.quotes:
        return None
    return line
