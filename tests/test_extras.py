"""Optional extras: one guard (``stancekit._extras.require``) and a clear error naming the extra."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from stancekit import MissingExtraError
from stancekit._extras import require

ROOT = Path(__file__).resolve().parent.parent


def test_require_imports_or_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    assert require("json", "none").dumps([]) == "[]"
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingExtraError) as info:
        require("trafilatura", "html", "parse_html()")
    assert str(info.value) == (
        "parse_html() needs the optional dependency 'html': pip install 'stancekit[html]'"
    )
    assert (info.value.feature, info.value.extra) == ("parse_html()", "html")
    assert isinstance(info.value, ImportError)


def test_testing_module_without_hypothesis() -> None:
    # A fresh interpreter in which hypothesis cannot be imported.
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import stancekit.testing\n"
        "except Exception as e:\n    print(type(e).__name__, e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("MissingExtraError stancekit.testing needs")
    assert "pip install 'stancekit[hypothesis]'" in out


def test_all_extra_and_dev_group_cover_every_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = project["project"]["optional-dependencies"]
    listed = extras["all"][0].removeprefix("stancekit[").removesuffix("]").split(",")
    assert sorted(listed) == sorted(name for name in extras if name != "all")
    dev = " ".join(project["dependency-groups"]["dev"])
    for name, requirements in extras.items():
        if name != "all":
            for requirement in requirements:
                assert requirement.split(">")[0].split("[")[0] in dev, (name, requirement)
