"""Records to parse (CSV, JSON Lines of text, date, title, source) and the commands that take
them or a JSON Lines corpus: parse, ask (answers naming their article) and network."""

from __future__ import annotations

import csv
import datetime
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit import Document, InputError, parse_many
from stancekit.cli import main
from stancekit.io import read_records

LIND = (
    'Defence Minister Ana Lind said sending ground troops to the region was "out of the'
    ' question". Lind added that the government would keep sending aid.'
)
OKAFOR = (
    "Foreign Minister Tomas Okafor refused to rule out sending ground troops, saying"
    ' "nothing is off the table".'
)
QUIET = "Boats came and went at the harbour, where the fish market opened early."


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# -- read_records -------------------------------------------------------------------------


def test_csv_records(tmp_path: Path) -> None:
    path = _write_csv(
        tmp_path / "news.csv",
        [
            {"text": LIND, "date": "2024-03-01", "title": "Lind", "source": "Daily", "url": "x"},
            {"text": "Line one.\nLine two, with a comma.", "date": "", "title": "", "source": ""},
        ],
    )
    docs = list(read_records(path))
    assert docs == [
        Document(LIND, source="Daily", title="Lind", date=datetime.date(2024, 3, 1)),
        Document("Line one.\nLine two, with a comma."),
    ]


def test_jsonl_records_and_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        "\ufeff"
        + json.dumps({"text": LIND, "date": "2024-03-01T09:30:00Z", "id": 7})
        + "\n\n"
        + json.dumps({"text": QUIET, "title": None, "source": "Harbour News"})
        + "\n",
        encoding="utf-8",
    )
    docs = list(read_records(path))
    assert docs == [
        Document(LIND, date=datetime.date(2024, 3, 1)),
        Document(QUIET, source="Harbour News"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.csv", "body,date\nHello,2024-01-01\n", "no 'text' column (columns: 'body', 'date')"),
        ("a.csv", "text,date\nHello,27/02/2024\n", "line 2: date must be YYYY-MM-DD"),
        ("a.csv", "text,date\n,2024-01-01\n", "line 2: text is empty"),
        ("a.jsonl", '{"text": "Hi."}\n[1, 2]\n', "line 2: expected a JSON object"),
        ("a.jsonl", '{"text": "Hi."}\n{"text": 3}\n', "line 2: text must be a string (got int)"),
        ("a.jsonl", '{"title": "Hi"}\n', "line 1: text must be a string (got nothing)"),
        ("a.jsonl", '{"text": "Hi.", "source": 5}\n', "line 1: source must be a string"),
        ("a.jsonl", '{"text": "Hi.", "date": 20240101}\n', "line 1: date must be"),
        ("a.jsonl", '{"text": "Hi."\n', "line 1: not JSON"),
        ("a.jsonl", '{"text": "Hi.", "actors": []}\n', "parsed stancekit article"),
        ("a.txt", "text\nHi.\n", "cannot tell the records' format"),
    ],
)
def test_bad_records_are_input_errors(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=None) as info:
        list(read_records(path))
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_records(tmp_path / "absent.csv"))
    latin = tmp_path / "latin.csv"
    latin.write_bytes(b"text\ncaf\xe9\n")
    with pytest.raises(InputError, match="not valid UTF-8"):
        list(read_records(latin))


def test_format_can_be_given(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text('{"text": "Hi."}\n', encoding="utf-8")
    assert [d.text for d in read_records(path, format="jsonl")] == ["Hi."]


def test_parse_many_takes_records(tmp_path: Path) -> None:
    path = _write_jsonl(
        tmp_path / "news.jsonl",
        [{"text": LIND, "date": "2024-03-01", "title": "Lind", "source": "Daily"}],
    )
    [article] = parse_many(read_records(path))
    assert isinstance(article, stancekit.Article)
    assert (article.title, article.source, article.date) == (
        "Lind",
        "Daily",
        datetime.date(2024, 3, 1),
    )
    assert article.actor(article.statements[0].speaker).name == "Ana Lind"


_field = st.text(st.characters(codec="utf-8"), max_size=30)


@given(
    st.lists(
        st.tuples(
            _field.filter(str.strip),
            st.none() | st.dates(),
            _field.filter(lambda s: s == s.strip()),
            _field.filter(lambda s: s == s.strip()),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_csv_round_trip(rows: list[tuple[str, datetime.date | None, str, str]]) -> None:
    # Whatever csv writes (quotes, commas, line breaks), read_records reads back.
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["text", "date", "title", "source"])
    for text, date, title, source in rows:
        writer.writerow([text, "" if date is None else date.isoformat(), title, source])
    from stancekit.io.records import _csv_documents

    docs = list(_csv_documents(io.StringIO(out.getvalue(), newline=""), "mem.csv"))
    assert docs == [Document(t, source=s or None, title=ti or None, date=d) for t, d, ti, s in rows]


# -- the command line ---------------------------------------------------------------------


@pytest.fixture
def records(tmp_path: Path) -> Path:
    return _write_jsonl(
        tmp_path / "records.jsonl",
        [
            {
                "text": LIND,
                "date": "2024-03-01",
                "title": "Lind rules out troops",
                "source": "Daily",
            },
            {"text": OKAFOR, "date": "2024-03-02", "title": "Okafor", "source": "Wire"},
            {"text": QUIET, "title": "Quiet day"},
        ],
    )


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_parse_records_writes_a_corpus(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "parse", str(records))
    assert code == 0
    corpus_path = tmp_path / "corpus.jsonl"
    corpus_path.write_text(out, encoding="utf-8")
    corpus = stancekit.Corpus.read_jsonl(corpus_path)
    assert [a.source for a in corpus] == ["Daily", "Wire", None]
    assert [a.date for a in corpus] == [datetime.date(2024, 3, 1), datetime.date(2024, 3, 2), None]
    assert "3 articles" in err
    # A corpus given back to parse is recognised, checked and written again unchanged.
    code, again, err = _run(capsys, "parse", str(corpus_path))
    assert (code, again) == (0, out)
    assert "is a stancekit corpus" in err
    assert "3 articles" in err


def test_parse_csv_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_csv(tmp_path / "news.csv", [{"text": LIND, "date": "2024-03-01", "source": "D"}])
    code, out, _ = _run(capsys, "parse", str(path), "-q")
    assert code == 0
    assert json.loads(out)["date"] == "2024-03-01"


def test_ask_corpus_names_each_answers_article(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "ask", str(records), "who ruled out ground troops")
    assert code == 0
    assert out.splitlines() == [
        "who ruled out ground troops",
        "1. Ana Lind (Defence Minister) [categorical]",
        "   in article 0: “Lind rules out troops” (Daily, 2024-03-01)",
        '   “sending ground troops to the region was "out of the question"” (said, chars 31-92)',
    ]
    code, out, _ = _run(capsys, "ask", str(records), "who refused to rule out ground troops")
    assert "in article 1: “Okafor” (Wire, 2024-03-02)" in out
    assert "Ana Lind" not in out


def test_ask_corpus_json(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "ask", str(records), "who ruled out ground troops", "--format", "json"
    )
    assert code == 0
    [answer] = json.loads(out)["answers"]
    assert answer["article"] == {
        "index": 0,
        "source": "Daily",
        "title": "Lind rules out troops",
        "date": "2024-03-01",
    }
    assert answer["corpus_actor"] == "ana-lind"


def test_ask_corpus_without_answer(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "ask", str(records), "who supports the fish market")
    assert code == 0
    assert "no answer found in the 3 articles" in out


def test_ask_corpus_quiet_and_bad_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write_jsonl(tmp_path / "r.jsonl", [{"text": LIND}, {"text": "x" * 50}])
    code, out, err = _run(capsys, "ask", str(path), "who ruled out ground troops")
    assert code == 0
    assert "Ana Lind" in out
    assert err == ""  # a text without statements is not a failure
    code, _, err = _run(capsys, "ask", str(tmp_path / "r.jsonl"), "who supports")
    assert code == 1
    assert err.startswith("stancekit: error: cannot understand")


def test_network_since_on_undated_records_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write_jsonl(tmp_path / "undated.jsonl", [{"text": LIND}, {"text": OKAFOR}])
    code, out, err = _run(capsys, "network", str(path), "--since", "2024-01-01")
    assert (code, out) == (1, "")
    assert "2 of 2 articles have no date" in err
    assert err.count("\n") == 1


def test_network_since_warns_about_undated_articles(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "network", str(records), "--since", "2024-01-01")
    assert code == 0
    assert json.loads(out)["rows"]
    assert "warning: 1 of 3 articles has no date" in err


def test_network_without_dates_needs_none(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "network", str(records))
    assert code == 0
    assert err == ""
    assert set(json.loads(out)["rows"]) >= {"Ana Lind", "Tomas Okafor"}


def test_records_with_other_inputs(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "parse", str(records), str(records))
    assert code == 1
    assert "must be the only input" in err


def test_metadata_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lind.txt"
    path.write_text(LIND, encoding="utf-8")
    argv = ["parse", str(path), "--format", "json", "--title", "Lind", "--date", "2024-03-01"]
    code, out, _ = _run(capsys, *argv, "--source", "Daily")
    doc = json.loads(out)
    assert (doc["title"], doc["date"], doc["source"]) == ("Lind", "2024-03-01", "Daily")
    code, out, _ = _run(capsys, "parse", str(path), "--format", "json")
    assert json.loads(out)["source"] == str(path)
    with pytest.raises(SystemExit):
        main(["parse", str(path), "--date", "1 March"])
    assert "not a date (YYYY-MM-DD)" in capsys.readouterr().err
    code, _, err = _run(capsys, "parse", str(path), str(path), "--date", "2024-03-01")
    assert code == 1
    assert "describe a single article" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("flags", "bar", "summary"),
    [([], True, True), (["--no-progress"], False, True), (["-q"], False, False)],
)
def test_quiet_and_no_progress(
    records: Path, monkeypatch: pytest.MonkeyPatch, flags: list[str], bar: bool, summary: bool
) -> None:
    err = _Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    out = io.StringIO()
    assert main(["parse", str(records), *flags], out=out) == 0
    assert len(out.getvalue().splitlines()) == 3
    assert ("articles, " in err.getvalue() and "\r" in err.getvalue()) is bar
    assert ("stancekit: 3 articles" in err.getvalue()) is summary


def test_quiet_still_reports_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(LIND, encoding="utf-8")
    code, _, err = _run(capsys, "parse", str(good), str(tmp_path / "gone.txt"), "-q")
    assert code == 1
    assert err == f"stancekit: skipped: no such file: {tmp_path / 'gone.txt'}\n"


def test_empty_records_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "none.csv"
    path.write_text("text,date\n", encoding="utf-8")
    code, out, err = _run(capsys, "ask", str(path), "who ruled out ground troops")
    assert (code, out) == (1, "")
    assert err == f"stancekit: error: {path} holds no record\n"
