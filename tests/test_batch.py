"""parse_many / parse_files: order, streaming, bounded memory, failures in place."""

from __future__ import annotations

import datetime
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

import stancekit
from stancekit import (
    Article,
    BatchError,
    Document,
    InputError,
    JSONError,
    ParseFailure,
    ValidationError,
    parse_files,
    parse_many,
)
from stancekit import json as sk_json
from stancekit.batch import read_file, to_json_line

TEXTS = [
    '"We will not send troops," the minister said.',
    "The Kremlin warned of the inevitability of confrontation.",
    'Scholz said on X: "There will be no ground troops."',
]


def _articles(results: list[stancekit.ParseResult]) -> list[Article]:
    out = []
    for r in results:
        assert isinstance(r, Article), r
        out.append(r)
    return out


def test_same_as_parse_in_order() -> None:
    texts = TEXTS * 5
    assert _articles(list(parse_many(texts))) == [stancekit.parse(t) for t in texts]


def test_documents_carry_metadata() -> None:
    doc = Document(TEXTS[0], source="a.txt", title="Troops", date=datetime.date(2024, 2, 27))
    (article,) = _articles(list(parse_many([doc])))
    assert (article.source, article.title, article.date) == ("a.txt", "Troops", doc.date)


def test_failures_are_reported_in_place() -> None:
    items: list[object] = [TEXTS[0], "x" * 101, b"bytes", Document("y" * 200, source="big.txt")]
    results = list(parse_many(items, max_chars=100))  # type: ignore[arg-type]
    assert isinstance(results[0], Article)
    too_large, not_text, doc = results[1:]
    assert isinstance(too_large, ParseFailure)
    assert (too_large.index, too_large.source, too_large.reason) == (1, None, "too-large")
    assert too_large.error_type == "InputError"
    assert not too_large.unexpected
    assert str(too_large).startswith("input #1: text has 101 characters")
    assert isinstance(not_text, ParseFailure)
    assert not_text.reason == "type"
    assert isinstance(doc, ParseFailure)
    assert doc.source == "big.txt"
    assert str(doc).startswith("big.txt: ")


def test_unexpected_errors_become_failures_with_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import stancekit.batch

    def broken(text: str, **kwargs: object) -> Article:
        if "boom" in text:
            raise IndexError("boom")
        return Article(text)

    monkeypatch.setattr(stancekit.batch, "parse", broken)
    results = list(parse_many(["a", "boom", "b"]))
    failure = results[1]
    assert isinstance(failure, ParseFailure)
    assert failure.unexpected
    assert failure.error == "IndexError: boom"
    assert failure.details is not None
    assert "Traceback" in failure.details
    assert _articles([results[0], results[2]]) == [Article("a"), Article("b")]


def test_in_process_streaming_is_lazy() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        while True:
            pulled += 1
            yield TEXTS[pulled % len(TEXTS)]

    stream = parse_many(endless())
    for _ in range(10):
        next(stream)
    assert pulled == 10


def test_process_pool_keeps_a_bounded_window() -> None:
    pulled = 0
    lag = 0
    chunksize = 3

    def counted(n: int) -> Iterator[str]:
        nonlocal pulled
        for i in range(n):
            pulled += 1
            yield f"text {i}"

    results = []
    for r in parse_many(counted(200), workers=2, chunksize=chunksize):
        results.append(r)
        lag = max(lag, pulled - len(results))
    assert [a.text for a in _articles(results)] == [f"text {i}" for i in range(200)]
    assert lag <= 2 * 4 * chunksize  # workers * 4 chunks in flight


def test_processes_give_the_same_results_and_failures() -> None:
    items: list[str | Document] = [*TEXTS, "z" * 500, Document(TEXTS[1], source="s")] * 7
    one = list(parse_many(items, max_chars=100))
    two = list(parse_many(items, workers=2, chunksize=2, max_chars=100))
    assert one == two
    assert [r.index for r in two if isinstance(r, ParseFailure)] == list(range(3, 35, 5))


def test_closing_early_stops_the_pool() -> None:
    stream = parse_many((f"t{i}" for i in range(10**9)), workers=2, chunksize=4)
    assert [next(stream) for _ in range(5)] == [Article(f"t{i}") for i in range(5)]
    stream.close()  # must return promptly, not parse a billion texts


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"workers": 0}, "workers must be a positive int"),
        ({"workers": 1.5}, "workers must be a positive int"),
        ({"chunksize": 0}, "chunksize must be a positive int"),
    ],
)
def test_bad_settings(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(BatchError, match=match) as info:
        parse_many(TEXTS, **kwargs)  # type: ignore[arg-type]
    assert info.value.reason == "settings"


# -- files ---------------------------------------------------------------------------------


def test_parse_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes("\ufeff".encode() + TEXTS[1].encode())
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 said")
    (tmp_path / "blank.txt").write_text(" \n\n", encoding="utf-8")
    names = ["a.txt", "bom.txt", "bad.txt", "blank.txt", "missing.txt"]
    paths = [tmp_path / n for n in names]
    results = list(parse_files(paths))
    a, bom = _articles(results[:2])
    assert a.source == str(paths[0])
    assert bom.text == TEXTS[1]
    reasons = [r.reason for r in results[2:] if isinstance(r, ParseFailure)]
    assert reasons == ["decode", "empty", "read"]
    replaced = list(parse_files([paths[2]], errors="replace", workers=2))
    assert _articles(replaced)[0].text == "caf\ufffd said"


def test_read_file_refuses_huge_files_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # sparse: 1 GB on paper, nothing on disk
        f.truncate(10**9)
    with pytest.raises(InputError, match="too large") as info:
        read_file(big, max_chars=1000)
    assert info.value.reason == "too-large"


def test_read_file_rejects_bad_names_and_handlers(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_file("nul\x00name.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)
    with pytest.raises(BatchError, match="errors must be"):
        parse_files([], errors="ignore")


# -- JSON Lines ----------------------------------------------------------------------------


def test_json_lines() -> None:
    article = stancekit.parse(TEXTS[0], source="a.txt")
    line = to_json_line(article)
    assert "\n" not in line
    assert sk_json.loads(line) == article
    failure = ParseFailure(3, "b.txt", "b.txt is empty", "InputError", "empty")
    assert json.loads(to_json_line(failure)) == {"source": "b.txt", "error": "b.txt is empty"}


def test_json_lines_escape_lone_surrogates() -> None:
    text = b"caf\xe9 \xff said".decode("utf-8", "surrogateescape")
    article = stancekit.parse(text)
    line = to_json_line(article)
    line.encode("utf-8")  # valid UTF-8: no lone surrogate left
    assert sk_json.loads(line) == article


# -- errors cross process boundaries -------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        InputError("too big", reason="too-large"),
        ValidationError("statements[0].speaker", "unknown actor id", "x"),
        JSONError(["$.a: bad", "$.b: worse"]),
        BatchError("worker died", reason="worker-died"),
        stancekit.MissingExtraError("stancekit.cluster", "dask"),
    ],
)
def test_errors_pickle(error: stancekit.StancekitError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
