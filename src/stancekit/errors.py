"""One error hierarchy for everything stancekit raises on purpose.

Every error is a :class:`StancekitError`; most are also :class:`ValueError` so that code written
against plain Python conventions keeps working.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = [
    "BatchError",
    "DNAError",
    "EvaluationError",
    "GoldFormatError",
    "InputError",
    "JSONError",
    "LexiconError",
    "MissingExtraError",
    "NetworkError",
    "QueryError",
    "StancekitError",
    "ValidationError",
]


class StancekitError(Exception):
    """Base class of every error raised on purpose by stancekit."""


class InputError(StancekitError, ValueError):
    """The input cannot be parsed: unreadable, empty, too large, not text, or not decodable.

    Attributes:
        reason: A short machine-readable reason: ``"read"`` (a file is missing or cannot be
            read), ``"empty"``, ``"too-large"``, ``"decode"`` (not valid UTF-8), ``"type"``
            (not a string, or not a path) or ``"surrogate-pair"`` (a high surrogate directly
            followed by a low one, which JSON cannot keep apart).
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments are not in ``args``: rebuild them so errors cross processes.
        return (functools.partial(type(self), reason=self.reason), self.args, self.__dict__)


class ValidationError(StancekitError, ValueError):
    """A model was built with a value that breaks one of its invariants.

    The message reads ``"{path}: {message} (got {value!r})"``.

    Attributes:
        path: Where the bad value sits: ``"statements[3].speaker"`` inside an article, or
            ``"Span.end"``, ``"Actor.id"`` for a model's own field.
        message: What was expected, e.g. ``"unknown actor id"``.
        value: The offending value.
    """

    def __init__(self, path: str, message: str, value: object) -> None:
        super().__init__(f"{path}: {message} (got {value!r})")
        self.path = path
        self.message = message
        self.value = value

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.message, self.value), self.__dict__)


class JSONError(StancekitError, ValueError):
    """JSON could not be turned into stancekit models.

    Attributes:
        errors: One ``"$.path: message"`` line per problem found.
    """

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__("invalid stancekit JSON:\n  " + "\n  ".join(errors))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.errors,), self.__dict__)


class LexiconError(StancekitError, ValueError):
    """A lexicon file or value is malformed."""


class QueryError(StancekitError, ValueError):
    """A question could not be understood, or names an actor absent from the article (or corpus)."""


class GoldFormatError(StancekitError, ValueError):
    """A gold annotation file (brat standoff or stancekit gold JSON) cannot be read.

    Attributes:
        file: The file (or other source) the problem is in, when known.
        line: 1-based line number of the problem, when known.
        detail: The message without the location.
    """

    def __init__(self, detail: str, *, file: str | None = None, line: int | None = None) -> None:
        where = file or ""
        if line is not None:
            where = f"{where}:{line}" if where else f"line {line}"
        super().__init__(f"{where}: {detail}" if where else detail)
        self.file = file
        self.line = line
        self.detail = detail

    def __reduce__(self) -> tuple[Any, ...]:
        rebuild = functools.partial(type(self), file=self.file, line=self.line)
        return (rebuild, (self.detail,), self.__dict__)


class EvaluationError(StancekitError, ValueError):
    """An evaluation cannot be run, e.g. a predictor returned an article for another text."""


class NetworkError(StancekitError, ValueError):
    """A network was asked for with options that do not fit together (or do not exist)."""


class DNAError(StancekitError, ValueError):
    """A Discourse Network Analyzer database cannot be read or a corpus cannot be written to one.

    Attributes:
        path: The database file concerned.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.message), self.__dict__)


class MissingExtraError(StancekitError, ImportError):
    """An optional dependency is needed for this feature but is not installed.

    Attributes:
        feature: What needs it (``"to_networkx()"``, ``"stancekit.cluster"``).
        extra: The stancekit extra that installs it (``"networkx"``, ``"pandas"``, ``"dask"``).
    """

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs the optional dependency {extra!r}: pip install 'stancekit[{extra}]'",
            name=extra,
        )
        self.feature = feature
        self.extra = extra

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.feature, self.extra))


class BatchError(StancekitError, RuntimeError):
    """A batch run could not go on: invalid settings, or a worker process died.

    A single article that fails to parse is *not* a :class:`BatchError`: batch functions report
    it as a :class:`~stancekit.batch.ParseFailure` and carry on with the next one.

    Attributes:
        reason: A short machine-readable reason (``"settings"``, ``"worker-died"``).
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (functools.partial(type(self), reason=self.reason), self.args, self.__dict__)
