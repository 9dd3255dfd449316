"""Measure a parser against annotated news: gold readers, scoring and reports.

Read gold attributions (PolNeAR brat standoff, or the stancekit gold JSON format), run any
predictor (``Callable[[str], Article]``, :func:`stancekit.parse` by default) on their texts,
and get precision, recall and F1, overall and on the *quoted* and *speech* subsets, with and
without requiring the right speaker::

    from stancekit.eval import evaluate, load_polnear

    report = evaluate(load_polnear("../shared/data/polnear-dev"))
    print(report)                # a table: one row per document, then totals per subset
    report.totals.quoted.speaker_recall

Formats and scoring rules are described in ``docs/evaluation.md``.
"""

from ._brat import load_polnear, read_brat, read_brat_files
from ._gold import DamagedAnnotation, GoldAttribution, GoldDocument, GoldStance, gold_from_article
from ._goldjson import FORMAT, VERSION, dumps_gold, loads_gold, read_gold_json, write_gold_json
from ._load import GoldFormat, load_gold
from ._report import (
    MISTAKE_KINDS,
    SUBSETS,
    Breakdown,
    Counts,
    DocumentScore,
    Match,
    Mistake,
    Report,
)
from ._score import Predictor, content_overlap, evaluate, merge_spans, score_document
from ._subsets import SubsetRules, has_quotation_mark, is_speech_cue

__all__ = [
    "FORMAT",
    "MISTAKE_KINDS",
    "SUBSETS",
    "VERSION",
    "Breakdown",
    "Counts",
    "DamagedAnnotation",
    "DocumentScore",
    "GoldAttribution",
    "GoldDocument",
    "GoldFormat",
    "GoldStance",
    "Match",
    "Mistake",
    "Predictor",
    "Report",
    "SubsetRules",
    "content_overlap",
    "dumps_gold",
    "evaluate",
    "gold_from_article",
    "has_quotation_mark",
    "is_speech_cue",
    "load_gold",
    "load_polnear",
    "loads_gold",
    "merge_spans",
    "read_brat",
    "read_brat_files",
    "read_gold_json",
    "score_document",
    "write_gold_json",
]
