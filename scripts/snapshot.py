"""Parse reference texts and write their JSON, to compare the parser's output before and after
a change.

    python scripts/snapshot.py OUT_DIR            # seed, PolNeAR dev and train, stance-dev
    python scripts/snapshot.py OUT_DIR --compare OLD_DIR [--ignore-key rule]

Each corpus becomes ``OUT_DIR/<name>.jsonl`` (one article per line, sorted by file name).
With ``--compare`` the script prints, per corpus, how many articles differ from ``OLD_DIR``
and the first differing documents, and exits 1 when any differ. ``--ignore-key`` drops a JSON
key everywhere before comparing (for a field a change adds on purpose).
Reference data missing from ``../shared/data`` is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import stancekit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CORPORA = {
    "seed": ROOT / "seeds",
    "polnear-dev": DATA / "polnear-dev" / "text",
    "polnear-train": DATA / "polnear-train" / "text",
    "stance-dev": DATA / "stance-dev",
}


def _strip(value: Any, keys: frozenset[str]) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [_strip(v, keys) for v in value]
    return value


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, folder in CORPORA.items():
        if not folder.is_dir():
            print(f"{name}: skipped ({folder} not found)")
            continue
        lines = []
        for path in sorted(folder.glob("*.txt")):
            article = stancekit.parse(path.read_text(encoding="utf-8"), source=path.name)
            lines.append(stancekit.json.dumps(article))
        (out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(lines)} articles")


def compare(new: Path, old: Path, ignore: frozenset[str]) -> int:
    differ = 0
    for name in CORPORA:
        a, b = old / f"{name}.jsonl", new / f"{name}.jsonl"
        if not (a.exists() and b.exists()):
            continue
        olds = a.read_text(encoding="utf-8").splitlines()
        news = b.read_text(encoding="utf-8").splitlines()
        bad = []
        for i, (x, y) in enumerate(zip(olds, news, strict=False)):
            if _strip(json.loads(x), ignore) != _strip(json.loads(y), ignore):
                bad.append(json.loads(y).get("source") or str(i))
        bad += [f"(count {len(olds)} -> {len(news)})"] * (len(olds) != len(news))
        differ += len(bad)
        print(f"{name}: {len(news)} articles, {len(bad)} differ" + (f": {bad[:8]}" if bad else ""))
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, metavar="OLD_DIR")
    ap.add_argument("--ignore-key", action="append", default=[], metavar="KEY")
    args = ap.parse_args()
    snapshot(args.out)
    if args.compare:
        return compare(args.out, args.compare, frozenset(args.ignore_key))
    return 0


if __name__ == "__main__":
    sys.exit(main())
