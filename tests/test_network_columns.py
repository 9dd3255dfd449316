"""``scripts/network_columns.py``: the columns of a two-mode network over a folder of passages
with gold topics, on invented passages (and on stance-dev, when ``../shared/data`` is there)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
STANCE_DEV = ROOT.parent / "shared" / "data" / "stance-dev"
_MARKS = str.maketrans("", "", '\u201c\u201d"')  # labels leave double quotation marks out


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "network_columns", ROOT / "scripts" / "network_columns.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _passage(folder: Path, name: str, text: str, topic: str) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps({"topic_query": topic}), encoding="utf-8")


def test_one_column_per_proposal_over_invented_passages(tmp_path: Path) -> None:
    _passage(
        tmp_path,
        "a01_toll",
        "Mayor Ana Ruiz ruled out a congestion charge for the old town. "
        "Councillor Tom Vale opposed the restrictions.",
        "congestion charge",
    )
    _passage(
        tmp_path,
        "a02_state",
        "Senator Eva Lind backed formal recognition of Kosovo. Minister Ian Cole said he "
        "backed statehood.",
        "recognition of a Kosovan state",
    )
    labels, where, split = _script().columns(tmp_path)
    assert labels == {
        "charge-congestion": "congestion charge for the old town",
        "kosovo-state": "formal recognition of Kosovo",
    }
    assert where == {"charge-congestion": ["a01"], "kosovo-state": ["a02"]}
    assert split == {"a01_toll": ["charge-congestion"], "a02_state": ["kosovo-state"]}


def test_a_passage_whose_topic_names_two_columns_is_listed(tmp_path: Path) -> None:
    _passage(
        tmp_path,
        "a03_taxes",
        "Minister Ian Cole rejected a wealth tax. Senator Eva Lind opposed a carbon tax.",
        "tax",
    )
    _, _, split = _script().columns(tmp_path)
    assert split == {"a03_taxes": ["carbon-tax", "tax-wealth"]}


def test_without_the_data_the_script_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["network_columns.py", "--data", str(tmp_path / "absent")])
    assert _script().main() == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.skipif(not STANCE_DEV.is_dir(), reason="../shared/data/stance-dev is not here")
def test_stance_dev_has_one_column_per_proposal_labelled_with_its_words() -> None:
    labels, where, split = _script().columns(STANCE_DEV)
    texts = {
        p.stem[:3]: " ".join(p.read_text(encoding="utf-8").translate(_MARKS).split()).lower()
        for p in STANCE_DEV.glob("*.txt")
    }
    for key, label in labels.items():
        # a label is words of a passage holding the column, not its key
        assert any(label.lower() in texts[d] for d in where[key]), (key, label)
    # the one passage read apart on purpose: two versions of a return to lockdown
    assert {name[:3] for name, keys in split.items() if len(keys) > 1} <= {"d08"}
