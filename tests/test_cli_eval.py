"""``stancekit eval``: gold from a PolNeAR-layout directory or a gold JSON file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from stancekit import cli
from stancekit.eval import GoldAttribution, GoldDocument, write_gold_json
from stancekit.model import Span
from test_eval import ANN, TEXT, fake_predictor, make_polnear


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def polnear(tmp_path: Path) -> Path:
    return make_polnear(
        tmp_path / "polnear",
        {"bridge": {"a1": ANN}, "empty": {"a1": ""}},
        {"bridge": TEXT, "empty": "Nobody said anything today."},
    )


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.eval, "parse", fake_predictor)


def test_eval_polnear_text_report(polnear: Path, fake: None) -> None:
    code, out = run("eval", str(polnear))
    assert code == 0
    assert out.startswith("stancekit evaluation: 2 documents, 4 gold attributions, 1 prediction\n")
    assert "bridge " in out
    assert "TOTAL " in out


def test_eval_polnear_json_report_and_limit(polnear: Path, fake: None) -> None:
    code, out = run("eval", str(polnear), "--report", "json", "--limit", "1")
    assert code == 0
    data = json.loads(out)
    assert [d["doc_id"] for d in data["documents"]] == ["bridge"]
    assert data["totals"]["all"]["recall"] == 0.25
    assert data["totals"]["quoted"]["speaker_recall"] == 1.0


def test_eval_with_the_stub_parser_scores_zero(polnear: Path) -> None:
    code, out = run("eval", str(polnear), "--report", "json")
    assert code == 0
    assert json.loads(out)["totals"]["all"]["gold"] == 4


def test_eval_gold_json(tmp_path: Path, fake: None) -> None:
    path = tmp_path / "gold.json"
    quote = Span(TEXT.index("“We"), TEXT.index("she") - 1)
    she = Span(TEXT.index("she"), TEXT.index("she") + 3)
    attribution = GoldAttribution([quote], source=[she], speaker="Ana Lopez")
    write_gold_json([GoldDocument("bridge", TEXT, [attribution])], path)
    code, out = run("eval", str(path), "--format", "json", "--report", "json")
    assert code == 0
    totals = json.loads(out)["totals"]["all"]
    assert (totals["precision"], totals["recall"], totals["speaker_recall"]) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-dir"], "missing-dir: no such file or directory"),
        (["{polnear}/text/bridge.txt"], "not valid JSON"),
        (["{polnear}/text/bridge.txt", "--format", "polnear"], "needs a directory"),
        (["{polnear}", "--format", "json"], "is a directory"),
        (["{polnear}/text"], "not a PolNeAR-layout directory"),
    ],
)
def test_eval_errors_are_one_line(
    polnear: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out = run("eval", *(a.format(polnear=polnear) for a in args))
    err = capsys.readouterr().err
    assert code == 1
    assert out == ""
    assert err.startswith("stancekit: error: ")
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_eval_malformed_annotation_names_file_and_line(
    polnear: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (polnear / "attributions" / "empty_a1.ann").write_text("T1\tSource 0 zz\tNo\n")
    code, _ = run("eval", str(polnear), "--strict")
    err = capsys.readouterr().err
    assert code == 1
    assert "empty_a1.ann:1: bad span" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("limit", ["-1", "x", "1.5"])
def test_eval_bad_limit_is_a_usage_error(
    polnear: Path, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    with pytest.raises(SystemExit) as info:
        run("eval", str(polnear), "--limit", limit)
    assert info.value.code == 2
    assert "--limit" in capsys.readouterr().err
