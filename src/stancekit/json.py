"""JSON for every stancekit model, through cattrs.

``loads(dumps(x), type(x)) == x`` for every model. Unknown keys, missing fields and values of
the wrong type are rejected with a :class:`~stancekit.errors.JSONError` listing each problem
with its path (``$.statements[3].speaker: ...``); a broken invariant of the model (an unknown
speaker id) is reported at ``$`` with the model's own path in the message
(``$: statements[3].speaker: unknown actor id ...``). Loading never executes anything from
the input, refuses nesting deeper than ``max_depth`` before decoding (so hostile input cannot
exhaust the stack), and refuses ``NaN``/``Infinity``.
"""

from __future__ import annotations

import datetime
import enum
import json as _json
import re
from array import array
from collections.abc import Callable
from itertools import accumulate
from typing import Any, TypeVar, get_args, get_origin, overload

import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception, transform_error

from .errors import JSONError, StancekitError
from .model import (
    ActorKind,
    Article,
    Commitment,
    Polarity,
    ReactionBasis,
    ReactionKind,
    Statement,
    StatementKind,
)

__all__ = [
    "DEFAULT_MAX_DEPTH",
    "MAX_ERRORS",
    "configure_converter",
    "dumps",
    "loads",
    "make_converter",
    "nesting_depth",
    "structure",
    "unstructure",
]

T = TypeVar("T")

#: Most errors :func:`loads` (and :func:`structure`) report: each array stops structuring
#: after this many bad items, and the error as a whole lists at most this many lines plus one
#: saying how many more there were. This keeps hostile input (a million bad items) linear.
MAX_ERRORS = 20

#: Deepest nesting of JSON arrays and objects :func:`loads` accepts by default. An article
#: needs 4 levels (``$.statements[0].span.start``); the margin leaves room for wrappers.
DEFAULT_MAX_DEPTH = 64


def configure_converter(converter: cattrs.Converter) -> None:
    """Register stancekit's hooks on *converter*.

    Dates become ISO strings (``"2024-03-04"``) and back; strings, ints and stancekit's enums
    are checked strictly on structuring (``1`` is not accepted for a string, nor ``True`` for
    an int).

    Args:
        converter: The cattrs converter to configure, e.g. one of your own that also handles
            your types.
    """
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
    converter.register_structure_hook_factory(_is_sequence, _sequence_hook(converter))
    # StrEnum subclasses str: keep enums on their own hook so values are checked.
    for cl in (ActorKind, StatementKind, Polarity, Commitment, ReactionKind, ReactionBasis):
        converter.register_structure_hook(cl, _structure_enum)
    # A statement in one piece writes no "pieces" (and JSON without it loads as one piece).
    converter.register_unstructure_hook(
        Statement,
        make_dict_unstructure_fn(Statement, converter, pieces=override(omit_if_default=True)),
    )
    # The lexicon an article was parsed with stays in memory: JSON holds the facts only.
    converter.register_unstructure_hook(
        Article, make_dict_unstructure_fn(Article, converter, lexicon=override(omit=True))
    )
    converter.register_structure_hook(
        Article, make_dict_structure_fn(Article, converter, lexicon=override(omit=True))
    )


def _is_sequence(cl: Any) -> bool:
    """``tuple[X, ...]`` and ``list[X]``: the containers stancekit's models use."""
    origin, args = get_origin(cl), get_args(cl)
    return (origin is tuple and len(args) == 2 and args[1] is Ellipsis) or (
        origin is list and len(args) == 1
    )


def _sequence_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    """Structure JSON arrays only (never a string as its letters), stopping after
    ``MAX_ERRORS`` bad items so that hostile input cannot make an error without bound."""

    def factory(cl: Any) -> Callable[[Any, Any], Any]:
        item = get_args(cl)[0]
        make = tuple if get_origin(cl) is tuple else list

        def hook(value: Any, _: Any) -> Any:
            if not isinstance(value, list | tuple):
                msg = f"expected an array, got {type(value).__name__}"
                raise TypeError(msg)
            structure_item = converter.get_structure_hook(item)
            out: list[Any] = []
            errors: list[Exception] = []
            for ix, element in enumerate(value):
                try:
                    out.append(structure_item(element, item))
                except Exception as exc:
                    note = IterableValidationNote(f"Structuring {cl} @ index {ix}", ix, item)
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                    errors.append(exc)
                    if len(errors) >= MAX_ERRORS and ix + 1 < len(value):
                        rest = len(value) - ix - 1
                        errors.append(_StoppedError(f"{_STOPPED}; {rest:,} more items"))
                        break
            if errors:
                msg = f"While structuring {cl!r}"
                raise IterableValidationError(msg, errors, cl)
            return make(out)

        return hook

    return factory


class _StoppedError(ValueError):
    """Marks where a sequence stopped collecting errors."""


_STOPPED = f"stopped after {MAX_ERRORS} bad items"


def make_converter() -> cattrs.Converter:
    """A new converter configured for stancekit models (see :func:`configure_converter`).

    Returns:
        A ``cattrs.Converter`` that forbids unknown keys and reports every error it finds
        (``detailed_validation``).
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    configure_converter(converter)
    return converter


_CONVERTER = make_converter()


def _format(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, StancekitError | _StoppedError):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown keys {sorted(exc.extra_fields)}"
    return format_exception(exc, type_)


_RELATIVE_PATH = re.compile(r"([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*): ")


def _path_first(line: str) -> str:
    message, sep, path = line.rpartition(" @ ")
    if not sep:
        return line
    # an article invariant names its own field: "$" + "statements[0].speaker"
    m = _RELATIVE_PATH.match(message)
    if m is not None:
        return f"{path}.{m.group(1)}: {message[m.end() :]}"
    return f"{path}: {message}"


def unstructure(obj: object) -> Any:
    """Turn a model (or a list or tuple of models) into plain JSON-compatible Python data.

    Args:
        obj: A stancekit model, or a container of them.

    Returns:
        Dicts, lists, strings, numbers and ``None``, as :func:`json.dumps` takes them.
    """
    return _CONVERTER.unstructure(obj)


def structure(data: Any, cl: type[T]) -> T:
    """Turn plain Python data (as from :func:`json.loads`) into a model of type *cl*.

    Args:
        data: Dicts, lists, strings, numbers and ``None``.
        cl: The model to build, e.g. :class:`~stancekit.model.Article`, or a container
            type such as ``list[Article]``.

    Returns:
        The model.

    Raises:
        JSONError: when *data* does not describe a valid *cl*; ``errors`` has one
            ``"$.path: message"`` line per problem, at most :data:`MAX_ERRORS` of them (then
            a last line says how many more there were; an array stops being checked after
            that many bad items).
    """
    try:
        return _CONVERTER.structure(data, cl)
    except (ClassValidationError, IterableValidationError) as exc:
        lines = transform_error(exc, path="$", format_exception=_format)
        stopped = [line for line in lines if line.startswith(_STOPPED)]
        lines = [line for line in lines if not line.startswith(_STOPPED)]
        shown = [_path_first(line) for line in lines[:MAX_ERRORS]]
        if len(lines) > MAX_ERRORS or stopped:
            more = f"{len(lines) - MAX_ERRORS:,}" if len(lines) > MAX_ERRORS else "no"
            checked = f" (arrays stop being checked after {MAX_ERRORS} bad items)"
            shown.append(f"$: ... and {more} more errors{checked if stopped else ''}")
        raise JSONError(shown) from None
    except StancekitError as exc:
        path = getattr(exc, "path", "")
        raise JSONError([f"$.{path}: {exc}" if path else f"$: {exc}"]) from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise JSONError([f"$: {exc}"]) from None


def dumps(obj: object, *, indent: int | None = None) -> str:
    """Serialise a model (or a list of models) to a JSON string.

    Args:
        obj: A stancekit model, or a list or tuple of them.
        indent: Pretty-print with this many spaces per level; ``None``: one line.

    Returns:
        The JSON text; non-ASCII characters are written as they are, not escaped, except
        the line separators NEL, U+2028 and U+2029 (``\\u2028``...): without indent the
        text is one line even for ``str.splitlines``.
    """
    out = _json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)
    for char, escape in _LINE_SEPARATORS:
        if char in out:  # only inside strings: stancekit's keys are plain ASCII
            out = out.replace(char, escape)
    return out


#: Line breaks for ``str.splitlines`` that :func:`json.dumps` leaves raw in strings.
_LINE_SEPARATORS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


# A JSON string, possibly unterminated (then it runs to the end of the text). Possessive
# quantifiers and the end-of-text alternative mean every match attempt succeeds without
# backtracking, so stripping strings is linear even on hostile input such as '"' + '\\"' * n.
_JSON_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]++")
# Opening brackets step +1, closing ones -1 (0xff as a signed byte).
_DEPTH_STEPS = str.maketrans({"[": "\x01", "{": "\x01", "]": "\xff", "}": "\xff"})


def nesting_depth(text: str) -> int:
    """Deepest nesting of arrays and objects in the JSON *text*, without decoding it.

    Brackets inside strings do not count. Linear time, no recursion; on text that is not JSON
    the figure is approximate (the decoder rejects such text anyway).

    Args:
        text: JSON text.

    Returns:
        The number of levels: 0 for a scalar, 1 for a flat array or object.

    >>> nesting_depth('{"a": [[1], "]]]"]}')
    3
    """
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    if not brackets:
        return 0
    steps = array("b", brackets.translate(_DEPTH_STEPS).encode("latin-1"))
    return max(0, max(accumulate(steps)))


def _reject_constant(name: str) -> Any:
    msg = f"{name} is not allowed"
    raise ValueError(msg)


def _decode(data: str | bytes | bytearray, max_depth: int | None) -> Any:
    checked: object = data
    if isinstance(checked, str):
        text = checked
    elif isinstance(checked, bytes | bytearray):
        try:
            text = bytes(checked).decode(_json.detect_encoding(checked), "surrogatepass")
        except UnicodeDecodeError as exc:
            raise JSONError([f"$: not valid JSON: undecodable bytes ({exc.reason})"]) from None
    else:
        raise JSONError([f"$: expected JSON text (str or bytes), got {type(checked).__name__}"])
    if (
        max_depth is not None
        and text.count("[") + text.count("{") > max_depth  # cheap: most documents stop here
        and (depth := nesting_depth(text)) > max_depth
    ):
        raise JSONError([f"$: nesting too deep ({depth:,} levels, the limit is {max_depth})"])
    try:
        return _json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise JSONError(["$: nesting too deep"]) from None
    except ValueError as exc:
        raise JSONError([f"$: not valid JSON: {exc}"]) from None


def decode(data: str | bytes | bytearray, *, max_depth: int | None = DEFAULT_MAX_DEPTH) -> Any:
    """Decode JSON text into Python values, with :func:`loads`' guards and messages.

    Raises:
        JSONError: when the text is not JSON or nests deeper than *max_depth*.
    """
    return _decode(data, max_depth)


@overload
def loads(data: str | bytes | bytearray, *, max_depth: int | None = ...) -> Article: ...


@overload
def loads(data: str | bytes | bytearray, cl: type[T], *, max_depth: int | None = ...) -> T: ...


def loads(
    data: str | bytes | bytearray,
    cl: type[Any] = Article,
    *,
    max_depth: int | None = DEFAULT_MAX_DEPTH,
) -> Any:
    """Parse JSON text into a model of type *cl* (an :class:`Article` by default).

    Args:
        data: JSON text, as a string or as bytes (UTF-8, -16 or -32).
        cl: The model to build (or a container type such as ``list[Article]``).
        max_depth: Refuse arrays and objects nested deeper than this before decoding anything
            (``None``: no limit beyond Python's recursion limit).

    Returns:
        The model.

    Raises:
        JSONError: when the text is not JSON, nests too deeply, or does not describe a valid
            *cl*.
    """
    raw = _decode(data, max_depth)
    try:
        return structure(raw, cl)
    except RecursionError:
        raise JSONError(["$: nesting too deep"]) from None
