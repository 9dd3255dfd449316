"""``stancekit view``: an article or a corpus as one self-contained HTML page."""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any, TextIO

from ._util import EXIT_OK, CLIError, add_input_options

__all__ = ["add_command", "run"]


def add_command(sub: Any) -> None:
    """Register ``view`` on the subcommand set *sub*."""
    p = sub.add_parser(
        "view",
        help="an HTML page with the statements, positions and reactions highlighted",
        description="Render articles as one self-contained HTML page (no network needed to"
        " open it): the text with every statement's speaker, cue and content highlighted,"
        " stances labelled on their evidence, a table of positions per proposal, the"
        " reactions and the actors. One input with one article gives an article page; more"
        " give an index and one section per article.",
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article text file, stancekit JSON article, JSON Lines corpus or .dna database"
        " (- for standard input)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the page to FILE (written whole or not at all); default: standard output",
    )
    p.add_argument("--force", action="store_true", help="overwrite FILE when it exists")
    p.add_argument("--title", help="the page title (default: the article's title or source)")
    add_input_options(p)
    p.set_defaults(func=run)


def _write_atomically(path: Path, data: str) -> None:
    """Write *data* to *path* through a temporary file in the same directory and a rename,
    so that an interrupted run leaves the old file (or none), never half a page."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``stancekit view`` with parsed *args*, writing the page to ``-o`` or *out*."""
    from ..corpus import Corpus
    from ..io.corpus import load_corpus
    from ..view import render_html

    target = Path(args.output) if args.output else None
    if target is not None:
        if target.is_dir():
            raise CLIError(f"{target} is a directory")
        if target.exists() and not args.force:
            raise CLIError(f"{target} exists; pass --force to overwrite it")
        if not target.parent.is_dir():
            raise CLIError(f"no directory {target.parent} to write {target.name} in")
    articles = [a for path in args.paths for a in load_corpus(path, args.errors)]
    if not articles:
        raise CLIError("no article to show")
    page = render_html(articles[0] if len(articles) == 1 else Corpus(articles), title=args.title)
    if target is None:
        out.write(page)
        return EXIT_OK
    try:
        _write_atomically(target, page)
    except OSError as exc:
        raise CLIError(f"cannot write {target}: {exc.strerror or exc}") from None
    return EXIT_OK
