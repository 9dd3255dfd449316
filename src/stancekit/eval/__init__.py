"""Measure a parser against annotated news: gold readers, scoring and reports.

Read gold attributions (PolNeAR brat standoff, or the stancekit gold JSON format), run any
predictor (``Callable[[str], Article]``, :func:`stancekit.parse` by default) on their texts,
and get precision, recall and F1, overall and on the *quoted* and *speech* subsets, with and
without requiring the right speaker::

    from stancekit.eval import evaluate, load_polnear

    report = evaluate(load_polnear("../shared/data/polnear-dev"))
    print(report)                # a table: one row per document, then totals per subset
    report.totals.quoted.speaker_recall

Stance gold (a directory of passages with their positions, or the stances of gold JSON) is
scored on the four questions and the statements, as the reference ``stance_score.py`` does::

    from stancekit.eval import evaluate_stances, load_stance_gold

    report = evaluate_stances(load_stance_gold("../shared/data/stance-dev"))
    report.question("ruled_out").f1

Formats and scoring rules are described in ``docs/evaluation.md``.
"""

from ._brat import load_polnear, read_brat, read_brat_files
from ._gold import DamagedAnnotation, GoldAttribution, GoldDocument, GoldStance, gold_from_article
from ._goldjson import FORMAT, VERSION, dumps_gold, loads_gold, read_gold_json, write_gold_json
from ._load import GoldFormat, detect_format, load_gold
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
from ._stance import (
    STANCE_MISTAKE_KINDS,
    QuestionCounts,
    StanceDocumentScore,
    StanceMistake,
    StanceReport,
    StatementCounts,
    evaluate_stances,
    score_stances,
)
from ._stancegold import (
    QUESTIONS,
    StanceGold,
    StanceStatement,
    actor_words,
    is_stance_directory,
    key_matches,
    load_stance_gold,
    normalize,
    read_stance_gold,
    stance_gold_from_documents,
)
from ._subsets import SubsetRules, has_quotation_mark, is_speech_cue

__all__ = [
    "FORMAT",
    "MISTAKE_KINDS",
    "QUESTIONS",
    "STANCE_MISTAKE_KINDS",
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
    "QuestionCounts",
    "Report",
    "StanceDocumentScore",
    "StanceGold",
    "StanceMistake",
    "StanceReport",
    "StanceStatement",
    "StatementCounts",
    "SubsetRules",
    "actor_words",
    "content_overlap",
    "detect_format",
    "dumps_gold",
    "evaluate",
    "evaluate_stances",
    "gold_from_article",
    "has_quotation_mark",
    "is_speech_cue",
    "is_stance_directory",
    "key_matches",
    "load_gold",
    "load_polnear",
    "load_stance_gold",
    "loads_gold",
    "merge_spans",
    "normalize",
    "read_brat",
    "read_brat_files",
    "read_gold_json",
    "read_stance_gold",
    "score_document",
    "score_stances",
    "stance_gold_from_documents",
    "write_gold_json",
]
