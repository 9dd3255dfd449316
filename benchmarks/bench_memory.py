"""Peak memory while streaming many articles through parse_many, each run in a fresh process.

    python benchmarks/bench_memory.py                    # 10,000 articles, in-process
    python benchmarks/bench_memory.py --workers 2        # the same through 2 worker processes
    python benchmarks/bench_memory.py --check            # exit 1 when over the target

Runs three fresh interpreters (importing stancekit only; a tenth of the articles; all of
them) and reports each one's peak resident set size from ``resource.getrusage``: a flat
figure means memory does not grow with the length of the stream. Target: <= 150 MB for
10,000 articles.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import _texts

MAX_MB = 150.0


def _peak_mb(who: int) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


def _descendants_peak_mb() -> float | None:
    """Largest peak RSS (VmHWM) among this process's live descendants; Linux only.

    Worker processes started through a forkserver are not our children, so
    ``RUSAGE_CHILDREN`` never sees them: read /proc while the pool is still alive instead.
    """
    proc = Path("/proc")
    if not (proc / "self" / "status").exists():
        return None
    parents: dict[int, int] = {}
    peaks: dict[int, float] = {}
    for status in proc.glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":", 1) for line in status.read_text().splitlines() if ":" in line
            )
        except OSError:  # the process ended meanwhile
            continue
        pid = int(status.parent.name)
        parents[pid] = int(fields["PPid"])
        if "VmHWM" in fields:
            peaks[pid] = int(fields["VmHWM"].split()[0]) / 2**10  # kB
    me = os.getpid()

    def descends(pid: int) -> bool:
        while pid in parents and pid > 1:
            pid = parents[pid]
            if pid == me:
                return True
        return False

    return max((mb for pid, mb in peaks.items() if descends(pid)), default=0.0)


def _documents(n: int) -> Iterator[str]:
    texts = _texts.varied_texts()
    for i in range(n):
        # Every article distinct, as in a real corpus.
        yield f"{texts[i % len(texts)]}\n\n(article {i})"


def child(n: int, workers: int) -> dict[str, Any]:
    """Stream *n* articles through parse_many, writing JSON Lines to nowhere."""
    import stancekit
    from stancekit.batch import to_json_line

    start = time.perf_counter()
    articles = statements = failures = chars = 0
    workers_peak = None
    for i, result in enumerate(stancekit.parse_many(_documents(n), workers=workers)):
        if i == n - 1 and workers > 1:  # the pool is still alive
            workers_peak = _descendants_peak_mb()
        chars += len(to_json_line(result))
        if isinstance(result, stancekit.ParseFailure):
            failures += 1
        else:
            articles += 1
            statements += len(result.statements)
    return {
        "articles": articles,
        "statements": statements,
        "failures": failures,
        "json_chars": chars,
        "seconds": time.perf_counter() - start,
        "peak_mb": _peak_mb(resource.RUSAGE_SELF),
        "workers_peak_mb": workers_peak,
    }


def run_fresh(n: int, workers: int) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__)), "--child", str(n), "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--check", action="store_true", help="exit 1 when over the target")
    parser.add_argument("--child", type=int, metavar="N", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.workers)))
        return 0
    runs = {n: run_fresh(n, args.workers) for n in (0, args.articles // 10, args.articles)}
    final = runs[args.articles]
    peak = max(final["peak_mb"], final["workers_peak_mb"] or 0.0)
    ok = peak <= MAX_MB
    if args.json:
        stub = _texts.parser_is_stub()
        summary = {"workers": args.workers, "runs": runs, "target_mb": MAX_MB, "ok": ok}
        print(json.dumps({"stub_parser": stub, **summary}))
    else:
        print(_texts.header())
        for n, r in runs.items():
            what = f"{n:,} articles" if n else "import only"
            worker_mb = r["workers_peak_mb"]
            workers = f", largest worker {worker_mb:.1f} MB" if worker_mb is not None else ""
            speed = f" in {r['seconds']:.1f} s ({r['statements']:,} statements)" if n else ""
            print(f"peak RSS, {what}: {r['peak_mb']:.1f} MB{workers}{speed}")
        print(f"target <= {MAX_MB:g} MB for {args.articles:,} articles: {_texts.verdict(ok)}")
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
