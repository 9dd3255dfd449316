"""Parse corpora beyond one machine with dask (the ``dask`` extra).

``pip install 'stancekit[dask]'``, then::

    from dask.distributed import Client
    from stancekit.cluster import parse_bag, read_files, write_jsonl

    client = Client("tcp://scheduler:8786")          # or LocalCluster(), or no client at all
    results = parse_bag(read_files(paths, partition_size=64))
    write_jsonl(results, "s3://bucket/parsed/")      # part-00000.jsonl, part-00001.jsonl, ...

Each partition is parsed by :func:`~stancekit.batch.parse_many` in one worker, so the output
(one JSON line per input, in input order, ``{"source": ..., "error": ...}`` for a failure) has
the articles ``stancekit parse`` writes for the same inputs on one machine (which reports
failures apart, on stderr and in ``--failures FILE``); corpus readers skip and count the
failure lines. The scheduler is
dask's: threads, processes, or a ``distributed`` cluster. See ``docs/cluster.md``.

This module imports dask; ``import stancekit`` does not.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ._extras import needs_extra
from .batch import (
    Document,
    ParseFailure,
    ParseOptions,
    ParseResult,
    failure_of,
    parse_many,
    read_file,
    to_json_line,
)
from .lexicon import Lexicon
from .parse import DEFAULT_MAX_CHARS, KnownActor

with needs_extra("dask", "stancekit.cluster"):
    import dask.bag as db

__all__ = [
    "parse_bag",
    "parse_corpus",
    "read_files",
    "read_jsonl",
    "write_jsonl",
]

#: What the bags built here hold before parsing: inputs, or inputs that already failed.
Item = str | Document | ParseFailure


# -- reading -------------------------------------------------------------------------------


def _read_partition(paths: list[str], errors: str, max_chars: int | None) -> list[Item]:
    out: list[Item] = []
    for i, path in enumerate(paths):
        # Same reader, same messages as parse_files() and the command line.
        try:
            out.append(Document(read_file(path, errors=errors, max_chars=max_chars), path))
        except Exception as exc:
            out.append(failure_of(i, path, exc))
    return out


def read_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    partition_size: int = 64,
    errors: str = "strict",
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> db.Bag:
    """A bag of the article files at *paths*, read (as UTF-8) by the workers.

    Every worker must see the files at the same paths (a shared file system). A file that
    cannot be read becomes a :class:`~stancekit.batch.ParseFailure`, as in
    :func:`~stancekit.batch.parse_files`.

    Args:
        paths: The files, in the order the output should keep.
        partition_size: Files per partition (per task).
        errors: ``"strict"`` or ``"replace"`` for bytes that are not UTF-8.
        max_chars: Refuse larger files without reading them.
    """
    names = [os.fspath(p) for p in paths]
    bag: db.Bag = db.from_sequence(names, partition_size=partition_size)
    items: db.Bag = bag.map_partitions(_read_partition, errors, max_chars)
    return items


def _document(line: str, index: int) -> Item:
    """A JSON Lines record ``{"text": ..., "source": ..., "title": ..., "date": ...}``."""
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return ParseFailure(index, None, f"not a JSON line ({exc})", "InputError", "decode")
    if isinstance(record, dict) and "text" not in record and isinstance(record.get("error"), str):
        # A failure record that an older batch run wrote: it stays a failure, and counts.
        source = record.get("source")
        where = source if isinstance(source, str) else None
        msg = f"failed in an earlier run: {record['error']}"
        return ParseFailure(index, where, msg, "InputError", "earlier-failure")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        msg = 'expected a JSON object with a string "text"'
        source = record.get("source") if isinstance(record, dict) else None
        where = source if isinstance(source, str) else None
        return ParseFailure(index, where, msg, "InputError", "decode")
    text: str = record["text"]
    source, title, date = (record.get(k) for k in ("source", "title", "date"))
    problem = next(
        (
            f'"{key}" must be a string'
            for key, value in (("source", source), ("title", title), ("date", date))
            if value is not None and not isinstance(value, str)
        ),
        None,
    )
    day = None
    if problem is None and date:
        try:
            day = datetime.date.fromisoformat(date)
        except ValueError:
            problem = f'"date" is not an ISO date (YYYY-MM-DD): {date!r}'
    if problem is None and not text.strip():  # as read_file() says of a blank file
        problem = f"{source if isinstance(source, str) else f'line {index + 1}'} is empty"
        reason = "empty"
    else:
        reason = "decode"
    if problem is not None:
        where = source if isinstance(source, str) else None
        return ParseFailure(index, where, problem, "InputError", reason)
    return Document(text, source=source, title=title, date=day)


def _decode_partition(lines: list[str]) -> list[Item]:
    return [_document(line, i) for i, line in enumerate(lines) if line.strip()]


def read_jsonl(
    urlpath: str | Sequence[str], *, blocksize: int | str | None = None, errors: str = "strict"
) -> db.Bag:
    """A bag of the records of a JSON Lines corpus, one article a line.

    Each line is an object with a string ``"text"`` and optional ``"source"``, ``"title"``
    and ``"date"`` (ISO) strings; other keys (an id, a URL) are ignored. A line that is not
    such an object becomes a :class:`~stancekit.batch.ParseFailure`; blank lines are skipped.

    Args:
        urlpath: File(s) or glob, local or any fsspec URL (``s3://...``).
        blocksize: Split files into partitions of about this many bytes (``"64MiB"``);
            ``None``: one partition per file.
        errors: How to decode bytes that are not UTF-8 (``"strict"`` fails the task).
    """
    lines: db.Bag = db.read_text(urlpath, blocksize=blocksize, encoding="utf-8", errors=errors)
    items: db.Bag = lines.map_partitions(_decode_partition)
    return items


# -- parsing and writing -------------------------------------------------------------------


def _parse_partition(items: Iterable[Item], options: ParseOptions) -> list[ParseResult]:
    items = list(items)
    inputs = [item for item in items if not isinstance(item, ParseFailure)]
    parsed = iter(
        parse_many(
            inputs,
            lexicon=options.lexicon,
            actors=options.actors,
            max_chars=options.max_chars,
        )
    )
    # Failures from reading keep their place; everything else is parsed in order.
    return [item if isinstance(item, ParseFailure) else next(parsed) for item in items]


def parse_bag(
    bag: db.Bag,
    *,
    lexicon: Lexicon | None = None,
    actors: Sequence[KnownActor] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> db.Bag:
    """Parse every item of *bag* (texts, :class:`~stancekit.batch.Document` values, or the
    output of :func:`read_files` / :func:`read_jsonl`), partition by partition.

    Returns:
        A bag of :class:`~stancekit.model.Article` and
        :class:`~stancekit.batch.ParseFailure` values, in the order of *bag*. A failure's
        ``index`` counts within its partition.
    """
    options = ParseOptions(lexicon, tuple(actors), max_chars)
    results: db.Bag = bag.map_partitions(_parse_partition, options)
    return results


def _lines(results: Iterable[ParseResult]) -> list[str]:
    return [to_json_line(r) for r in results]


def _write_part(results: list[ParseResult], path: str) -> str:
    from ._atomic import atomic_write

    with atomic_write(path, overwrite=True) as f:
        for result in results:
            f.write(to_json_line(result) + "\n")
    return path


def write_jsonl(results: db.Bag, outdir: str | os.PathLike[str], **compute: Any) -> list[str]:
    """Write *results* as JSON Lines, one file per partition (``part-00000.jsonl``, ...).

    In a local (or shared) folder each partition is written under a temporary name and
    renamed into place once complete, and ``part-*.jsonl`` files of an earlier run that
    this run did not write are removed afterwards, so the folder holds this run's output
    and nothing else.

    Args:
        results: A bag from :func:`parse_bag`.
        outdir: A directory every worker can write to: local, shared, or an fsspec URL.
        compute: Passed to dask's ``compute`` (``scheduler="processes"``, ...).

    Returns:
        The paths written, in order: concatenated, they hold the articles of
        ``stancekit parse`` on the same inputs, with a failure line where it reports one.
    """
    target = os.fspath(outdir)
    if "://" in target:
        urls: list[str] = results.map_partitions(_lines).to_textfiles(
            target.rstrip("/") + "/part-*.jsonl",
            name_function=lambda i: f"{i:05d}",
            encoding="utf-8",
            last_endline=True,
            **compute,
        )
        return urls
    from dask.base import compute as dask_compute
    from dask.delayed import delayed

    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    names = [str(folder / f"part-{i:05d}.jsonl") for i in range(results.npartitions)]
    parts = results.to_delayed()
    tasks = [delayed(_write_part)(p, n) for p, n in zip(parts, names, strict=True)]
    paths: list[str] = list(dask_compute(*tasks, **compute))
    written = set(paths)
    for stale in folder.glob("part-*.jsonl"):
        if str(stale) not in written:
            stale.unlink(missing_ok=True)
    return paths


def parse_corpus(
    inputs: str | Sequence[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    *,
    jsonl: bool = False,
    partition_size: int = 64,
    blocksize: int | str | None = None,
    errors: str = "strict",
    lexicon: Lexicon | None = None,
    actors: Sequence[KnownActor] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
    **compute: Any,
) -> list[str]:
    """Read, parse and write a corpus in one call: article files, or a JSON Lines corpus.

    Args:
        inputs: Article files (``jsonl=False``), or JSON Lines file(s) / glob (``jsonl=True``).
        outdir: Where :func:`write_jsonl` writes the partitions.
        jsonl: Whether *inputs* is a JSON Lines corpus.
        partition_size: Files per partition, for article files.
        blocksize: Bytes per partition, for JSON Lines (``None``: one per file).
        errors: ``"strict"`` or ``"replace"`` for bytes that are not UTF-8.
        lexicon: As for :func:`~stancekit.parse`.
        actors: As for :func:`~stancekit.parse`.
        max_chars: As for :func:`~stancekit.parse`.
        compute: Passed to dask's ``compute`` (``scheduler=client``, ...).

    Returns:
        The JSON Lines files written, in order.
    """
    if jsonl:
        urlpath = inputs if isinstance(inputs, str) else [os.fspath(p) for p in inputs]
        bag = read_jsonl(urlpath, blocksize=blocksize, errors=errors)
    else:
        paths = [inputs] if isinstance(inputs, str) else list(inputs)
        bag = read_files(paths, partition_size=partition_size, errors=errors, max_chars=max_chars)
    results = parse_bag(bag, lexicon=lexicon, actors=actors, max_chars=max_chars)
    return write_jsonl(results, outdir, **compute)
