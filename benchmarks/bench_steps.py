"""CPU time of each parse step over the PolNeAR dev texts (the seed article without them).

    python benchmarks/bench_steps.py               # a table, slowest step first
    python benchmarks/bench_steps.py --json        # the same figures as JSON
    python benchmarks/bench_steps.py --runs 9      # more runs per text: steadier minima

Each text is parsed ``--runs`` times; a step's figure is the sum over texts of its smallest
CPU time (``time.process_time``) on that text, so a busy machine's pauses count less than in
a wall-clock total. To compare two versions of the code in the same minute, run the script
once with ``PYTHONPATH`` pointing at the other version's ``src`` and alternate.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from typing import Any

import _texts

from stancekit.lexicon import Lexicon
from stancekit.parse import _pipeline
from stancekit.parse._state import ParseState


def step_times(texts: list[str], runs: int) -> dict[str, Any]:
    """Per step, the summed per-text minimum of CPU seconds; and the same for whole parses."""
    lex = Lexicon.default()
    names = [step.__name__ for step in _pipeline.STEPS]
    total = dict.fromkeys(names, 0.0)
    whole = 0.0
    gc_was_enabled = gc.isenabled()
    gc.disable()  # as parse() does: the collector's pauses are no step's
    try:
        for text in texts:
            best = dict.fromkeys(names, float("inf"))
            best_whole = float("inf")
            for _ in range(runs):
                state = ParseState(text, lex, ())
                begin = time.process_time()
                for step, name in zip(_pipeline.STEPS, names, strict=True):
                    start = time.process_time()
                    step(state)
                    best[name] = min(best[name], time.process_time() - start)
                best_whole = min(best_whole, time.process_time() - begin)
            for name in names:
                total[name] += best[name]
            whole += best_whole
    finally:
        if gc_was_enabled:
            gc.enable()
    chars = sum(map(len, texts))
    return {
        "texts": len(texts),
        "chars": chars,
        "runs": runs,
        "steps_s": total,
        "all_steps_s": whole,
        "chars_per_cpu_s": chars / whole if whole else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="parses per text (default 5)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    texts = _texts.polnear_texts() or [_texts.seed_text()]
    out = step_times(texts, max(1, args.runs))
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    print(f"{out['texts']} texts, {out['chars']:,} chars, best of {out['runs']} per text")
    for name, seconds in sorted(out["steps_s"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:14s} {seconds * 1000:8.1f} ms")
    print(f"  {'all steps':14s} {out['all_steps_s'] * 1000:8.1f} ms", end="")
    print(f"  ({out['chars_per_cpu_s']:,.0f} chars per CPU second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
