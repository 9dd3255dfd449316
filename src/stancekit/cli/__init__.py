"""The ``stancekit`` command line: parse articles, ask questions, build networks, evaluate.

One module per command (:mod:`.parse`, :mod:`.ask`, :mod:`.network`, :mod:`.view`,
:mod:`.eval`), each with ``add_command(subparsers)`` and ``run(args, out)``; what they share
is in :mod:`._util`.
Every failure the user can cause (missing file, undecodable bytes, empty input, a question
stancekit does not understand) prints one line on stderr and exits non-zero; no tracebacks.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import TextIO

from .._version import __version__
from ..errors import StancekitError
from . import ask, eval, network, parse, view
from ._util import (
    EXIT_ERROR,
    EXIT_OK,
    CLIError,
    Command,
    OutputClosedError,
    Terminated,
    guard_output,
    say,
)

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


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0] if text.strip() else type(exc).__name__


def _quiet_stdout() -> None:
    """After ``| head`` closed the pipe: point stdout at /dev/null so the exit flush is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit status.

    Every fault ends the same way: one line on stderr and a non-zero status (1 for an error,
    130 after Ctrl-C, 143 after SIGTERM); a closed standard output (``| head``) ends quietly.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    stream = guard_output(out or sys.stdout)
    func: Command = args.func
    previous = None
    with contextlib.suppress(ValueError):  # not the main thread: leave SIGTERM alone
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        return func(args, stream)
    except StancekitError as exc:
        say(f"error: {_first_line(exc)}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("interrupted")
        return 130
    except Terminated:
        say("terminated")
        return 143
    except OutputClosedError:
        if out is None:
            _quiet_stdout()
        return EXIT_OK
    except OSError as exc:  # an output file or device failing, a pool that cannot start
        say(f"error: {exc.strerror or _first_line(exc)}")
        return EXIT_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
