"""A seeded campaign against the command line (argv, stdin, files) and the DNA reader.

    .venv/bin/python benchmarks/fuzz_faults.py cli --runs 2000 --seed 1
    .venv/bin/python benchmarks/fuzz_faults.py dna --runs 2000 --seed 1

``cli`` runs ``stancekit.cli.main`` in this process on generated command lines (commands,
options with hostile values, file names with undecodable bytes, directories holding
dangling links, loops and FIFOs, inputs full of NULs, JSON fragments, failure records) and
generated standard input. A finding is anything but an exit status of 0, 1 or 2 with, on
failure, stderr lines that all start with ``stancekit``/``usage:`` (no traceback).

``dna`` writes small DNA databases and damages them with random SQL (values of other types,
BLOBs, NULLs, missing rows, statements pointing nowhere, dropped tables, truncated or
flipped bytes); a finding is anything but a corpus or a ``DNAError`` (warnings allowed).

Prints the number of inputs, the time and each finding; exit status 1 when there is one.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import sqlite3
import sys
import tempfile
import time
import traceback
import warnings
from pathlib import Path

from stancekit import Article, Corpus, DNAError
from stancekit.cli import main
from stancekit.io.dna import read_dna, write_dna

SAID = '"We will not send troops," the minister said. Critics said they backed a tax.'
VALUES = ["0", "1", "-1", "99999999999999999999999", "x", "", "1e3", "\udcff", "--", "-"]
PIECES = [
    SAID,
    "\x00" * 40,
    "\ufeff",
    '{"text": ',
    '{"source": "a", "error": "e"}\n',
    "[1,",
    "\u2028",
]


def _files(folder: Path, rng: random.Random) -> list[str]:
    paths = []
    for i in range(rng.randint(1, 4)):
        name = rng.choice([f"f{i}.txt", os.fsdecode(b"caf\xe9%d.txt" % i), f"f{i}.jsonl"])
        data = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4)))
        kind = rng.random()
        path = folder / name
        if kind < 0.1:
            path.symlink_to(folder / "gone")
        elif kind < 0.15 and hasattr(os, "mkfifo"):
            os.mkfifo(path)
        elif kind < 0.25:
            path.write_bytes(data.encode("utf-16-be", "surrogatepass"))
        else:
            path.write_bytes(data.encode("utf-8", "surrogateescape"))
        paths.append(str(path))
    return paths


def _argv(folder: Path, rng: random.Random) -> tuple[list[str], bytes]:
    files = _files(folder, rng)
    command = rng.choice(["parse", "ask", "network"])
    argv = [command, *rng.sample(files, rng.randint(1, len(files)))]
    if rng.random() < 0.2:
        argv.append(str(folder))
    if rng.random() < 0.2:
        argv = [command, "-"]
    if command == "ask":
        argv = [*argv[:2], rng.choice(["who ruled out troops", "what did caf\udce9 say", "?"])]
    options = {
        "parse": ["--max-chars", "--workers", "--format", "--jsonl", "-o", "--failures", "--force"],
        "ask": ["--format", "--errors"],
        "network": ["--type", "--since", "--format", "-o", "--errors"],
    }[command]
    for _ in range(rng.randint(0, 3)):
        option = rng.choice(options)
        argv.append(option)
        if option in ("-o", "--failures"):
            argv.append(str(folder / rng.choice(["out", "f0.txt", "", "sub/out"])))
        elif option not in ("--jsonl", "--force"):
            argv.append(rng.choice(VALUES))
    stdin = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3))).encode(
        "utf-8", "surrogateescape"
    )
    return argv, stdin


def _cli_once(rng: random.Random) -> str | None:
    with tempfile.TemporaryDirectory() as tmp:
        argv, data = _argv(Path(tmp), rng)
        err, old = io.StringIO(), sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        try:
            with contextlib.redirect_stderr(err):
                try:
                    status = main(argv, out=io.StringIO())
                except SystemExit as exc:
                    status = exc.code if isinstance(exc.code, int) else 2
        except BaseException:
            return f"{argv!r}: {traceback.format_exc(limit=3)}"
        finally:
            sys.stdin = old
        lines = err.getvalue().splitlines()
        if status not in (0, 1, 2):
            return f"{argv!r}: exit status {status}"
        bad = [line for line in lines if not line.startswith(("stancekit", "usage:", "  "))]
        return f"{argv!r}: stderr {bad[:2]!r}" if bad else None


_DAMAGE = [
    "UPDATE DOCUMENTS SET Text = CAST(Text AS BLOB)",
    "UPDATE DOCUMENTS SET Text = X'FFFE00'",
    "UPDATE DOCUMENTS SET Text = NULL",
    "UPDATE DOCUMENTS SET Date = 'soon'",
    "UPDATE DOCUMENTS SET Date = 1e300",
    "UPDATE DOCUMENTS SET Title = 5",
    "UPDATE DATABOOLEAN SET Value = 'false'",
    "UPDATE DATABOOLEAN SET Value = 'maybe'",
    "UPDATE DATABOOLEAN SET Value = NULL",
    "UPDATE DATABOOLEAN SET Value = 2.5",
    "UPDATE STATEMENTS SET DocumentId = 99",
    "UPDATE STATEMENTS SET Start = -5",
    "UPDATE STATEMENTS SET Stop = 'x'",
    "UPDATE STATEMENTS SET Start = NULL",
    "UPDATE ENTITIES SET Value = X'C3'",
    "UPDATE ENTITIES SET Value = NULL",
    "DELETE FROM ENTITIES",
    "DELETE FROM VARIABLES WHERE ID = 4",
    "UPDATE VARIABLES SET DataType = 'integer'",
    "UPDATE VARIABLES SET StatementTypeId = 'one'",
    "DROP TABLE DATASHORTTEXT",
    "INSERT INTO STATEMENTS VALUES (50, 1, 1, 0, 1, 1)",
    "PRAGMA journal_mode = WAL",
]


def _dna_once(rng: random.Random) -> str | None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.dna"
        from stancekit import parse

        write_dna(Corpus([parse(SAID), Article("caf\u00e9 \U0001f600 said")]), path)
        chosen = rng.sample(_DAMAGE, rng.randint(1, 3))
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA ignore_check_constraints = ON")
            for sql in chosen:
                with contextlib.suppress(sqlite3.Error):
                    con.execute(sql)
            con.commit()
        finally:
            con.close()
        if rng.random() < 0.2:  # bytes damaged on disk
            raw = bytearray(path.read_bytes())
            for _ in range(rng.randint(1, 20)):
                raw[rng.randrange(len(raw))] = rng.randrange(256)
            path.write_bytes(bytes(raw[: rng.randint(0, len(raw))]))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                read_dna(path)
        except DNAError:
            return None
        except BaseException:
            return f"{chosen!r}: {traceback.format_exc(limit=3)}"
        return None


def main_(argv: list[str] | None = None) -> int:
    """Run the campaign; return 1 when there is a finding."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("target", choices=("cli", "dna"))
    p.add_argument("--runs", type=int, default=500)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    once = _cli_once if args.target == "cli" else _dna_once
    start = time.monotonic()
    findings = [f for f in (once(rng) for _ in range(args.runs)) if f is not None]
    seconds = time.monotonic() - start
    print(f"{args.target}: {args.runs} inputs, {seconds:.1f} s, {len(findings)} findings")
    for finding in findings[:20]:
        print("-", finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main_())
