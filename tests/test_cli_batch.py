"""``stancekit parse`` with several files, a directory or a glob: JSON Lines, summary, progress."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from stancekit import json as sk_json
from stancekit.cli import main
from stancekit.cli.parse import Progress, expand_inputs

TEXTS = {
    "b.txt": '"We will not send troops," the minister said.',
    "a.txt": 'Scholz said on X: "There will be no ground troops."',
    "c.txt": "The Kremlin warned of the inevitability of confrontation.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("He said no.", encoding="utf-8")
    return tmp_path


Lines = list[dict[str, object]]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Lines, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_directory_gives_sorted_txt_files_as_json_lines(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    code, lines, err = _run(capsys, "parse", str(corpus))
    assert code == 0
    assert [d["source"] for d in lines] == [str(corpus / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert [d["text"] for d in lines] == [TEXTS["a.txt"], TEXTS["b.txt"], TEXTS["c.txt"]]
    for d in lines:  # each line is a valid article
        sk_json.loads(json.dumps(d))
    assert err.startswith("stancekit: 3 articles, ")
    assert err.count("\n") == 1  # no progress bar: stderr is not a terminal


def test_glob_and_several_files(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    _, lines, _ = _run(capsys, "parse", str(corpus / "**" / "*.txt"))
    assert [Path(str(d["source"])).name for d in lines] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    _, lines, _ = _run(capsys, "parse", str(corpus / "c.txt"), str(corpus / "a.txt"))
    assert [Path(str(d["source"])).name for d in lines] == ["c.txt", "a.txt"]


def test_jsonl_for_a_single_file(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, lines, _ = _run(capsys, "parse", str(corpus / "a.txt"), "--jsonl")
    assert code == 0
    assert len(lines) == 1
    assert lines[0]["source"] == str(corpus / "a.txt")


def test_single_file_behaviour_is_unchanged(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    assert main(["parse", str(corpus / "a.txt"), "--format", "json", "--indent"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{\n")
    assert err == ""
    assert main(["parse", str(corpus / "a.txt")]) == 0
    assert "statements by" in capsys.readouterr().out


def test_failures_are_reported_apart_and_exit_1(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    (corpus / "bad.txt").write_bytes(b"caf\xe9 said")
    missing = str(corpus / "missing.txt")
    failures = corpus.parent / f"{corpus.name}-failures.jsonl"
    code, lines, err = _run(capsys, "parse", str(corpus), missing, "--failures", str(failures))
    assert code == 1
    # The corpus holds articles only: every line reads back as an article.
    assert [Path(str(d["source"])).name for d in lines] == ["a.txt", "b.txt", "c.txt"]
    for d in lines:
        sk_json.loads(json.dumps(d))
    recorded = [json.loads(line) for line in failures.read_text(encoding="utf-8").splitlines()]
    assert recorded == [
        {
            "index": 2,
            "source": str(corpus / "bad.txt"),
            "error": f"{corpus / 'bad.txt'} is not valid UTF-8 (byte 3); pass --errors replace"
            " to substitute undecodable bytes",
            "error_type": "InputError",
            "reason": "decode",
        },
        {
            "index": 4,
            "source": missing,
            "error": f"no such file: {missing}",
            "error_type": "InputError",
            "reason": "read",
        },
    ]
    assert f"stancekit: skipped: no such file: {missing}\n" in err
    assert re.match(r"stancekit: 3 articles, \d+ statements, 2 errors, ", err.splitlines()[-1])
    code, lines, _ = _run(capsys, "parse", str(corpus), "--errors", "replace")
    assert code == 0
    assert lines[2]["text"] == "caf\ufffd said"


def test_max_chars(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    code, lines, err = _run(capsys, "parse", str(corpus), "--max-chars", "50")
    assert code == 1
    assert [Path(str(d["source"])).name for d in lines] == ["b.txt"]
    assert err.count("more than the limit of 50") == 2


def test_workers_give_the_same_output(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    for i in range(30):
        (corpus / f"x{i:02}.txt").write_text(f"Minister {i} said no.", encoding="utf-8")
    one = _run(capsys, "parse", str(corpus))[1]
    two = _run(capsys, "parse", str(corpus), "--workers", "2")[1]
    every_core = _run(capsys, "parse", str(corpus), "--workers", "0")[1]
    assert one == two == every_core
    assert len(one) == 33


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "text"], "--format text shows a single article"),
        (["--indent"], "--indent cannot be used with JSON Lines"),
        (["-"], "standard input (-) cannot be combined"),
    ],
)
def test_batch_conflicts(
    capsys: pytest.CaptureFixture[str], corpus: Path, argv: list[str], message: str
) -> None:
    assert main(["parse", str(corpus), *argv]) == 1
    assert message in capsys.readouterr().err


def test_nothing_to_read(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["parse", str(tmp_path)]) == 1
    assert "no .txt files in directory" in capsys.readouterr().err
    assert main(["parse", str(tmp_path / "*.txt")]) == 1
    assert "no files match" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--workers", "-1"], ["--workers", "x"], ["--max-chars", "0"]])
def test_bad_numbers_are_usage_errors(
    capsys: pytest.CaptureFixture[str], corpus: Path, argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", str(corpus), *argv])
    assert info.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_expand_inputs_keeps_literal_files_with_magic_characters(tmp_path: Path) -> None:
    odd = tmp_path / "odd[1].txt"
    odd.write_text("x", encoding="utf-8")
    assert expand_inputs([str(odd), "missing.txt"]) == [str(odd), "missing.txt"]


def test_progress_bar() -> None:
    stream = io.StringIO()
    bar = Progress(stream, 4, enabled=True)
    bar.update(1, 0, force=True)
    bar.update(2, 0)  # throttled: within a tenth of a second
    bar.update(3, 1, force=True)
    bar.clear()
    frames = stream.getvalue().split("\r")[1:]
    assert frames[0].startswith("[######------------------] 1/4 articles, ")
    assert frames[1].startswith("[##################------] 3/4 articles, 1 errors, ")
    assert frames[-1] == "\x1b[K"
    quiet = io.StringIO()
    Progress(quiet, 4, enabled=False).update(1, 0, force=True)
    assert quiet.getvalue() == ""
