"""``stancekit ask``: answer a question about an article, with the words that show it."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from ..query import ask
from ._render import answers_json, render_answers_text
from ._util import EXIT_OK, add_input_options, load_article

__all__ = ["add_command", "run"]


def add_command(sub: Any) -> None:
    """Register ``ask`` on the subcommand set *sub*."""
    p = sub.add_parser("ask", help='ask a question, e.g. "who ruled out ground troops"')
    p.add_argument("path", metavar="PATH", help="article text file, or - for stdin")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument(
        "--format", choices=("text", "json"), default="text", help="output (default: text)"
    )
    add_input_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit ask`` with parsed *args*, writing the answers to *out*."""
    article = load_article(args.path, args.errors)
    answers = ask(article, args.question)
    if args.format == "json":
        out.write(json.dumps(answers_json(args.question, answers), ensure_ascii=False) + "\n")
    else:
        out.write(render_answers_text(args.question, answers) + "\n")
    return EXIT_OK
