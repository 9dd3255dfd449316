"""Measure stancekit's parser on the PolNeAR dev split and print the report.

Usage (from the repository root)::

    .venv/bin/python benchmarks/accuracy.py [--report text|json] [--limit N] [DIR]

DIR defaults to ``../shared/data/polnear-dev``; the script exits with a message (status 2) when
it is absent. The figures go into ``docs/accuracy.md``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from stancekit import StancekitError, parse
from stancekit.eval import evaluate, load_polnear

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear-dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--report", choices=("text", "json"), default="text")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    if not (args.directory / "text").is_dir():
        print(
            f"accuracy: PolNeAR dev data not found at {args.directory} (the PolNeAR corpus is"
            " public: repository networkdynamics/PolNeAR); nothing measured",
            file=sys.stderr,
        )
        return 2
    try:
        documents = load_polnear(args.directory, limit=args.limit)
        started = time.perf_counter()
        report = evaluate(documents, parse)
        elapsed = time.perf_counter() - started
    except StancekitError as exc:
        print(f"accuracy: {exc}", file=sys.stderr)
        return 1
    if args.report == "json":
        print(report.to_json())
    else:
        print(report)
        print(f"\nparsed and scored {len(documents)} documents in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
