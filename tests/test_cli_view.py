"""``stancekit view``: inputs, the page written whole or not at all, no silent overwrite."""

from __future__ import annotations

import html
import io
import os
from pathlib import Path

import pytest

from builders import Say, make_article
from stancekit import json as sk_json
from stancekit.cli import build_parser, main
from stancekit.corpus import write_jsonl
from stancekit.io.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "macron-ground-troops-2024-02-27.txt"


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(argv, out=out)
    return code, out.getvalue()


def _sections(page: str) -> int:
    return page.count('<article class="sk-article"')


def test_view_writes_the_seed_page(tmp_path: Path) -> None:
    target = tmp_path / "seed.html"
    code, out = _run(["view", str(SEED), "-o", str(target)])
    assert (code, out) == (0, "")
    page = target.read_text(encoding="utf-8")
    [article] = load_corpus(SEED)
    assert page.startswith("<!DOCTYPE html>")
    assert _sections(page) == 1
    for s in article.statements:
        assert f'id="stmt-{s.id}"' in page
    assert f"<title>{html.escape(article.title or '')}</title>" in page
    assert sorted(os.listdir(tmp_path)) == ["seed.html"]  # no temporary file left


def test_view_without_output_prints_the_page() -> None:
    code, out = _run(["view", str(SEED), "--title", "Seed & co"])
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert "<title>Seed &amp; co</title>" in out


def test_view_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.html"
    target.write_text("keep me", encoding="utf-8")
    code, _ = _run(["view", str(SEED), "-o", str(target)])
    assert code == 1
    assert "exists; pass --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _ = _run(["view", str(SEED), "-o", str(target), "--force"])
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("output", "message"),
    [(".", "is a directory"), ("missing/report.html", "no directory")],
)
def test_view_output_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output: str, message: str
) -> None:
    code, _ = _run(["view", str(SEED), "-o", str(tmp_path / output)])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("stancekit: error:")
    assert message in err
    assert len(err.splitlines()) == 1


def test_view_reads_a_corpus_and_json_articles(tmp_path: Path) -> None:
    a = make_article(Say("Ola Berg", "we back it", target="tax cut"), title="One")
    b = make_article(Say("Ida Lund", "never"), title="Two")
    corpus = tmp_path / "corpus.jsonl"
    write_jsonl([a, b], corpus)
    single = tmp_path / "one.json"
    single.write_text(sk_json.dumps(a), encoding="utf-8")
    code, page = _run(["view", str(corpus)])
    assert code == 0
    assert _sections(page) == 2
    assert 'href="#a1-article"' in page
    code, page = _run(["view", str(single)])
    assert code == 0
    assert _sections(page) == 1
    assert "Ola Berg" in page
    code, page = _run(["view", str(single), str(corpus)])
    assert code == 0
    assert _sections(page) == 3


def test_view_bad_input_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": 1}\n', encoding="utf-8")
    target = tmp_path / "out.html"
    for path in (str(tmp_path / "nope.txt"), str(broken)):
        code, _ = _run(["view", path, "-o", str(target)])
        assert code == 1
        assert capsys.readouterr().err.startswith("stancekit: error:")
    assert not target.exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text("old page", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # as if Ctrl-C came just before the rename

    monkeypatch.setattr(os, "replace", fail)
    code, _ = _run(["view", str(SEED), "-o", str(target), "--force"])
    assert code == 130
    assert target.read_text(encoding="utf-8") == "old page"
    assert sorted(os.listdir(tmp_path)) == ["report.html"]


def test_the_page_gets_the_usual_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    old = os.umask(0o022)
    try:
        assert _run(["view", str(SEED), "-o", str(target)])[0] == 0
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


def test_view_is_listed_with_help_for_every_option() -> None:
    parser = build_parser()
    assert "view" in parser.format_help()
    sub = next(a for a in parser._actions if a.dest == "command")
    view = sub.choices["view"]  # type: ignore[index]
    for action in view._actions:
        assert action.help, action.dest
