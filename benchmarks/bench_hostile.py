"""Time and memory per character on hostile text, as factors over prose of the same length.

    python benchmarks/bench_hostile.py                       # 200,000 chars, 20 mixtures
    python benchmarks/bench_hostile.py --size 1000000 --mixtures 40 --seed 7
    python benchmarks/bench_hostile.py --json

Each mixture is a few fragments (quotation marks of every kind, line breaks, speech cues,
names, semicolons, punctuation; the list of ``tests/test_hostile.py``), either one unit
repeated or drawn at random throughout. Time is the best of 3 parses (a busy machine only
ever slows a run); memory is the tracemalloc peak of one parse. The factors the test suite
allows are 10 for both (``TIME_FACTOR``, ``MEMORY_FACTOR`` in ``tests/test_hostile.py``).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import time
import tracemalloc

import _texts

import stancekit

FRAGMENTS = [
    *('"', "'", "''", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"),
    *("\u201f", "\u2039", "\u203a", "\u201a", "\u300c", "\u300d"),
    *("\n", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1e"),
    *("said", "says", "told", "according to", "added", "warned", "ruled out", "said that"),
    *("Jane Roe", "John Smith", "the minister", "a spokesman for", "he", "she", "they", "Mr."),
    *("President", "NATO", "don't", "6'2\"", "not", "will", "never", "a", "that", "troops"),
    *(";", ",", ".", ":", "\u2014", "(", ")", "[", "]", "!", "?", "...", " ", " ", " ", "\t"),
]

NAMED = {
    "according to, over and over": "according to ",
    "semicolon speaker lists": '"No," said Smith; Jones; Brown; Green. ',
    "single mark, then a closing double mark": "a 'b\u201d ",
    "tiny quoted sentences": 'A said "b." ',
}


def repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def mixture(rng: random.Random, size: int) -> str:
    pool = rng.sample(FRAGMENTS, rng.randint(1, 12))
    if rng.random() < 0.5:
        return repeat("".join(rng.choice(pool) for _ in range(rng.randint(1, 40))), size)
    parts: list[str] = []
    length = 0
    while length < size:
        part = rng.choice(pool) + (" " if rng.random() < 0.3 else "")
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


def best_seconds(text: str, runs: int = 3) -> float:
    out = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        stancekit.parse(text, max_chars=None)
        out.append(time.perf_counter() - start)
    return min(out)


def peak_bytes(text: str) -> int:
    tracemalloc.start()
    try:
        stancekit.parse(text, max_chars=None)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=200_000, help="characters per text")
    ap.add_argument("--mixtures", type=int, default=20, help="random mixtures to try")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    n = args.size
    prose = repeat(_texts.seed_text(), n)
    prose_s, prose_b = best_seconds(prose), peak_bytes(prose)
    rows: dict[str, tuple[float, float]] = {}
    texts = {name: repeat(unit, n) for name, unit in NAMED.items()}
    texts["a line break after every character"] = "\n".join(repeat("ab", n // 2))[:n]
    rng = random.Random(args.seed)
    for i in range(args.mixtures):
        texts[f"mixture {i + 1}"] = mixture(rng, n)
    for name, text in texts.items():
        rows[name] = (best_seconds(text) / prose_s, peak_bytes(text) / prose_b)
    mixed = [v for k, v in rows.items() if k.startswith("mixture")]
    worst = (max((t for t, _ in mixed), default=0.0), max((m for _, m in mixed), default=0.0))
    if args.json:
        figures = {
            "size": n,
            "prose_seconds": prose_s,
            "prose_bytes_per_char": prose_b / n,
            "factors": {k: {"time": t, "memory": m} for k, (t, m) in rows.items()},
            "worst_mixture": {"time": worst[0], "memory": worst[1]},
        }
        print(json.dumps(figures, indent=2))
        return
    print(_texts.header())
    print(f"prose, {n:,} chars: {prose_s * 1000:.0f} ms, {prose_b / n:.0f} B/char (tracemalloc)")
    for name, (t, m) in rows.items():
        if not name.startswith("mixture"):
            print(f"  {name}: time x{t:.2f}, memory x{m:.2f}")
    print(f"worst of {len(mixed)} mixtures: time x{worst[0]:.2f}, memory x{worst[1]:.2f}")


if __name__ == "__main__":
    main()
