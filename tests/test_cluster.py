"""stancekit.cluster: the same JSON Lines on dask (threads, processes, a LocalCluster) as locally.

Needs the ``dask`` extra (in the ``dev`` group); skipped with a reason without it.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from stancekit import Document, parse_files, parse_many
from stancekit.batch import to_json_line

TEXTS = [
    '"We will not send troops," the minister said.',
    'Scholz said on X: "There will be no ground troops."',
    "The Kremlin warned of the inevitability of confrontation.",
    "« Rien ne doit être exclu », a déclaré Macron.",
]


def test_import_stancekit_does_not_import_dask() -> None:
    code = "import sys, stancekit; print(sorted(m for m in sys.modules if m.startswith('dask')))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def cluster() -> Any:
    pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    return pytest.importorskip("stancekit.cluster")


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    """Article files, including ones that cannot be parsed."""
    paths = []
    for i in range(23):
        path = tmp_path / "in" / f"{i:03}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"{TEXTS[i % len(TEXTS)]} ({i})", encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "in" / "005.txt").write_bytes(b"caf\xe9 said")  # not UTF-8
    (tmp_path / "in" / "011.txt").write_text("x" * 5000, encoding="utf-8")  # too large
    paths.append(str(tmp_path / "in" / "missing.txt"))
    return paths


def _local(paths: list[str]) -> list[str]:
    return [to_json_line(r) for r in parse_files(paths, max_chars=1000)]


def _read(outputs: list[str]) -> list[str]:
    return [line for p in outputs for line in Path(p).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("scheduler", ["sync", "threads", "processes"])
def test_files_give_the_same_lines_as_a_local_run(
    cluster: Any, corpus: list[str], tmp_path: Path, scheduler: str
) -> None:
    out = cluster.parse_corpus(
        corpus, tmp_path / "out", partition_size=5, max_chars=1000, scheduler=scheduler
    )
    assert [Path(p).name for p in out] == [f"part-{i:05d}.jsonl" for i in range(5)]
    lines = _read(out)
    assert lines == _local(corpus)
    assert sum("error" in json.loads(line) for line in lines) == 3


@pytest.fixture
def local_cluster() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    # In-process workers: no network beyond this process, quick to start and stop.
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as lc,
        distributed.Client(lc) as client,
    ):
        yield client


def test_local_cluster_gives_the_same_lines(
    cluster: Any, corpus: list[str], tmp_path: Path, local_cluster: Any
) -> None:
    bag = cluster.read_files(corpus, partition_size=4, max_chars=1000)
    out = cluster.write_jsonl(cluster.parse_bag(bag, max_chars=1000), tmp_path / "out")
    assert _read(out) == _local(corpus)


def test_jsonl_corpus(cluster: Any, tmp_path: Path, local_cluster: Any) -> None:
    records: list[Any] = [
        {"text": TEXTS[0], "source": "a", "url": "https://example.org/a"},
        {"text": TEXTS[1], "source": "b", "title": "Scholz", "date": "2024-02-27"},
        "",
        {"source": "c"},
        {"text": TEXTS[2], "date": "27/02/2024"},
        {"text": TEXTS[3], "title": 3},
        "[[[not json",
        "[" * 100_000,
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
        encoding="utf-8",
    )
    out = cluster.parse_corpus(str(corpus), tmp_path / "out", jsonl=True, scheduler=local_cluster)
    lines = [json.loads(line) for line in _read(out)]
    day = datetime.date(2024, 2, 27)
    docs = [Document(TEXTS[0], source="a"), Document(TEXTS[1], "b", title="Scholz", date=day)]
    expected = list(parse_many(docs))
    assert lines[:2] == [json.loads(to_json_line(r)) for r in expected]
    assert [d.get("error", "")[:25] for d in lines[2:]] == [
        "expected a JSON object wi",
        '"date" is not an ISO date',
        '"title" must be a string',
        "not a JSON line (Expectin",
        "not a JSON line (maximum ",
    ]
    assert lines[2]["source"] == "c"
