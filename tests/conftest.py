"""Shared fixtures and hypothesis profiles (``HYPOTHESIS_PROFILE=ci`` for the thorough one)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import stancekit

settings.register_profile("ci", max_examples=150, deadline=None, print_blob=True)
settings.register_profile(
    "dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "macron-ground-troops-2024-02-27.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> stancekit.Article:
    return stancekit.parse(seed_text)


def shared_data(*parts: str) -> Path:
    """Path under ../shared/data, skipping the test visibly when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data not available: {path} (see ../shared/data/README.md)")
    return path
