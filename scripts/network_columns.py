"""Build the two-mode discourse network over the stance-dev passages and list its columns,
to re-measure issue 10 ("one column per proposal, labelled with readable words").

    python scripts/network_columns.py            # the columns: key, label, passages
    python scripts/network_columns.py --split    # also the passages whose proposal is split

Each passage ``dNN_<name>.txt`` of ``../shared/data/stance-dev`` is parsed as
``stancekit network`` would parse it; the script prints the number of columns, then one line
per column (its key, its label and the passages whose stances it holds). With ``--split`` it
also lists the passages where the gold ``topic_query`` names stances under more than one
column (the proposal the passage is about split in two). The data is not part of the
repository: without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import stancekit
from stancekit.network import network
from stancekit.query import target_matches

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "stance-dev"


def columns(folder: Path) -> tuple[dict[str, str], dict[str, list[str]], dict[str, list[str]]]:
    """The network's columns over the passages in *folder*: each column key's label, the
    passages holding stances on it, and, per passage, the columns its gold topic names."""
    articles = []
    where: dict[str, list[str]] = {}
    split: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        article = stancekit.parse(path.read_text(encoding="utf-8"), source=path.stem)
        articles.append(article)
        gold = path.with_suffix(".json")
        query = json.loads(gold.read_text(encoding="utf-8"))["topic_query"] if gold.exists() else ""
        named: set[str] = set()
        for s in article.stances:
            if path.stem[:3] not in where.setdefault(s.target.key, []):
                where[s.target.key].append(path.stem[:3])
            if query and target_matches(query, s, article.lexicon):
                named.add(s.target.key)
        split[path.stem] = sorted(named)
    matrix = network(articles, "twomode")
    labels = {c: matrix.labels.get(c, c) for c in matrix.columns}
    return labels, where, split


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA, help="the stance-dev folder")
    ap.add_argument("--split", action="store_true", help="list passages whose topic is split")
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"stance-dev: skipped ({args.data} not found)")
        return 0
    labels, where, split = columns(args.data)
    print(f"{len(labels)} columns")
    for key, label in labels.items():
        print(f"{key:32} {label:50} {' '.join(where.get(key, []))}")
    if args.split:
        many = {name: keys for name, keys in split.items() if len(keys) > 1}
        print(f"\n{len(many)} passages whose topic names more than one column")
        for name, keys in many.items():
            print(f"{name:40} {' '.join(keys)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
