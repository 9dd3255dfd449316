"""``stancekit eval``: measure the parser against gold attributions."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from ..parse import parse
from ._util import EXIT_OK, non_negative_int

__all__ = ["add_command", "run"]


def add_command(sub: Any) -> None:
    """Register ``eval`` on the subcommand set *sub*."""
    p = sub.add_parser("eval", help="measure the parser against gold attributions")
    p.add_argument(
        "path", metavar="PATH", help="PolNeAR-layout directory (text/, attributions/) or gold JSON"
    )
    p.add_argument(
        "--format",
        choices=("polnear", "json"),
        default=None,
        help="gold format (default: polnear for a directory, json for a file)",
    )
    p.add_argument(
        "--report", choices=("text", "json"), default="text", help="output (default: text)"
    )
    p.add_argument(
        "--limit", type=non_negative_int, metavar="N", help="evaluate the first N documents only"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit eval`` with parsed *args*, writing the report to *out*."""
    from ..eval import evaluate, load_gold

    documents = load_gold(args.path, format=args.format, limit=args.limit)
    report = evaluate(documents, parse)
    out.write((report.to_json() if args.report == "json" else str(report)) + "\n")
    return EXIT_OK
