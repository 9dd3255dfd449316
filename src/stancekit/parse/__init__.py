"""The parser: plain English news text in, :class:`~stancekit.model.Article` out.

The pipeline (one module per step) is described in ``docs/architecture.md``.
"""

from __future__ import annotations

import datetime
import gc
from collections.abc import Sequence

from ..errors import InputError, ValidationError
from ..lexicon import Lexicon
from ..model import Article, _surrogate_pair_at
from ..topics import Codebook
from ._known import KnownActor
from ._pipeline import run

__all__ = ["DEFAULT_MAX_CHARS", "KnownActor", "parse"]

#: Largest text :func:`parse` accepts unless told otherwise (10 million characters).
DEFAULT_MAX_CHARS = 10_000_000


def parse(
    text: str,
    *,
    title: str | None = None,
    date: datetime.date | None = None,
    source: str | None = None,
    lexicon: Lexicon | None = None,
    actors: Sequence[KnownActor] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
    topics: Codebook | None = None,
) -> Article:
    """Extract actors, statements, stances and reactions from an English news article.

    Args:
        text: The article text. Page debris ("ARTICLE AD BOX", "Read Entire Article") is
            recognised and skipped; offsets always refer to *text* as given.
        title: Headline, when known.
        date: Publication date, when known.
        source: Outlet or file name, recorded on the article.
        lexicon: Word lists to use; :meth:`Lexicon.default` when ``None``.
        actors: Actors known in advance; mentions of their names or aliases resolve to them.
        max_chars: Refuse longer texts (``None``: no limit).
        topics: A codebook of proposals (:class:`~stancekit.topics.Codebook`): targets it
            names take its labels and keys.

    Returns:
        The validated :class:`~stancekit.model.Article`.

    Raises:
        InputError: when *text* is not a string, is longer than *max_chars*, or holds a
            high surrogate directly followed by a low one (``reason="surrogate-pair"``: no
            JSON could keep the two apart; lone surrogates are fine).
        ValidationError: when *title*, *source* or *date* has the wrong type, or *topics*
            is not a :class:`~stancekit.topics.Codebook`.
    """
    if not isinstance(text, str):
        raise InputError(
            f"parse() needs a str, got {type(text).__name__}; decode bytes first", reason="type"
        )
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            f"text has {len(text):,} characters, more than the limit of {max_chars:,}"
            " (raise it: max_chars= in Python, --max-chars on the command line)",
            reason="too-large",
        )
    if (at := _surrogate_pair_at(text)) >= 0:
        raise InputError(
            f"text holds a surrogate pair as two code points at offset {at:,}; JSON would read"
            " it back as one character (join it first: encode with 'utf-16', 'surrogatepass'"
            " and decode)",
            reason="surrogate-pair",
        )
    if topics is not None and not isinstance(topics, Codebook):
        raise ValidationError(
            "parse.topics", "must be a Codebook (stancekit.topics.Codebook.load)", topics
        )
    # The parser allocates many small acyclic objects (tokens, mentions): the cyclic
    # collector would rescan them again and again on long texts, so it pauses meanwhile.
    paused = gc.isenabled()
    gc.disable()
    try:
        return run(
            text,
            title=title,
            date=date,
            source=source,
            lexicon=lexicon or Lexicon.default(),
            known=tuple(actors),
            topics=topics,
        )
    finally:
        if paused:
            gc.enable()
