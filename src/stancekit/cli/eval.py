"""``stancekit eval``: measure the parser against gold attributions or gold stances."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..model import Article
from ..parse import parse
from ._util import EXIT_OK, non_negative_int

__all__ = ["add_command", "run"]


def add_command(sub: Any) -> None:
    """Register ``eval`` on the subcommand set *sub*."""
    p = sub.add_parser("eval", help="measure the parser against gold attributions or stances")
    p.add_argument(
        "path",
        metavar="PATH",
        help="PolNeAR-layout directory (text/, attributions/), gold JSON file, or a directory"
        " of stance gold (<name>.txt + <name>.json with a topic_query)",
    )
    p.add_argument(
        "--format",
        choices=("polnear", "json", "stance"),
        default=None,
        help="gold format (default: stance for a directory of stance gold, polnear for another"
        " directory, json for a file)",
    )
    p.add_argument(
        "--report", choices=("text", "json"), default="text", help="output (default: text)"
    )
    p.add_argument(
        "--limit", type=non_negative_int, metavar="N", help="evaluate the first N documents only"
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="stop at a damaged annotation line (default: report it, leave it out, go on)",
    )
    p.add_argument(
        "--errors",
        action="store_true",
        help="also list every miss and wrong answer (attributions: missed gold, wrong"
        " speakers, unmatched predictions), per document, with offsets and words",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit eval`` with parsed *args*, writing the report to *out*."""
    from ..eval import (
        detect_format,
        evaluate,
        evaluate_stances,
        load_gold,
        load_stance_gold,
        stance_gold_from_documents,
    )

    fmt = args.format or detect_format(args.path)
    if fmt == "stance":
        stance_report = evaluate_stances(load_stance_gold(args.path, limit=args.limit), parse)
        if args.report == "json":
            out.write(stance_report.to_json(errors=args.errors) + "\n")
        else:
            out.write(str(stance_report) + "\n")
            if args.errors:
                out.write("\n" + stance_report.errors_text() + "\n")
        return EXIT_OK

    documents = load_gold(args.path, format=fmt, limit=args.limit, strict=args.strict)
    articles: dict[str, Article] = {}

    def predict(text: str) -> Article:
        # the attribution and the stance scores of gold JSON share one parse per text
        if text not in articles:
            articles.clear()
            articles[text] = parse(text)
        return articles[text]

    report = evaluate(documents, predict)
    stance_golds = stance_gold_from_documents(documents)
    stances = evaluate_stances(stance_golds, predict) if stance_golds else None
    if args.report == "json":
        data = report.to_dict(errors=args.errors)
        if stances is not None:
            data["stances"] = stances.to_dict(errors=args.errors)
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    out.write(str(report) + "\n")
    if stances is not None:
        out.write("\n" + str(stances) + "\n")
    if args.errors:
        out.write("\n" + report.errors_text() + "\n")
        if stances is not None:
            out.write("\n" + stances.errors_text() + "\n")
    return EXIT_OK
