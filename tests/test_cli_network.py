"""``stancekit network``: inputs of every kind, three output formats, one-line errors."""

from __future__ import annotations

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from builders import OPPOSE, SUPPORT, Say, make_article
from conftest import shared_data
from stancekit import Corpus
from stancekit import json as sk_json
from stancekit.cli import main
from stancekit.io.dna import write_dna

ANN, BEN = "Ann Alder", "Ben Birch"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(
        [
            make_article(Say(ANN, "x", "x", SUPPORT), Say(BEN, "no x", "x", OPPOSE)),
            make_article(Say(ANN, "y", "y", SUPPORT), Say(BEN, "y", "y", SUPPORT)),
        ]
    )


@pytest.fixture
def jsonl(corpus: Corpus, tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    corpus.write_jsonl(path)
    return path


@pytest.mark.data
def test_sample_figures() -> None:
    sample = str(shared_data("dna-sample", "sample.dna"))
    code, out = run("network", sample, "--level", "organization")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"rows", "columns", "matrix", "labels"}
    assert (len(doc["rows"]), len(doc["columns"]), len(doc["labels"])) == (7, 6, 6)
    assert sum(map(sum, doc["matrix"])) == 40
    for aggregation, total in (("ignore", 276), ("congruence", 160), ("conflict", 116)):
        code, out = run(
            "network", sample, "--type", "onemode", "--aggregation", aggregation,
            "--level", "organization",
        )  # fmt: skip
        assert code == 0
        assert sum(map(sum, json.loads(out)["matrix"])) == total


def test_jsonl_two_mode(jsonl: Path) -> None:
    code, out = run("network", str(jsonl))
    assert code == 0
    assert json.loads(out) == {
        "rows": [ANN, BEN],
        "columns": ["x", "y"],
        "matrix": [[1, 1], [1, 1]],
        "labels": ["x", "y"],
    }


def test_one_mode_options(jsonl: Path) -> None:
    code, out = run(
        "network", str(jsonl), "--type", "onemode", "--aggregation", "subtract",
        "--normalization", "average",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["matrix"] == [[0, 0.0], [0.0, 0]]
    code, out = run("network", str(jsonl), "--type", "onemode", "--aggregation", "conflict")
    assert json.loads(out)["matrix"] == [[0, 1], [1, 0]]


def test_duplicates_and_dates(tmp_path: Path) -> None:
    day = datetime.date(2024, 6, 1)
    corpus = Corpus(
        [
            make_article(Say(ANN, "x", "x"), Say(ANN, "x!", "x"), date=day),
            make_article(Say(ANN, "x", "x"), date=day + datetime.timedelta(1)),
        ]
    )
    path = tmp_path / "c.jsonl"
    corpus.write_jsonl(path)
    assert json.loads(run("network", str(path))[1])["matrix"] == [[3]]
    assert json.loads(run("network", str(path), "--duplicates", "document")[1])["matrix"] == [[2]]
    assert json.loads(run("network", str(path), "--since", "2024-06-02")[1])["matrix"] == [[1]]
    out = run("network", str(path), "--until", "2024-05-31")[1]
    assert json.loads(out) == {"rows": [], "columns": [], "matrix": []}


def test_single_article_and_list_json(corpus: Corpus, tmp_path: Path) -> None:
    one = tmp_path / "article.json"
    one.write_text(sk_json.dumps(corpus[0], indent=2), encoding="utf-8")
    assert json.loads(run("network", str(one))[1])["matrix"] == [[1], [1]]
    many = tmp_path / "articles.json"
    many.write_text(sk_json.dumps(list(corpus.articles)), encoding="utf-8")
    assert json.loads(run("network", str(many))[1])["matrix"] == [[1, 1], [1, 1]]
    # JSON Lines without the extension is recognised by content.
    lines = tmp_path / "corpus.txt"
    lines.write_text("\n".join(sk_json.dumps(a) for a in corpus) + "\n", encoding="utf-8")
    assert json.loads(run("network", str(lines))[1])["matrix"] == [[1, 1], [1, 1]]


def test_dna_input(corpus: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "corpus.dna"
    write_dna(corpus, path)
    assert json.loads(run("network", str(path))[1])["matrix"] == [[1, 1], [1, 1]]
    renamed = tmp_path / "corpus.sqlite"
    path.rename(renamed)  # recognised by its content too
    assert json.loads(run("network", str(renamed))[1])["rows"] == [ANN, BEN]


def test_text_input_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text('"We will not send troops," the minister said.\n', encoding="utf-8")
    code, out = run("network", str(path))
    assert code == 0
    assert set(json.loads(out)) == {"rows", "columns", "matrix", "labels"}


def test_text_starting_with_a_bracket_is_an_article(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("[Wire] The minister said no.\n{Update} More later.\n", encoding="utf-8")
    assert run("network", str(path))[0] == 0


def test_json_lines_by_content_keep_unicode_separators(tmp_path: Path) -> None:
    article = make_article(Say(ANN, "one\u2028two\x85three", "x", SUPPORT))
    path = tmp_path / "corpus.txt"
    # sk_json.dumps escapes U+2028 and NEL; other writers leave them raw, as here
    raw = json.dumps(sk_json.unstructure(article), ensure_ascii=False)
    path.write_text(raw + "\n", encoding="utf-8")
    assert "\u2028" in path.read_text(encoding="utf-8")  # written raw, not escaped
    assert json.loads(run("network", str(path))[1])["rows"] == [ANN]


def test_stdin(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join(sk_json.dumps(a) for a in corpus).encode("utf-8")
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    assert json.loads(run("network", "-")[1])["rows"] == [ANN, BEN]


def test_csv(jsonl: Path) -> None:
    code, out = run("network", str(jsonl), "--type", "onemode", "--format", "csv")
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [["source", "target", "weight"], [ANN, BEN, "2"]]


def test_graphml(jsonl: Path) -> None:
    code, out = run("network", str(jsonl), "--format", "graphml")
    assert code == 0
    root = ET.fromstring(out)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 4
    assert len(root.findall(".//g:edge", ns)) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--aggregation", "congruence"], "two-mode aggregation must be one of"),
        (["--type", "onemode", "--aggregation", "combine"], "one-mode aggregation"),
        (["--normalization", "cosine"], "normalization 'no' only"),
    ],
)
def test_incompatible_options(
    jsonl: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run("network", str(jsonl), *args)
    err = capsys.readouterr().err
    assert (code, out) == (1, "")
    assert err.startswith("stancekit: error: ")
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.jsonl", None, "no such file"),
        ("missing.txt", None, "no such file"),
        ("missing.dna", None, "no such file"),
        # A parsed article has actors (and statements...): a bad one is named by its line.
        (
            "bad.jsonl",
            b'{"text": "a", "actors": []}\n{"text": 1, "actors": []}\n',
            "line 2: $.text",
        ),
        # Without them, a line is a record to parse (text, date, title, source).
        ("bad-records.jsonl", b'{"text": "a"}\n{"text": 1}\n', "line 2: text must be a string"),
        ("bad-date.jsonl", b'{"text": "a", "date": "27/02/2024"}\n', "line 1: date must be"),
        ("bad.csv", b"body,date\nHello,2024-01-01\n", "no 'text' column"),
        ("bad.json", b'{"text": "a", "mood": 1}', "$: unknown keys ['mood']"),
        ("bad.txt", b'{"text": "a"}\nnope\n', "line 2: $: not valid JSON"),
        ("bad.dna", b"SQLite format 3\x00" + b"\x00" * 200, "not a DNA 3 database"),
        ("empty.txt", b"  \n", "is empty"),
        ("latin1.txt", b"caf\xe9", "not valid UTF-8"),
    ],
)
def test_input_errors_are_one_line(
    tmp_path: Path,
    name: str,
    content: bytes | None,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out = run("network", str(path))
    err = capsys.readouterr().err
    assert (code, out) == (1, "")
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("network", str(tmp_path))[0] == 1
    assert "is a directory" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content",
    [
        '{"text": "Ann said no.", "statements": [',  # truncated
        '[{"text": "Ann"',
        '{"a": 1}\n{"b": ',
        "[1, 2, 3]",
    ],
)
def test_malformed_json_is_an_error_not_an_article(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    code, out = run("network", str(path))
    err = capsys.readouterr().err
    assert code == 1
    assert out == ""
    assert err.startswith("stancekit: error: "), err
    assert err.count("\n") == 1, err


def test_text_starting_with_a_bracket_is_still_an_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("[Updated] Ann Alder said the plan was a mistake.", encoding="utf-8")
    code, out = run("network", str(path))
    assert code == 0
    assert json.loads(out)
