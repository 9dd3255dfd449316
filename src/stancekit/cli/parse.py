"""``stancekit parse``: one article as text or JSON; many articles as JSON Lines."""

from __future__ import annotations

import argparse
import glob
import io
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from .. import json as sk_json
from ..batch import Document, ParseFailure, Results, parse_files, parse_many, to_json_line
from ..parse import DEFAULT_MAX_CHARS
from ._render import render_article_text
from ._util import (
    EXIT_ERROR,
    EXIT_OK,
    CLIError,
    Terminated,
    add_input_options,
    add_output_options,
    load_article,
    non_negative_int,
    open_output,
    plural,
    positive_int,
    read_text,
    say,
)

__all__ = ["Progress", "add_command", "expand_inputs", "run"]

_DESCRIPTION = """\
Extract statements, stances and reactions from one article or many.

With one file, prints the article as text (or JSON with --format json). With several
PATHs, a directory (its *.txt files, sorted), a glob ("corpus/**/*.txt"), or --jsonl,
writes JSON Lines, one article per line: a corpus that Corpus.read_jsonl and
`stancekit network` read. An input that could not be parsed is reported on stderr (and in
--failures FILE as JSON Lines), never in the corpus. A summary goes to stderr, also after
Ctrl-C or SIGTERM; the exit status is 1 when any input failed.
"""


def add_command(sub: Any) -> None:
    """Register ``parse`` on the subcommand set *sub*."""
    p = sub.add_parser(
        "parse",
        help="extract statements, stances and reactions",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    help_ = "article text file, - for stdin, or (batch mode) a directory or a glob"
    p.add_argument("path", metavar="PATH", nargs="+", help=help_)
    # The default is None so that batch mode can tell an explicit --format text.
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default=None,
        help="one article: text (default) or json; batch mode always writes JSON Lines",
    )
    add_input_options(p)
    p.add_argument("--indent", action="store_true", help="pretty-print JSON")
    p.add_argument("--jsonl", action="store_true", help="write JSON Lines even for a single input")
    p.add_argument(
        "--workers",
        type=non_negative_int,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per core; default 1)",
    )
    p.add_argument(
        "--max-chars",
        type=positive_int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"refuse longer articles (default {DEFAULT_MAX_CHARS:,})",
    )
    add_output_options(p)
    p.add_argument(
        "--failures",
        metavar="FILE",
        help="batch mode: write the inputs that failed to FILE, one JSON object a line"
        ' ({"index", "source", "error", "error_type", "reason"})',
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit parse`` with parsed *args*, writing to *out* (or ``-o FILE``)."""
    if _is_batch(args):
        return _run_batch(args, out)
    if args.failures is not None:
        raise CLIError("--failures is for batch mode (several inputs, a directory or --jsonl)")
    article = load_article(args.path[0], args.errors, args.max_chars)
    with open_output(args.output, out, force=args.force) as sink:
        if args.format == "json":
            sink.write(sk_json.dumps(article, indent=2 if args.indent else None) + "\n")
        else:
            sink.write(render_article_text(article) + "\n")
    return EXIT_OK


# -- batch mode (several files, a directory or a glob -> JSON Lines) ----------------------


def _is_glob(path: str) -> bool:
    return glob.has_magic(path) and not os.path.lexists(path)


def _is_batch(args: argparse.Namespace) -> bool:
    paths: list[str] = args.path
    return args.jsonl or len(paths) > 1 or any(os.path.isdir(p) or _is_glob(p) for p in paths)


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The files named by *paths*: files as given, directories as their sorted ``*.txt``
    entries (dangling links and other unreadable entries included, so that they are
    reported), glob patterns (``**`` included) as their sorted matches.

    Raises:
        CLIError: when a directory holds no ``.txt`` file or a pattern matches no file.
    """
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            # Every entry but a folder: a dangling link, a loop or a FIFO is reported (as a
            # failure naming it), never skipped silently.
            found = sorted(str(p) for p in Path(path).glob("*.txt") if not p.is_dir())
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


def _batch_results(args: argparse.Namespace, workers: int) -> tuple[int, Results]:
    paths: list[str] = args.path
    if "-" in paths:
        if len(paths) > 1:
            raise CLIError("standard input (-) cannot be combined with other inputs")
        text = read_text("-", errors=args.errors, max_chars=args.max_chars)
        return 1, parse_many([Document(text)], max_chars=args.max_chars)
    files = expand_inputs(paths)
    # No more processes than inputs (a --workers of 10**20 must not fork-bomb the machine).
    workers = max(1, min(workers, len(files)))
    results = parse_files(files, errors=args.errors, workers=workers, max_chars=args.max_chars)
    return len(files), results


def _failure_line(failure: ParseFailure) -> str:
    data = {
        "index": failure.index,
        "source": failure.source,
        "error": failure.error,
        "error_type": failure.error_type,
        "reason": failure.reason,
    }
    return json.dumps(data, ensure_ascii=True)


def _run_batch(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "text":
        raise CLIError("--format text shows a single article; batch mode writes JSON Lines")
    if args.indent:
        raise CLIError("--indent cannot be used with JSON Lines (batch mode)")
    if args.failures is not None and args.failures == args.output:
        raise CLIError("--failures and --output must be different files")
    workers = args.workers or os.cpu_count() or 1
    total, results = _batch_results(args, workers)
    err = sys.stderr
    progress = Progress(err, total, enabled=err.isatty())
    articles = statements = errors = 0
    stopped: str | None = None
    try:
        with (
            open_output(args.output, out, force=args.force) as sink,
            open_output(args.failures, io.StringIO(), force=args.force) as failed,
        ):
            for result in results:
                if isinstance(result, ParseFailure):
                    errors += 1
                    failed.write(_failure_line(result) + "\n")
                    progress.clear()
                    # Read errors already name the file.
                    message = result.error if (result.source or "") in result.error else str(result)
                    say(f"skipped: {message}")
                else:
                    sink.write(to_json_line(result) + "\n")
                    articles += 1
                    statements += len(result.statements)
                progress.update(articles + errors, errors)
    except BaseException as exc:
        stopped = {KeyboardInterrupt: "interrupted", Terminated: "terminated"}.get(
            type(exc), "stopped"
        )
        raise
    finally:  # also on Ctrl-C, SIGTERM, a dead worker: workers stopped, then the summary
        results.close()
        progress.clear()
        seconds = time.monotonic() - progress.start
        counts = ", ".join(
            plural(n, word)
            for n, word in ((articles, "article"), (statements, "statement"), (errors, "error"))
        )
        where = f" ({stopped} after {articles + errors:,} of {total:,} inputs)" if stopped else ""
        say(f"{counts}, {seconds:.2f} s{where}")
    return EXIT_ERROR if errors else EXIT_OK
