"""Hypothesis strategies for every stancekit model, for your tests and ours.

Needs the ``hypothesis`` extra (``pip install stancekit[hypothesis]``)::

    from hypothesis import given
    from stancekit.testing import articles

    @given(articles())
    def test_roundtrip(article): ...

Every strategy produces valid models: references between ids resolve and spans lie inside the
text, so ``Article(...)`` never raises on what :func:`articles` draws.
"""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

from .model import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Polarity,
    Reaction,
    ReactionBasis,
    ReactionKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    Target,
    slugify,
)

__all__ = [
    "actors",
    "articles",
    "names",
    "reactions",
    "spans",
    "stances",
    "statements",
    "targets",
    "texts",
]

_WORDS = ["troops", "plan", "never", "said", "Ukraine", "reform", "pension", "ground", "the"]

names = st.lists(
    st.text(st.characters(categories=("Lu", "Ll")), min_size=1, max_size=8), min_size=1, max_size=3
).map(" ".join)
"""Names: one to three words of letters."""

texts = st.text(st.characters(codec="utf-8"), min_size=0, max_size=300) | st.lists(
    st.sampled_from([*_WORDS, '"', ",", ".", " said", "\n\n"]), max_size=60
).map(" ".join)
"""Article texts: arbitrary unicode or news-like word salad."""

_opt_str = st.none() | st.text(min_size=1, max_size=12).filter(lambda s: s.strip() != "")


@st.composite
def spans(draw: st.DrawFn, size: int = 100) -> Span:
    """A span inside a text of *size* characters."""
    start = draw(st.integers(0, size))
    return Span(start, draw(st.integers(start, size)))


@st.composite
def actors(draw: st.DrawFn, ids: list[str] | None = None, size: int = 100) -> Actor:
    """An actor; ``represents`` is drawn from *ids* when given (else ``None``)."""
    name = draw(names.filter(lambda s: s.strip() != ""))
    represents = draw(st.none() | st.sampled_from(ids)) if ids else None
    return Actor(
        id=slugify(name),
        name=name,
        kind=draw(st.sampled_from(ActorKind)),
        title=draw(_opt_str),
        affiliation=draw(_opt_str),
        represents=represents,
        aliases=tuple(draw(st.lists(names, max_size=2))),
        mentions=tuple(draw(st.lists(spans(size), max_size=3))),
    )


@st.composite
def statements(draw: st.DrawFn, text: str, speakers: list[str], index: int = 0) -> Statement:
    """A statement over *text* by one of *speakers*."""
    span = draw(spans(len(text)))
    return Statement(
        id=f"s{index}",
        speaker=draw(st.sampled_from(speakers)),
        content=span.of(text),
        kind=draw(st.sampled_from(StatementKind)),
        cue=draw(st.sampled_from(["said", "told", "according to", "warned"])),
        span=span,
        cue_span=draw(spans(len(text))),
        speaker_span=draw(spans(len(text))),
        channel=draw(st.none() | st.sampled_from(["X", "parliament", "SVT"])),
    )


@st.composite
def targets(draw: st.DrawFn, size: int = 100) -> Target:
    """A target with a key and, sometimes, a span."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
    return Target(
        text=" ".join(words),
        key="-".join(sorted(set(words))).lower(),
        span=draw(st.none() | spans(size)),
    )


@st.composite
def stances(
    draw: st.DrawFn, holders: list[str], evidence: list[str], size: int = 100, index: int = 0
) -> Stance:
    """A stance held by one of *holders*, resting on some of *evidence*."""
    return Stance(
        id=f"t{index}",
        holder=draw(st.sampled_from(holders)),
        target=draw(targets(size)),
        polarity=draw(st.sampled_from(Polarity)),
        commitment=draw(st.sampled_from(Commitment)),
        cue=draw(st.sampled_from(["ruled out", "never", "no plans"])),
        cue_span=draw(spans(size)),
        qualifier=draw(st.none() | st.sampled_from(["large-scale", "for the moment"])),
        evidence=tuple(draw(st.lists(st.sampled_from(evidence), max_size=2))) if evidence else (),
    )


@st.composite
def reactions(
    draw: st.DrawFn,
    responders: list[str],
    statement_ids: list[str],
    size: int = 100,
    index: int = 0,
) -> Reaction:
    """A reaction by one of *responders* to a statement or an actor."""
    to = draw(st.sampled_from(statement_ids + responders))
    return Reaction(
        id=f"r{index}",
        responder=draw(st.sampled_from(responders)),
        to=to,
        kind=draw(st.sampled_from(ReactionKind)),
        basis=draw(st.sampled_from(ReactionBasis)),
        evidence=tuple(draw(st.lists(st.sampled_from(statement_ids), max_size=2)))
        if statement_ids
        else (),
        cue=draw(st.none() | st.sampled_from(["accused", "warned"])),
        cue_span=draw(st.none() | spans(size)),
    )


@st.composite
def articles(draw: st.DrawFn, max_actors: int = 4, max_statements: int = 5) -> Article:
    """A valid article with actors, statements, stances and reactions that refer to each other."""
    text = draw(texts)
    size = len(text)
    drawn: list[Actor] = draw(
        st.lists(actors(size=size), min_size=1, max_size=max_actors, unique_by=lambda a: a.id)
    )
    ids = [a.id for a in drawn]
    # Let some actors speak for others, as spokespeople do.
    people: list[Actor] = []
    for a in drawn:
        rep = draw(st.none() | st.sampled_from(ids))
        people.append(
            Actor(a.id, a.name, a.kind, a.title, a.affiliation, rep, a.aliases, a.mentions)
        )
    sts = [draw(statements(text, ids, i)) for i in range(draw(st.integers(0, max_statements)))]
    sids = [s.id for s in sts]
    sns = [draw(stances(ids, sids, size, i)) for i in range(draw(st.integers(0, 3)))]
    rcs = [draw(reactions(ids, sids, size, i)) for i in range(draw(st.integers(0, 3)))]
    fields: dict[str, Any] = {
        "title": draw(st.none() | st.text(max_size=20)),
        "date": draw(st.none() | st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1))),
        "source": draw(st.none() | st.text(max_size=20)),
    }
    return Article(text, actors=people, statements=sts, stances=sns, reactions=rcs, **fields)
