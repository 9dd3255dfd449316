"""Counts, per-document scores and the evaluation report (a table and JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import attrs

__all__ = ["SUBSETS", "Breakdown", "Counts", "DocumentScore", "Match", "Report"]

#: The subsets every score is broken down into, in report order.
SUBSETS = ("all", "quoted", "speech")


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class Counts:
    """Counts for one subset, with the scores computed from them.

    Matching is done once over all predictions and gold attributions of a document; a subset
    then selects which predictions and which gold attributions are counted.

    Attributes:
        gold: Gold attributions in the subset.
        predicted: Predictions in the subset.
        matched_gold: Gold attributions in the subset matched by a prediction.
        matched_predicted: Predictions in the subset matched to a gold attribution.
        speaker_gold: Gold attributions in the subset that name a source.
        speaker_predicted: Predictions in the subset, less those matched to a gold attribution
            that names no source.
        speaker_matched_gold: Matched gold attributions in the subset whose speaker is right.
        speaker_matched_predicted: Matched predictions in the subset whose speaker is right.
    """

    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0
    speaker_gold: int = 0
    speaker_predicted: int = 0
    speaker_matched_gold: int = 0
    speaker_matched_predicted: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    @property
    def precision(self) -> float:
        """Matched predictions / predictions (0.0 when there are no predictions)."""
        return _ratio(self.matched_predicted, self.predicted)

    @property
    def recall(self) -> float:
        """Matched gold / gold (0.0 when there is no gold)."""
        return _ratio(self.matched_gold, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of :attr:`precision` and :attr:`recall`."""
        return _f1(self.precision, self.recall)

    @property
    def speaker_precision(self) -> float:
        """Predictions matched with the right speaker / :attr:`speaker_predicted`."""
        return _ratio(self.speaker_matched_predicted, self.speaker_predicted)

    @property
    def speaker_recall(self) -> float:
        """Gold matched with the right speaker / gold naming a source."""
        return _ratio(self.speaker_matched_gold, self.speaker_gold)

    @property
    def speaker_f1(self) -> float:
        """Harmonic mean of :attr:`speaker_precision` and :attr:`speaker_recall`."""
        return _f1(self.speaker_precision, self.speaker_recall)

    def to_dict(self) -> dict[str, Any]:
        """The counts and the scores (rounded to 4 places) as plain data."""
        data: dict[str, Any] = attrs.asdict(self)
        for name in ("precision", "recall", "f1", "speaker_precision", "speaker_recall"):
            data[name] = round(getattr(self, name), 4)
        data["speaker_f1"] = round(self.speaker_f1, 4)
        return data


@attrs.frozen
class Breakdown:
    """:class:`Counts` for each subset.

    Attributes:
        all: Every attribution and every prediction.
        quoted: Gold content with quotation marks; predictions that are direct or mixed, or
            whose content has quotation marks.
        speech: Gold and predicted cues that are speech cues (said, told, according to, ...).
    """

    all: Counts = Counts()
    quoted: Counts = Counts()
    speech: Counts = Counts()

    def __add__(self, other: Breakdown) -> Breakdown:
        return Breakdown(
            self.all + other.all, self.quoted + other.quoted, self.speech + other.speech
        )

    def to_dict(self) -> dict[str, Any]:
        """Each subset's :meth:`Counts.to_dict`, keyed by subset name."""
        return {name: getattr(self, name).to_dict() for name in SUBSETS}


@attrs.frozen
class Match:
    """A prediction paired with a gold attribution.

    Attributes:
        gold: Index of the gold attribution in ``GoldDocument.attributions``.
        predicted: Index of the statement in ``Article.statements``.
        overlap: Characters of content they share.
        speaker: Whether the speaker is right; ``None`` when the gold names no source.
    """

    gold: int
    predicted: int
    overlap: int
    speaker: bool | None


def _matches(value: Iterable[Match]) -> tuple[Match, ...]:
    return tuple(value)


def _documents(value: Iterable[DocumentScore]) -> tuple[DocumentScore, ...]:
    return tuple(value)


@attrs.frozen
class DocumentScore:
    """The scores of one document.

    Attributes:
        doc_id: The document's identifier.
        counts: Counts per subset.
        matches: The one-to-one pairs of prediction and gold, by gold index.
    """

    doc_id: str
    counts: Breakdown
    matches: tuple[Match, ...] = attrs.field(default=(), converter=_matches)

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the id, the counts per subset and the matches."""
        return {
            "doc_id": self.doc_id,
            **self.counts.to_dict(),
            "matches": [attrs.asdict(m) for m in self.matches],
        }


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


_HEADER = ("gold", "pred", "match", "spk", "P", "R", "F1", "spkP", "spkR")


def _row(label: str, c: Counts, width: int) -> str:
    if len(label) > width:
        label = label[: width - 1] + "…"
    numbers = f"{c.gold:>5} {c.predicted:>5} {c.matched_gold:>5} {c.speaker_matched_gold:>5}"
    scores = " ".join(
        f"{v:>6.3f}" for v in (c.precision, c.recall, c.f1, c.speaker_precision, c.speaker_recall)
    )
    return f"{label:<{width}} {numbers} {scores}"


def _header(first: str, width: int) -> str:
    counts = " ".join(f"{h:>5}" for h in _HEADER[:4])
    scores = " ".join(f"{h:>6}" for h in _HEADER[4:])
    return f"{first:<{width}} {counts} {scores}"


@attrs.frozen
class Report:
    """The result of an evaluation: one row per document and totals per subset.

    ``str(report)`` is a readable table; :meth:`to_json` the same as JSON. Totals are
    micro-averaged: counts are summed over documents, then divided.

    Attributes:
        documents: Per-document scores, in the order evaluated.
        totals: Counts summed over all documents, per subset.
    """

    documents: tuple[DocumentScore, ...] = attrs.field(converter=_documents)
    totals: Breakdown

    @classmethod
    def from_scores(cls, scores: Iterable[DocumentScore]) -> Report:
        """Build a report, summing the documents' counts into the totals."""
        documents = tuple(scores)
        totals = Breakdown()
        for d in documents:
            totals = totals + d.counts
        return cls(documents, totals)

    def to_dict(self) -> dict[str, Any]:
        """Plain data: ``{"documents": [...], "totals": {"all": {...}, ...}}``."""
        return {
            "documents": [d.to_dict() for d in self.documents],
            "totals": self.totals.to_dict(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        width = max([8, *(len(d.doc_id) for d in self.documents)])
        width = min(width, 44)
        t = self.totals.all
        lines = [
            f"stancekit evaluation: {_plural(len(self.documents), 'document')},"
            f" {_plural(t.gold, 'gold attribution')}, {_plural(t.predicted, 'prediction')}",
            "",
            _header("document", width),
        ]
        lines += [_row(d.doc_id, d.counts.all, width) for d in self.documents]
        lines.append(_row("TOTAL", t, width))
        lines += ["", _header("subset", width)]
        lines += [_row(name, getattr(self.totals, name), width) for name in SUBSETS]
        lines += [
            "",
            "P = matched predictions / predictions, R = matched gold / gold;"
            " spk = matched with the right speaker",
            "(spkP, spkR leave out gold attributions that name no source)."
            " Subsets: docs/evaluation.md.",
        ]
        return "\n".join(lines)
