"""Gold records: what annotators say the attributions of a document are."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ..errors import ValidationError
from ..model import Article, Commitment, Polarity, Span, StatementKind

__all__ = [
    "DamagedAnnotation",
    "GoldAttribution",
    "GoldDocument",
    "GoldStance",
    "gold_from_article",
]


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _attributions(value: Iterable[GoldAttribution]) -> tuple[GoldAttribution, ...]:
    return tuple(value)


def _stances(value: Iterable[GoldStance]) -> tuple[GoldStance, ...]:
    return tuple(value)


def _optional_kind(value: StatementKind | str | None) -> StatementKind | None:
    return None if value is None else StatementKind(value)


def _optional_commitment(value: Commitment | str | None) -> Commitment | None:
    return None if value is None else Commitment(value)


def _not_empty(
    instance: object, attribute: attrs.Attribute[tuple[Span, ...]], value: object
) -> None:
    if not value:
        name = f"{type(instance).__name__}.{attribute.name}"
        raise ValidationError(name, "needs at least one span", value)


def _optional_name(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        name = f"{type(instance).__name__}.{attribute.name}"
        raise ValidationError(name, "must be a non-empty string or None", value)


def _name(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        name = f"{type(instance).__name__}.{attribute.name}"
        raise ValidationError(name, "must be a non-empty string", value)


@attrs.frozen
class GoldAttribution:
    """One annotated attribution: who (source) is reported by which words (cue) to say what.

    Each part is a tuple of spans because annotations may be discontinuous (``"We will,"
    she said, "win."`` has two content pieces). Spans are kept as annotated; the scorer
    sorts and merges them.

    Attributes:
        content: Where the reported content lies; at least one span.
        source: Where the text names the source; empty when it names none (passives,
            "it is believed that ..."). Such attributions take no part in speaker scores.
        cue: Where the cue lies (``"said"``, ``"according to"``); may be empty.
        speaker: The source's name as the annotator wrote it (gold JSON). Brat files leave it
            ``None``: their source is the text at ``source``.
        kind: Direct, indirect or mixed, when annotated.
        id: The annotation's identifier in its file (brat ``E`` id), for tracing.
    """

    content: tuple[Span, ...] = attrs.field(converter=_spans, validator=_not_empty)
    source: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    cue: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    speaker: str | None = attrs.field(default=None, validator=_optional_name)
    kind: StatementKind | None = attrs.field(default=None, converter=_optional_kind)
    id: str | None = None

    @property
    def has_source(self) -> bool:
        """Whether the annotation names a source (by span or by name)."""
        return bool(self.source) or self.speaker is not None


@attrs.frozen
class GoldStance:
    """An annotated position: *holder* supports or opposes *target*.

    Gold stances are read and written with the gold JSON format and scored as the four
    questions (see :func:`~stancekit.eval.stance_gold_from_documents`).

    Attributes:
        holder: The holder's name (``"Jane Roe"``).
        target: The proposal, as a key (``"send-troops"``) or in words.
        polarity: Support, oppose, neutral or undecided.
        commitment: How firmly, when annotated.
        span: Where the position is expressed, when annotated.
    """

    holder: str = attrs.field(validator=_name)
    target: str = attrs.field(validator=_name)
    polarity: Polarity = attrs.field(converter=Polarity)
    commitment: Commitment | None = attrs.field(default=None, converter=_optional_commitment)
    span: Span | None = None


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class DamagedAnnotation:
    """An annotation line that was left out because it is damaged.

    Attributes:
        reason: What is wrong (``"annotated text 'x' differs from the text at 10 20 ..."``).
        file: The annotation file, when known.
        line: The 1-based line in *file*, when known.
        id: The annotation's id (``"T41"``, ``"E10"``), when it has one.
        left_out: Ids of the attributions (brat ``E`` lines) left out because of it.
    """

    reason: str
    file: str | None = None
    line: int | None = None
    id: str | None = None
    left_out: tuple[str, ...] = attrs.field(default=(), converter=_ids)

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        what = f"{self.id}: " if self.id else ""
        dropped = f" (left out: {', '.join(self.left_out)})" if self.left_out else ""
        return (
            f"{where}: {what}{self.reason}{dropped}" if where else f"{what}{self.reason}{dropped}"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data: ``{"file", "line", "id", "reason", "left_out"}``."""
        return {
            "file": self.file,
            "line": self.line,
            "id": self.id,
            "reason": self.reason,
            "left_out": list(self.left_out),
        }


def _damaged(value: Iterable[DamagedAnnotation]) -> tuple[DamagedAnnotation, ...]:
    return tuple(value)


def _check(path: str, span: Span, size: int) -> None:
    if span.end > size:
        raise ValidationError(path, f"span ends past the text (length {size})", span)


@attrs.frozen
class GoldDocument:
    """A text with its gold attributions (and, optionally, gold stances).

    Construction checks that every span lies inside ``text``.

    Attributes:
        doc_id: The document's identifier (a file stem for PolNeAR).
        text: The text all spans point into.
        attributions: Gold attributions, in text order of their content.
        stances: Gold stances, when annotated.
        damaged: Annotation lines left out because they are damaged (brat files read without
            ``strict``); not part of the gold JSON format.
    """

    doc_id: str = attrs.field(validator=_name)
    text: str
    attributions: tuple[GoldAttribution, ...] = attrs.field(default=(), converter=_attributions)
    stances: tuple[GoldStance, ...] = attrs.field(default=(), converter=_stances)
    damaged: tuple[DamagedAnnotation, ...] = attrs.field(default=(), converter=_damaged)

    def __attrs_post_init__(self) -> None:
        size = len(self.text)
        for i, a in enumerate(self.attributions):
            for part in ("content", "source", "cue"):
                for j, span in enumerate(getattr(a, part)):
                    _check(f"attributions[{i}].{part}[{j}]", span, size)
        for i, s in enumerate(self.stances):
            if s.span is not None:
                _check(f"stances[{i}].span", s.span, size)

    def quote(self, spans: Sequence[Span]) -> str:
        """The text at *spans*, pieces joined by one space (as brat writes them)."""
        return " ".join(s.of(self.text) for s in spans)


def gold_from_article(article: Article, doc_id: str) -> GoldDocument:
    """Turn an :class:`~stancekit.model.Article` into a gold document.

    Handy to build gold data by correcting parser output: parse, fix the article's
    statements, convert, and write with :func:`~stancekit.eval.write_gold_json`.
    Stances are carried over with their holder's name, target key and cue span.
    """
    names = {a.id: a.name for a in article.actors}
    attributions = [
        GoldAttribution(
            content=(s.span,),
            source=(s.speaker_span,),
            cue=(s.cue_span,),
            speaker=names[s.speaker],
            kind=s.kind,
            id=s.id,
        )
        for s in article.statements
    ]
    stances = [
        GoldStance(
            holder=names[st.holder],
            target=st.target.key,
            polarity=st.polarity,
            commitment=st.commitment,
            span=st.cue_span,
        )
        for st in article.stances
    ]
    return GoldDocument(doc_id, article.text, attributions, stances)
