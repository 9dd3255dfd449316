"""pandas DataFrames of a corpus's statements, stances, reactions and actors (``pandas`` extra).

Every frame is tidy (one row per item) and names the article of each row: ``index`` (the
article's position in the corpus, its id there), ``date``, ``title`` and ``source``.
:meth:`Article.frames() <stancekit.model.Article.frames>` and
:meth:`Corpus.frames() <stancekit.corpus.Corpus.frames>` return all four at once.
"""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

import attrs

from .._extras import require
from ..corpus import as_corpus
from ._table import Source, organization_of

__all__ = [
    "Frames",
    "actors_frame",
    "frames",
    "reactions_frame",
    "stances_frame",
    "statements_frame",
]

STATEMENT_COLUMNS = [
    "index",
    "date",
    "title",
    "source",
    "statement",
    "speaker",
    "speaker_name",
    "organization",
    "kind",
    "cue",
    "content",
    "start",
    "end",
    "channel",
]
STANCE_COLUMNS = [
    "index",
    "date",
    "title",
    "source",
    "stance",
    "holder",
    "holder_name",
    "organization",
    "target",
    "target_text",
    "polarity",
    "agreement",
    "commitment",
    "qualifier",
    "cue",
    "evidence",
]
REACTION_COLUMNS = [
    "index",
    "date",
    "title",
    "source",
    "reaction",
    "responder",
    "responder_name",
    "to_statement",
    "to_actor",
    "to_actor_name",
    "kind",
    "basis",
    "cue",
    "evidence",
]

ACTOR_COLUMNS = [
    "index",
    "date",
    "title",
    "source",
    "actor",
    "local_id",
    "name",
    "kind",
    "role",
    "affiliation",
    "organization",
    "represents",
    "mentions",
    "statements",
    "stances",
    "reactions",
]


def _frame(feature: str, records: list[dict[str, Any]], columns: list[str]) -> Any:
    pd = require("pandas", "pandas", feature)
    frame = pd.DataFrame.from_records(records, columns=columns)
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def statements_frame(
    source: Source,
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Any:
    """One row per statement: article, speaker (merged id and name, organisation), words, span.

    Args:
        source: A corpus, an article or articles.
        since: Keep articles dated on or after this day (undated ones are then left out).
        until: Keep articles dated on or before this day (undated ones are then left out).

    Returns:
        A ``pandas.DataFrame`` with columns ``index`` (article position), ``date``,
        ``title``, ``source``, ``statement`` (id), ``speaker`` (corpus id),
        ``speaker_name``, ``organization``, ``kind``, ``cue``, ``content``, ``start``,
        ``end``, ``channel``.

    Raises:
        MissingExtraError: when pandas is not installed.
    """
    corpus = as_corpus(source)
    records = []
    for i in corpus.indices(since, until):
        article = corpus[i]
        for s in article.statements:
            speaker = corpus.actor_of(i, s.speaker)
            records.append(
                {
                    "index": i,
                    "date": article.date,
                    "title": article.title,
                    "source": article.source,
                    "statement": s.id,
                    "speaker": speaker.id,
                    "speaker_name": speaker.name,
                    "organization": organization_of(corpus, i, article.actor(s.speaker)),
                    "kind": s.kind.value,
                    "cue": s.cue,
                    "content": s.content,
                    "start": s.span.start,
                    "end": s.span.end,
                    "channel": s.channel,
                }
            )
    return _frame("statements_frame()", records, STATEMENT_COLUMNS)


def stances_frame(
    source: Source,
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Any:
    """One row per stance, as DNA's statement table (see :func:`stance_table`).

    Returns:
        A ``pandas.DataFrame`` with columns ``index``, ``date``, ``title``, ``source``,
        ``stance`` (id), ``holder``
        (corpus id), ``holder_name``, ``organization``, ``target`` (key), ``target_text``,
        ``polarity``, ``agreement`` (1 support, 0 oppose, missing otherwise),
        ``commitment``, ``qualifier``, ``cue``, ``evidence`` (statement ids, ``;``-joined).

    Raises:
        MissingExtraError: when pandas is not installed.
    """
    corpus = as_corpus(source)
    records = []
    for i in corpus.indices(since, until):
        article = corpus[i]
        for s in article.stances:
            holder = corpus.actor_of(i, s.holder)
            records.append(
                {
                    "index": i,
                    "date": article.date,
                    "title": article.title,
                    "source": article.source,
                    "stance": s.id,
                    "holder": holder.id,
                    "holder_name": holder.name,
                    "organization": organization_of(corpus, i, article.actor(s.holder)),
                    "target": s.target.key,
                    "target_text": s.target.text,
                    "polarity": s.polarity.value,
                    "agreement": s.polarity.agreement,
                    "commitment": s.commitment.value,
                    "qualifier": s.qualifier,
                    "cue": s.cue,
                    "evidence": ";".join(s.evidence),
                }
            )
    return _frame("stances_frame()", records, STANCE_COLUMNS)


def reactions_frame(
    source: Source,
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Any:
    """One row per reaction: who reacted to which statement or actor, and how.

    Returns:
        A ``pandas.DataFrame`` with columns ``index``, ``date``, ``title``, ``source``,
        ``reaction`` (id),
        ``responder`` (corpus id), ``responder_name``, ``to_statement`` (statement id, when
        the reaction is to a statement), ``to_actor`` and ``to_actor_name`` (the actor
        reacted to, or the speaker of the statement), ``kind``, ``basis``, ``cue``,
        ``evidence`` (statement ids, ``;``-joined).

    Raises:
        MissingExtraError: when pandas is not installed.
    """
    corpus = as_corpus(source)
    records = []
    for i in corpus.indices(since, until):
        article = corpus[i]
        statements = {s.id: s for s in article.statements}
        for r in article.reactions:
            responder = corpus.actor_of(i, r.responder)
            to_statement = r.to if r.to in statements else None
            to = corpus.actor_of(i, statements[r.to].speaker if to_statement else r.to)
            records.append(
                {
                    "index": i,
                    "date": article.date,
                    "title": article.title,
                    "source": article.source,
                    "reaction": r.id,
                    "responder": responder.id,
                    "responder_name": responder.name,
                    "to_statement": to_statement,
                    "to_actor": to.id,
                    "to_actor_name": to.name,
                    "kind": r.kind.value,
                    "basis": r.basis.value,
                    "cue": r.cue,
                    "evidence": ";".join(r.evidence),
                }
            )
    return _frame("reactions_frame()", records, REACTION_COLUMNS)


def actors_frame(
    source: Source,
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Any:
    """One row per actor per article: who appears where, as what, and how much they say.

    Returns:
        A ``pandas.DataFrame`` with columns ``index``, ``date``, ``title``, ``source``,
        ``actor`` (corpus id, the same in every article), ``local_id`` (the id in the
        article), ``name`` (merged name), ``kind``, ``role`` (the actor's title in the
        article, e.g. "Prime Minister"), ``affiliation``, ``organization`` (whom they speak
        for, see :func:`~stancekit.network.organization_of`), ``represents``, and the counts
        ``mentions``, ``statements`` (spoken), ``stances`` (held) and ``reactions`` (made).

    Raises:
        MissingExtraError: when pandas is not installed.
    """
    corpus = as_corpus(source)
    records = []
    for i in corpus.indices(since, until):
        article = corpus[i]
        spoken = Counter(s.speaker for s in article.statements)
        held = Counter(s.holder for s in article.stances)
        made = Counter(r.responder for r in article.reactions)
        for a in article.actors:
            merged = corpus.actor_of(i, a.id)
            records.append(
                {
                    "index": i,
                    "date": article.date,
                    "title": article.title,
                    "source": article.source,
                    "actor": merged.id,
                    "local_id": a.id,
                    "name": merged.name,
                    "kind": a.kind.value,
                    "role": a.title,
                    "affiliation": a.affiliation,
                    "organization": organization_of(corpus, i, a),
                    "represents": a.represents,
                    "mentions": len(a.mentions),
                    "statements": spoken[a.id],
                    "stances": held[a.id],
                    "reactions": made[a.id],
                }
            )
    return _frame("actors_frame()", records, ACTOR_COLUMNS)


@attrs.frozen
class Frames:
    """The tidy tables of a corpus (or an article), as ``pandas.DataFrame`` objects.

    Attributes:
        statements: One row per statement (:func:`statements_frame`).
        stances: One row per stance (:func:`stances_frame`).
        reactions: One row per reaction (:func:`reactions_frame`).
        actors: One row per actor per article (:func:`actors_frame`).
    """

    statements: Any = attrs.field(repr=False)
    stances: Any = attrs.field(repr=False)
    reactions: Any = attrs.field(repr=False)
    actors: Any = attrs.field(repr=False)


def frames(
    source: Source,
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Frames:
    """The four tables of *source* at once (what :meth:`Corpus.frames` returns).

    Args:
        source: A corpus, an article or articles.
        since: Keep articles dated on or after this day (undated ones are then left out).
        until: Keep articles dated on or before this day (undated ones are then left out).

    Returns:
        The :class:`Frames`.

    Raises:
        MissingExtraError: when pandas is not installed.
    """
    corpus = as_corpus(source)
    return Frames(
        statements=statements_frame(corpus, since=since, until=until),
        stances=stances_frame(corpus, since=since, until=until),
        reactions=reactions_frame(corpus, since=since, until=until),
        actors=actors_frame(corpus, since=since, until=until),
    )
