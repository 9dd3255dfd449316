"""The :class:`Corpus`: articles in order, their merged actors, and questions over them."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

from .. import query as _query
from ..errors import QueryError
from ..model import Article, Stance, Statement
from ..query import QUESTIONS, Answer, QuestionForm
from ..topics import Codebook

if TYPE_CHECKING:
    from ..network._frames import Frames

from ._actors import CorpusActor, merge_actors
from ._jsonl import FailureRecord, PathLike, iter_jsonl, write_jsonl

__all__ = ["Corpus", "CorpusAnswer", "InArticle", "as_corpus"]

T = TypeVar("T")


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
        actors, local = merge_actors(self.articles)
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
        from ..network import frames

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
        from ..model import _count

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
        from ..view import render_html

        return render_html(self)

    def _repr_html_(self) -> str:
        """The notebook view: the index of the articles (each article has its own view)."""
        from ..view import corpus_repr_html

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
        topics: Codebook | None = None,
    ) -> list[InArticle[Stance]]:
        """Stances whose target matches the free-text *target* (see :func:`stancekit.stances_on`).

        Args:
            target: Free text naming a proposal.
            since: Keep articles dated on or after this day (undated ones are then left out).
            until: Keep articles dated on or before this day (undated ones are then left out).
            topics: A codebook of proposals (:class:`~stancekit.topics.Codebook`): targets
                it names take its labels and keys.

        Returns:
            The stances in corpus then text order, each with its article.
        """
        return [
            InArticle(i, self.articles[i], s)
            for i in self.indices(since, until)
            for s in _query.stances_on(self.articles[i], target, topics=topics)
        ]

    def _per_article(
        self,
        question: Callable[[Article, str], list[Answer]],
        x: str,
        indices: Iterable[int],
        topics: Codebook | None = None,
    ) -> list[CorpusAnswer]:
        out = []
        for i in indices:
            article = self.articles[i]
            if topics is not None:
                article = _query.with_topics(article, topics)
            for answer in question(article, x):
                out.append(CorpusAnswer(self.actor_of(i, answer.actor.id), i, article, answer))
        return out

    def who_ruled_out(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        topics: Codebook | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who ruled out *target*, article by article (see :func:`stancekit.who_ruled_out`).

        Args:
            target: Free text naming a proposal.
            since: Keep articles dated on or after this day (undated ones are then left out).
            until: Keep articles dated on or before this day (undated ones are then left out).
            topics: A codebook of proposals, as for :meth:`stances_on`.

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(
            _query.who_ruled_out, _topic_label(target, topics), self.indices(since, until), topics
        )

    def who_refused_to_rule_out(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        topics: Codebook | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who kept *target* open, article by article.

        Takes the same arguments as :meth:`who_ruled_out`.

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(
            _query.who_refused_to_rule_out,
            _topic_label(target, topics),
            self.indices(since, until),
            topics,
        )

    def who_supports(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        topics: Codebook | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who support *target*, article by article.

        Takes the same arguments as :meth:`who_ruled_out`.

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(
            _query.who_supports, _topic_label(target, topics), self.indices(since, until), topics
        )

    def who_opposes(
        self,
        target: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        topics: Codebook | None = None,
    ) -> list[CorpusAnswer]:
        """Actors who oppose *target*, article by article.

        Takes the same arguments as :meth:`who_ruled_out`.

        Returns:
            One answer per actor and article, in corpus order, each with its evidence.
        """
        return self._per_article(
            _query.who_opposes, _topic_label(target, topics), self.indices(since, until), topics
        )

    def ask(
        self,
        question: str,
        *,
        since: datetime.date | None = None,
        until: datetime.date | None = None,
        questions: Sequence[QuestionForm] = QUESTIONS,
        topics: Codebook | None = None,
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
            topics: A codebook of proposals, as for :meth:`stances_on`.

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
                lambda a, x: form.answer(a, x, topic),
                _topic_label(subject, topics),
                self.indices(since, until),
                topics,
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


def _topic_label(target: str, topics: Codebook | None) -> str:
    """The label of the codebook's topic *target* names (its targets carry it), else
    *target*."""
    named = topics.topic_named(target) if topics is not None else None
    return named.label if named is not None else target


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
