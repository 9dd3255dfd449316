"""Accuracy on the PolNeAR dev split, and the train split loading (needs ../shared/data;
skipped with a reason when absent).

Reproduce the figures with ``.venv/bin/python benchmarks/accuracy.py``; they are recorded in
``docs/accuracy.md``.
"""

from __future__ import annotations

import time

import pytest

import stancekit
from conftest import shared_data
from stancekit.eval import Report, evaluate, load_polnear

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def dev_report() -> Report:
    documents = load_polnear(shared_data("polnear-dev"))
    return evaluate(documents, stancekit.parse)


def test_dev_evaluation_runs(dev_report: Report) -> None:
    assert len(dev_report.documents) == 84
    assert dev_report.totals.all.gold > 2000
    assert dev_report.totals.quoted.gold > 0
    assert dev_report.totals.speech.gold > 0
    assert "TOTAL" in str(dev_report)


def test_dev_evaluation_is_fast() -> None:
    documents = load_polnear(shared_data("polnear-dev"))
    started = time.perf_counter()
    evaluate(documents, stancekit.parse)
    assert time.perf_counter() - started < 10  # ~1 s expected; generous for slow machines


# The parser is a stub for now; flip these to plain tests once it meets the thresholds.
def test_dev_precision(dev_report: Report) -> None:
    assert dev_report.totals.all.precision >= 0.85


def test_dev_speaker_recall_on_quoted_content(dev_report: Report) -> None:
    assert dev_report.totals.quoted.speaker_recall >= 0.85


def test_dev_speaker_recall_on_speech_cues(dev_report: Report) -> None:
    assert dev_report.totals.speech.speaker_recall >= 0.70


def test_train_loads_whole() -> None:
    # 840 articles; the three annotations whose recorded text runs over several lines are
    # read whole, so nothing is left out as damaged, and strict reading passes too
    documents = load_polnear(shared_data("polnear-train"))
    assert len(documents) == 840
    assert [d.damaged for d in documents if d.damaged] == []
    assert sum(len(d.attributions) for d in documents) > 19000
    assert len(load_polnear(shared_data("polnear-train"), strict=True)) == 840
