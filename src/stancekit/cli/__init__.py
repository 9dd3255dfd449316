"""The ``stancekit`` command line: parse articles, ask questions, build networks, evaluate.

One module per command (:mod:`.parse`, :mod:`.ask`, :mod:`.network`, :mod:`.view`,
:mod:`.eval`), each with ``add_command(subparsers)`` and ``run(args, out)``; what they share
is in :mod:`._util`.
Every failure the user can cause (missing file, undecodable bytes, empty input, a question
stancekit does not understand) prints one line on stderr and exits non-zero; no tracebacks.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TextIO

from .._version import __version__
from ..errors import StancekitError
from . import ask, eval, network, parse, view
from ._util import EXIT_ERROR, CLIError, Command

__all__ = ["CLIError", "build_parser", "main"]

#: The commands, in the order ``stancekit --help`` lists them.
COMMANDS = (parse, ask, network, view, eval)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``stancekit`` command."""
    parser = argparse.ArgumentParser(
        prog="stancekit",
        description="Who said what, which position they took, and how they reacted.",
    )
    parser.add_argument("--version", action="version", version=f"stancekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_command(sub)
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
        return 0
