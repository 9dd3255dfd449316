"""``python -m stancekit``: the ``stancekit`` command line."""

import sys

from .cli import main

sys.exit(main())
