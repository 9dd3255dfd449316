"""The statement table networks are built from: one row per stance, as DNA's statements."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Literal, get_args

import attrs

from ..corpus import Corpus, as_corpus
from ..errors import NetworkError
from ..model import Actor, ActorKind, Article, Commitment, Polarity

__all__ = [
    "PERSON_LIKE",
    "Level",
    "Source",
    "StanceRow",
    "check_option",
    "organization_of",
    "represented",
    "stance_table",
]

Level = Literal["person", "organization"]
"""Which node a stance holder becomes: the person (merged actor) or the organisation."""

Source = Corpus | Article | Iterable[Article]
"""What networks are computed from: a corpus, one article, or articles."""

PERSON_LIKE = (ActorKind.PERSON, ActorKind.ANONYMOUS)
"""Kinds of actor that speak for an organisation rather than being one."""


@attrs.frozen
class StanceRow:
    """One stance as a row of DNA's statement table.

    Attributes:
        index: Position of the article in the corpus.
        stance: Id of the stance in that article.
        actor: Corpus id of the stance holder (see :class:`~stancekit.corpus.CorpusActor`).
        label: The network node: the holder's merged name (level ``"person"``) or the
            organisation it speaks for (level ``"organization"``, see
            :func:`organization_of`).
        target: The target key (the network's second mode, DNA's concept).
        target_text: The target's words in the text.
        polarity: The position's direction; for DNA's agreement see :attr:`agreement`.
        commitment: How firmly the position is taken.
        date: The article's date, when known.
        target_label: The target's readable name (:attr:`~stancekit.model.Target.label`).
    """

    index: int
    stance: str
    actor: str
    label: str
    target: str
    target_text: str
    polarity: Polarity
    commitment: Commitment
    date: datetime.date | None
    target_label: str = ""

    @property
    def agreement(self) -> int | None:
        """DNA's boolean agreement: 1 for support, 0 for oppose, ``None`` otherwise."""
        return self.polarity.agreement


def check_option(name: str, value: object, allowed: object) -> None:
    """Raise :class:`NetworkError` unless *value* is one of the ``Literal`` *allowed*."""
    options = get_args(allowed)
    if value not in options:
        msg = f"{name} must be one of {', '.join(map(repr, options))} (got {value!r})"
        raise NetworkError(msg)


def represented(article: Article, actor: Actor) -> Actor:
    """The last actor of *actor*'s ``represents`` chain (*actor* itself when it has none).

    A chain that loops back stops before repeating an actor.
    """
    seen = {actor.id}
    end = actor
    while end.represents is not None and end.represents not in seen:
        seen.add(end.represents)
        end = article.actor(end.represents)
    return end


def organization_of(corpus: Corpus, index: int, actor: Actor) -> str:
    """The organisation (or country) *actor* of article *index* speaks for.

    Follow ``represents`` to the last actor of the chain (:func:`represented`). An
    organisation, government or group there is its own organisation (its merged name). A
    person there stands for their affiliation in this article, else for the affiliation of
    their merged actor across the corpus, else for themself.

    Args:
        corpus: The corpus the article belongs to.
        index: Position of the article in the corpus.
        actor: A local actor of that article.

    Returns:
        The organisation's name.
    """
    end = represented(corpus[index], actor)
    merged = corpus.actor_of(index, end.id)
    if end.kind in PERSON_LIKE:
        return end.affiliation or merged.affiliation or merged.name
    return merged.name


def stance_table(
    source: Source,
    *,
    level: Level = "person",
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> list[StanceRow]:
    """One row per stance of the articles in the date range, in corpus then article order.

    Args:
        source: A corpus, an article or articles.
        level: ``"person"`` labels rows with the holder's merged name, ``"organization"``
            with the organisation they speak for (:func:`organization_of`).
        since: Keep articles dated on or after this day (undated ones are then left out).
        until: Keep articles dated on or before this day (undated ones are then left out).

    Returns:
        The rows.

    Raises:
        NetworkError: when *level* is not one of the levels.
    """
    check_option("level", level, Level)
    corpus = as_corpus(source)
    rows = []
    for i in corpus.indices(since, until):
        article = corpus[i]
        for s in article.stances:
            holder = corpus.actor_of(i, s.holder)
            label = (
                holder.name
                if level == "person"
                else organization_of(corpus, i, article.actor(s.holder))
            )
            rows.append(
                StanceRow(
                    index=i,
                    stance=s.id,
                    actor=holder.id,
                    label=label,
                    target=s.target.key,
                    target_text=s.target.text,
                    polarity=s.polarity,
                    commitment=s.commitment,
                    date=article.date,
                    target_label=s.target.label,
                )
            )
    return rows
