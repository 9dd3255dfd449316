"""JSON for every stancekit model, through cattrs.

``loads(dumps(x), type(x)) == x`` for every model. Unknown keys and values of the wrong type are
rejected with a :class:`~stancekit.errors.JSONError` listing each problem with its path
(``$.statements[3].speaker``). Loading never executes anything from the input.
"""

from __future__ import annotations

import datetime
import enum
import json as _json
from typing import Any, TypeVar

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.v import format_exception, transform_error

from .errors import JSONError, StancekitError
from .model import (
    ActorKind,
    Article,
    Commitment,
    Polarity,
    ReactionBasis,
    ReactionKind,
    StatementKind,
)

__all__ = ["configure_converter", "dumps", "loads", "make_converter", "structure", "unstructure"]

T = TypeVar("T")


def configure_converter(converter: cattrs.Converter) -> None:
    """Register stancekit's hooks (dates as ISO strings) on *converter*."""
    converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())

    def _structure_date(value: Any, _: type) -> datetime.date:
        if not isinstance(value, str):
            msg = f"expected an ISO date string, got {type(value).__name__}"
            raise TypeError(msg)
        return datetime.date.fromisoformat(value)

    converter.register_structure_hook(datetime.date, _structure_date)

    def _structure_str(value: Any, _: type) -> str:
        if not isinstance(value, str):
            msg = f"expected a string, got {type(value).__name__}"
            raise TypeError(msg)
        return value

    def _structure_int(value: Any, _: type) -> int:
        if type(value) is not int:
            msg = f"expected an integer, got {type(value).__name__}"
            raise TypeError(msg)
        return value

    def _structure_enum(value: Any, cl: type[enum.Enum]) -> enum.Enum:
        return cl(value)

    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    # StrEnum subclasses str: keep enums on their own hook so values are checked.
    for cl in (ActorKind, StatementKind, Polarity, Commitment, ReactionKind, ReactionBasis):
        converter.register_structure_hook(cl, _structure_enum)


def make_converter() -> cattrs.Converter:
    """A new converter configured for stancekit models (strict: extra keys are errors)."""
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    configure_converter(converter)
    return converter


_CONVERTER = make_converter()


def _format(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, StancekitError):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown keys {sorted(exc.extra_fields)}"
    return format_exception(exc, type_)


def _path_first(line: str) -> str:
    message, sep, path = line.rpartition(" @ ")
    return f"{path}: {message}" if sep else line


def unstructure(obj: object) -> Any:
    """Turn a model into plain JSON-compatible Python data."""
    return _CONVERTER.unstructure(obj)


def structure(data: Any, cl: type[T]) -> T:
    """Turn plain Python data into a model of type *cl*, raising :class:`JSONError`."""
    try:
        return _CONVERTER.structure(data, cl)
    except (ClassValidationError, IterableValidationError) as exc:
        lines = transform_error(exc, path="$", format_exception=_format)
        raise JSONError([_path_first(line) for line in lines]) from None
    except StancekitError as exc:
        path = getattr(exc, "path", "")
        raise JSONError([f"$.{path}: {exc}" if path else f"$: {exc}"]) from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise JSONError([f"$: {exc}"]) from None


def dumps(obj: object, *, indent: int | None = None) -> str:
    """Serialise a model (or a list of models) to a JSON string."""
    return _json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


def loads(data: str | bytes, cl: type[T] = Article) -> T:  # type: ignore[assignment]
    """Parse JSON text into a model of type *cl* (an :class:`Article` by default).

    Raises:
        JSONError: when the text is not JSON, or does not describe a valid *cl*.
    """
    try:
        raw = _json.loads(data)
    except RecursionError:
        raise JSONError(["$: nesting too deep"]) from None
    except (ValueError, TypeError) as exc:
        raise JSONError([f"$: not valid JSON: {exc}"]) from None
    try:
        return structure(raw, cl)
    except RecursionError:
        raise JSONError(["$: nesting too deep"]) from None
