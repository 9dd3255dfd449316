"""Batch parsing: ``parse_many`` and ``parse_files`` yield ``Article | ParseFailure``."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import assert_never, assert_type

import stancekit
from stancekit import Article, Document, ParseFailure, ParseResult
from stancekit.batch import Results, read_file, to_json_line


def streaming(texts: Iterator[str], day: datetime.date) -> None:
    for result in stancekit.parse_many(texts):
        assert_type(result, Article | ParseFailure)
    documents = [Document("text", source="a.txt", title="A headline", date=day)]
    results = stancekit.parse_many(documents, workers=2, chunksize=4, max_chars=None)
    assert_type(results, Results)
    with contextlib.closing(results) as stream:
        for result in stream:
            assert_type(result, ParseResult)


def files(paths: list[Path], names: list[str]) -> None:
    for result in stancekit.parse_files(paths, errors="replace", workers=None):
        assert_type(result, Article | ParseFailure)
    for result in stancekit.parse_files(names):
        assert_type(to_json_line(result), str)
    assert_type(read_file(paths[0], max_chars=1_000), str)


def outcome(result: ParseResult) -> str:
    # Exhaustive: a batch result is an article or a failure, nothing else.
    if isinstance(result, Article):
        return str(len(result.statements))
    if isinstance(result, ParseFailure):
        assert_type(result.index, int)
        assert_type(result.source, str | None)
        assert_type(result.error, str)
        assert_type(result.error_type, str)
        assert_type(result.reason, str | None)
        assert_type(result.details, str | None)
        assert_type(result.unexpected, bool)
        return str(result)
    assert_never(result)
