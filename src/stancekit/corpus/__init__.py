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

The package's modules: ``_jsonl.py`` (JSON Lines storage and failure records),
``_actors.py`` (merging) and ``_corpus.py`` (:class:`Corpus` and its questions).
"""

from ._actors import CorpusActor, Occurrence
from ._corpus import Corpus, CorpusAnswer, InArticle, as_corpus
from ._jsonl import (
    FailureRecord,
    FailureRecordsWarning,
    describe_failures,
    iter_jsonl,
    iter_jsonl_lines,
    write_jsonl,
)

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
