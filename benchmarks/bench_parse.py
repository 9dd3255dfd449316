"""Parsing speed on one core: the seed article, PolNeAR dev throughput, scaling with length.

    python benchmarks/bench_parse.py                # everything, human-readable
    python benchmarks/bench_parse.py --json         # the same figures as JSON
    python benchmarks/bench_parse.py --check        # exit 1 when a target is missed

Targets: >= 1,000,000 characters per second on one core; an input 10x longer costs at most
12x the time.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import _texts

import stancekit

MIN_CHARS_PER_SECOND = 1_000_000
MAX_RATIO = 12.0


def timings(func: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of *runs* calls (after one warm-up call), garbage collector off."""
    func()
    out = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            func()
            out.append(time.perf_counter() - start)
    finally:
        if gc_was_enabled:
            gc.enable()
    return out


def bench_seed(runs: int) -> dict[str, Any]:
    text = _texts.seed_text()
    times = timings(lambda: stancekit.parse(text), runs)
    return {"chars": len(text), "runs": runs, "median_s": statistics.median(times)}


def bench_throughput(rounds: int) -> dict[str, Any] | None:
    texts = _texts.polnear_texts()
    if texts is None:
        return None
    chars = sum(map(len, texts))

    def parse_all() -> None:
        for t in texts:
            stancekit.parse(t)

    best = min(timings(parse_all, rounds))
    return {
        "texts": len(texts),
        "chars": chars,
        "rounds": rounds,
        "best_s": best,
        "chars_per_s": chars / best,
        "target": MIN_CHARS_PER_SECOND,
        "ok": chars / best >= MIN_CHARS_PER_SECOND,
    }


def bench_scaling(unit: int, runs: int) -> dict[str, Any]:
    texts = _texts.varied_texts()
    sizes = {"1x": unit, "10x": 10 * unit, "100x": 100 * unit}
    seconds = {}
    for name, n in sizes.items():
        text = _texts.concatenation(n, texts)
        parse_it = functools.partial(stancekit.parse, text, max_chars=None)
        seconds[name] = statistics.median(timings(parse_it, runs))
    ratios = {
        "10x/1x": seconds["10x"] / seconds["1x"],
        "100x/10x": seconds["100x"] / seconds["10x"],
    }
    return {
        "unit_chars": unit,
        "runs": runs,
        "median_s": seconds,
        "ratios": ratios,
        "target": MAX_RATIO,
        "ok": all(r <= MAX_RATIO for r in ratios.values()),
    }


def report(results: dict[str, Any]) -> str:
    lines = [_texts.header()]
    seed = results["seed"]
    lines.append(
        f"seed article ({seed['chars']:,} chars): median {seed['median_s'] * 1e3:.3f} ms"
        f" over {seed['runs']} runs"
    )
    tp = results["throughput"]
    if tp is not None:
        lines.append(
            f"PolNeAR dev ({tp['texts']} texts, {tp['chars']:,} chars):"
            f" {tp['chars_per_s']:,.0f} chars/s on one core (best of {tp['rounds']});"
            f" target >= {tp['target']:,}: {_texts.verdict(tp['ok'])}"
        )
    sc = results["scaling"]
    m, r = sc["median_s"], sc["ratios"]
    lines.append(
        f"scaling (1x = {sc['unit_chars']:,} chars, median of {sc['runs']}):"
        f" 1x {m['1x'] * 1e3:.2f} ms, 10x {m['10x'] * 1e3:.2f} ms, 100x {m['100x'] * 1e3:.2f} ms;"
        f" 10x/1x = {r['10x/1x']:.2f}, 100x/10x = {r['100x/10x']:.2f};"
        f" target <= {sc['target']:g}: {_texts.verdict(sc['ok'])}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs for the seed median")
    parser.add_argument("--rounds", type=int, default=3, help="passes over PolNeAR dev")
    parser.add_argument("--unit", type=int, default=20_000, help="characters of the 1x input")
    parser.add_argument("--scaling-runs", type=int, default=5, help="runs per scaling size")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    results: dict[str, Any] = {
        "stub_parser": _texts.parser_is_stub(),
        "seed": bench_seed(args.runs),
        "throughput": bench_throughput(args.rounds),
        "scaling": bench_scaling(args.unit, args.scaling_runs),
    }
    print(json.dumps(results, indent=2) if args.json else report(results))
    missed = [
        name
        for name in ("throughput", "scaling")
        if results[name] is not None and not results[name]["ok"]
    ]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
