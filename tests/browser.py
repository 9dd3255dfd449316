"""Headless Chromium for the view tests: find it, load a page, read what it rendered.

The page of :mod:`stancekit.view`, opened with ``#stancekit-selftest``, writes a JSON summary
measured from the DOM (marks, offsets, sizes, the legend) into
``<script id="stancekit-summary">``; ``chromium --headless --dump-dom`` prints the DOM after
the page has loaded, and :func:`rendered_summary` reads the summary back. No driver, no
websocket: one process per page.

This module is the one place that knows how to start Chromium: ``scripts/screenshot.py``
imports :func:`find_chromium` and :func:`run_chromium` from it too (it needs no pytest).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

#: Names Chromium goes by; ``STANCEKIT_CHROMIUM`` overrides.
_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

#: Flags for a closed, headless machine: no sandbox (tests run as root in CI), no GPU, and no
#: background connections (refused on a closed network, and slow to time out).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)

_SUMMARY = re.compile(
    r'<script type="application/json" id="stancekit-summary">(.*?)</script>', re.S
)


def find_chromium() -> str | None:
    """The Chromium executable, or ``None`` when none is installed."""
    override = os.environ.get("STANCEKIT_CHROMIUM")
    if override:
        return override
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_or_skip() -> str:
    """The Chromium executable; skips the test, saying how to get one, when there is none."""
    import pytest  # only here: scripts/screenshot.py imports this module without pytest

    found = find_chromium()
    if found is None:
        pytest.skip(
            "no headless browser: install Chromium (Debian: apt-get install chromium) or set"
            " STANCEKIT_CHROMIUM to run the browser tests of the HTML view"
        )
    return found


def run_chromium(browser: str, *args: str, timeout: float = 120) -> str:
    """Run *browser* headless with *args* in a fresh profile; return its standard output."""
    with tempfile.TemporaryDirectory(prefix="stancekit-chromium-") as profile:
        done = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.splitlines()[-5:])
        raise RuntimeError(f"chromium exited {done.returncode}: {tail}")
    return done.stdout


def rendered_summary(browser: str, page: Path) -> dict[str, Any]:
    """Load *page* in *browser* and return the summary its script measured from the DOM."""
    dom = run_chromium(browser, "--dump-dom", page.resolve().as_uri() + "#stancekit-selftest")
    found = _SUMMARY.search(dom)
    assert found, "the page wrote no summary: its script did not run"
    summary: dict[str, Any] = json.loads(found.group(1))
    return summary
