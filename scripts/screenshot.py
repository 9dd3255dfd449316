"""Take the screenshot of ``stancekit view`` on the seed article for the docs.

Usage: ``.venv/bin/python scripts/screenshot.py [OUT.png] [--width W] [--height H]``
(default ``docs/view-seed.png``, 1040 x 1000). Renders the seed with
:func:`stancekit.view.render_html` and photographs the top of the page with headless Chromium
(``chromium --headless --screenshot``), found on the PATH or in ``STANCEKIT_CHROMIUM``,
started as the browser tests start it (``tests/browser.py``: the executable names and the
launch flags are written there once).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "macron-ground-troops-2024-02-27.txt"
sys.path.insert(0, str(ROOT / "tests"))

from browser import find_chromium, run_chromium  # noqa: E402  (tests/browser.py)

#: What a screenshot adds to the shared launch flags: no scrollbars, one pixel per CSS pixel.
SHOT_FLAGS = ("--hide-scrollbars", "--force-device-scale-factor=1")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "view-seed.png"))
    parser.add_argument("--width", type=int, default=1040)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()

    from stancekit import parse
    from stancekit.view import render_html

    browser = find_chromium()
    if browser is None:
        sys.exit("screenshot.py: no Chromium found (Debian: apt-get install chromium)")

    # As `stancekit view seeds/...txt` run from the repository root would show it.
    article = parse(SEED.read_text(encoding="utf-8"), source=f"seeds/{SEED.name}")
    out = Path(args.out).resolve()
    with tempfile.TemporaryDirectory(prefix="stancekit-shot-") as tmp:
        page = Path(tmp) / "seed.html"
        page.write_text(render_html(article), encoding="utf-8")
        run_chromium(
            browser,
            *SHOT_FLAGS,
            f"--window-size={args.width},{args.height}",
            f"--screenshot={out}",
            page.as_uri(),
        )
    print(f"{out}: {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
