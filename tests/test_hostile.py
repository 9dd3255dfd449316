"""Hostile input: parse() stays linear and only raises StancekitError; JSON loading and the
command line stay bounded and never show a traceback.

Timing checks compare each hostile text with ordinary prose of the same length, so they catch
super-linear behaviour (a quadratic scan over a megabyte of quotation marks) rather than
measuring absolute speed: a case fails when it takes more than ``FACTOR`` times the prose plus
``SLACK`` seconds. A ``DEADLINE`` alarm stops a runaway case instead of hanging the suite.
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

import pytest

import stancekit
from stancekit import Article, InputError, JSONError, StancekitError
from stancekit import json as sk_json
from stancekit.batch import to_json_line
from stancekit.cli import main

FACTOR = 10.0
SLACK = 2.0
DEADLINE = 120

SEED = Path(__file__).resolve().parent.parent / "seeds" / "macron-ground-troops-2024-02-27.txt"
MB = 1_000_000


@cache
def _seed() -> str:
    return SEED.read_text(encoding="utf-8")


def prose(n: int) -> str:
    """Ordinary news prose, exactly *n* characters long."""
    seed = _seed()
    return (seed * (n // len(seed) + 1))[:n]


def repeat(unit: str, n: int) -> str:
    """*unit* repeated to exactly *n* characters."""
    return (unit * (n // len(unit) + 1))[:n]


class _TimeoutError(Exception):
    pass


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (rather than hang) when the block runs longer than *seconds*."""
    if not hasattr(signal, "SIGALRM"):  # pragma: no cover - Windows
        yield
        return

    def alarm(signum: int, frame: object) -> None:
        raise _TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _timed_parse(text: str) -> tuple[float, Article | StancekitError]:
    start = time.perf_counter()
    try:
        with deadline(DEADLINE):
            result: Article | StancekitError = stancekit.parse(text, max_chars=None)
    except StancekitError as exc:  # allowed: a clear, deliberate refusal
        result = exc
    return time.perf_counter() - start, result


@cache
def _prose_seconds(n: int) -> float:
    return min(_timed_parse(prose(n))[0] for _ in range(2 if n < MB else 1))


def _surrogateescaped(n: int) -> str:
    raw = prose(n // 2).encode("utf-8")
    junk = bytes(range(0x80, 0x100))  # none of these starts valid UTF-8 on its own
    mixed = b"".join(raw[i : i + 40] + junk[i % 128 : i % 128 + 3] for i in range(0, len(raw), 40))
    return mixed.decode("utf-8", "surrogateescape")


CONTROL = "".join(map(chr, [*range(32), *range(127, 160)])) + "\u2028\u2029\ufeff\u200b\u200d"
RTL = (
    "\u202e\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u00ab\u0644\u0646 \u0646\u0631"
    "\u0633\u0644 \u0642\u0648\u0627\u062a\u00bb\u202c. \u05d4\u05e9\u05e8 \u05d0\u05de\u05e8:"
    ' "\u05dc\u05d0 \u05e0\u05e9\u05dc\u05d7 \u05d7\u05d9\u05d9\u05dc\u05d9\u05dd". \u200f'
)
MIXED = (
    "Macron said «nothing» — Шольц заявил: „никаких войск“. 习近平说：“不会派兵。” "
    'Ο υπουργός είπε «όχι». 👩‍👩‍👧‍👦🇺🇦 Z̷̢̛a̸̡l̶g̵o̴ said "no". '
)

#: name -> builder of a hostile text (built lazily: several are megabytes long).
CASES: dict[str, Callable[[], str]] = {
    "straight quotes": lambda: '"' * MB,
    "typographic quotes": lambda: repeat("“”‘’«»„‟‹›「」", MB),
    "unbalanced quotes and cues": lambda: repeat('He said "we will not ', MB),
    "one quotation never closed": lambda: '"' + prose(MB - 1).replace('"', "'"),
    "nested brackets": lambda: "(" * 100_000 + ")" * 100_000,
    "nested mixed brackets": lambda: "([{" * 100_000 + "}])" * 100_000,
    "unclosed brackets": lambda: "(" * 300_000,
    "single 5 MB line": lambda: prose(5 * MB).replace("\n", " "),
    "a million blank lines": lambda: "\n" * MB,
    "a million CRLF blank lines": lambda: "\r\n" * (MB // 2),
    "control characters": lambda: repeat(CONTROL, MB),
    "control characters in prose": lambda: "".join(
        w + CONTROL[i % len(CONTROL)] for i, w in enumerate(prose(MB // 2).split(" "))
    ),
    "NUL bytes": lambda: "\x00" * MB,
    "NUL between words": lambda: prose(MB).replace(" ", "\x00"),
    "right-to-left text": lambda: repeat(RTL, MB // 2),
    "mixed scripts": lambda: repeat(MIXED, MB // 2),
    "combining marks on one letter": lambda: "a" + "\u0301" * (MB // 2),
    "surrogateescape bytes": lambda: _surrogateescaped(MB),
    "lone surrogates": lambda: repeat("\udcff\ud800 said \udfff", MB // 2),
    "one huge word": lambda: "a" * MB,
    "speech cues without quotes": lambda: repeat("said told added according to ", MB),
    "capitalised names": lambda: repeat("President Prime Minister Olaf Scholz Robert Fico ", MB),
    "tiny sentences": lambda: repeat('A said "b." ', MB),
    "page debris": lambda: repeat("ARTICLE AD BOX\n\nRead Entire Article\n", MB),
    "pronouns and speakers": lambda: repeat('"No," he said. "Yes," she added. ', MB),
}


@pytest.mark.parametrize("name", list(CASES))
def test_parse_is_robust_and_linear(name: str) -> None:
    text = CASES[name]()
    seconds, result = _timed_parse(text)
    if isinstance(result, Article):
        assert result.text == text
        assert sk_json.loads(to_json_line(result)) == result
    budget = FACTOR * _prose_seconds(len(text)) + SLACK
    assert seconds <= budget, f"{name}: {seconds:.2f} s for {len(text):,} characters"


def test_size_limit_is_checked_before_any_work() -> None:
    text = "x" * (MB + 1)
    start = time.perf_counter()
    with pytest.raises(InputError, match="more than the limit") as info:
        stancekit.parse(text, max_chars=MB)
    assert info.value.reason == "too-large"
    assert time.perf_counter() - start < 0.5
    with pytest.raises(InputError, match="decode bytes first"):
        stancekit.parse(b"bytes")  # type: ignore[arg-type]


# -- stancekit.json.loads of untrusted JSON ------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        "[" * MB + "]" * MB,
        "[" * MB,
        '{"a":' * MB + "1" + "}" * MB,
        '{"text": "x", "actors": ' + "[" * 100 + "]" * 100 + "}",
    ],
    ids=["lists", "unclosed lists", "objects", "inside an article"],
)
def test_deep_nesting_is_refused_before_decoding(data: str) -> None:
    start = time.perf_counter()
    with pytest.raises(JSONError, match="nesting too deep"):
        sk_json.loads(data)
    assert time.perf_counter() - start < 2.0


def test_deep_nesting_without_a_limit_is_still_a_json_error() -> None:
    with pytest.raises(JSONError, match="nesting too deep"):
        sk_json.loads("[" * 100_000 + "]" * 100_000, max_depth=None)


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("1", 0),
        ("[]", 1),
        ('{"a": [[1], "]]]"]}', 3),
        ('["[[[", "\\"[[", {"b": "\\\\"}]', 2),
        ('"unterminated [[[', 0),
        ("]]]", 0),
    ],
)
def test_nesting_depth(text: str, depth: int) -> None:
    assert sk_json.nesting_depth(text) == depth


def test_nesting_depth_is_linear_on_escaped_quotes() -> None:
    # A naive string regex retries from every escaped quote: quadratic on this input.
    start = time.perf_counter()
    assert sk_json.nesting_depth('["' + '\\"' * MB) == 1
    assert time.perf_counter() - start < 2.0


def test_article_text_full_of_brackets_loads() -> None:
    article = Article("[" * 10_000 + "{" * 10_000)
    assert sk_json.loads(sk_json.dumps(article)) == article


@pytest.mark.parametrize(
    ("doc", "match"),
    [
        ({"text": "x", "__class__": "os.system"}, r"\$: unknown keys \['__class__'\]"),
        ({"text": "x", "py/object": "os.system"}, r"unknown keys \['py/object'\]"),
        ({"text": 3}, r"\$\.text"),
        ({"text": "x", "actors": [{"id": "a", "name": "A", "kind": "person", "x": 1}]},
         r"\$\.actors\[0\]"),
        ({"text": "x", "actors": {"id": "a"}}, r"\$\.actors"),
        ({"text": "x", "date": 20240227}, r"\$\.date"),
        ({"title": "no text"}, r"\$"),
    ],
)  # fmt: skip
def test_unknown_keys_and_wrong_types_name_the_path(doc: object, match: str) -> None:
    with pytest.raises(JSONError, match=match):
        sk_json.loads(json.dumps(doc))


@pytest.mark.parametrize(
    "data",
    [
        '{"text": NaN}',
        '{"text": "x", "actors": [], "statements": [{"span": {"start": Infinity}}]}',
        '{"text": "x", "date": -Infinity}',
        '{"text": ' + "9" * 100_000 + "}",
        b'{"text": "caf\xe9"}',
        b"\xff\xfe\x00",
        "",
        "null",
        "[]",
        '"just a string"',
        '{"text": "x"} trailing',
        '{"text": "x",}',
        "\x00",
    ],
)
def test_malformed_json_is_a_json_error(data: str | bytes) -> None:
    with pytest.raises(JSONError):
        sk_json.loads(data)


@pytest.mark.parametrize("data", [None, 3, ["text"], {"text": "x"}])
def test_non_text_input_is_a_json_error(data: object) -> None:
    with pytest.raises(JSONError, match="expected JSON text"):
        sk_json.loads(data)  # type: ignore[call-overload]


def test_other_encodings_and_a_huge_string_load() -> None:
    article = Article("“Nothing,” he said. " * 50_000)
    data = sk_json.dumps(article)
    assert sk_json.loads(data.encode("utf-16")) == article
    assert sk_json.loads(data.encode("utf-8")) == article


def test_many_errors_are_collected_quickly() -> None:
    doc = {"text": "x", "actors": [{"id": 1}] * 5_000}
    start = time.perf_counter()
    with pytest.raises(JSONError) as info:
        sk_json.loads(json.dumps(doc))
    assert len(info.value.errors) >= 5_000
    assert time.perf_counter() - start < 10.0


def test_loading_executes_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    for doc in (
        {"text": payload},
        {"text": "x", "__reduce__": payload},
        {"text": "x", "title": {"py/reduce": [{"py/function": "os.system"}, [payload]]}},
    ):
        with suppress(JSONError):
            sk_json.loads(json.dumps(doc))
    assert not marker.exists()


# -- the command line never prints a traceback ---------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "ok": tmp_path / "ok.txt",
        "binary": tmp_path / "binary.txt",
        "big": tmp_path / "big.txt",
        "empty": tmp_path / "empty.txt",
        "nul": tmp_path / "nul.txt",
    }
    paths["ok"].write_text('"No," he said.', encoding="utf-8")
    paths["binary"].write_bytes(bytes(range(256)) * 64)
    paths["big"].write_text(prose(50_000), encoding="utf-8")
    paths["empty"].write_bytes(b"\xef\xbb\xbf \n\t\n")
    paths["nul"].write_text("\x00" * 1000 + "said", encoding="utf-8")
    return paths


@pytest.mark.parametrize(
    ("case", "extra", "message"),
    [
        ("binary", (), "not valid UTF-8 (byte 128); pass --errors replace"),
        ("big", ("--max-chars", "20000"), "more than the limit of 20,000"),
        ("big", ("--max-chars", "1000"), "bytes for a limit of 1,000 characters"),
        ("empty", (), "is empty"),
    ],
)
def test_cli_single_file_errors_are_one_line(
    capsys: pytest.CaptureFixture[str],
    files: dict[str, Path],
    case: str,
    extra: tuple[str, ...],
    message: str,
) -> None:
    code, out, err = _cli(capsys, "parse", str(files[case]), *extra)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("stancekit: error: ")
    assert message in err


@pytest.mark.parametrize(
    "argv",
    [
        ("parse", "no/such/file.txt"),
        ("parse", "nul\x00in-name.txt"),
        ("parse", "no/such/dir/*.txt"),
        ("ask", "no/such/file.txt", "who said it"),
        ("ask", "bad\x00name", "who said it"),
    ],
)
def test_cli_bad_paths_are_one_line(capsys: pytest.CaptureFixture[str], argv: tuple[str]) -> None:
    code, out, err = _cli(capsys, *argv)
    assert (code, out, err.count("\n")) == (1, "", 1)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_cli_endless_file_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "parse", "/dev/zero", "--max-chars", "1000")
    assert (code, out) == (1, "")
    message = "/dev/zero is too large (over 4,003 bytes for a limit of 1,000 characters)"
    assert err == f"stancekit: error: {message}\n"
    code, out, err = _cli(capsys, "parse", "/dev/zero", "--jsonl")  # default limit: 40 MB read
    assert (code, out) == (1, "")  # failures are reported on stderr, not in the corpus
    assert err.startswith("stancekit: skipped: /dev/zero is too large")


def test_cli_replace_and_odd_texts(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    assert _cli(capsys, "parse", str(files["binary"]), "--errors", "replace")[0] == 0
    # Text full of NUL bytes is UTF-16 without a byte-order mark or a binary file: refused.
    code, out, err = _cli(capsys, "parse", str(files["nul"]), "--format", "json")
    assert (code, out) == (1, "")
    assert "full of NUL bytes" in err


def test_cli_batch_reports_hostile_files_and_goes_on(
    capsys: pytest.CaptureFixture[str], files: dict[str, Path]
) -> None:
    paths = [str(files[k]) for k in ("binary", "big", "empty", "nul", "ok")]
    code, out, err = _cli(capsys, "parse", *paths, "--max-chars", "2000")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["source"] for d in lines] == [str(files["ok"])]  # articles only
    assert err.count("stancekit: skipped: ") == 4
    assert code == 1
    assert re.match(r"stancekit: 1 article, \d+ statements, 4 errors", err.splitlines()[-1])


def _run_cli(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stancekit.cli", *argv],
        input=stdin.decode("latin-1"),
        capture_output=True,
        text=True,
        encoding="latin-1",
        timeout=60,
        check=False,
    )


def test_cli_subprocess_binary_file_and_empty_stdin(files: dict[str, Path]) -> None:
    binary = _run_cli("parse", str(files["binary"]))
    assert binary.returncode == 1
    assert binary.stderr.startswith("stancekit: error: ")
    assert "Traceback" not in binary.stderr
    empty = _run_cli("parse", "-")
    assert (empty.returncode, empty.stderr) == (1, "stancekit: error: standard input is empty\n")


def test_cli_subprocess_batch_with_bad_files(files: dict[str, Path]) -> None:
    directory = str(files["ok"].parent)
    proc = _run_cli("parse", directory, "--workers", "2")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stdout.splitlines()) == 2  # the articles; failures go to stderr
    assert re.match(
        r"stancekit: 2 articles, \d+ statements, 3 errors", proc.stderr.splitlines()[-1]
    )
