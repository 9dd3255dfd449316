"""Actors merged across the articles of a corpus (the rules are in :mod:`stancekit.corpus`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from ..model import Actor, ActorKind, Article, Span, slugify

if TYPE_CHECKING:
    pass


__all__ = ["CorpusActor", "Occurrence", "merge_actors"]


@attrs.frozen
class Occurrence:
    """Where a corpus actor appears: one local actor of one article.

    Attributes:
        index: Position of the article in the corpus.
        actor: Id of the local :class:`~stancekit.model.Actor` in that article.
        mentions: That actor's mention spans in the article text.
    """

    index: int
    actor: str
    mentions: tuple[Span, ...] = ()


@attrs.frozen
class CorpusActor:
    """An actor merged across the articles of a corpus.

    Attributes:
        id: Identifier unique in the corpus: the slug of ``name``, with ``-2``, ``-3``... added
            when two corpus actors share a slug.
        name: Canonical name: the most frequent of the merged names with two words or more
            (the longest on ties), or the most frequent one-word name when there is no other.
        kind: The most frequent kind among the merged actors.
        affiliation: The most frequent affiliation among the merged actors, if any.
        names: Every name the merged actors carry, most frequent first.
        aliases: Every alias of the merged actors, in order of first appearance.
        occurrences: The local actors merged, in corpus order.
    """

    id: str
    name: str
    kind: ActorKind
    affiliation: str | None
    names: tuple[str, ...]
    aliases: tuple[str, ...]
    occurrences: tuple[Occurrence, ...]

    @property
    def indices(self) -> tuple[int, ...]:
        """Positions of the articles the actor appears in, without repeats."""
        return tuple(dict.fromkeys(o.index for o in self.occurrences))


_Key = tuple[str, ...]


def _name_key(name: str) -> _Key:
    return tuple(slugify(name).split("-"))


def _group_keys(members: dict[object, list[tuple[int, Actor]]]) -> dict[object, object]:
    """Map each group key to the key of the group it merges into (itself when it stays)."""
    person_keys: list[_Key] = []
    for key, group in members.items():
        if isinstance(key, tuple) and key and key[0] == "name":
            kinds = Counter(a.kind for _, a in group)
            if kinds.most_common(1)[0][0] is ActorKind.PERSON:
                person_keys.append(key[1])
    # The longer person names ending with each name, found through every name's proper
    # suffixes: work in proportion to the words, however many names share a last word.
    people = set(person_keys)
    longer: dict[_Key, list[_Key]] = {}
    for k in person_keys:
        for n in range(1, len(k)):
            if k[-n:] in people:
                longer.setdefault(k[-n:], []).append(k)
    # A name is maximal when no other person name ends with it.
    root: dict[object, object] = {key: key for key in members}
    for k, ends in longer.items():
        candidates = [o for o in ends if o not in longer]
        if len(candidates) == 1:
            root[("name", k)] = ("name", candidates[0])
    return root


def _canonical_name(names: Counter[str]) -> str:
    """Most frequent multi-word name, then the longest, then the first seen."""
    first = {name: n for n, name in enumerate(names)}

    def score(name: str) -> tuple[bool, int, int, int]:
        words = len(name.split())
        return (words >= 2, names[name], words, -first[name])

    return max(names, key=score)


def merge_actors(
    articles: Sequence[Article],
) -> tuple[tuple[CorpusActor, ...], dict[tuple[int, str], int]]:
    members: dict[object, list[tuple[int, Actor]]] = {}
    for i, article in enumerate(articles):
        for actor in article.actors:
            key: object
            if actor.kind is ActorKind.ANONYMOUS:
                key = ("anonymous", i, actor.id)
            else:
                key = ("name", _name_key(actor.name))
            members.setdefault(key, []).append((i, actor))
    root = _group_keys(members)
    groups: dict[object, list[tuple[int, Actor]]] = {}
    for key, group in members.items():
        groups.setdefault(root[key], []).extend(group)
    # Two actors of one article are two actors: a person and a body whose names differ only
    # by punctuation ("X" and ":X") are kept apart, the person with the persons.
    for key in list(groups):
        group = groups[key]
        per_article = Counter(i for i, _ in group)
        if len(group) > 1 and any(n > 1 for n in per_article.values()):
            bodies = [m for m in group if m[1].kind is not ActorKind.PERSON]
            people = [m for m in group if m[1].kind is ActorKind.PERSON]
            if bodies and people:
                groups[key] = people
                groups[("body", key)] = bodies
    # Corpus order: by first appearance (article, then local order).
    order = {
        (i, a.id): n
        for n, (i, a) in enumerate((i, a) for i, art in enumerate(articles) for a in art.actors)
    }
    merged: list[list[tuple[int, Actor]]] = sorted(
        (sorted(g, key=lambda m: order[(m[0], m[1].id)]) for g in groups.values()),
        key=lambda g: order[(g[0][0], g[0][1].id)],
    )
    actors: list[CorpusActor] = []
    local: dict[tuple[int, str], int] = {}
    used: set[str] = set()
    for group in merged:
        names = Counter(a.name for _, a in group)
        name = _canonical_name(names)
        base = slugify(name)
        actor_id, n = base, 1
        while actor_id in used:
            n += 1
            actor_id = f"{base}-{n}"
        used.add(actor_id)
        affiliations = Counter(a.affiliation for _, a in group if a.affiliation)
        for i, a in group:
            local[(i, a.id)] = len(actors)
        actors.append(
            CorpusActor(
                id=actor_id,
                name=name,
                kind=Counter(a.kind for _, a in group).most_common(1)[0][0],
                affiliation=affiliations.most_common(1)[0][0] if affiliations else None,
                names=tuple(n for n, _ in names.most_common()),
                aliases=tuple(dict.fromkeys(x for _, a in group for x in a.aliases)),
                occurrences=tuple(Occurrence(i, a.id, a.mentions) for i, a in group),
            )
        )
    return tuple(actors), local


# -- answers -------------------------------------------------------------------------------
