"""The command line: parse and ask, text and JSON, and one-line errors."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import stancekit
from stancekit import json as sk_json
from stancekit.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "macron-ground-troops-2024-02-27.txt"


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def test_parse_json_has_the_four_collections() -> None:
    code, out = _run(["parse", str(SEED), "--format", "json"])
    assert code == 0
    doc = json.loads(out)
    assert {"actors", "statements", "stances", "reactions"} <= set(doc)
    article = sk_json.loads(out, stancekit.Article)
    assert article.text == SEED.read_text(encoding="utf-8")


def test_parse_text_is_readable() -> None:
    code, out = _run(["parse", str(SEED)])
    assert code == 0
    assert "statements by" in out
    assert "“" in out


def test_ask_json_shape() -> None:
    code, out = _run(["ask", str(SEED), "who ruled out ground troops", "--format", "json"])
    assert code == 0
    doc = json.loads(out)
    assert doc["question"] == "who ruled out ground troops"
    names = {a["actor"]["name"] for a in doc["answers"]}
    assert "Olaf Scholz" in names
    for a in doc["answers"]:
        assert a["evidence"], a["actor"]["name"]
        assert {"id", "speaker", "content", "span"} <= set(a["evidence"][0])


def test_ask_text_quotes_the_evidence() -> None:
    code, out = _run(["ask", str(SEED), "who refused to rule out ground troops"])
    assert code == 0
    assert "Emmanuel Macron" in out
    assert "nothing should be ruled out" in out


def test_ask_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'"We will never raise taxes," Premier Joan Ruiz said.'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out = _run(["ask", "-", "who ruled out raising taxes"])
    assert code == 0
    assert "Joan Ruiz" in out


def test_no_answer_says_so() -> None:
    code, out = _run(["ask", str(SEED), "who ruled out a carbon tax"])
    assert code == 0
    assert "no answer" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\xff\xfe\x00bad", "not valid UTF-8"),
    ],
)
def test_bad_input_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    code, out = _run(["parse", str(path)])
    err = capsys.readouterr().err
    assert code != 0
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_undecodable_bytes_can_be_replaced(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b'"We will never go," Mayor Ana Ruiz said.\xff')
    code, out = _run(["parse", str(path), "--errors", "replace", "--format", "json"])
    assert code == 0
    assert "Ana Ruiz" in out


def test_unknown_question_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["ask", str(SEED), "why is the sky blue"])
    assert code != 0
    assert "cannot understand" in capsys.readouterr().err


def test_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(["ask", str(tmp_path), "who ruled out troops"])
    assert code != 0
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("module", ["stancekit", "stancekit.cli"])
def test_console_script_runs(module: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", module, "ask", str(SEED), "who ruled out ground troops"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Robert Fico" in proc.stdout


def test_every_option_has_help() -> None:
    from stancekit.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        for action in command._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, f"stancekit {name} {action.option_strings[0]} has no help"


def test_parse_explain_shows_rules_and_cues(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text('"We will not back down," Mayor Lena Ortiz said.\n', encoding="utf-8")
    code, out = _run(["parse", str(path), "--explain"])
    assert code == 0
    assert out == stancekit.explain(stancekit.parse(path.read_text(encoding="utf-8"))) + "\n"
    assert "s1 Lena Ortiz: rule post_posed" in out
    assert "cue 'said' at 42-46; speaker 'Mayor Lena Ortiz' at 25-41" in out


@pytest.mark.parametrize("extra", [["--format", "json"], ["--jsonl"]])
def test_parse_explain_is_for_one_article_as_text(
    tmp_path: Path, extra: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Jane Roe said the plant would close.\n", encoding="utf-8")
    code, out = _run(["parse", str(path), "--explain", *extra])
    assert code != 0
    assert out == ""
    assert "--explain" in capsys.readouterr().err
