"""Stance gold scored: the four questions and the statements, per passage and in total.

The gold is read by :mod:`stancekit.eval._stancegold`. The scores are those of the reference
scorer ``stance_score.py`` (same keys, same matching, same micro-averages), computed in process
with :func:`stancekit.parse` and :func:`stancekit.query.ask`; ``docs/evaluation.md`` gives the
rules.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from ..errors import EvaluationError, StancekitError
from ..model import Article, Span, Stance, Statement
from ..parse import parse
from ..query import Answer, ask
from ._stancegold import QUESTIONS, StanceGold, actor_words, key_matches, normalize

__all__ = [
    "STANCE_MISTAKE_KINDS",
    "QuestionCounts",
    "StanceDocumentScore",
    "StanceMistake",
    "StanceReport",
    "StatementCounts",
    "evaluate_stances",
    "score_stances",
]


# -- scores ---------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@attrs.frozen
class StatementCounts:
    """Statement counts of stance gold (optional gold statements are left out).

    Attributes:
        need: Gold statements that must be found.
        found: Of these, those whose ``contains`` is in some predicted content (normalised).
        attributed: Found with a right speaker key.
        kinds: Attributed with the gold kind.
        predicted: Predicted statements.
        true_predicted: Predicted statements whose content contains some gold ``contains``
            (optional ones too).
    """

    need: int = 0
    found: int = 0
    attributed: int = 0
    kinds: int = 0
    predicted: int = 0
    true_predicted: int = 0

    def __add__(self, other: StatementCounts) -> StatementCounts:
        return StatementCounts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    @property
    def precision(self) -> float:
        """True predictions / predictions."""
        return _ratio(self.true_predicted, self.predicted)

    @property
    def recall(self) -> float:
        """Attributed / needed."""
        return _ratio(self.attributed, self.need)

    @property
    def f1(self) -> float:
        """Harmonic mean of :attr:`precision` and :attr:`recall`."""
        return _f1(self.precision, self.recall)


@attrs.frozen
class QuestionCounts:
    """Counts for one question.

    Attributes:
        passages: Passages that annotate the question's list.
        gold: Keys in the lists.
        tp: Keys matched by some answer.
        answers: Answers given.
        fp: Answers matching no allowed key.
    """

    passages: int = 0
    gold: int = 0
    tp: int = 0
    answers: int = 0
    fp: int = 0

    def __add__(self, other: QuestionCounts) -> QuestionCounts:
        return QuestionCounts(
            *(a + b for a, b in zip(attrs.astuple(self), attrs.astuple(other), strict=True))
        )

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 with no answers and no gold, 0.0 with no answers and gold."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.gold == 0 else 0.0

    @property
    def recall(self) -> float:
        """tp / gold; 1.0 when there is no gold key."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of :attr:`precision` and :attr:`recall`."""
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        """Scores rounded to 3 places and the counts, as ``stance_score.py`` prints them."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "gold": self.gold,
            "tp": self.tp,
            "fp": self.fp,
        }


#: Kinds of :class:`StanceMistake`.
STANCE_MISTAKE_KINDS = (
    "missed_statement",
    "wrong_speaker",
    "extra_statement",
    "missed_answer",
    "wrong_answer",
    "forbidden",
    "failed",
)


@attrs.frozen
class StanceMistake:
    """A miss or a wrong answer, with its evidence.

    Attributes:
        kind: ``missed_statement`` (no predicted content contains the gold text),
            ``wrong_speaker`` (found, but no speaker matches the keys), ``extra_statement`` (a
            predicted statement containing no gold statement's text), ``missed_answer`` (a
            gold key no answer matches), ``wrong_answer`` (an answer matching no allowed
            key), ``forbidden`` (an answer to "who ruled out" matching ``not_ruled_out``;
            also listed as ``wrong_answer`` when it matches no allowed key) or ``failed``
            (the parser or the question failed on this passage).
        question: The question asked, for answers.
        key: The gold key (speaker key for statements).
        actor: The predicted actor's name (answers, wrong speakers, extra statements).
        text: The gold ``contains`` text, or the failure's message.
        span: Where the gold text is in the passage, when it is there verbatim (extra
            statements: the statement's span).
        evidence: What the parser has for it: ``(what, text, span)`` triples, ``what`` being
            ``"statement"`` or ``"stance"`` (its cue), in text order.
    """

    kind: str
    question: str | None = None
    key: str | None = None
    actor: str | None = None
    text: str | None = None
    span: Span | None = None
    evidence: tuple[tuple[str, str, Span], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain data; spans as ``{"start", "end"}``."""
        data: dict[str, Any] = {
            "kind": self.kind,
            "question": self.question,
            "key": self.key,
            "actor": self.actor,
            "text": self.text,
            "span": None if self.span is None else {"start": self.span.start, "end": self.span.end},
            "evidence": [
                {"what": w, "text": t, "start": s.start, "end": s.end} for w, t, s in self.evidence
            ],
        }
        return data

    def lines(self) -> list[str]:
        """A readable line, and one indented line per piece of evidence."""
        at = f" ({self.span.start}-{self.span.end})" if self.span else ""
        if self.kind in ("missed_statement", "wrong_speaker"):
            head = f"{self.kind}: {self.key}: “{_short(self.text or '')}”{at}"
            if self.kind == "wrong_speaker":
                head += f" -> {self.actor}"
        elif self.kind == "extra_statement":
            head = f"{self.kind}: {self.actor}: “{_short(self.text or '')}”{at}"
        elif self.kind == "missed_answer":
            head = f"{self.kind}: {self.question!r}: {self.key}"
        elif self.kind == "failed":
            head = f"failed: {self.question or 'parse'}: {self.text}"
        elif self.kind == "forbidden":
            head = f"{self.kind}: {self.question!r}: {self.actor} (kept it open: {self.key})"
        else:
            head = f"{self.kind}: {self.question!r}: {self.actor}"
        lines = [head]
        for w, t, s in self.evidence:
            shown = f"“{_short(t)}”" if w == "statement" else _short(t)
            lines.append(f"    {w} {s.start}-{s.end}: {shown}")
        return lines


def _short(text: str, size: int = 140) -> str:
    words = " ".join(text.split())
    return words if len(words) <= size else words[: size - 1] + "…"


def _mistakes(value: Iterable[StanceMistake]) -> tuple[StanceMistake, ...]:
    return tuple(value)


def _questions(value: Mapping[str, QuestionCounts]) -> dict[str, QuestionCounts]:
    return dict(value)


@attrs.frozen
class StanceDocumentScore:
    """The stance scores of one passage (or one topic of a gold JSON document).

    Attributes:
        doc_id: The passage.
        statements: Statement counts; ``None`` when the gold has no statements.
        questions: Counts per annotated question (keys of :data:`QUESTIONS`).
        forbidden: Answers to "who ruled out" that match a ``not_ruled_out`` key.
        failed: Whether the parser failed on the passage (all its gold counts as missed).
        mistakes: Every miss and wrong answer, with evidence.
    """

    doc_id: str
    statements: StatementCounts | None
    questions: dict[str, QuestionCounts] = attrs.field(
        factory=dict, converter=_questions, hash=False
    )
    forbidden: int = 0
    failed: bool = False
    mistakes: tuple[StanceMistake, ...] = attrs.field(default=(), converter=_mistakes)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """Plain data; with *errors*, the mistakes too."""
        data: dict[str, Any] = {
            "doc_id": self.doc_id,
            "statements": None if self.statements is None else attrs.asdict(self.statements),
            "questions": {q: attrs.asdict(c) for q, c in self.questions.items()},
            "forbidden": self.forbidden,
            "failed": self.failed,
        }
        if errors:
            data["errors"] = [m.to_dict() for m in self.mistakes]
        return data


def _find(text: str, piece: str) -> Span | None:
    start = text.find(piece)
    return None if start < 0 else Span(start, start + len(piece))


def _stance_evidence(article: Article, answer: Answer) -> tuple[tuple[str, str, Span], ...]:
    pieces: list[tuple[str, str, Span]] = [
        ("statement", s.content, s.span) for s in answer.evidence
    ]
    pieces += [("stance", _stance_words(st), st.cue_span) for st in answer.stances]
    pieces.sort(key=lambda p: (p[2].start, p[2].end, p[0]))
    return tuple(dict.fromkeys(pieces))


def _stance_words(st: Stance) -> str:
    return f"{st.cue!r}: {st.polarity}, {st.commitment} on “{st.target.text}”"


def _held(article: Article, key: str) -> tuple[tuple[str, str, Span], ...]:
    """The stances, on any target, of the actors a key matches: what the parser has."""
    ids = {a.id for a in article.actors if key_matches(key, actor_words(a))}
    return tuple(
        ("stance", _stance_words(st), st.cue_span) for st in article.stances if st.holder in ids
    )


def score_stances(gold: StanceGold, article: Article) -> StanceDocumentScore:
    """Score *article*'s statements and answers against *gold*, as ``stance_score.py`` does.

    Statements: a needed (not optional) gold statement is found when some predicted
    statement's normalised content contains its normalised ``contains``; attributed when one
    of those statements' speaker matches the ``speaker`` key or an ``alt_speakers`` key; its
    kind is right when one of the attributed ones has the gold kind. A prediction is true when
    its content contains some gold ``contains`` (optional ones too).

    Questions: for each annotated list, ``ask(article, QUESTIONS[list].format(topic_query))``;
    tp counts the list's keys some answer matches, fp the answers matching no allowed key
    (:meth:`StanceGold.allowed`); ``forbidden`` the answers to "who ruled out" that match a
    ``not_ruled_out`` key. A question the parser cannot answer (a ``StancekitError``) counts
    as no answer.

    Raises:
        EvaluationError: when the article's text is not the passage.
    """
    if article.text != gold.text:
        msg = (
            f"{gold.doc_id}: the predictor returned an article for another text"
            f" ({len(article.text)} characters instead of {len(gold.text)})"
        )
        raise EvaluationError(msg)
    actors = {a.id: a for a in article.actors}
    words = {a.id: actor_words(a) for a in article.actors}

    def who(st: Statement) -> str:
        return words.get(st.speaker, normalize(st.speaker))

    def name(actor_id: str) -> str:
        a = actors.get(actor_id)
        return a.name if a is not None else actor_id

    mistakes: list[StanceMistake] = []
    counts: StatementCounts | None = None
    if gold.statements is not None:
        preds = [(normalize(s.content), str(s.kind), who(s), s) for s in article.statements]
        need = [g for g in gold.statements if not g.optional]
        found = attributed = kinds = 0
        for g in need:
            c = normalize(g.contains)
            cand = [p for p in preds if c in p[0]]
            if not cand:
                mistakes.append(
                    StanceMistake(
                        "missed_statement",
                        key=g.speaker,
                        text=g.contains,
                        span=_find(gold.text, g.contains),
                    )
                )
                continue
            found += 1
            speaker_keys = (g.speaker, *g.alt_speakers)
            ok = [p for p in cand if any(key_matches(k, p[2]) for k in speaker_keys)]
            if ok:
                attributed += 1
                kinds += any(p[1] == g.kind for p in ok)
            else:
                first = cand[0][3]
                mistakes.append(
                    StanceMistake(
                        "wrong_speaker",
                        key=g.speaker,
                        actor=name(first.speaker),
                        text=g.contains,
                        span=_find(gold.text, g.contains),
                        evidence=tuple(("statement", p[3].content, p[3].span) for p in cand),
                    )
                )
        every = [normalize(g.contains) for g in gold.statements]
        true_predicted = 0
        for p in preds:
            if any(c in p[0] for c in every):
                true_predicted += 1
            else:
                st = p[3]
                mistakes.append(
                    StanceMistake(
                        "extra_statement",
                        actor=name(st.speaker),
                        text=st.content,
                        span=st.span,
                    )
                )
        counts = StatementCounts(
            need=len(need),
            found=found,
            attributed=attributed,
            kinds=kinds,
            predicted=len(preds),
            true_predicted=true_predicted,
        )

    questions: dict[str, QuestionCounts] = {}
    forbidden = 0
    for q, form in QUESTIONS.items():
        keys = gold.keys(q)
        if keys is None:
            continue
        question = form.format(gold.topic_query)
        try:
            answers = ask(article, question)
        except StancekitError as exc:
            mistakes.append(StanceMistake("failed", question=question, text=str(exc)))
            answers = []
        named = [(actor_words(a.actor), a) for a in answers]
        allowed = gold.allowed(q)
        tp = sum(1 for k in keys if any(key_matches(k, n) for n, _ in named))
        wrong = [(n, a) for n, a in named if not any(key_matches(k, n) for k in allowed)]
        questions[q] = QuestionCounts(
            passages=1, gold=len(keys), tp=tp, answers=len(named), fp=len(wrong)
        )
        for k in keys:
            if not any(key_matches(k, n) for n, _ in named):
                mistakes.append(
                    StanceMistake(
                        "missed_answer", question=question, key=k, evidence=_held(article, k)
                    )
                )
        for _, a in wrong:
            mistakes.append(
                StanceMistake(
                    "wrong_answer",
                    question=question,
                    actor=a.actor.name,
                    evidence=_stance_evidence(article, a),
                )
            )
        if q == "ruled_out":
            for n, a in named:
                bad = [k for k in gold.not_ruled_out if key_matches(k, n)]
                if bad:
                    forbidden += 1
                    mistakes.append(
                        StanceMistake(
                            "forbidden",
                            question=question,
                            key=bad[0],
                            actor=a.actor.name,
                            # evidence shown once: with the wrong answer, when it is one
                            evidence=()
                            if any(a is b for _, b in wrong)
                            else _stance_evidence(article, a),
                        )
                    )
    return StanceDocumentScore(gold.doc_id, counts, questions, forbidden, False, mistakes)


def _failed(gold: StanceGold, message: str) -> StanceDocumentScore:
    # as the reference scorer: a passage the parser fails on counts as a total miss
    counts = None
    if gold.statements is not None:
        counts = StatementCounts(need=sum(1 for s in gold.statements if not s.optional))
    questions = {
        q: QuestionCounts(passages=1, gold=len(keys))
        for q in QUESTIONS
        if (keys := gold.keys(q)) is not None
    }
    mistake = StanceMistake("failed", text=message)
    return StanceDocumentScore(gold.doc_id, counts, questions, 0, True, (mistake,))


def _documents(value: Iterable[StanceDocumentScore]) -> tuple[StanceDocumentScore, ...]:
    return tuple(value)


@attrs.frozen
class StanceReport:
    """The stance scores of a set of passages, micro-averaged.

    ``str(report)`` is a table; :meth:`summary` the figures as ``stance_score.py`` prints
    them; :meth:`to_json` everything.

    Attributes:
        documents: One score per passage, in the order evaluated.
    """

    documents: tuple[StanceDocumentScore, ...] = attrs.field(converter=_documents)

    @property
    def statements(self) -> StatementCounts | None:
        """Statement counts summed over the passages that have statement gold."""
        parts = [d.statements for d in self.documents if d.statements is not None]
        total = StatementCounts()
        for p in parts:
            total = total + p
        return total if parts else None

    def question(self, name: str) -> QuestionCounts | None:
        """Counts of one question summed over the passages annotating it; ``None`` if none."""
        parts = [d.questions[name] for d in self.documents if name in d.questions]
        total = QuestionCounts()
        for p in parts:
            total = total + p
        return total if parts else None

    @property
    def forbidden(self) -> int:
        """Answers to "who ruled out" naming a ``not_ruled_out`` actor, over all passages."""
        return sum(d.forbidden for d in self.documents)

    @property
    def failed(self) -> int:
        """Passages the parser failed on."""
        return sum(d.failed for d in self.documents)

    @property
    def mistakes(self) -> tuple[StanceMistake, ...]:
        """Every mistake, passage by passage."""
        return tuple(m for d in self.documents for m in d.mistakes)

    def summary(self) -> dict[str, Any]:
        """The totals with the keys and rounding of ``stance_score.py``'s JSON output."""
        s = self.statements or StatementCounts()
        res: dict[str, Any] = {
            "passages": len(self.documents),
            "statement_precision": round(s.precision, 3),
            "statement_recall_attributed": round(s.recall, 3),
            "statement_f1": round(s.f1, 3),
            "found": f"{s.found}/{s.need}",
            "kind_ok": f"{s.kinds}/{s.need}",
        }
        for q in QUESTIONS:
            c = self.question(q)
            res[q] = None if c is None else c.to_dict()
        res["forbidden"] = self.forbidden
        res["errors"] = self.failed
        return res

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """``{"summary": ..., "documents": [...]}``; with *errors*, each passage's mistakes."""
        return {
            "summary": self.summary(),
            "documents": [d.to_dict(errors=errors) for d in self.documents],
        }

    def to_json(self, *, indent: int | None = 2, errors: bool = False) -> str:
        """The report as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(errors=errors), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        width = min(max([8, *(len(d.doc_id) for d in self.documents)]), 40)
        lines = [f"stancekit stance evaluation: {len(self.documents)} passages", ""]
        short = {
            "ruled_out": "ruled",
            "refused_to_rule_out": "refused",
            "supports": "supp",
            "opposes": "opp",
        }
        head = f"{'passage':<{width}}  stmt found  attr  pred  true"
        head += "".join(f" {short[q]:>9}" for q in QUESTIONS) + "  forb"
        lines.append(head)
        for d in self.documents:
            label = d.doc_id if len(d.doc_id) <= width else d.doc_id[: width - 1] + "…"
            s = d.statements
            row = f"{label:<{width}} "
            row += (
                f"{s.need:>5} {s.found:>5} {s.attributed:>5} {s.predicted:>5} {s.true_predicted:>5}"
                if s is not None
                else f"{'-':>5} {'-':>5} {'-':>5} {'-':>5} {'-':>5}"
            )
            for q in QUESTIONS:
                c = d.questions.get(q)
                cell = "-" if c is None else f"{c.tp}/{c.gold}+{c.fp}"
                row += f" {cell:>9}"
            row += f" {d.forbidden:>5}" + ("  FAILED" if d.failed else "")
            lines.append(row)
        s = self.statements
        lines.append("")
        if s is not None:
            lines.append(
                f"statements: found {s.found}/{s.need}, attributed {s.attributed}/{s.need},"
                f" kind {s.kinds}/{s.need}; precision {s.precision:.3f} ({s.true_predicted}/"
                f"{s.predicted}), recall {s.recall:.3f}, F1 {s.f1:.3f}"
            )
        lines.append(
            f"{'question':<28} {'gold':>5} {'tp':>5} {'fp':>5} {'P':>6} {'R':>6} {'F1':>6}"
        )
        for q, form in QUESTIONS.items():
            c = self.question(q)
            label = form.format("T")
            if c is None:
                lines.append(f"{label:<28} (not annotated)")
            else:
                lines.append(
                    f"{label:<28} {c.gold:>5} {c.tp:>5} {c.fp:>5}"
                    f" {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
                )
        lines.append(
            f"forbidden: {self.forbidden} (answers to “who ruled out” naming someone who kept it"
            f" open); parser failures: {self.failed}"
        )
        lines.append(
            "cells a/b+c: a of b gold keys answered, c wrong answers. Rules: docs/evaluation.md."
        )
        return "\n".join(lines)

    def errors_text(self) -> str:
        """Every miss and wrong answer, passage by passage, with its evidence."""
        every = self.mistakes
        counts = ", ".join(
            f"{n} {k}" for k in STANCE_MISTAKE_KINDS if (n := sum(m.kind == k for m in every))
        )
        lines = [f"stance errors: {counts or 'none'}"]
        for d in self.documents:
            if d.mistakes:
                lines += ["", f"== {d.doc_id}"]
                for m in d.mistakes:
                    lines += [f"  {line}" for line in m.lines()]
        return "\n".join(lines)


def evaluate_stances(
    golds: Iterable[StanceGold], predict: Callable[[str], Article] = parse
) -> StanceReport:
    """Run *predict* on every passage and score it with :func:`score_stances`.

    A passage on which *predict* raises a :class:`~stancekit.errors.StancekitError` counts
    as a total miss (``failed``), as with the reference scorer.

    Args:
        golds: Stance gold, from :func:`load_stance_gold` or :func:`stance_gold_from_documents`.
        predict: Text to article; :func:`stancekit.parse` by default.

    Returns:
        The :class:`StanceReport`.

    Raises:
        EvaluationError: when *predict* returns an article for another text.
    """
    scores: list[StanceDocumentScore] = []
    last: Article | None = None  # the topics of one document share its parse
    for gold in golds:
        if last is None or last.text != gold.text:
            try:
                last = predict(gold.text)
            except StancekitError as exc:
                last = None
                scores.append(_failed(gold, str(exc)))
                continue
        scores.append(score_stances(gold, last))
    return StanceReport(scores)
