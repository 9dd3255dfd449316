"""Hostile input: parse() stays linear and only raises StancekitError; JSON loading and the
command line stay bounded and never show a traceback.

Timing checks compare each hostile text with ordinary prose of the same length, so they catch
super-linear behaviour (a quadratic scan over a megabyte of quotation marks) rather than
measuring absolute speed: a case fails when it takes more than ``FACTOR`` times the prose plus
``SLACK`` seconds. A ``DEADLINE`` alarm stops a runaway case instead of hanging the suite.
"""

from __future__ import annotations

import datetime
import json
import random
import re
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Actor, Article, InputError, JSONError, StancekitError, ValidationError
from stancekit import json as sk_json
from stancekit.batch import to_json_line
from stancekit.cli import main
from stancekit.corpus import iter_jsonl_lines

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
    except _TimeoutError as exc:
        # Raised from the signal handler, whose frames pytest cannot always show (a failure
        # report would crash pytest itself): fail here, with the message only.
        message = str(exc)
    else:
        return
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    pytest.fail(message, pytrace=False)


def _timed_parse(text: str, limit: int = DEADLINE) -> tuple[float, Article | StancekitError]:
    start = time.perf_counter()
    try:
        with deadline(limit):
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


#: Marks that cannot open a quotation after earlier single marks: each one used to rescan
#: every earlier single mark (quadratic). Built at the size given.
QUOTE_SCAN_CASES: dict[str, Callable[[int], str]] = {
    "single mark, then a closing double mark": lambda n: repeat("a 'b\u201d ", n),
    "closing double mark, then a single mark": lambda n: repeat("x\u201d 'y ", n),
    "apostrophes and closing double marks": lambda n: repeat("don't x\u201d ", n),
    "a roster of heights": lambda n: repeat("Smith 6'2\", Jones 5'11\", Brown 6'0\", ", n),
    "straight single and double marks": lambda n: repeat("it's 'so\" ", n),
}


@pytest.mark.parametrize("name", list(QUOTE_SCAN_CASES))
def test_quote_scan_is_linear(name: str) -> None:
    text = QUOTE_SCAN_CASES[name](200_000)
    seconds, result = _timed_parse(text)
    assert isinstance(result, Article)
    budget = FACTOR * _prose_seconds(len(text)) + SLACK
    assert seconds <= budget, f"{name}: {seconds:.2f} s for {len(text):,} characters"


@pytest.mark.slow
@pytest.mark.parametrize("name", list(QUOTE_SCAN_CASES))
def test_quote_scan_is_linear_at_the_default_limit(name: str) -> None:
    text = QUOTE_SCAN_CASES[name](stancekit.DEFAULT_MAX_CHARS)
    seconds, result = _timed_parse(text, limit=20 * DEADLINE)
    assert isinstance(result, Article)
    budget = FACTOR * _prose_seconds(len(text)) + SLACK
    assert seconds <= budget, f"{name}: {seconds:.2f} s for {len(text):,} characters"


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("He said 'yes\u201d today and 'no\u201d later.", "yes|no"),
        ("'a\u201d 'b\u201d 'c\u201d", "a|b|c"),
        # the first single mark after the last quotation opens (an apostrophe too)
        ("It's late: 'yes\u201d and don't 'no\u201d now.", "s late: 'yes|t 'no"),
        ("Smith is 6'2\" and Jones is 5'11\".", "2|11"),
        ("No single mark\u201d here.", ""),
    ],
)
def test_single_mark_closed_by_a_double_one(text: str, inner: str) -> None:
    from stancekit.parse._text import _quotes

    quotes, _ = _quotes(text, 0, len(text), carry=False)
    assert "|".join(text[q.inner_start : q.inner_end] for q in quotes) == inner


#: Every line boundary of str.splitlines other than LF.
LINE_BREAKS = ["\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\x1d", "\x1e"]


def _statements(article: Article) -> list[tuple[str, str, str]]:
    return [(s.kind, s.content, article.actor(s.speaker).name) for s in article.statements]


@pytest.mark.parametrize("sep", LINE_BREAKS, ids=[f"U+{ord(c[-1]):04X}" for c in LINE_BREAKS])
def test_any_line_break_splits_paragraphs_as_lf_does(sep: str) -> None:
    text = _seed().replace("\n", sep)
    article = stancekit.parse(text)
    lf = stancekit.parse(_seed())
    assert _statements(article) == _statements(lf)
    for s in article.statements:  # offsets into the text as given
        assert s.span.of(text) == s.content
    question = "who ruled out ground troops"
    assert [a.actor.name for a in article.ask(question)] == [a.actor.name for a in lf.ask(question)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe said no.{sep}John Doe said the plan was dead.",
         [("the plan was dead", "John Doe")]),
        ('"We will not go," said John Doe.{sep}"Nor will we," said Jane Roe.',
         [("We will not go", "John Doe"), ("Nor will we", "Jane Roe")]),
        # a line break ends the paragraph: no quotation runs across it to a cue
        ('"We will{sep}not go," said John Doe.', []),
    ],
)  # fmt: skip
@pytest.mark.parametrize("sep", ["\n", *LINE_BREAKS], ids=lambda c: f"U+{ord(c[-1]):04X}")
def test_line_breaks_end_paragraphs(text: str, expected: list[tuple[str, str]], sep: str) -> None:
    article = stancekit.parse(text.format(sep=sep))
    assert [(s.content, article.actor(s.speaker).name) for s in article.statements] == expected


# -- a linear-time guarantee that does not depend on finding each bad pattern -------------

#: What hostile text is made of: every kind of quotation mark, every line break, speech
#: cues, names, pronouns, semicolons and punctuation.
MIX_FRAGMENTS = [
    *('"', "'", "''", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"),
    *("\u201f", "\u2039", "\u203a", "\u201a", "\u300c", "\u300d"),
    *("\n", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1e"),
    *("said", "says", "told", "according to", "added", "warned", "ruled out", "said that"),
    *("Jane Roe", "John Smith", "the minister", "a spokesman for", "he", "she", "they", "Mr."),
    *("President", "NATO", "don't", "6'2\"", "not", "will", "never", "a", "that", "troops"),
    *(";", ",", ".", ":", "\u2014", "(", ")", "[", "]", "!", "?", "...", " ", " ", " ", "\t"),
]
#: Time and memory factors a mixture may take over prose of the same length (see
#: docs/performance.md): generated mixtures measured at most 5.0x the time and 5.2x the
#: tracemalloc peak; a line break after every character is the worst known (8.2x memory).
TIME_FACTOR = 10.0
MEMORY_FACTOR = 10.0


def _best_of(text: str, runs: int = 3) -> float:
    """Fastest of *runs* parses: robust to a busy machine, which only ever slows a run."""
    return min(_timed_parse(text)[0] for _ in range(runs))


def _peak(text: str) -> int:
    tracemalloc.start()
    try:
        with suppress(StancekitError):
            stancekit.parse(text, max_chars=None)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@cache
def _prose_figures(n: int) -> tuple[float, int]:
    return _best_of(prose(n)), _peak(prose(n))


@st.composite
def mixtures(draw: st.DrawFn, size: int) -> str:
    """Text of *size* characters: a few fragments, either one unit repeated (a bad pattern
    over and over) or drawn at random throughout."""
    pool = draw(st.lists(st.sampled_from(MIX_FRAGMENTS), min_size=1, max_size=12))
    rng = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        unit = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        return repeat(unit, size)
    parts: list[str] = []
    length = 0
    while length < size:
        part = rng.choice(pool)
        parts.append(part if rng.random() < 0.7 else part + " ")
        length += len(parts[-1])
    return "".join(parts)[:size]


def _check_linear(text: str) -> None:
    prose_seconds, prose_peak = _prose_figures(len(text))
    seconds = _best_of(text)
    assert seconds <= TIME_FACTOR * prose_seconds + 1.0, f"{seconds:.2f} s: {text[:80]!r}"
    peak = _peak(text)
    assert peak <= MEMORY_FACTOR * prose_peak + MB, f"{peak / len(text):.0f} B/char"


@settings(max_examples=6, deadline=None)
@given(mixtures(50_000))
def test_mixtures_stay_linear(text: str) -> None:
    _check_linear(text)


@pytest.mark.slow
@settings(max_examples=20, deadline=None)
@given(mixtures(MB))
def test_mixtures_stay_linear_at_a_megabyte(text: str) -> None:
    _check_linear(text)


#: Texts that once took far more memory per character than prose.
MEMORY_CASES: dict[str, Callable[[int], str]] = {
    "according to, over and over": lambda n: repeat("according to ", n),
    "a line break after every character": lambda n: "\n".join(repeat("ab", n // 2))[:n],
    "semicolon speaker lists": lambda n: repeat('"No," said Smith; Jones; Brown; Green. ', n),
    "co-speakers": lambda n: repeat("Smith, Jones; Brown, Green; White said ", n),
    "tiny quoted sentences": lambda n: repeat('A said "b." ', n),
}


@pytest.mark.parametrize("name", list(MEMORY_CASES))
def test_memory_per_character_is_bounded(name: str) -> None:
    n = 50_000  # memory per character does not depend on the size (measured to 400 kB)
    peak = _peak(MEMORY_CASES[name](n))
    assert peak <= MEMORY_FACTOR * _prose_figures(n)[1] + MB, f"{peak / n:.0f} B/char"


def test_attributions_per_sentence_are_capped() -> None:
    from stancekit.parse.attribution import MAX_ATTRIBUTIONS_PER_SENTENCE

    article = stancekit.parse("according to " * 200)  # one sentence of cues
    assert 0 < len(article.statements) <= MAX_ATTRIBUTIONS_PER_SENTENCE
    contents = sum(len(s.content) for s in article.statements)
    assert contents <= MAX_ATTRIBUTIONS_PER_SENTENCE * len(article.text)


def test_co_speakers_share_one_content_string() -> None:
    article = stancekit.parse("Jane Roe and John Smith said the plan was dead.")
    first, second = article.statements
    assert (first.content, second.content) == ("the plan was dead", "the plan was dead")
    assert first.content is second.content


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
    # CPU time, not wall-clock time: a loaded machine must not fail a check of the work done.
    start = time.process_time()
    with pytest.raises(JSONError, match="nesting too deep"):
        sk_json.loads(data)
    assert time.process_time() - start < 2.0


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


def _timed_loads(data: str) -> tuple[float, int, JSONError | None]:
    """Seconds, tracemalloc peak bytes and the error of loading *data*."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        sk_json.loads(data)
        error = None
    except JSONError as exc:
        error = exc
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, error


@pytest.mark.parametrize(
    "item",
    [
        {"zz": 1},
        {"id": 1, "name": 2, "kind": "robot", "aliases": [3, 4], "mentions": [{"start": "x"}]},
        {"id": "a", "name": "A", "kind": "person", "aliases": "Hardy"},
    ],
    ids=["unknown keys", "badly typed actors", "bare string aliases"],
)
def test_errors_are_bounded_and_loading_stays_linear(item: dict[str, object]) -> None:
    data = json.dumps({"text": "x", "actors": [item] * ITEMS})
    seconds, peak, error = _timed_loads(data)
    assert error is not None
    errors = error.errors
    assert len(errors) == sk_json.MAX_ERRORS + 1
    assert errors[-1].startswith("$: ... and ")
    assert errors[-1].endswith("(arrays stop being checked after 20 bad items)")
    valid_seconds, valid_peak = _valid_actors_loading()
    assert seconds <= FACTOR * valid_seconds + SLACK
    assert peak <= FACTOR * valid_peak + 10 * MB


ITEMS = 20_000


@cache
def _valid_actors_loading() -> tuple[float, int]:
    """Seconds and peak bytes to load as many valid actors: all the work bad ones skip."""
    valid = {"id": "a", "name": "Jane Roe", "kind": "person", "aliases": ["Roe", "Jane"]}
    data = json.dumps({"text": "x", "actors": [{**valid, "id": f"a{i}"} for i in range(ITEMS)]})
    seconds, peak, error = _timed_loads(data)
    assert error is None
    return seconds, peak


@pytest.mark.parametrize(
    ("count", "lines"),
    [(1, 3), (6, 18), (7, 20 + 1), (20, 20 + 1), (21, 20 + 1)],
)
def test_error_lines_are_capped(count: int, lines: int) -> None:
    doc = {"text": "x", "actors": [{"id": 1}] * count}  # 3 errors per actor
    with pytest.raises(JSONError) as info:
        sk_json.loads(json.dumps(doc))
    assert len(info.value.errors) == lines
    assert info.value.errors[0] == "$.actors[0].id: invalid value for type, expected str"
    if lines > 20:
        assert info.value.errors[-1].startswith(f"$: ... and {3 * min(count, 20) - 20} more")


@pytest.mark.parametrize(
    ("actor", "match"),
    [
        ({"aliases": "Hardy"}, r"\$\.actors\[0\]\.aliases: .*expected tuple"),
        ({"aliases": ["Hardy", 5]}, r"\$\.actors\[0\]\.aliases\[1\]"),
        ({"mentions": {"start": 0, "end": 1}}, r"\$\.actors\[0\]\.mentions"),
    ],
)
def test_a_bare_value_is_not_a_list(actor: dict[str, object], match: str) -> None:
    doc = {"text": "x", "actors": [{"id": "a", "name": "A", "kind": "person", **actor}]}
    with pytest.raises(JSONError, match=match):
        sk_json.loads(json.dumps(doc))


@pytest.mark.parametrize("aliases", ["Hardy", b"Hardy", ["Hardy", 5]])
def test_actor_refuses_a_bare_string_for_aliases(aliases: object) -> None:
    with pytest.raises(ValidationError, match=r"Actor\.aliases"):
        Actor("a", "A", "person", aliases=aliases)  # type: ignore[arg-type]
    assert Actor("a", "A", "person", aliases=["Hardy"]).aliases == ("Hardy",)
    assert Actor("a", "A", "person", aliases=iter(["T", "H"])).aliases == ("T", "H")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("date", "2024-01-01"),
        ("date", 20240101),
        ("title", 5),
        ("title", b"x"),
        ("source", b"x"),
        ("source", ["a.txt"]),
        ("text", b"bytes"),
    ],
)
def test_article_refuses_wrongly_typed_metadata(field: str, value: object) -> None:
    fields: dict[str, object] = {"text": "x", field: value}
    with pytest.raises(ValidationError, match=f"^{field}: must be") as info:
        Article(**fields)  # type: ignore[arg-type]
    assert info.value.path == field


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        (datetime.datetime(2024, 2, 27, 18, 30), datetime.date(2024, 2, 27)),
        (
            datetime.datetime(2024, 2, 27, 23, 0, tzinfo=datetime.UTC),
            datetime.date(2024, 2, 27),
        ),
        (datetime.date(2024, 2, 27), datetime.date(2024, 2, 27)),
        (None, None),
    ],
)
def test_article_date_is_a_plain_date_and_round_trips(
    value: datetime.date | None, stored: datetime.date | None
) -> None:
    article = Article("x", date=value, title="T", source="s")
    assert article.date == stored
    assert type(article.date) is type(stored)
    assert sk_json.loads(sk_json.dumps(article)) == article
    assert stancekit.parse('"No," he said.', date=value).date == stored


@pytest.mark.parametrize(
    "text",
    [
        "caf\udce9 said no",  # surrogateescape: a lone low surrogate
        "\ud800 said no",  # a lone high surrogate
        "\udc00\ud800 said no",  # low then high: no pair
        "\ud800",
        "emoji \U0001f600 and \udcff",
    ],
)
def test_texts_with_lone_surrogates_round_trip(text: str) -> None:
    article = stancekit.parse(text)
    assert sk_json.loads(to_json_line(article)) == article
    assert sk_json.loads(sk_json.dumps(article)) == article


@pytest.mark.parametrize(
    "text", ["a \ud83d\ude00 b", "\udbff\udfff", '"No," he said \ud800\udc00.']
)
def test_a_surrogate_pair_as_two_code_points_is_refused(text: str) -> None:
    # JSON cannot keep the pair apart from the character it encodes: refuse, don't corrupt
    with pytest.raises(InputError, match="surrogate pair") as info:
        stancekit.parse(text)
    assert info.value.reason == "surrogate-pair"
    with pytest.raises(ValidationError, match=r"^text: holds a surrogate pair"):
        Article(text)
    joined = text.encode("utf-16", "surrogatepass").decode("utf-16")
    assert sk_json.loads(sk_json.dumps(stancekit.parse(joined))).text == joined


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85"])
def test_jsonl_lines_survive_splitlines(sep: str) -> None:
    articles = [stancekit.parse(f'"No,"{sep}he said.'), Article(f"one{sep}two")]
    text = "\n".join(sk_json.dumps(a) for a in articles) + "\n"
    assert sep not in text
    assert list(iter_jsonl_lines(text.splitlines())) == articles
    assert list(iter_jsonl_lines(text.split("\n"))) == articles


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Jane Roe said: \u201cWe will not go\u2019.", "We will not go"),
        ("Jane Roe said: \u201cWe will not go'.", "We will not go"),
        ("Jane Roe said: \u201cWe will not go\u2019", "We will not go"),
        # a single mark opened inside the quotation closes only that one
        ("Jane Roe said: \u201cHe told me \u2018go home.\u2019", "He told me \u2018go home.\u2019"),
        ("Jane Roe said: \u201cWe will \u2018never\u2019 go.", "We will \u2018never\u2019 go."),
        ("Jane Roe said: \u201cWe will not go.", "We will not go."),
        ("Jane Roe said: \u201cWe will not go.\u201d", "We will not go."),
    ],
)
def test_unclosed_outer_quotation_keeps_marks_out_of_content(text: str, content: str) -> None:
    article = stancekit.parse(text)
    assert [(s.content, s.kind) for s in article.statements] == [(content, "direct")]


def test_quotation_closed_by_a_single_mark_does_not_run_on() -> None:
    text = "Jane Roe said: \u201cWe will not go.\u2019\n\u201cNever,\u201d she added."
    article = stancekit.parse(text)
    assert [s.content for s in article.statements] == ["We will not go.", "Never"]


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
