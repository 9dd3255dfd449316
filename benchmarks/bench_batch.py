"""Batch throughput: articles per second through parse_many with 1, 2, ... worker processes.

    python benchmarks/bench_batch.py                      # 2,000 articles, workers 1 and 2
    python benchmarks/bench_batch.py --articles 10000 --workers 1,2,4 --chunksize 32

With the stub parser this measures only the batch machinery (process start-up, pickling the
articles back and forth); once the parser lands it shows the speed-up from more processes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import _texts

import stancekit


def run(n: int, workers: int, chunksize: int) -> dict[str, Any]:
    texts = _texts.varied_texts()
    docs = (f"{texts[i % len(texts)]}\n\n(article {i})" for i in range(n))
    start = time.perf_counter()
    chars = statements = failures = 0
    for result in stancekit.parse_many(docs, workers=workers, chunksize=chunksize):
        if isinstance(result, stancekit.ParseFailure):
            failures += 1
        else:
            chars += len(result.text)
            statements += len(result.statements)
    seconds = time.perf_counter() - start
    return {
        "workers": workers,
        "articles": n,
        "seconds": seconds,
        "articles_per_s": n / seconds,
        "chars_per_s": chars / seconds,
        "statements": statements,
        "failures": failures,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--chunksize", type=int, default=stancekit.batch.DEFAULT_CHUNKSIZE)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args(argv)
    results = [run(args.articles, int(w), args.chunksize) for w in args.workers.split(",")]
    if args.json:
        print(json.dumps({"stub_parser": _texts.parser_is_stub(), "runs": results}))
        return 0
    print(_texts.header())
    base = results[0]["seconds"]
    for r in results:
        print(
            f"workers {r['workers']}: {r['articles']:,} articles in {r['seconds']:.2f} s,"
            f" {r['articles_per_s']:,.0f} articles/s, {r['chars_per_s']:,.0f} chars/s,"
            f" speed-up x{base / r['seconds']:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
