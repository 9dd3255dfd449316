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

from ._extras import needs_extra

with needs_extra("hypothesis", "stancekit.testing"):
    from hypothesis import strategies as st

from .corpus import Corpus
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
from .parse.attribution import rule_names

__all__ = [
    "actors",
    "articles",
    "corpora",
    "dna_articles",
    "dna_corpora",
    "names",
    "network_corpora",
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
    """A statement over *text* by one of *speakers*; sometimes its content is in several
    pieces (``pieces``: two or more spans in text order, apart from one another)."""
    span = draw(spans(len(text)))
    pieces: tuple[Span, ...] = ()
    if len(text) >= 3 and draw(st.booleans()):
        cuts = sorted(draw(st.sets(st.integers(0, len(text)), min_size=4, max_size=6)))
        if len(cuts) % 2:
            cuts.pop()
        pieces = tuple(Span(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=True))
        span = Span(pieces[0].start, pieces[-1].end)
    return Statement(
        id=f"s{index}",
        speaker=draw(st.sampled_from(speakers)),
        content=" ".join(p.of(text) for p in pieces) if pieces else span.of(text),
        kind=draw(st.sampled_from(StatementKind)),
        cue=draw(st.sampled_from(["said", "told", "according to", "warned"])),
        span=span,
        cue_span=draw(spans(len(text))),
        speaker_span=draw(spans(len(text))),
        channel=draw(st.none() | st.sampled_from(["X", "parliament", "SVT"])),
        rule=draw(st.none() | st.sampled_from(rule_names())),
        pieces=pieces,
    )


@st.composite
def targets(draw: st.DrawFn, size: int = 100) -> Target:
    """A target with a key and, sometimes, a span and a label of its own."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4))
    key = "-".join(sorted(set(words))).lower()
    label = draw(st.none() | st.just(" ".join(words)))
    span = draw(st.none() | spans(size))
    if label is None:
        return Target(text=" ".join(words), key=key, span=span)
    return Target(text=" ".join(words), key=key, span=span, label=label)


@st.composite
def stances(
    draw: st.DrawFn, holders: list[str], evidence: list[str], size: int = 100, index: int = 0
) -> Stance:
    """A stance held by one of *holders*, resting on some of *evidence*."""
    commitment = draw(st.sampled_from(Commitment))
    return Stance(
        id=f"t{index}",
        holder=draw(st.sampled_from(holders)),
        target=draw(targets(size)),
        polarity=commitment.polarity,  # a stance's polarity is its commitment's
        commitment=commitment,
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


@st.composite
def corpora(draw: st.DrawFn, max_articles: int = 4) -> Corpus:
    """A corpus of up to *max_articles* articles drawn by :func:`articles`."""
    return Corpus(draw(st.lists(articles(), max_size=max_articles)))


def _tagged(tag: str, count: int) -> st.SearchStrategy[list[str]]:
    # The tag ("P0", "O1"...) as last word keeps slugs distinct and no name the last word(s)
    # of another, so names survive the corpus's actor merging unchanged.
    return st.lists(names, min_size=count, max_size=count).map(
        lambda drawn: [f"{name} {tag}{i}" for i, name in enumerate(drawn)]
    )


_dna_text = st.text(min_size=1, max_size=120)
_dna_short = st.text(min_size=1, max_size=30).filter(lambda s: s.strip() != "")


@st.composite
def dna_articles(
    draw: st.DrawFn,
    people: list[str] | None = None,
    organizations: list[str] | None = None,
    concepts: list[str] | None = None,
) -> Article:
    """An article as :func:`stancekit.io.dna.read_dna` builds it: what DNA holds, exactly.

    Every statement carries one stance resting on it, held by its speaker: a person
    representing an organisation, a person alone, or an organisation; support with an
    endorsement or oppose categorically; the target's text and key are the concept; cues
    are empty and sit at the statement's start. Statements are in text order with ids
    ``s1``, ``s2``... and stances ``t1``, ``t2``...; actors appear in order of first
    speech, an organisation before its person. Titles and sources are ``None`` or
    non-empty, the date is always set.

    Args:
        people: Person names to draw from (default: drawn, tagged to stay distinct).
        organizations: Organisation names to draw from (idem).
        concepts: Concepts to draw from (default: drawn).
    """
    people = people if people is not None else draw(_tagged("P", draw(st.integers(1, 3))))
    organizations = (
        organizations if organizations is not None else draw(_tagged("O", draw(st.integers(0, 2))))
    )
    concepts = concepts or draw(st.lists(_dna_short, min_size=1, max_size=3, unique=True))
    text = draw(_dna_text)
    # Each person speaks for one organisation (or none) within the article.
    org_of = {
        p: draw(st.none() | st.sampled_from(organizations)) if organizations else None
        for p in people
    }
    speakers: list[tuple[str | None, str | None]] = [(p, org_of[p]) for p in people]
    speakers += [(None, o) for o in organizations]
    drawn = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text) - 1))
        stop = draw(st.integers(start + 1, len(text)))
        person, org = draw(st.sampled_from(speakers))
        drawn.append(
            (start, stop, person, org, draw(st.sampled_from(concepts)), draw(st.booleans()))
        )
    drawn.sort(key=lambda row: (row[0], row[1]))
    made: dict[tuple[str, str | None], Actor] = {}
    statements, stances = [], []
    for n, (start, stop, person, org, concept, support) in enumerate(drawn, 1):
        org_actor = None
        if org is not None:
            org_actor = made.setdefault(
                ("org", org), Actor(slugify(org), org, ActorKind.ORGANIZATION)
            )
        if person is not None:
            speaker = made.setdefault(
                ("person", person),
                Actor(
                    slugify(person),
                    person,
                    ActorKind.PERSON,
                    affiliation=org,
                    represents=org_actor.id if org_actor else None,
                ),
            )
        else:
            assert org_actor is not None
            speaker = org_actor
        span, here = Span(start, stop), Span(start, start)
        statements.append(
            Statement(
                f"s{n}", speaker.id, span.of(text), StatementKind.INDIRECT, "", span, here, here
            )
        )
        stances.append(
            Stance(
                f"t{n}",
                speaker.id,
                Target(concept, concept),
                Polarity.SUPPORT if support else Polarity.OPPOSE,
                Commitment.ENDORSEMENT if support else Commitment.CATEGORICAL,
                "",
                here,
                evidence=(f"s{n}",),
            )
        )
    return Article(
        text,
        title=draw(st.none() | _dna_short),
        date=draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 1, 1))),
        source=draw(st.none() | _dna_short),
        actors=made.values(),
        statements=statements,
        stances=stances,
    )


@st.composite
def dna_corpora(draw: st.DrawFn, max_articles: int = 3) -> Corpus:
    """A corpus of :func:`dna_articles` sharing people, organisations and concepts.

    Reading back what :func:`stancekit.io.dna.write_dna` wrote from it gives an equal corpus.
    """
    people = draw(_tagged("P", draw(st.integers(1, 3))))
    organizations = draw(_tagged("O", draw(st.integers(0, 2))))
    concepts = draw(st.lists(_dna_short, min_size=1, max_size=3, unique=True))
    return Corpus(
        draw(
            st.lists(
                dna_articles(people, organizations, concepts), min_size=1, max_size=max_articles
            )
        )
    )


@st.composite
def network_corpora(draw: st.DrawFn, max_articles: int = 4, max_stances: int = 6) -> Corpus:
    """A corpus dense in stances, for network tests: few actors and targets, shared by articles.

    People and organisations are drawn once per corpus and reused by every article, so the
    same actors take positions on the same targets and the networks have edges. People may
    represent an organisation of their article or carry an affiliation; polarities and
    commitments cover every value; dates fall within a few days (or are missing).
    """
    slug_unique = st.lists(names, min_size=2, max_size=4, unique_by=slugify)
    people: list[str] = draw(slug_unique)
    organizations: list[str] = [
        o for o in draw(slug_unique) if slugify(o) not in {slugify(p) for p in people}
    ][: draw(st.integers(0, 2))]
    keys = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True))
    start = datetime.date(2024, 1, 1)
    out = []
    for _ in range(draw(st.integers(1, max_articles))):
        orgs = [
            Actor(slugify(o), o, ActorKind.ORGANIZATION)
            for o in organizations
            if draw(st.booleans())
        ]
        persons = [
            Actor(
                slugify(p),
                p,
                draw(st.sampled_from([ActorKind.PERSON, ActorKind.PERSON, ActorKind.ANONYMOUS])),
                affiliation=draw(st.none() | st.sampled_from(organizations or ["Elsewhere"])),
                represents=draw(st.none() | st.sampled_from([o.id for o in orgs]))
                if orgs
                else None,
            )
            for p in people
            if draw(st.booleans())
        ]
        actors = persons + orgs
        stances = []
        if actors:
            for n in range(draw(st.integers(1, max_stances))):
                key = draw(st.sampled_from(keys))
                commitment = draw(st.sampled_from(Commitment))
                stances.append(
                    Stance(
                        f"t{n}",
                        draw(st.sampled_from([a.id for a in actors])),
                        Target(key, key),
                        commitment.polarity,
                        commitment,
                        "",
                        Span(0, 0),
                    )
                )
        date = draw(st.none() | st.integers(0, 4).map(lambda d: start + datetime.timedelta(d)))
        out.append(Article("", date=date, actors=actors, stances=stances))
    return Corpus(out)
