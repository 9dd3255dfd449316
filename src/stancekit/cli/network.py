"""``stancekit network``: a discourse network from articles, a corpus or DNA data."""

from __future__ import annotations

import argparse
import datetime
import json
from typing import Any, TextIO

from ._util import EXIT_OK, add_input_options, add_output_options, open_output, say

__all__ = ["add_command", "run"]


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_command(sub: Any) -> None:
    """Register ``network`` on the subcommand set *sub*."""
    parser = sub.add_parser("network", help="build a discourse network (DNA semantics)")
    parser.add_argument(
        "path",
        metavar="PATH",
        help="article text, stancekit JSON article, JSON Lines corpus or .dna database"
        " (- for standard input)",
    )
    parser.add_argument(
        "--type",
        dest="network_type",
        choices=("twomode", "onemode"),
        default="twomode",
        help="two-mode (actors x proposals) or one-mode (actors x actors; default: twomode)",
    )
    parser.add_argument(
        "--aggregation",
        choices=("ignore", "combine", "congruence", "conflict", "subtract"),
        default="ignore",
        help="two-mode: ignore, combine, subtract; one-mode: ignore, congruence, conflict,"
        " subtract (default: ignore)",
    )
    parser.add_argument(
        "--normalization",
        choices=("no", "average", "jaccard", "cosine"),
        default="no",
        help="one-mode edge weight normalisation (default: no)",
    )
    parser.add_argument(
        "--level",
        choices=("person", "organization"),
        default="person",
        help="nodes are persons or the organisations they speak for (default: person)",
    )
    parser.add_argument(
        "--duplicates",
        choices=("include", "document", "acrossrange"),
        default="include",
        help="count repeated (actor, target, polarity) always, once per article, or once",
    )
    parser.add_argument("--since", type=_date, help="first article date, YYYY-MM-DD")
    parser.add_argument("--until", type=_date, help="last article date, YYYY-MM-DD")
    parser.add_argument(
        "--format",
        choices=("json", "csv", "graphml"),
        default="json",
        help="output (default: json)",
    )
    add_input_options(parser)
    add_output_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit network`` with parsed *args*, writing the network to *out*."""
    from ..corpus import FailureRecord, describe_failures
    from ..io.corpus import load_corpus
    from ..network import network

    failures: list[FailureRecord] = []
    corpus = load_corpus(args.path, args.errors, failures=failures)
    if failures:  # a corpus from an older batch run: say what is left out, and how much
        say(f"warning: {describe_failures(failures, args.path)}")
    matrix = network(
        corpus,
        args.network_type,
        aggregation=args.aggregation,
        normalization=args.normalization,
        level=args.level,
        duplicates=args.duplicates,
        since=args.since,
        until=args.until,
    )
    with open_output(args.output, out, force=args.force) as sink:
        if args.format == "json":
            sink.write(json.dumps(matrix.to_json_dict(), ensure_ascii=False) + "\n")
        elif args.format == "csv":
            sink.write(matrix.to_csv())
        else:
            sink.write(matrix.to_graphml())
    return EXIT_OK
