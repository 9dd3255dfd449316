"""The one guard for optional extras: import a module or say which extra installs it.

``require("trafilatura", "html", "parse_html()")`` imports at call time; ``with
needs_extra("dask", "stancekit.cluster"): import dask.bag`` guards an import statement (so
that the module keeps its static types). Both raise :class:`MissingExtraError` naming the
extra to install (``pip install 'stancekit[EXTRA]'``).
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from typing import Any

from .errors import MissingExtraError

__all__ = ["needs_extra", "require"]


@contextlib.contextmanager
def needs_extra(extra: str, feature: str) -> Iterator[None]:
    """Turn an :class:`ImportError` inside the block into :class:`MissingExtraError`.

    Args:
        extra: The stancekit extra that installs what the block imports.
        feature: What needs it, for the message (``"stancekit.cluster"``).

    Raises:
        MissingExtraError: when an import in the block fails.
    """
    try:
        yield
    except ImportError:
        raise MissingExtraError(feature, extra) from None


def require(module: str, extra: str, feature: str | None = None) -> Any:
    """Import an optional dependency, or raise :class:`MissingExtraError` naming the extra.

    Args:
        module: The module to import (``"trafilatura"``, ``"matplotlib.pyplot"``).
        extra: The stancekit extra that installs it (``"html"``, ``"plot"``).
        feature: What needs it, for the message (``"parse_html()"``); defaults to *module*.

    Returns:
        The imported module.

    Raises:
        MissingExtraError: when the module (or one of its own dependencies) cannot be
            imported.
    """
    with needs_extra(extra, feature or module):
        return importlib.import_module(module)
