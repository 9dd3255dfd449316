"""Optional dependencies: import one, or say which stancekit extra installs it.

One guard for every optional extra (``html``, ``plot``, ``pandas``...)::

    trafilatura = require("trafilatura", "html", "parse_html()")
"""

from __future__ import annotations

import importlib
from typing import Any

from .errors import MissingExtraError

__all__ = ["require"]


def require(module: str, extra: str, feature: str | None = None) -> Any:
    """Import the optional dependency *module*, or raise an error naming the extra.

    Args:
        module: The module to import (``"trafilatura"``, ``"matplotlib.pyplot"``).
        extra: The stancekit extra that installs it (``"html"``, ``"plot"``).
        feature: What needs it, for the message (``"parse_html()"``); defaults to *module*.

    Returns:
        The imported module.

    Raises:
        MissingExtraError: when the module (or one of its own dependencies) cannot be
            imported; the message reads ``pip install 'stancekit[EXTRA]'``.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(feature or module, extra) from None
