"""The ``stancekit`` command line: parse articles and ask questions about them.

Every failure the user can cause (missing file, undecodable bytes, empty input, a question
stancekit does not understand) prints one line on stderr and exits non-zero; no tracebacks.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import json as sk_json
from ._version import __version__
from .errors import StancekitError
from .model import Article
from .parse import parse
from .query import Answer, ask

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CLIError(StancekitError):
    """A user-facing command-line failure (printed as one line)."""


def read_text(path: str, *, errors: str = "strict", stdin: TextIO | None = None) -> str:
    """Read an article from *path* (``-`` for standard input) as UTF-8.

    Raises:
        CLIError: when the file is missing, unreadable, undecodable or empty.
    """
    try:
        if path == "-":
            data = (stdin or sys.stdin).buffer.read()
            name = "standard input"
        else:
            data = Path(path).read_bytes()
            name = path
    except FileNotFoundError:
        raise CLIError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise CLIError(f"is a directory, not a file: {path}") from None
    except OSError as exc:
        raise CLIError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise CLIError(
            f"{name} is not valid UTF-8 (byte {exc.start}); pass --errors replace to"
            " substitute undecodable bytes"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CLIError(f"{name} is empty")
    return text


def _article(path: str, errors: str) -> Article:
    return parse(read_text(path, errors=errors), source=None if path == "-" else path)


# -- rendering ----------------------------------------------------------------------------


def render_article_text(article: Article) -> str:
    """A readable listing of an article's statements, stances and reactions."""
    lines: list[str] = []
    names = {a.id: a.label for a in article.actors}
    lines.append(f"{len(article.statements)} statements by {len(article.actors)} actors")
    for s in article.statements:
        channel = f" on {s.channel}" if s.channel else ""
        lines.append(f"- {names[s.speaker]} [{s.kind}, {s.cue!r}{channel}]: “{s.content}”")
    if article.stances:
        lines.append("")
        lines.append("Stances:")
        for st in article.stances:
            qual = f", {st.qualifier}" if st.qualifier else ""
            lines.append(
                f"- {names[st.holder]}: {st.polarity} ({st.commitment}{qual}) on"
                f" “{st.target.text}” [{st.cue!r}]"
            )
    if article.reactions:
        lines.append("")
        lines.append("Reactions:")
        for r in article.reactions:
            to = names.get(r.to) or names[article.statement(r.to).speaker]
            lines.append(f"- {names[r.responder]} {r.kind} {to} ({r.basis})")
    return "\n".join(lines)


def render_answers_text(question: str, answers: Sequence[Answer]) -> str:
    """A readable list of answers with their quoted evidence."""
    if not answers:
        return f"{question}\n  (no answer found in the text)"
    lines = [question]
    for i, a in enumerate(answers, 1):
        detail = ", ".join(
            dict.fromkeys(
                f"{s.commitment}" + (f", {s.qualifier}" if s.qualifier else "") for s in a.stances
            )
        )
        lines.append(f"{i}. {a.actor.label}" + (f" [{detail}]" if detail else ""))
        for s in a.evidence:
            lines.append(f"   “{s.content}” ({s.cue}, chars {s.span.start}-{s.span.end})")
    return "\n".join(lines)


def answers_json(question: str, answers: Sequence[Answer]) -> dict[str, Any]:
    """The JSON document printed by ``stancekit ask --format json``."""
    return {
        "question": question,
        "answers": [
            {
                "actor": sk_json.unstructure(a.actor),
                "evidence": [sk_json.unstructure(s) for s in a.evidence],
                "stances": [sk_json.unstructure(s) for s in a.stances],
            }
            for a in answers
        ],
    }


# -- commands -----------------------------------------------------------------------------


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    article = _article(args.path, args.errors)
    if args.format == "json":
        out.write(sk_json.dumps(article, indent=2 if args.indent else None) + "\n")
    else:
        out.write(render_article_text(article) + "\n")
    return EXIT_OK


def _cmd_ask(args: argparse.Namespace, out: TextIO) -> int:
    article = _article(args.path, args.errors)
    answers = ask(article, args.question)
    if args.format == "json":
        import json

        out.write(json.dumps(answers_json(args.question, answers), ensure_ascii=False) + "\n")
    else:
        out.write(render_answers_text(args.question, answers) + "\n")
    return EXIT_OK


def _cmd_eval(args: argparse.Namespace, out: TextIO) -> int:
    from .eval import evaluate, load_gold

    documents = load_gold(args.path, format=args.format, limit=args.limit)
    report = evaluate(documents, parse)
    out.write((report.to_json() if args.report == "json" else str(report)) + "\n")
    return EXIT_OK


def _add_eval(sub: Any) -> None:
    def count(value: str) -> int:
        if not value.isdigit():
            raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {value!r}")
        return int(value)

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
    p.add_argument("--report", choices=("text", "json"), default="text")
    p.add_argument("--limit", type=count, metavar="N", help="evaluate the first N documents only")
    p.set_defaults(func=_cmd_eval)


def _cmd_network(args: argparse.Namespace, out: TextIO) -> int:
    from ._cli_network import run

    return run(args, out)


def _add_network(sub: Any) -> None:
    from ._cli_network import add_arguments

    p = sub.add_parser("network", help="build a discourse network (DNA semantics)")
    add_arguments(p)
    p.set_defaults(func=_cmd_network)


Command = Callable[[argparse.Namespace, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``stancekit`` command."""
    parser = argparse.ArgumentParser(
        prog="stancekit",
        description="Who said what, which position they took, and how they reacted.",
    )
    parser.add_argument("--version", action="version", version=f"stancekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("path", metavar="PATH", help="article text file, or - for stdin")
        p.add_argument("--format", choices=("text", "json"), default="text")
        p.add_argument(
            "--errors",
            choices=("strict", "replace"),
            default="strict",
            help="what to do with bytes that are not UTF-8 (default: strict, an error)",
        )

    p_parse = sub.add_parser("parse", help="extract statements, stances and reactions")
    common(p_parse)
    p_parse.add_argument("--indent", action="store_true", help="pretty-print JSON")
    p_parse.set_defaults(func=_cmd_parse)

    p_ask = sub.add_parser("ask", help='ask a question, e.g. "who ruled out ground troops"')
    common(p_ask)
    p_ask.add_argument("question", metavar="QUESTION")
    p_ask.set_defaults(func=_cmd_ask)

    _add_eval(sub)
    _add_network(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    stream = out or sys.stdout
    func: Command = args.func
    try:
        return func(args, stream)
    except StancekitError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"stancekit: error: {first}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("stancekit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
