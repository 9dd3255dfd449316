"""Property-based fuzzing of parse() and stancekit.json.loads (fast under the default profile).

The longer, coverage-guided target is ``benchmarks/fuzz_atheris.py`` (see docs/fuzzing.md).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit import Article, JSONError, StancekitError, parse_many
from stancekit import json as sk_json
from stancekit.batch import to_json_line
from stancekit.testing import articles

# -- strategies ----------------------------------------------------------------------------

#: Every code point, lone surrogates included (they occur after surrogateescape decoding).
any_char = st.characters(exclude_categories=[])

#: The pieces news text is made of, plus the ones that break naive parsers.
FRAGMENTS = [
    *("said", "told", "added", "according to", "warned", "ruled out", "never", "no plans"),
    *("Macron", "Olaf Scholz", "the minister", "he", "she", "they", "NATO", "Mr.", "Dr."),
    *("troops", "Ukraine", "ground", "not", "will", "would", "a", "the", "spokesman for"),
    *('"', "'", "“", "”", "‘", "’", "«", "»", "„", "(", ")", "[", "]", "{", "}"),
    *(",", ".", ":", ";", "?", "!", "—", "–", "...", " ", " ", "\n", "\n\n", "\r\n", "\t"),
    *("\r", "\u2028", "\u2029", "\x85", "\x0c", "\x0b", "''", "6'2\"", "don't", "\ud83d\ude00"),
    *("\x00", "\u202e", "\u200b", "\ufeff", "\udcff", "Ω", "中", "😀", "e\u0301"),
    *("ARTICLE AD BOX", "Read Entire Article"),
]

news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join) | st.lists(
    st.sampled_from(FRAGMENTS), max_size=80
).map(" ".join)

texts = news_like | st.text(any_char, max_size=200)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(any_char, max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    return 0


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """The JSON of a valid article with one thing broken: a key gone, added or retyped."""
    data = sk_json.unstructure(draw(articles()))
    # Walk down to a random container.
    node: Any = data
    for _ in range(draw(st.integers(0, 4))):
        children = list(node.values()) if isinstance(node, dict) else node
        children = [c for c in children if isinstance(c, dict | list) and c]
        if not children:
            break
        node = draw(st.sampled_from(children))
    if isinstance(node, dict):
        key = draw(st.sampled_from(sorted(node)))
        action = draw(st.sampled_from(["delete", "retype", "add"]))
        if action == "delete":
            del node[key]
        elif action == "retype":
            node[key] = draw(json_values)
        else:
            node[draw(st.text(max_size=8))] = draw(json_values)
    else:
        node[draw(st.integers(0, len(node) - 1))] = draw(json_values)
    return json.dumps(data)


# -- parse ---------------------------------------------------------------------------------


def _parse_or_none(text: str) -> Article | None:
    try:
        return stancekit.parse(text)
    except StancekitError:  # a deliberate refusal is fine; anything else is a bug
        return None


@given(texts)
def test_parse_keeps_the_text_and_round_trips(text: str) -> None:
    article = _parse_or_none(text)
    if article is not None:
        assert article.text == text
        for s in article.statements:
            assert s.content == s.content_of(text)
        assert sk_json.loads(to_json_line(article)) == article


@given(texts)
def test_parse_is_deterministic(text: str) -> None:
    assert _parse_or_none(text) == _parse_or_none(text)


@given(st.lists(texts, max_size=5))
def test_parse_many_matches_parse(batch: list[str]) -> None:
    expected = [_parse_or_none(t) for t in batch]
    got = [r if isinstance(r, Article) else None for r in parse_many(batch)]
    assert got == expected


# -- json.loads ----------------------------------------------------------------------------


def _loads_or_error(data: str | bytes) -> Article | JSONError:
    try:
        return sk_json.loads(data)
    except JSONError as exc:
        error = exc
    # Every problem is reported with the path where it sits.
    assert error.errors
    assert all(line.startswith("$") for line in error.errors), error.errors
    return error


@given(st.text(any_char, max_size=200) | st.binary(max_size=200))
def test_loads_of_noise(data: str | bytes) -> None:
    _loads_or_error(data)


@given(json_values)
def test_loads_of_any_json_value(value: Any) -> None:
    _loads_or_error(json.dumps(value))


@given(mutated_articles())
def test_loads_of_broken_articles(data: str) -> None:
    _loads_or_error(data)


@given(articles(), st.data())
def test_loads_of_truncated_articles(article: Article, data: st.DataObject) -> None:
    text = sk_json.dumps(article)
    cut = data.draw(st.integers(0, len(text) - 1))
    assert isinstance(_loads_or_error(text[:cut]), JSONError)


@given(json_values)
def test_nesting_depth_matches_the_decoded_value(value: Any) -> None:
    assert sk_json.nesting_depth(json.dumps(value)) == _depth(value)
    assert sk_json.nesting_depth(json.dumps(value, ensure_ascii=False, indent=1)) == _depth(value)
