"""The ``stancekit network`` command: a discourse network from articles, a corpus or DNA data.

Kept apart from :mod:`stancekit.cli` so that the command line module only registers it.
"""

from __future__ import annotations

import argparse
import datetime
import json
from pathlib import Path
from typing import TextIO

from . import json as sk_json
from .cli import EXIT_OK, CLIError, read_text
from .corpus import Corpus, iter_jsonl, iter_jsonl_lines
from .errors import JSONError
from .model import Article
from .parse import parse

__all__ = ["add_arguments", "load_corpus", "run"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``network`` command's arguments to *parser*."""
    parser.add_argument(
        "path",
        metavar="PATH",
        help="article text, stancekit JSON article, JSON Lines corpus or .dna database"
        " (- for standard input)",
    )
    parser.add_argument(
        "--type", dest="network_type", choices=("twomode", "onemode"), default="twomode"
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
    parser.add_argument("--format", choices=("json", "csv", "graphml"), default="json")
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="what to do with bytes that are not UTF-8 in a text input (default: strict)",
    )


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _json_articles(text: str, name: str) -> list[Article] | None:
    """The articles of a JSON document (an article or a list of them); ``None`` if not JSON."""
    try:
        raw = json.loads(text)
    except RecursionError:
        raise CLIError(f"{name}: JSON nesting too deep") from None
    except ValueError:
        return None
    try:
        if isinstance(raw, list):
            return sk_json.structure(raw, list[Article])
        return [sk_json.structure(raw, Article)]
    except JSONError as exc:
        raise CLIError(f"{name}: {exc.errors[0]}") from None


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def load_corpus(path: str, errors: str = "strict") -> Corpus:
    """Load what *path* holds as a corpus, recognising its format by extension and content.

    A ``.dna`` file (or any SQLite file) is read as a DNA database; ``.jsonl``/``.ndjson``
    as JSON Lines; text starting with ``{`` or ``[`` as a stancekit JSON article (or a list
    of them), else as JSON Lines when its first line is a JSON object; any other text is an
    article, parsed with :func:`stancekit.parse`.

    Raises:
        CLIError: when the file is missing, unreadable or malformed.
        DNAError: when a DNA database cannot be read.
    """
    name = "standard input" if path == "-" else path
    try:
        if path != "-":
            file = Path(path)
            if file.suffix.lower() == ".dna" or _is_sqlite(file):
                from .io.dna import read_dna

                return read_dna(file)
            if file.suffix.lower() in _JSONL_SUFFIXES and file.is_file():
                return Corpus(iter_jsonl(file))
        text = read_text(path, errors=errors)
        if text.lstrip().startswith(("{", "[")):
            articles = _json_articles(text, name)
            if articles is not None:
                return Corpus(articles)
            # Split on line feeds only: JSON text may hold U+2028 and other separators.
            lines = text.split("\n")
            if _is_json_object(next(line for line in lines if line.strip())):
                return Corpus(iter_jsonl_lines(lines))
    except JSONError as exc:
        raise CLIError(f"{name}: {exc.errors[0]}") from None
    except OSError as exc:
        raise CLIError(f"cannot read {name}: {exc.strerror or exc}") from None
    return Corpus([parse(text, source=None if path == "-" else path)])


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit network`` with parsed *args*, writing the network to *out*."""
    from .network import network

    corpus = load_corpus(args.path, args.errors)
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
    if args.format == "json":
        out.write(json.dumps(matrix.to_json_dict(), ensure_ascii=False) + "\n")
    elif args.format == "csv":
        out.write(matrix.to_csv())
    else:
        out.write(matrix.to_graphml())
    return EXIT_OK
