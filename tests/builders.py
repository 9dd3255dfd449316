"""Build small, valid articles by hand for corpus and network tests (invented people)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from stancekit import (
    Actor,
    ActorKind,
    Article,
    Commitment,
    Polarity,
    Span,
    Stance,
    Statement,
    StatementKind,
    Target,
)
from stancekit.model import slugify

SUPPORT, OPPOSE, NEUTRAL = Polarity.SUPPORT, Polarity.OPPOSE, Polarity.NEUTRAL


@dataclass(frozen=True)
class Say:
    """One sentence ``<speaker> said: "<words>".`` and, with a target, a stance on it."""

    speaker: str
    words: str = "so it is"
    target: str | None = None
    polarity: Polarity = SUPPORT
    commitment: Commitment | None = None
    kind: ActorKind = ActorKind.PERSON
    affiliation: str | None = None
    represents: str | None = None


@dataclass(frozen=True)
class Extra:
    """An actor who holds no statement (e.g. the organisation a spokesperson represents)."""

    name: str
    kind: ActorKind = ActorKind.ORGANIZATION
    affiliation: str | None = None


# the commitment a stance gets when a test gives only its polarity (the two must agree)
_COMMITMENT_OF = {
    Polarity.SUPPORT: Commitment.ENDORSEMENT,
    Polarity.OPPOSE: Commitment.CATEGORICAL,
    Polarity.NEUTRAL: Commitment.CAUTION,
    Polarity.UNDECIDED: Commitment.OPEN,
}


def make_article(
    *says: Say,
    extras: Sequence[Extra] = (),
    date: datetime.date | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Article:
    """An article with one sentence per :class:`Say`, its actors, statements and stances."""
    text = ""
    mentions: dict[str, list[Span]] = {}
    first: dict[str, Say] = {}
    statements: list[Statement] = []
    stances: list[Stance] = []
    for n, say in enumerate(says, 1):
        start = len(text)
        sentence = f'{say.speaker} said: "{say.words}". '
        speaker_span = Span(start, start + len(say.speaker))
        cue_start = speaker_span.end + 1
        cue_span = Span(cue_start, cue_start + 4)
        content_start = start + sentence.index('"') + 1
        span = Span(content_start, content_start + len(say.words))
        text += sentence
        mentions.setdefault(say.speaker, []).append(speaker_span)
        first.setdefault(say.speaker, say)
        sid = f"s{n}"
        statements.append(
            Statement(
                sid,
                slugify(say.speaker),
                say.words,
                StatementKind.DIRECT,
                "said",
                span,
                cue_span,
                speaker_span,
            )
        )
        if say.target is not None:
            commitment = say.commitment or _COMMITMENT_OF[say.polarity]
            stances.append(
                Stance(
                    f"t{n}",
                    slugify(say.speaker),
                    Target(say.target.replace("-", " "), say.target),
                    say.polarity,
                    commitment,
                    "said",
                    cue_span,
                    evidence=(sid,),
                )
            )
    actors = [
        Actor(
            slugify(name),
            name,
            say.kind,
            affiliation=say.affiliation,
            represents=slugify(say.represents) if say.represents else None,
            mentions=mentions[name],
        )
        for name, say in first.items()
    ]
    actors += [Actor(slugify(e.name), e.name, e.kind, affiliation=e.affiliation) for e in extras]
    return Article(
        text,
        title=title,
        date=date,
        source=source,
        actors=actors,
        statements=statements,
        stances=stances,
    )
