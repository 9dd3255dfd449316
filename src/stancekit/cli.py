"""The ``stancekit`` command line: parse articles and ask questions about them.

Every failure the user can cause (missing file, undecodable bytes, empty input, a question
stancekit does not understand) prints one line on stderr and exits non-zero; no tracebacks.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import json as sk_json
from ._version import __version__
from .batch import (
    Document,
    ParseFailure,
    ParseResult,
    parse_files,
    parse_many,
    read_file,
    to_json_line,
)
from .errors import StancekitError
from .model import Article
from .parse import DEFAULT_MAX_CHARS, parse
from .query import Answer, ask

__all__ = ["main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CLIError(StancekitError):
    """A user-facing command-line failure (printed as one line)."""


def read_text(
    path: str,
    *,
    errors: str = "strict",
    stdin: TextIO | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> str:
    """Read an article from *path* (``-`` for standard input) as UTF-8.

    At most what *max_chars* characters can take in UTF-8 is read, so an endless input
    (``< /dev/zero``) is an error, not an exhausted memory.

    Raises:
        CLIError: when the file is missing, unreadable, too large, undecodable or empty.
    """
    limit = -1 if max_chars is None else 4 * max_chars + 4
    try:
        if path == "-":
            data = (stdin or sys.stdin).buffer.read(limit)
            name = "standard input"
            if max_chars is not None and len(data) >= limit:
                raise CLIError(
                    f"standard input has more than {max_chars:,} characters"
                    " (raise the limit with --max-chars)"
                )
        else:
            data = Path(path).read_bytes()
            name = path
    except FileNotFoundError:
        raise CLIError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise CLIError(f"is a directory, not a file: {path}") from None
    except OSError as exc:
        raise CLIError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # e.g. a NUL character in the path
        raise CLIError(f"cannot read {path!r}: {exc}") from None
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


def _article(path: str, errors: str, max_chars: int | None = DEFAULT_MAX_CHARS) -> Article:
    if path == "-":
        return parse(read_text(path, errors=errors, max_chars=max_chars), max_chars=max_chars)
    # read_file gives read_text's messages, and reads no more than max_chars can take:
    # "stancekit parse /dev/zero" is an error, not an exhausted memory.
    text = read_file(path, errors=errors, max_chars=max_chars)
    return parse(text, source=path, max_chars=max_chars)


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
                "reactions": [sk_json.unstructure(r) for r in a.reactions],
            }
            for a in answers
        ],
    }


# -- commands -----------------------------------------------------------------------------


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    if _is_batch(args):
        return _cmd_parse_batch(args, out)
    article = _article(args.path[0], args.errors, args.max_chars)
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


# -- batch mode (several files, a directory or a glob -> JSON Lines) ----------------------

_PARSE_DESCRIPTION = """\
Extract statements, stances and reactions from one article or many.

With one file, prints the article as text (or JSON with --format json). With several
PATHs, a directory (its *.txt files, sorted), a glob ("corpus/**/*.txt"), or --jsonl,
writes JSON Lines: one article per line, or {"source": ..., "error": ...} for an input
that could not be parsed. A summary goes to stderr; the exit status is 1 when any input
failed.
"""


def _non_negative_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more (got {n})")
    return n


def _positive_int(value: str) -> int:
    n = _non_negative_int(value)
    if n == 0:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def _add_batch_options(p: argparse.ArgumentParser) -> None:
    # --format's default becomes None so that batch mode can tell an explicit --format text.
    p.set_defaults(format=None)
    p.add_argument("--jsonl", action="store_true", help="write JSON Lines even for a single input")
    p.add_argument(
        "--workers",
        type=_non_negative_int,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per core; default 1)",
    )
    p.add_argument(
        "--max-chars",
        type=_positive_int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse longer articles (default {DEFAULT_MAX_CHARS:,})",
    )


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _is_glob(path: str) -> bool:
    return glob.has_magic(path) and not os.path.lexists(path)


def _is_batch(args: argparse.Namespace) -> bool:
    paths: list[str] = args.path
    return args.jsonl or len(paths) > 1 or any(os.path.isdir(p) or _is_glob(p) for p in paths)


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The files named by *paths*: files as given, directories as their sorted ``*.txt``
    files, glob patterns (``**`` included) as their sorted matches.

    Raises:
        CLIError: when a directory holds no ``.txt`` file or a pattern matches no file.
    """
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).glob("*.txt") if p.is_file())
            if not found:
                raise CLIError(f"no .txt files in directory {path}")
        elif _is_glob(path):
            found = sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))
            if not found:
                raise CLIError(f"no files match {path}")
        else:
            found = [path]
        files.extend(found)
    return files


class Progress:
    """A one-line progress bar on a terminal; silent when *enabled* is false."""

    WIDTH = 24

    def __init__(self, stream: TextIO, total: int, *, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, done: int, errors: int, *, force: bool = False) -> None:
        """Redraw the bar, at most ten times a second unless *force*."""
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < 0.1):
            return
        self._last = now
        filled = self.WIDTH * done // self.total if self.total else self.WIDTH
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        failed = f", {errors:,} errors" if errors else ""
        line = f"[{bar}] {done:,}/{self.total:,} articles{failed}, {now - self.start:.1f} s"
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar (before other output on the same stream, and at the end)."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _batch_results(args: argparse.Namespace, workers: int) -> tuple[int, Iterator[ParseResult]]:
    paths: list[str] = args.path
    if "-" in paths:
        if len(paths) > 1:
            raise CLIError("standard input (-) cannot be combined with other inputs")
        text = read_text("-", errors=args.errors, max_chars=args.max_chars)
        return 1, parse_many([Document(text)], max_chars=args.max_chars)
    files = expand_inputs(paths)
    results = parse_files(files, errors=args.errors, workers=workers, max_chars=args.max_chars)
    return len(files), results


def _cmd_parse_batch(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "text":
        raise CLIError("--format text shows a single article; batch mode writes JSON Lines")
    if args.indent:
        raise CLIError("--indent cannot be used with JSON Lines (batch mode)")
    workers = args.workers or os.cpu_count() or 1
    total, results = _batch_results(args, workers)
    err = sys.stderr
    progress = Progress(err, total, enabled=err.isatty())
    articles = statements = errors = 0
    try:
        for result in results:
            out.write(to_json_line(result) + "\n")
            if isinstance(result, ParseFailure):
                errors += 1
                progress.clear()
                # Read errors already name the file.
                message = result.error if (result.source or "") in result.error else str(result)
                print(f"stancekit: skipped: {message}", file=err)
            else:
                articles += 1
                statements += len(result.statements)
            progress.update(articles + errors, errors)
    finally:  # also on Ctrl-C: leave no half-drawn bar behind the message
        progress.clear()
    seconds = time.monotonic() - progress.start
    counts = ", ".join(
        _plural(n, word)
        for n, word in ((articles, "article"), (statements, "statement"), (errors, "error"))
    )
    print(f"stancekit: {counts}, {seconds:.2f} s", file=err)
    return EXIT_ERROR if errors else EXIT_OK


Command = Callable[[argparse.Namespace, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``stancekit`` command."""
    parser = argparse.ArgumentParser(
        prog="stancekit",
        description="Who said what, which position they took, and how they reacted.",
    )
    parser.add_argument("--version", action="version", version=f"stancekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser, *, many: bool = False) -> None:
        if many:
            help_ = "article text file, - for stdin, or (batch mode) a directory or a glob"
            p.add_argument("path", metavar="PATH", nargs="+", help=help_)
        else:
            p.add_argument("path", metavar="PATH", help="article text file, or - for stdin")
        p.add_argument("--format", choices=("text", "json"), default="text")
        p.add_argument(
            "--errors",
            choices=("strict", "replace"),
            default="strict",
            help="what to do with bytes that are not UTF-8 (default: strict, an error)",
        )

    p_parse = sub.add_parser(
        "parse",
        help="extract statements, stances and reactions",
        description=_PARSE_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(p_parse, many=True)
    p_parse.add_argument("--indent", action="store_true", help="pretty-print JSON")
    _add_batch_options(p_parse)
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
