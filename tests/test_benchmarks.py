"""The benchmark scripts run (smoke tests, small sizes); their targets are checked under -m slow.

The targets (speed, scaling, memory) are checked only with ``pytest -m slow``, and only once
the real parser is in: with the stub their figures mean nothing (see docs/performance.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import stancekit

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SEED = BENCHMARKS.parent / "seeds" / "macron-ground-troops-2024-02-27.txt"


def _run(script: str, *args: str, timeout: float = 120) -> str:
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _json(script: str, *args: str, timeout: float = 120) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(_run(script, *args, "--json", timeout=timeout))
    return result


def test_bench_parse_runs() -> None:
    out = _json("bench_parse.py", "--runs", "1", "--rounds", "1", "--unit", "500")
    assert out["seed"]["median_s"] >= 0
    assert set(out["scaling"]["ratios"]) == {"10x/1x", "100x/10x"}


def test_bench_parse_json_without_reference_data(tmp_path: Path) -> None:
    # A fresh clone has no ../shared: the skip message must not break the JSON on stdout.
    env = {"STANCEKIT_SHARED": str(tmp_path / "absent")}
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "bench_parse.py"),
            *("--runs", "1", "--rounds", "1"),
            *("--unit", "500", "--json"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, **env},
    )
    out = json.loads(proc.stdout)
    assert out["throughput"] is None
    assert "skipped: PolNeAR dev texts not available" in proc.stderr
    assert "networkdynamics/PolNeAR" in proc.stderr


def test_bench_steps_runs(tmp_path: Path) -> None:
    # the seed article alone (no reference data): every step of the pipeline is timed
    env = {**os.environ, "STANCEKIT_SHARED": str(tmp_path / "absent")}
    proc = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_steps.py"), "--runs", "1", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    out = json.loads(proc.stdout)
    assert out["texts"] == 1
    assert "narrated" in out["steps_s"]
    assert "segment" in out["steps_s"]
    assert all(s >= 0 for s in out["steps_s"].values())
    assert out["all_steps_s"] >= max(out["steps_s"].values())


def test_bench_memory_runs() -> None:
    out = _json("bench_memory.py", "--articles", "50", "--workers", "2")
    assert out["runs"]["50"]["articles"] + out["runs"]["50"]["failures"] == 50


def test_bench_batch_runs() -> None:
    out = _json("bench_batch.py", "--articles", "40", "--workers", "1,2")
    assert [r["workers"] for r in out["runs"]] == [1, 2]


def test_fuzz_target_runs_without_atheris(tmp_path: Path) -> None:
    assert "no failure" in _run("fuzz_atheris.py", "--random", "200")
    _run("fuzz_atheris.py", "--make-corpus", str(tmp_path))
    assert "no failure" in _run("fuzz_atheris.py", "--replay", str(tmp_path))


@pytest.fixture
def real_parser() -> None:
    if not stancekit.parse(SEED.read_text(encoding="utf-8")).statements:
        pytest.skip("the parser is a stub: performance targets mean nothing yet")


@pytest.mark.slow
@pytest.mark.usefixtures("real_parser")
def test_speed_and_scaling_targets() -> None:
    _run("bench_parse.py", "--check", timeout=900)


@pytest.mark.slow
@pytest.mark.usefixtures("real_parser")
def test_streaming_memory_target() -> None:
    _run("bench_memory.py", "--check", timeout=900)


def test_bench_hostile_runs() -> None:
    figures = _json("bench_hostile.py", "--size", "3000", "--mixtures", "2")
    assert figures["size"] == 3000
    assert set(figures["worst_mixture"]) == {"time", "memory"}
    assert "a line break after every character" in figures["factors"]
