"""Counts, per-document scores and the evaluation report (a table and JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import attrs

from ..model import Span
from ._gold import DamagedAnnotation

__all__ = [
    "MISTAKE_KINDS",
    "SUBSETS",
    "Breakdown",
    "Counts",
    "DocumentScore",
    "Match",
    "Mistake",
    "Report",
]

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


#: The kinds of :class:`Mistake`, in listing order.
MISTAKE_KINDS = ("missed", "wrong_speaker", "unmatched")

#: Longest content shown in a text listing; JSON has the whole text.
_SHOWN = 160


@attrs.frozen
class Mistake:
    """One thing the predictions got wrong, with what is needed to look at it.

    Attributes:
        kind: ``"missed"`` (a gold attribution no prediction matches), ``"wrong_speaker"``
            (matched, with a speaker the gold does not name) or ``"unmatched"`` (a prediction
            that matches no gold attribution).
        span: From the start of the content to its end (gold content for ``missed`` and
            ``wrong_speaker``, the statement's span for ``unmatched``).
        text: The words of the content (discontinuous gold: its pieces joined by a space).
        gold_speaker: The gold source's words (or name), when there is a gold side naming one.
        predicted_speaker: The predicted speaker's name, when there is a prediction
            (joint speakers joined with ``" & "``).
        cue: The gold cue's words (``missed``, ``wrong_speaker``) or the predicted cue.
        predicted_cue: The predicted cue, for ``wrong_speaker``.
        gold: Index of the gold attribution, when there is one.
        predicted: Index of the statement in ``Article.statements``, when there is one.
    """

    kind: str
    span: Span
    text: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None
    cue: str | None = None
    predicted_cue: str | None = None
    gold: int | None = None
    predicted: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain data; offsets as ``start`` and ``end``."""
        data = attrs.asdict(self, recurse=False)
        data["span"] = {"start": self.span.start, "end": self.span.end}
        return data

    def line(self) -> str:
        """One readable line: kind, offsets, the words, then who and which cue."""
        words = " ".join(self.text.split())
        if len(words) > _SHOWN:
            words = words[: _SHOWN - 1] + "…"
        if not words.startswith(("“", '"', "‘", "'", "«")):
            words = f"“{words}”"
        parts = [f"{self.kind:<13} {self.span.start}-{self.span.end} {words}"]
        if self.kind == "missed":
            parts.append(f"gold: {self.gold_speaker or '(no source)'} [{self.cue or ''}]")
        elif self.kind == "wrong_speaker":
            parts.append(f"gold: {self.gold_speaker} [{self.cue or ''}]")
            parts.append(f"predicted: {self.predicted_speaker} [{self.predicted_cue or ''}]")
        else:
            parts.append(f"predicted: {self.predicted_speaker} [{self.cue or ''}]")
        return " | ".join(parts)


def _matches(value: Iterable[Match]) -> tuple[Match, ...]:
    return tuple(value)


def _errors(value: Iterable[Mistake]) -> tuple[Mistake, ...]:
    return tuple(value)


def _damaged(value: Iterable[DamagedAnnotation]) -> tuple[DamagedAnnotation, ...]:
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
        errors: Missed gold, wrong speakers and unmatched predictions, in text order.
        damaged: Gold annotation lines left out because they are damaged.
    """

    doc_id: str
    counts: Breakdown
    matches: tuple[Match, ...] = attrs.field(default=(), converter=_matches)
    errors: tuple[Mistake, ...] = attrs.field(default=(), converter=_errors)
    damaged: tuple[DamagedAnnotation, ...] = attrs.field(default=(), converter=_damaged)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """Plain data: the id, the counts per subset, the matches and the damaged lines;
        with *errors*, also the error listing."""
        data = {
            "doc_id": self.doc_id,
            **self.counts.to_dict(),
            "matches": [attrs.asdict(m) for m in self.matches],
            "damaged": [d.to_dict() for d in self.damaged],
        }
        if errors:
            data["errors"] = [e.to_dict() for e in self.errors]
        return data


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

    @property
    def damaged(self) -> tuple[DamagedAnnotation, ...]:
        """Every gold annotation line left out as damaged, document by document."""
        return tuple(x for d in self.documents for x in d.damaged)

    @property
    def errors(self) -> tuple[Mistake, ...]:
        """Every error of every document, document by document."""
        return tuple(e for d in self.documents for e in d.errors)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """Plain data: ``{"documents": [...], "totals": {"all": {...}, ...}, "damaged":
        {...}}``; with *errors*, each document also has its ``"errors"`` and the top level
        their number per kind."""
        damaged = self.damaged
        data: dict[str, Any] = {
            "documents": [d.to_dict(errors=errors) for d in self.documents],
            "totals": self.totals.to_dict(),
            "damaged": {
                "annotations": len(damaged),
                "attributions_left_out": sum(len(x.left_out) for x in damaged),
            },
        }
        if errors:
            every = self.errors
            data["errors"] = {k: sum(e.kind == k for e in every) for k in MISTAKE_KINDS}
        return data

    def to_json(self, *, indent: int | None = 2, errors: bool = False) -> str:
        """The report as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(errors=errors), ensure_ascii=False, indent=indent)

    def errors_text(self) -> str:
        """The error listing: per document, each missed gold attribution, each match with the
        wrong speaker and each unmatched prediction, one line each with offsets, words,
        speakers and cue."""
        every = self.errors
        counts = ", ".join(f"{sum(e.kind == k for e in every)} {k}" for k in MISTAKE_KINDS)
        lines = [f"errors: {counts}"]
        for d in self.documents:
            if not d.errors:
                continue
            lines += ["", f"== {d.doc_id}"]
            lines += [f"  {e.line()}" for e in d.errors]
        return "\n".join(lines)

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
        damaged = self.damaged
        if damaged:
            left_out = sum(len(x.left_out) for x in damaged)
            lines += [
                "",
                f"{_plural(len(damaged), 'damaged annotation')} left out"
                f" ({_plural(left_out, 'attribution')} not scored):",
            ]
            lines += [f"  {x}" for x in damaged]
        lines += [
            "",
            "P = matched predictions / predictions, R = matched gold / gold;"
            " spk = matched with the right speaker",
            "(spkP, spkR leave out gold attributions that name no source)."
            " Subsets: docs/evaluation.md.",
        ]
        return "\n".join(lines)
