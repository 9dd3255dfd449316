"""The one guard for optional extras: import a module or say which extra installs it.

``require("networkx", "networkx", "to_networkx()")`` imports at call time; ``with
needs_extra("dask", "stancekit.cluster"): import dask.bag`` guards an import statement (so
that the module keeps its static types). Both raise :class:`MissingExtraError` naming the
extra to install.
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


def require(module: str, extra: str, feature: str) -> Any:
    """Import an optional dependency, or raise :class:`MissingExtraError` naming the extra.

    Args:
        module: The module to import (``"networkx"``).
        extra: The stancekit extra that installs it (``pip install 'stancekit[extra]'``).
        feature: What needs it, for the message (``"to_networkx()"``).

    Returns:
        The imported module.

    Raises:
        MissingExtraError: when the module cannot be imported.
    """
    with needs_extra(extra, feature):
        return importlib.import_module(module)
