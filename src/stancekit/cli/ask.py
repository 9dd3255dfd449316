"""``stancekit ask``: answer a question about an article, with the words that show it."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..query import ask
from ._render import (
    answers_json,
    corpus_answers_json,
    render_answers_text,
    render_corpus_answers_text,
)
from ._util import (
    EXIT_OK,
    add_input_options,
    add_model_options,
    input_kind,
    load_article,
    load_input_corpus,
    model_options,
)

__all__ = ["add_command", "run"]


def add_command(sub: Any) -> None:
    """Register ``ask`` on the subcommand set *sub*."""
    p = sub.add_parser(
        "ask",
        help='ask a question, e.g. "who ruled out ground troops"',
        description="Answer a question about an article (text file or web page) or a corpus"
        " (JSON Lines of parsed articles, or a CSV/JSON Lines file of records to parse): each"
        " answer quotes its evidence, and over a corpus names its article.",
    )
    p.add_argument(
        "path",
        metavar="PATH",
        help="article text file or web page, - for stdin, or a corpus (.jsonl, .csv records)",
    )
    p.add_argument(
        "question",
        metavar="QUESTION",
        help='e.g. "who ruled out X", "who supports X", "what did X say", "who reacted to X"',
    )
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help="output (default: text)"
    )
    add_input_options(p)
    add_model_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit ask`` with parsed *args*, writing the answers to *out*."""
    lexicon, topics = model_options(args)
    if input_kind(args.path) in ("corpus", "records"):
        corpus = load_input_corpus(args.path, args.errors, lexicon=lexicon, topics=topics)
        found = corpus.ask(args.question, topics=topics)
        if args.format == "json":
            document = corpus_answers_json(args.question, found)
            out.write(json.dumps(document, ensure_ascii=False) + "\n")
        else:
            out.write(render_corpus_answers_text(args.question, found, len(corpus)) + "\n")
        return EXIT_OK
    article = load_article(args.path, args.errors, lexicon=lexicon, topics=topics)
    answers = ask(article, args.question, topics=topics)
    if args.format == "json":
        out.write(json.dumps(answers_json(args.question, answers), ensure_ascii=False) + "\n")
    else:
        out.write(render_answers_text(args.question, answers) + "\n")
    return EXIT_OK
