"""``stancekit network``: a discourse network from articles, a corpus or DNA data."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from ..corpus import Corpus
from ._util import (
    EXIT_OK,
    CLIError,
    add_input_options,
    add_model_options,
    add_output_options,
    iso_date,
    load_input_corpus,
    model_options,
    open_output,
    plural,
    say,
)

__all__ = ["add_command", "run"]


def add_command(sub: Any) -> None:
    """Register ``network`` on the subcommand set *sub*."""
    parser = sub.add_parser("network", help="build a discourse network (DNA semantics)")
    parser.add_argument(
        "path",
        metavar="PATH",
        help="article text or web page, stancekit JSON article, JSON Lines corpus, CSV/JSON"
        " Lines records to parse, or .dna database (- for standard input)",
    )
    parser.add_argument(
        "--type",
        dest="network_type",
        choices=("twomode", "onemode", "reactions"),
        default="twomode",
        help="two-mode (actors x proposals), one-mode (actors x actors), or reactions (the"
        " directed network of who reacted to whom, and how; default: twomode)",
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
    parser.add_argument(
        "--since",
        type=iso_date,
        help="first article date, YYYY-MM-DD (undated articles are left out)",
    )
    parser.add_argument(
        "--until",
        type=iso_date,
        help="last article date, YYYY-MM-DD (undated articles are left out)",
    )
    parser.add_argument(
        "--format",
        choices=("json", "csv", "graphml"),
        default="json",
        help="output (default: json)",
    )
    parser.add_argument(
        "--plot",
        metavar="FILE",
        help="also draw the agreement network and the positions per proposal to FILE"
        " (.png, .svg or .pdf; needs the plot extra)",
    )
    add_input_options(parser)
    add_model_options(parser)
    add_output_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit network`` with parsed *args*, writing the network to *out*."""
    from ..corpus import FailureRecord, describe_failures
    from ..network import network, plot, reaction_network

    failures: list[FailureRecord] = []
    lexicon, topics = model_options(args)
    corpus = load_input_corpus(
        args.path, args.errors, failures=failures, lexicon=lexicon, topics=topics
    )
    if failures:  # a corpus from an older batch run: say what is left out, and how much
        say(f"warning: {describe_failures(failures, args.path)}")
    if args.since is not None or args.until is not None:
        _check_dates(corpus, args)
    if args.plot:
        plot(corpus, args.plot, level=args.level, since=args.since, until=args.until)
        print(f"stancekit: drew {args.plot}", file=sys.stderr)
    if args.network_type == "reactions":
        if (args.aggregation, args.normalization, args.level, args.duplicates) != (
            "ignore",
            "no",
            "person",
            "include",
        ):
            raise CLIError(
                "--type reactions takes no --aggregation, --normalization, --level or"
                " --duplicates: its edges count reactions of each kind"
            )
        reactions = reaction_network(corpus, since=args.since, until=args.until)
        with open_output(args.output, out, force=args.force) as sink:
            if args.format == "json":
                sink.write(json.dumps(reactions.to_json_dict(), ensure_ascii=False) + "\n")
            elif args.format == "csv":
                sink.write(reactions.to_csv())
            else:
                sink.write(reactions.to_graphml())
        return EXIT_OK
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


def _check_dates(corpus: Corpus, args: argparse.Namespace) -> None:
    """--since/--until and undated articles: an error when they leave no article because
    articles have no date; a warning when they leave some out, or when no dated article is
    in the range.

    Raises:
        CLIError: when no article is in the date range and some have no date.
    """
    undated = sum(1 for a in corpus if a.date is None)
    kept = len(corpus.indices(args.since, args.until))
    why = (
        f"{undated} of {plural(len(corpus), 'article')} {'has' if undated == 1 else 'have'}"
        " no date"
        " (give one with parse --date, or a date field in the records)"
    )
    if kept == 0 and undated:
        raise CLIError(f"no article is in the date range of --since/--until: {why}")
    if kept == 0:  # dated articles, all outside the range: an empty network, said so
        print(
            "stancekit: warning: no article is in the date range of --since/--until",
            file=sys.stderr,
        )
    elif undated:
        print(f"stancekit: warning: {why}; --since/--until left them out", file=sys.stderr)
