"""``stancekit.json``: ``loads`` is an ``Article`` by default and the model asked for otherwise."""

from __future__ import annotations

from typing import Any, assert_type

import stancekit
from stancekit import Actor, Article, JSONError, Span, Statement


def loading(data: str, raw: bytes, buffer: bytearray) -> None:
    assert_type(stancekit.json.loads(data), Article)
    assert_type(stancekit.json.loads(raw), Article)
    assert_type(stancekit.json.loads(buffer, max_depth=None), Article)
    assert_type(stancekit.json.loads(data, Actor), Actor)
    assert_type(stancekit.json.loads(data, Statement, max_depth=8), Statement)
    assert_type(stancekit.json.loads(data, Span), Span)
    assert_type(stancekit.json.DEFAULT_MAX_DEPTH, int)
    assert_type(stancekit.json.nesting_depth(data), int)


def dumping(article: Article, actors: list[Actor]) -> None:
    assert_type(stancekit.json.dumps(article), str)
    assert_type(stancekit.json.dumps(actors, indent=2), str)
    plain = stancekit.json.unstructure(article)
    assert_type(plain, Any)
    assert_type(stancekit.json.structure(plain, Article), Article)
    assert_type(stancekit.json.structure(plain, list[Article]), list[Article])


def round_trip(article: Article) -> bool:
    return stancekit.json.loads(stancekit.json.dumps(article)) == article


def errors(data: str) -> list[str]:
    try:
        stancekit.json.loads(data)
    except JSONError as exc:
        assert_type(exc.errors, list[str])  # one "$.path: message" line per problem
        return exc.errors
    return []


def converter() -> None:
    import cattrs

    c = stancekit.json.make_converter()
    assert_type(c, cattrs.Converter)
    stancekit.json.configure_converter(c)
