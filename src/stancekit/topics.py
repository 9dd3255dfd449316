"""A codebook of proposals: the user's names for what stances are about.

A codebook is DNA's list of concepts: each :class:`Topic` has a label and the words and
phrases that name it. Given to :func:`stancekit.parse` (``topics=``), to the questions in
:mod:`stancekit.query`, or to the CLI (``--topics FILE``), it maps every target naming one of
its phrases to the topic's label and key, so that a corpus has one column per topic.

The file is TOML or JSON::

    [[topic]]
    label = "congestion charge"
    phrases = ["road pricing", "the charge", "the toll"]

A phrase (or the label) names a target when its content words (stopwords dropped, synonyms
and plural endings folded as for target keys) occur, in order and next to each other, among
the target's own content words; the longest phrase wins, and the first topic on ties.
"""

from __future__ import annotations

import json
import pathlib
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from ._normalize import content_words, key_of
from .errors import InputError, ValidationError
from .lexicon import Lexicon

__all__ = ["Codebook", "Topic", "proposal_key"]


def proposal_key(words: Sequence[str]) -> str:
    """The key of a proposal from its canonical content words, as the parser makes it.

    Args:
        words: Canonical content words in text order (synonyms mapped, stopwords dropped).

    Returns:
        The first three words without numbers, sorted and joined by ``-``
        (``"charge-congestion"``); ``"unspecified"`` when none is left.
    """
    return key_of([w for w in words if not any(ch.isdigit() for ch in w)][:3])


def _phrases(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _topics(value: Iterable[Topic]) -> tuple[Topic, ...]:
    return tuple(value)


def _check_phrases(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    for p in value:
        if not isinstance(p, str) or not p.strip():
            raise ValidationError("Topic.phrases", "must hold non-empty strings", p)


def _check_label(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise ValidationError(
            "Topic.label", "must be a non-empty string without outer whitespace", value
        )


@attrs.frozen
class Topic:
    """A proposal of the codebook.

    Attributes:
        label: Its readable name (``"congestion charge"``): the label of every target it names.
        phrases: Other words and phrases naming it (``"road pricing"``, ``"the charge"``).

    Raises:
        ValidationError: when ``label`` is not a non-empty string without outer whitespace,
            or a phrase is not a non-empty string.
    """

    label: str = attrs.field(validator=_check_label)
    phrases: tuple[str, ...] = attrs.field(default=(), converter=_phrases, validator=_check_phrases)

    def key(self, lexicon: Lexicon | None = None) -> str:
        """The key of the label's canonical words (``"congestion-charge"``).

        Args:
            lexicon: Synonyms and stopwords; :meth:`Lexicon.default` when ``None``.

        Returns:
            The key every target this topic names gets (``"charge-congestion"``); equal to
            the key the parser gives the same words without a codebook.
        """
        lex = lexicon or Lexicon.default()
        return proposal_key(content_words(self.label, lex))


@attrs.frozen
class Codebook:
    """The user's proposals, in order (earlier topics win ties).

    Attributes:
        topics: The topics.

    Raises:
        ValidationError: when two topics have the same label.
    """

    topics: tuple[Topic, ...] = attrs.field(converter=_topics)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for t in self.topics:
            if not isinstance(t, Topic):
                raise ValidationError("Codebook.topics", "must hold Topic values", t)
            if t.label.lower() in seen:
                raise ValidationError("Codebook.topics", "labels must be unique", t.label)
            seen.add(t.label.lower())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Codebook:
        """A codebook from ``{"topic": [{"label": ..., "phrases": [...]}, ...]}``.

        Args:
            data: The decoded file.

        Returns:
            The codebook.

        Raises:
            InputError: when the data does not have that shape (``reason="codebook"``).
        """
        checked: object = data
        items = data.get("topic") if isinstance(checked, Mapping) else None
        if not isinstance(items, list):
            raise InputError("a codebook needs a list of [[topic]] tables", reason="codebook")
        topics: list[Topic] = []
        for n, item in enumerate(items, 1):
            if not isinstance(item, Mapping) or set(item) - {"label", "phrases"}:
                raise InputError(
                    f"topic {n}: only 'label' and 'phrases' are allowed", reason="codebook"
                )
            phrases = item.get("phrases", [])
            if not isinstance(phrases, list):
                raise InputError(f"topic {n}: 'phrases' must be a list", reason="codebook")
            try:
                topics.append(Topic(item.get("label"), phrases))  # type: ignore[arg-type]
                continue
            except ValidationError as exc:
                msg = f"topic {n}: {exc}"
            raise InputError(msg, reason="codebook")
        try:
            return cls(topics)
        except ValidationError as exc:
            raise InputError(str(exc), reason="codebook") from None

    @classmethod
    def load(cls, path: str | pathlib.Path) -> Codebook:
        """Read a codebook from a TOML or JSON file (by its suffix; TOML otherwise).

        Args:
            path: The file.

        Returns:
            The codebook.

        Raises:
            InputError: when the file cannot be read or decoded, or has the wrong shape.
        """
        p = pathlib.Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read codebook {p}: {exc}", reason="codebook") from None
        try:
            data = json.loads(raw) if p.suffix.lower() == ".json" else tomllib.loads(raw)
        except (ValueError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"cannot decode codebook {p}: {exc}", reason="codebook") from None
        return cls.from_dict(data)

    def topic_of(self, words: Sequence[str], lexicon: Lexicon | None = None) -> Topic | None:
        """The topic naming the canonical content *words* of a target, if any.

        Args:
            words: The target's canonical content words, in text order.
            lexicon: Synonyms and stopwords; :meth:`Lexicon.default` when ``None``.

        Returns:
            The topic with the longest phrase found in *words* (earliest topic on ties), or
            ``None``.
        """
        lex = lexicon or Lexicon.default()
        best: tuple[int, int, Topic] | None = None
        have = list(words)
        for n, t in enumerate(self.topics):
            for phrase in (t.label, *t.phrases):
                pw = content_words(phrase, lex)
                if pw and _contains(have, pw) and (best is None or len(pw) > best[0]):
                    best = (len(pw), n, t)
        return best[2] if best is not None else None

    def topic_named(self, text: str, lexicon: Lexicon | None = None) -> Topic | None:
        """The topic naming the free *text* (a question's subject), if any.

        Args:
            text: Words naming a proposal.
            lexicon: As for :meth:`topic_of`.

        Returns:
            As for :meth:`topic_of`.
        """
        lex = lexicon or Lexicon.default()
        return self.topic_of(content_words(text, lex), lex)


def _contains(have: list[str], want: list[str]) -> bool:
    n = len(want)
    return any(have[i : i + n] == want for i in range(len(have) - n + 1))
