"""The stancekit gold JSON format: a reader and a writer.

::

    {"format": "stancekit-gold", "version": 1, "documents": [
      {"id": "doc-1", "text": "...",
       "attributions": [{"content": [{"start": 0, "end": 20}], "speaker": "Jane Roe",
                         "source": [...], "cue": [...], "kind": "direct", "id": "a1"}],
       "stances": [{"holder": "Jane Roe", "target": "send-troops", "polarity": "oppose"}]}]}

Only ``content`` is required in an attribution; see ``docs/evaluation.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception, transform_error

from ..errors import GoldFormatError, StancekitError
from ..json import make_converter
from ._gold import GoldAttribution, GoldDocument, GoldStance

__all__ = ["FORMAT", "VERSION", "dumps_gold", "loads_gold", "read_gold_json", "write_gold_json"]

#: Value of the ``"format"`` key of a gold JSON file.
FORMAT = "stancekit-gold"
#: The version of the format written; the reader accepts this one.
VERSION = 1


def _converter() -> cattrs.Converter:
    c = make_converter()
    for cl in (GoldAttribution, GoldStance):
        c.register_unstructure_hook(
            cl, make_dict_unstructure_fn(cl, c, _cattrs_omit_if_default=True)
        )
    c.register_unstructure_hook(
        GoldDocument,
        make_dict_unstructure_fn(
            GoldDocument,
            c,
            _cattrs_omit_if_default=True,
            doc_id=override(rename="id"),
            damaged=override(omit=True),
        ),
    )
    c.register_structure_hook(
        GoldDocument,
        make_dict_structure_fn(
            GoldDocument,
            c,
            _cattrs_forbid_extra_keys=True,
            doc_id=override(rename="id"),
            damaged=override(omit=True),
        ),
    )
    return c


_CONVERTER = _converter()


def _format(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, StancekitError):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown keys {sorted(exc.extra_fields)}"
    return format_exception(exc, type_)


def _fail(errors: list[str], file: str | None) -> GoldFormatError:
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return GoldFormatError(errors[0] + more, file=file)


def dumps_gold(documents: Iterable[GoldDocument], *, indent: int | None = 2) -> str:
    """Serialise gold documents to the stancekit gold JSON format."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "documents": [_CONVERTER.unstructure(d, GoldDocument) for d in documents],
    }
    return json.dumps(data, ensure_ascii=False, indent=indent)


def loads_gold(data: str | bytes, *, file: str | None = None) -> list[GoldDocument]:
    """Parse stancekit gold JSON.

    Args:
        data: The JSON text.
        file: Where it comes from, for error messages.

    Raises:
        GoldFormatError: when the text is not JSON (with the line), or does not describe gold
            documents (with a ``$.documents[0].attributions[2].content`` path).
    """
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"not valid JSON: {exc.msg}", file=file, line=exc.lineno) from None
    except (ValueError, RecursionError) as exc:
        raise GoldFormatError(f"not valid JSON: {exc}", file=file) from None
    if not isinstance(raw, dict):
        raise _fail([f'$: expected an object with "format": "{FORMAT}"'], file)
    if raw.get("format") != FORMAT:
        raise _fail([f"$.format: expected {FORMAT!r} (got {raw.get('format')!r})"], file)
    if raw.get("version") != VERSION:
        raise _fail([f"$.version: expected {VERSION} (got {raw.get('version')!r})"], file)
    extra = sorted(set(raw) - {"format", "version", "documents"})
    if extra:
        raise _fail([f"$: unknown keys {extra}"], file)
    documents = raw.get("documents")
    if not isinstance(documents, list):
        raise _fail(["$.documents: expected a list of documents"], file)
    try:
        result = _CONVERTER.structure(documents, list[GoldDocument])
    except (ClassValidationError, IterableValidationError) as exc:
        lines = transform_error(exc, path="$.documents", format_exception=_format)
        raise _fail([_path_first(line) for line in lines], file) from None
    except RecursionError:
        raise _fail(["$: nesting too deep"], file) from None
    seen: set[str] = set()
    for i, d in enumerate(result):
        if d.doc_id in seen:
            raise _fail([f"$.documents[{i}].id: duplicate id {d.doc_id!r}"], file)
        seen.add(d.doc_id)
    return result


def _path_first(line: str) -> str:
    message, sep, path = line.rpartition(" @ ")
    return f"{path}: {message}" if sep else line


def read_gold_json(path: str | Path) -> list[GoldDocument]:
    """Read a stancekit gold JSON file.

    Raises:
        GoldFormatError: when the file cannot be read or is not valid gold JSON.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise GoldFormatError("no such file", file=str(p)) from None
    except IsADirectoryError:
        raise GoldFormatError("is a directory, not a gold JSON file", file=str(p)) from None
    except OSError as exc:
        raise GoldFormatError(f"cannot read: {exc.strerror or exc}", file=str(p)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"not valid UTF-8 (byte {exc.start})", file=str(p)) from None
    return loads_gold(text, file=str(p))


def write_gold_json(documents: Iterable[GoldDocument], path: str | Path) -> None:
    """Write gold documents to *path* as stancekit gold JSON (UTF-8)."""
    Path(path).write_text(dumps_gold(documents) + "\n", encoding="utf-8")
