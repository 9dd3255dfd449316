"""Many articles at once: JSON Lines storage, actors merged across articles, and queries.

A :class:`Corpus` holds articles in order; an article is known by its position (``index``).
Actors with the same name in different articles are one :class:`CorpusActor`, and so are
the shorter and longer forms of a person's name when the match is unambiguous::

    >>> from stancekit import Actor, Article, Corpus
    >>> a = Article("x", actors=[Actor("jane-roe", "Jane Roe", "person")])
    >>> b = Article("y", actors=[Actor("roe", "Roe", "person")])
    >>> [(actor.name, len(actor.occurrences)) for actor in Corpus([a, b]).actors]
    [('Jane Roe', 2)]

Merging rules (conservative: when in doubt, actors stay apart):

- names are compared on their slug words (case, accents and punctuation ignored);
- actors with the same name are one actor, whatever the article, except anonymous sources
  (and a person and a body sharing a name within one article stay two actors)
  (``ActorKind.ANONYMOUS``: "a senior official" in two articles need not be one person);
- a person whose name is the last word(s) of exactly one longer person name merges with it
  (``"Roe"`` into ``"Jane Roe"``, and both into ``"Mary Jane Roe"`` when that is the only
  longer name); when several longer names end with it (``"Roe"`` with ``"Jane Roe"`` and
  ``"John Roe"``) it stays a separate actor;
- aliases and titles are not used for merging (``"the president"`` names many people).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

from . import json as sk_json
from . import query as _query
from .errors import JSONError, QueryError
from .model import Actor, ActorKind, Article, Span, Stance, Statement, slugify
from .query import QUESTIONS, Answer, QuestionForm

if TYPE_CHECKING:
    from .network._frames import Frames

__all__ = [
    "Corpus",
    "CorpusActor",
    "CorpusAnswer",
    "FailureRecord",
    "FailureRecordsWarning",
    "InArticle",
    "Occurrence",
    "as_corpus",
    "describe_failures",
    "iter_jsonl",
    "iter_jsonl_lines",
    "write_jsonl",
]

T = TypeVar("T")

PathLike = str | os.PathLike[str]


# -- JSON Lines ----------------------------------------------------------------------------


def _json_line(article: Article) -> str:
    data = sk_json.unstructure(article)
    line = json.dumps(data, ensure_ascii=False)
    if _SURROGATE.search(line):
        # Lone surrogates (from surrogateescape decoding) cannot be UTF-8: escape them, so
        # the line is valid UTF-8 and loads back to the same string.
        line = json.dumps(data, ensure_ascii=True)
    return line


_SURROGATE = re.compile("[\ud800-\udfff]")


def write_jsonl(articles: Iterable[Article], path: PathLike, *, overwrite: bool = False) -> int:
    """Write *articles* to *path* as JSON Lines: one article's JSON per line, UTF-8.

    The file is written beside *path* under a temporary name and renamed into place once
    complete (see ``docs/performance.md``): an error, Ctrl-C or a crash midway leaves *path*
    as it was. Text holding lone surrogates is written with ``\\uXXXX`` escapes.

    Args:
        articles: The articles, in the order they are to be stored.
        path: The file to create.
        overwrite: Replace *path* when it exists (else that is an error).

    Returns:
        The number of articles written.

    Raises:
        FileExistsError: when *path* exists (a symlink, even dangling, counts) and
            *overwrite* is false.
        OSError: when the file cannot be written.
    """
    from ._atomic import atomic_write

    count = 0
    with atomic_write(path, overwrite=overwrite) as f:
        for article in articles:
            # json.dumps escapes every line break inside strings, so one article is one line.
            f.write(_json_line(article))
            f.write("\n")
            count += 1
    return count


@attrs.frozen
class FailureRecord:
    """A line of a JSON Lines file that records a failed input, not an article.

    Batch runs of earlier stancekit versions wrote ``{"source": ..., "error": ...}`` in place of an
    input that could not be parsed; readers skip such lines and count them.

    Attributes:
        line: The line number (from 1).
        source: The input that failed, when recorded.
        error: Why it failed.
    """

    line: int
    source: str | None
    error: str

    def __str__(self) -> str:
        where = self.source if self.source is not None else "an input"
        return f"line {self.line}: {where}: {self.error}"


class FailureRecordsWarning(UserWarning):
    """A JSON Lines corpus held failure records (skipped); the message counts them."""


_FAILURE_KEYS = frozenset({"source", "error", "index", "error_type", "reason"})


def _failure_record(line: str, number: int) -> FailureRecord | None:
    """The failure record on *line*, or ``None`` when it is not one."""
    try:
        data = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or "error" not in data or not data.keys() <= _FAILURE_KEYS:
        return None
    source, error = data.get("source"), data["error"]
    if not isinstance(error, str) or not (source is None or isinstance(source, str)):
        return None
    return FailureRecord(number, source, error)


def describe_failures(failures: Sequence[FailureRecord], name: str) -> str:
    """One line counting the failure records skipped in *name*, with the first of them."""
    n = len(failures)
    lines = "line is a failure record" if n == 1 else "lines are failure records"
    return f"{name}: {n:,} {lines} of a batch run, not articles: skipped ({failures[0]})"


def iter_jsonl(path: PathLike, *, failures: list[FailureRecord] | None = None) -> Iterator[Article]:
    """Read articles from a JSON Lines file lazily, one line at a time.

    Blank lines are skipped; a UTF-8 byte order mark at the start is ignored. Failure
    records (``{"source": ..., "error": ...}``, which older batch runs wrote) are skipped
    and reported, see :func:`iter_jsonl_lines`.

    Args:
        path: A file written by :func:`write_jsonl` (or any file with one article per line).
        failures: A list that receives the failure records met; when ``None``, a
            :class:`FailureRecordsWarning` counting them is issued at the end instead.

    Yields:
        Each article, in file order.

    Raises:
        JSONError: when a line is not valid UTF-8 or not a valid article; every message starts
            with ``line N:``.
        OSError: when the file cannot be opened.
    """
    with open(path, "rb") as f:
        yield from iter_jsonl_lines(f, failures=failures, name=os.fspath(path))


def iter_jsonl_lines(
    lines: Iterable[str | bytes],
    *,
    failures: list[FailureRecord] | None = None,
    name: str = "JSON Lines",
) -> Iterator[Article]:
    """Read articles from JSON Lines already split into lines (text or UTF-8 bytes).

    Args:
        lines: The lines, e.g. an open binary file or ``text.split("\\n")``. Not
            ``text.splitlines()`` for JSON from elsewhere: it also splits at U+2028, NEL and
            other characters a JSON string may hold raw (:func:`stancekit.json.dumps`
            escapes them, so its own lines survive either way).
        failures: A list that receives every failure record met (a line
            ``{"source": ..., "error": ...}`` that a batch run wrote for a failed input);
            when ``None``, a :class:`FailureRecordsWarning` counting them is issued once the
            lines are read. Either way they are never skipped silently.
        name: What the lines come from, for the warning.

    Yields:
        Each article, in order; blank lines are skipped.

    Raises:
        JSONError: when a line is not valid UTF-8 or not a valid article; every message starts
            with ``line N:``.
    """
    found: list[FailureRecord] = [] if failures is None else failures
    start = len(found)
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise JSONError([f"line {number}: not valid UTF-8 (byte {exc.start})"]) from None
        else:
            line = raw
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            article = sk_json.loads(line, Article)
        except JSONError as exc:
            record = _failure_record(line, number)
            if record is None:
                raise JSONError([f"line {number}: {e}" for e in exc.errors]) from None
            found.append(record)
            continue
        yield article
    if failures is None and len(found) > start:
        warnings.warn(describe_failures(found[start:], name), FailureRecordsWarning, stacklevel=2)


# -- merged actors -------------------------------------------------------------------------


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


def _merge(
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


@attrs.frozen
class InArticle(Generic[T]):
    """Something found in one article of a corpus (a statement, a stance).

    Attributes:
        index: Position of the article in the corpus.
        article: The article.
        item: What was found.
    """

    index: int
    article: Article = attrs.field(repr=False)
    item: T


@attrs.frozen
class CorpusAnswer:
    """One actor answering a question in one article of a corpus.

    Attributes:
        actor: The merged actor.
        index: Position of the article in the corpus.
        article: The article the answer comes from.
        answer: The answer within that article, with its evidence.
    """

    actor: CorpusActor
    index: int
    article: Article = attrs.field(repr=False)
    answer: Answer

    @property
    def evidence(self) -> tuple[Statement, ...]:
        """The statements supporting the answer, in text order."""
        return self.answer.evidence

    @property
    def stances(self) -> tuple[Stance, ...]:
        """The stances behind the answer."""
        return self.answer.stances


def _tuple_of_articles(value: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(value)


@attrs.frozen
class Corpus:
    """Articles with their metadata, and their actors merged across articles.

    Articles are known by their position in the corpus (``index``); every merged actor and
    every answer points back at the article and local actor it comes from.

    Attributes:
        articles: The articles, in order.
        actors: The merged actors, in order of first appearance (computed).
    """

    articles: tuple[Article, ...] = attrs.field(default=(), converter=_tuple_of_articles)
    actors: tuple[CorpusActor, ...] = attrs.field(init=False, eq=False, repr=False)
    _local: dict[tuple[int, str], int] = attrs.field(init=False, eq=False, repr=False, hash=False)
    _by_id: dict[str, int] = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        actors, local = _merge(self.articles)
        object.__setattr__(self, "actors", actors)
        object.__setattr__(self, "_local", local)
        object.__setattr__(self, "_by_id", {a.id: n for n, a in enumerate(actors)})

    # -- storage --------------------------------------------------------------------------
    @classmethod
    def read_jsonl(cls, path: PathLike, *, failures: list[FailureRecord] | None = None) -> Corpus:
        """Read a corpus from a JSON Lines file (see :func:`iter_jsonl`).

        Args:
            path: A file with one article's JSON per line, as :meth:`write_jsonl` writes.
            failures: A list that receives the failure records (lines for failed inputs,
                which older batch runs wrote) skipped; when ``None``, a
                :class:`FailureRecordsWarning` counts them.

        Returns:
            The corpus, articles in file order.

        Raises:
            JSONError: when a line is not a valid article (the message names the line).
            OSError: when the file cannot be opened.
        """
        return cls(iter_jsonl(path, failures=failures))

    def write_jsonl(self, path: PathLike, *, overwrite: bool = False) -> int:
        """Write the articles to *path* as JSON Lines, atomically (see :func:`write_jsonl`).

        Args:
            path: The file to create.
            overwrite: Replace *path* when it exists (else that is an error).

        Returns:
            The number of articles written.

        Raises:
            FileExistsError: when *path* exists and *overwrite* is false.
            OSError: when the file cannot be written.
        """
        return write_jsonl(self.articles, path, overwrite=overwrite)

    # -- tables ---------------------------------------------------------------------------
    def frames(
        self,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> Frames:
        """The corpus's statements, stances, reactions and actors as pandas DataFrames, each
        row naming its article (index, date, title, source).

        Args:
            since: Keep articles dated on or after this day (undated ones are then left out).
            until: Keep articles dated on or before this day (undated ones are then left out).

        Returns:
            A :class:`~stancekit.network.Frames` (see :func:`stancekit.network.frames`).

        Raises:
            MissingExtraError: when pandas (the ``pandas`` extra) is not installed.
        """
        from .network import frames

        return frames(self, since=since, until=until)

    # -- access ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __getitem__(self, index: int) -> Article:
        return self.articles[index]

    def __repr__(self) -> str:
        """A one-line summary: counts and the date range, not the articles."""
        from .model import _count

        dates = sorted(a.date for a in self.articles if a.date is not None)
        span = f", {dates[0]} to {dates[-1]}" if dates else ""
        return (
            f"<Corpus {_count(len(self.articles), 'article')}, "
            f"{_count(len(self.actors), 'actor')}{span}>"
        )

    def to_html(self) -> str:
        """The corpus as one self-contained HTML page: an index, then each article's view.

        See :func:`stancekit.view.render_html`.
        """
        from .view import render_html

        return render_html(self)

    def _repr_html_(self) -> str:
        """The notebook view: the index of the articles (each article has its own view)."""
        from .view import corpus_repr_html

        return corpus_repr_html(self)

    def actor(self, actor_id: str) -> CorpusActor:
        """Return the merged actor with this corpus id.

        Raises:
            KeyError: when no merged actor has this id.
        """
        return self.actors[self._by_id[actor_id]]

    def actor_of(self, index: int, local_id: str) -> CorpusActor:
        """Return the merged actor of local actor *local_id* in article *index*.

        Raises:
            KeyError: when that article has no such actor.
        """
        return self.actors[self._local[(index, local_id)]]

    def find_actor(self, name: str) -> CorpusActor | None:
        """Find a merged actor by corpus id, any of its names or aliases, or a surname.

        Exact matches win (the first in corpus order); otherwise a name ending with the
        given words must be unique. Case, spacing and a leading "the" are ignored.

        Returns:
            The actor, or ``None`` when nothing fits or the surname is ambiguous.
        """
        want = " ".join(name.lower().split()).removeprefix("the ")
        if not want:
            return None

        def forms(a: CorpusActor) -> set[str]:
            return {
                " ".join(n.lower().split()).removeprefix("the ") for n in (*a.names, *a.aliases)
            }

        for a in self.actors:
            if want == a.id or want in forms(a):
                return a
        partial = [a for a in self.actors if any(n.lower().endswith(" " + want) for n in a.names)]
        return partial[0] if len(partial) == 1 else None

    def indices(
        self, since: datetime.date | None = None, until: datetime.date | None = None
    ) -> list[int]:
        """Positions of the articles dated within ``[since, until]`` (both inclusive).

        Args:
            since: First day, or ``None`` for no lower bound.
            until: Last day, or ``None`` for no upper bound.

        Returns:
            The positions, in corpus order. With no bound every article counts; with a bound,
            undated articles are left out.
        """
        return [i for i, a in enumerate(self.articles) if _in_range(a, since, until)]

    # -- queries --------------------------------------------------------------------------
    def _resolve(self, actor: str | CorpusActor) -> CorpusActor:
        if isinstance(actor, CorpusActor):
            return actor
        found = self.find_actor(actor)
        if found is None:
            raise QueryError(f"no actor named {actor!r} in this corpus")
        return found

    def statements_by(
        self,
        actor: str | CorpusActor,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> list[InArticle[Statement]]:
        """Statements whose speaker is *actor* (a name, corpus id or :class:`CorpusActor`).

        Args:
            actor: The merged actor, or anything :meth:`find_actor` takes.
            since: Keep articles dated on or after this day (undated ones are then left out).
            until: Keep articles dated on or before this day (undated ones are then left out).

        Returns:
            The statements in corpus then text order, each with its article.

        Raises:
            QueryError: when no actor of that name is in the corpus.
        """
        merged = self._resolve(actor)
        out: list[InArticle[Statement]] = []
        for i in _occurrence_indices(merged, self.articles, since, until):
            local = {o.actor for o in merged.occurrences if o.index == i}
            article = self.articles[i]
            out.extend(InArticle(i, article, s) for s in article.statements if s.speaker in local)
        return out

    def stances_on(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> list[InArticle[Stance]]:
        """Stances whose target matches the free-text *target* (see :func:`stancekit.stances_on`).

        Args:
            target: Free text naming a proposal.
            since: Keep articles dated on or after this day (undated ones are then left out).
            until: Keep articles dated on or before this day (undated ones are then left out).

        Returns:
            The stances in corpus then text order, each with its article.
        """
        return [
            InArticle(i, self.articles[i], s)
            for i in self.indices(since, until)
            for s in _query.stances_on(self.articles[i], target)
        ]

    def _per_article(
        self,
        question: Callable[[Article, str], list[Answer]],
        x: str,
        indices: Iterable[int],
    ) -> list[CorpusAnswer]:
        out = []
        for i in indices:
            article = self.articles[i]
            for answer in question(article, x):
                out.append(CorpusAnswer(self.actor_of(i, answer.actor.id), i, article, answer))
        return out

    def who_ruled_out(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who ruled out *target*, article by article (see :func:`stancekit.who_ruled_out`).

        Args:
            target: Free text naming a proposal.
            since: Keep articles dated on or after this day (undated ones are then left out).
            until: Keep articles dated on or before this day (undated ones are then left out).

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(_query.who_ruled_out, target, self.indices(since, until))

    def who_refused_to_rule_out(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who kept *target* open, article by article.

        Takes the same arguments as :meth:`who_ruled_out`.

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(_query.who_refused_to_rule_out, target, self.indices(since, until))

    def who_supports(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who support *target*, article by article.

        Takes the same arguments as :meth:`who_ruled_out`.

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(_query.who_supports, target, self.indices(since, until))

    def who_opposes(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who oppose *target*, article by article.

        Takes the same arguments as :meth:`who_ruled_out`.

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(_query.who_opposes, target, self.indices(since, until))

    def ask(
        self,
        question: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        questions: Sequence[QuestionForm] = QUESTIONS,
    ) -> list[CorpusAnswer]:
        """Answer a plain-English question over the corpus (the forms :func:`stancekit.ask` knows).

        Questions about a target ("who ruled out X") are asked of every article in the date
        range. Questions about an actor ("what did X say", "who reacted to X") resolve X
        across the corpus first, then ask each article X appears in; articles where that
        gives no evidence (X says nothing there, nobody reacts) give no answer.

        Args:
            question: The question.
            since: Keep articles dated on or after this day (undated ones are then left out).
            until: Keep articles dated on or before this day (undated ones are then left out).
            questions: The forms to understand (:data:`stancekit.query.QUESTIONS`, or a
                tuple extending it).

        Returns:
            One answer per actor and article, in corpus order.

        Raises:
            QueryError: when the question has none of the known forms, or names an actor
                absent from the corpus.
        """
        # The question forms are stancekit.query's own, so both levels understand the same.
        form, subject, topic = _query.match_question(question, questions)
        if form.about == "target":
            return self._per_article(
                lambda a, x: form.answer(a, x, topic), subject, self.indices(since, until)
            )
        merged = self._resolve(subject)
        wanted = set(_occurrence_indices(merged, self.articles, since, until))
        out: list[CorpusAnswer] = []
        for o in merged.occurrences:
            if o.index in wanted:
                found = self._per_article(
                    lambda a, x: form.answer(a, x, topic), o.actor, (o.index,)
                )
                out.extend(a for a in found if a.answer.evidence or a.answer.reactions)
        return out


def _fold(name: str) -> str:
    return " ".join(name.lower().split()).removeprefix("the ")


def _in_range(article: Article, since: datetime.date | None, until: datetime.date | None) -> bool:
    if since is None and until is None:
        return True
    if article.date is None:
        return False
    return (since is None or since <= article.date) and (until is None or article.date <= until)


def _occurrence_indices(
    actor: CorpusActor,
    articles: Sequence[Article],
    since: datetime.date | None,
    until: datetime.date | None,
) -> list[int]:
    return [i for i in actor.indices if _in_range(articles[i], since, until)]


def as_corpus(source: Corpus | Article | Iterable[Article]) -> Corpus:
    """Return *source* as a corpus: a corpus as is, an article as a one-article corpus.

    Args:
        source: A :class:`Corpus`, an :class:`~stancekit.model.Article` or articles.

    Returns:
        The corpus.
    """
    if isinstance(source, Corpus):
        return source
    if isinstance(source, Article):
        return Corpus((source,))
    return Corpus(source)
