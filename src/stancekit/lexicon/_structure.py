"""The machinery that reads a language data file: TOML in, a schema's attrs class out.

The schemas themselves live in :mod:`stancekit.lexicon._schema`; this module holds what any
schema needs: strict hooks (a string is a string, an integer an integer, an enum one of its
values), error messages with the path of the bad value, and the check for words listed twice.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.v import format_exception

from ..errors import LexiconError

__all__ = ["duplicates", "read_file", "strict_converter", "structure_with"]

T = TypeVar("T")


def _strict_str(value: Any, _: type) -> str:
    if not isinstance(value, str):
        msg = f"expected a string (got {value!r})"
        raise TypeError(msg)
    return value


def _strict_int(value: Any, _: type) -> int:
    if type(value) is not int:
        msg = f"expected an integer (got {value!r})"
        raise TypeError(msg)
    return value


def _enum_hook(value: Any, cl: type[enum.Enum]) -> Any:
    try:
        return cl(value)
    except ValueError:
        options = sorted(m.value for m in cl)
        msg = f"expected one of {options} (got {value!r})"
        raise ValueError(msg) from None


def strict_converter(enums: Iterable[type[enum.Enum]]) -> cattrs.Converter:
    """A converter that forbids extra keys and structures ``str``, ``int`` and *enums* strictly."""
    c = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    c.register_structure_hook(str, _strict_str)
    c.register_structure_hook(int, _strict_int)
    for enum_class in enums:  # str enums: not caught by the str hook
        c.register_structure_hook(enum_class, _enum_hook)
    return c


def _format(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, (TypeError, ValueError)) and str(exc).startswith("expected "):
        return str(exc)  # our own hooks' messages say what came
    return format_exception(exc, type_)


def _messages(exc: cattrs.BaseValidationError) -> Iterator[str]:
    for line in cattrs.transform_error(exc, path="$", format_exception=_format):
        what, _, where = line.rpartition(" @ ")
        yield f"{where}: {what}" if what else line


def structure_with(converter: cattrs.Converter, data: Any, cl: type[T], source: str) -> T:
    """Structure plain data as the schema *cl*, or fail with the path of the bad value.

    Args:
        converter: The converter that knows the schema's hooks.
        data: Parsed TOML or JSON.
        cl: The schema class.
        source: The file name shown in errors (``"reporting.toml"``).

    Returns:
        The structured value.

    Raises:
        LexiconError: naming *source* and the path of each bad value.
    """
    try:
        return converter.structure(data, cl)
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as exc:
        if isinstance(exc, cattrs.BaseValidationError):
            detail = "; ".join(_messages(exc))
        else:
            detail = f"$: {exc}"
        raise LexiconError(f"{source}: {detail}") from None


def read_file(path: Path | Any, name: str) -> Any:
    """Parse the TOML of a data file (a path or an importlib resource).

    Raises:
        LexiconError: when it cannot be read or is not TOML.
    """
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{name}: cannot read: {exc}") from None


def duplicates(value: object, path: str = "$") -> Iterator[str]:
    """Paths of the words listed twice in one list of a structured data file.

    Args:
        value: A structured file (or part of one).
        path: The path of *value*.

    Yields:
        ``"$.speech.verbs[40]: 'announce' is listed twice"`` for each repeat.
    """
    cls = type(value)
    if attrs.has(cls):
        for f in attrs.fields(cls):
            yield from duplicates(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from duplicates(v, f"{path}.{k}")
    elif isinstance(value, tuple):
        seen: set[str] = set()
        for i, item in enumerate(value):
            if isinstance(item, str):
                key = item.lower().replace("’", "'").strip()
                if key in seen:
                    yield f"{path}[{i}]: {item!r} is listed twice"
                seen.add(key)
            else:
                yield from duplicates(item, f"{path}[{i}]")
