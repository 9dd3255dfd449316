"""``stancekit.eval``: gold readers, damaged annotations, the error listing and stance scores."""

from __future__ import annotations

from pathlib import Path
from typing import Any, assert_type

from stancekit import Article
from stancekit.eval import (
    DamagedAnnotation,
    GoldDocument,
    GoldFormat,
    Mistake,
    QuestionCounts,
    Report,
    StanceGold,
    StanceMistake,
    StanceReport,
    StatementCounts,
    detect_format,
    evaluate,
    evaluate_stances,
    load_gold,
    load_stance_gold,
    stance_gold_from_documents,
)


def attributions(path: Path) -> None:
    documents = load_gold(path, strict=True)
    assert_type(documents, list[GoldDocument])
    assert_type(documents[0].damaged, tuple[DamagedAnnotation, ...])
    assert_type(detect_format(path), GoldFormat)
    report = evaluate(documents)
    assert_type(report, Report)
    assert_type(report.errors, tuple[Mistake, ...])
    assert_type(report.damaged, tuple[DamagedAnnotation, ...])
    assert_type(report.errors_text(), str)
    assert_type(report.to_json(errors=True), str)
    assert_type(report.errors[0].gold, int | None)


def stances(path: Path, documents: list[GoldDocument]) -> None:
    golds = load_stance_gold(path, limit=3)
    assert_type(golds, list[StanceGold])
    assert_type(stance_gold_from_documents(documents), list[StanceGold])

    def parse(text: str) -> Article:
        return Article(text)

    report = evaluate_stances(golds, parse)
    assert_type(report, StanceReport)
    assert_type(report.question("ruled_out"), QuestionCounts | None)
    assert_type(report.statements, StatementCounts | None)
    assert_type(report.mistakes, tuple[StanceMistake, ...])
    assert_type(report.summary(), dict[str, Any])
    assert_type(report.forbidden, int)
