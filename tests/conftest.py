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
#: The reference data: ``../shared/data`` beside the repository, or ``$STANCEKIT_SHARED/data``.
SHARED_DATA = Path(os.environ.get("STANCEKIT_SHARED") or ROOT.parent / "shared") / "data"

#: Where an outside user gets each reference data set (the first part of a shared_data path).
WHERE_TO_GET = {
    "polnear-dev": "the PolNeAR corpus is public: repository networkdynamics/PolNeAR"
    " (brat standoff; put a split's text/ and attributions/ here)",
    "polnear-train": "the PolNeAR corpus is public: repository networkdynamics/PolNeAR"
    " (brat standoff; put a split's text/ and attributions/ here)",
    "dna-sample": "DNA's sample database ships with the Discourse Network Analyzer:"
    " rDNA/inst/extdata/sample.dna in repository leifeld/dna",
    "stance-dev": "stance-dev is the project's own reference set, kept outside the repository",
}


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> stancekit.Article:
    return stancekit.parse(seed_text)


def shared_data(*parts: str) -> Path:
    """Path under the reference data, skipping the test visibly (saying where to get the data)
    when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        where = WHERE_TO_GET.get(parts[0], "see ../shared/data/README.md") if parts else ""
        pytest.skip(f"reference data not available at {path}: {where}")
    return path
