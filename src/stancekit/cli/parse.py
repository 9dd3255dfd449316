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
from ..batch import (
    Document,
    ParseFailure,
    Results,
    parse_files,
    parse_many,
    to_json_line,
)
from ..corpus import iter_jsonl
from ..errors import StancekitError
from ..explain import explain
from ..io.records import read_records
from ..parse import DEFAULT_MAX_CHARS
from ..query import with_topics
from ._render import render_article_text
from ._util import (
    EXIT_ERROR,
    EXIT_OK,
    CLIError,
    Terminated,
    add_input_options,
    add_metadata_options,
    add_model_options,
    add_output_options,
    input_kind,
    load_article,
    model_options,
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

With one file, prints the article as text (or JSON with --format json): a text file
(--title, --date and --source say what is known about it) or a web page (.html, or text
starting with <!DOCTYPE html>: its article's text, headline, date and site are extracted;
needs the html extra). With several PATHs, a directory (its *.txt and *.html files,
sorted), a glob ("corpus/**/*.txt"), a CSV or JSON Lines file of records (text, date,
title, source), or --jsonl, writes JSON Lines, one article per line: a corpus that
Corpus.read_jsonl and `stancekit network` read. An input that could not be parsed is
reported on stderr (and in --failures FILE as JSON Lines), never in the corpus. A summary
goes to stderr, also after Ctrl-C or SIGTERM; the exit status is 1 when any input failed.
A JSON Lines file of parsed articles (a stancekit corpus) is checked and written again.
"""


def add_command(sub: Any) -> None:
    """Register ``parse`` on the subcommand set *sub*."""
    p = sub.add_parser(
        "parse",
        help="extract statements, stances and reactions",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    help_ = (
        "article text file or web page, - for stdin, or (batch mode) a directory, a glob,"
        " or a CSV/JSON Lines file of records"
    )
    p.add_argument("path", metavar="PATH", nargs="+", help=help_)
    # The default is None so that batch mode can tell an explicit --format text.
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default=None,
        help="one article: text (default) or json; batch mode always writes JSON Lines",
    )
    add_input_options(p)
    add_metadata_options(p)
    p.add_argument("--indent", action="store_true", help="pretty-print JSON")
    p.add_argument("--jsonl", action="store_true", help="write JSON Lines even for a single input")
    p.add_argument(
        "--explain",
        action="store_true",
        help="one article: for each statement and stance, the rule and the words that fired it",
    )
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
    p.add_argument(
        "--no-progress",
        action="store_true",
        help="batch mode: no progress bar on stderr (it is drawn only on a terminal)",
    )
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="batch mode: no progress bar and no summary; failed inputs are still reported",
    )
    add_output_options(p)
    add_model_options(p)
    p.add_argument(
        "--failures",
        metavar="FILE",
        help="batch mode: write the inputs that failed to FILE, one JSON object a line"
        ' ({"index", "source", "error", "error_type", "reason"})',
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit parse`` with parsed *args*, writing to *out* (or ``-o FILE``)."""
    paths: list[str] = args.path
    kinds = [input_kind(p) for p in paths]
    if args.explain and (
        len(kinds) > 1
        or kinds[0] not in ("other", "html")
        or _is_batch(args)
        or args.format == "json"
    ):
        raise CLIError("--explain shows one article as text (no --jsonl, --format json or batch)")
    if len(paths) > 1 and any(k in ("records", "corpus") for k in kinds):
        raise CLIError("a records file or a JSON Lines corpus must be the only input")
    if kinds == ["corpus"]:
        return _run_corpus(args, out)
    if kinds == ["records"] or _is_batch(args):
        if args.title or args.date or args.source:
            raise CLIError(
                "--title, --date and --source describe a single article;"
                " in batch mode, give records with text, date, title and source fields"
            )
        return _run_batch(args, out)
    if args.failures is not None:
        raise CLIError("--failures is for batch mode (several inputs, a directory or --jsonl)")
    lexicon, topics = model_options(args)
    article = load_article(
        paths[0],
        args.errors,
        args.max_chars,
        title=args.title,
        date=args.date,
        source=args.source,
        lexicon=lexicon,
        topics=topics,
    )
    with open_output(args.output, out, force=args.force) as sink:
        if args.explain:
            sink.write(explain(article) + "\n")
        elif args.format == "json":
            sink.write(sk_json.dumps(article, indent=2 if args.indent else None) + "\n")
        else:
            sink.write(render_article_text(article) + "\n")
    return EXIT_OK


def _run_corpus(args: argparse.Namespace, out: TextIO) -> int:
    """A JSON Lines corpus of parsed articles: checked line by line and written again."""
    path: str = args.path[0]
    if args.format == "text":
        raise CLIError(f"{path} is a stancekit corpus (parsed articles); use --format json")
    if args.indent:
        raise CLIError("--indent cannot be used with JSON Lines (a corpus)")
    _, topics = model_options(args)
    articles = statements = 0
    try:
        with open_output(args.output, out, force=args.force) as sink:
            for article in iter_jsonl(path):
                if topics is not None:
                    article = with_topics(article, topics)
                sink.write(sk_json.dumps(article) + "\n")
                articles += 1
                statements += len(article.statements)
    except OSError as exc:
        raise CLIError(f"cannot read {path}: {exc.strerror or exc}") from None
    except StancekitError as exc:
        first = str(exc).splitlines()
        detail = first[1].strip() if len(first) > 1 else str(exc)
        raise CLIError(f"{path}: {detail}") from None
    if not args.quiet:
        print(
            f"stancekit: {path} is a stancekit corpus (JSON Lines of parsed articles):"
            f" {plural(articles, 'article')}, {plural(statements, 'statement')}, all valid;"
            " written again unchanged",
            file=sys.stderr,
        )
    return EXIT_OK


# -- batch mode (several files, a directory or a glob -> JSON Lines) ----------------------


def _is_glob(path: str) -> bool:
    return glob.has_magic(path) and not os.path.lexists(path)


def _is_batch(args: argparse.Namespace) -> bool:
    paths: list[str] = args.path
    return args.jsonl or len(paths) > 1 or any(os.path.isdir(p) or _is_glob(p) for p in paths)


#: What a directory given to ``parse`` is read for.
_DIRECTORY_SUFFIXES = (".txt", ".html", ".htm")


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The files named by *paths*: files as given, directories as their sorted ``*.txt``
    files and web pages (``*.html``, ``*.htm``) — every such entry but a folder, so that
    dangling links and other unreadable entries are reported — and glob patterns (``**``
    included) as their sorted matches.

    Raises:
        CLIError: when a directory holds no such file or a pattern matches no file.
    """
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            # Every matching entry but a folder: a dangling link, a loop or a FIFO is
            # reported (as a failure naming it), never skipped silently.
            found = sorted(
                str(p)
                for p in Path(path).iterdir()
                if p.suffix.lower() in _DIRECTORY_SUFFIXES and not p.is_dir()
            )
            if not found:
                raise CLIError(f"no .txt files in directory {path} (nor .html or .htm pages)")
        elif _is_glob(path):
            found = sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))
            if not found:
                raise CLIError(f"no files match {path}")
        else:
            found = [path]
        files.extend(found)
    return files


class Progress:
    """A one-line progress bar on a terminal (a count when *total* is unknown); silent when
    *enabled* is false."""

    WIDTH = 24

    def __init__(self, stream: TextIO, total: int | None, *, enabled: bool) -> None:
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
        failed = f", {errors:,} errors" if errors else ""
        if self.total is None:  # records read as they come: no bar, a count
            line = f"{done:,} articles{failed}, {now - self.start:.1f} s"
        else:
            filled = self.WIDTH * done // self.total if self.total else self.WIDTH
            bar = "#" * filled + "-" * (self.WIDTH - filled)
            line = f"[{bar}] {done:,}/{self.total:,} articles{failed}, {now - self.start:.1f} s"
        self.stream.write(f"\r{line}\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar (before other output on the same stream, and at the end)."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _batch_results(args: argparse.Namespace, workers: int) -> tuple[int | None, Results]:
    paths: list[str] = args.path
    lexicon, _ = model_options(args)
    if input_kind(paths[0]) == "records":
        documents = read_records(paths[0])
        return None, parse_many(
            documents, workers=workers, max_chars=args.max_chars, lexicon=lexicon
        )
    if "-" in paths:
        if len(paths) > 1:
            raise CLIError("standard input (-) cannot be combined with other inputs")
        text = read_text("-", errors=args.errors, max_chars=args.max_chars)
        return 1, parse_many([Document(text)], max_chars=args.max_chars, lexicon=lexicon)
    files = expand_inputs(paths)
    # No more processes than inputs (a --workers of 10**20 must not fork-bomb the machine).
    workers = max(1, min(workers, len(files)))
    results = parse_files(
        files, errors=args.errors, workers=workers, max_chars=args.max_chars, lexicon=lexicon
    )
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
    _, topics = model_options(args)
    total, results = _batch_results(args, workers)
    err = sys.stderr
    progress = Progress(err, total, enabled=err.isatty() and not (args.quiet or args.no_progress))
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
                    if topics is not None:
                        result = with_topics(result, topics)
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
        of = f" of {total:,}" if total is not None else ""
        where = f" ({stopped} after {articles + errors:,}{of} inputs)" if stopped else ""
        if not args.quiet:
            say(f"{counts}, {seconds:.2f} s{where}")
    return EXIT_ERROR if errors else EXIT_OK
