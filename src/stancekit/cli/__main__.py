"""``python -m stancekit.cli``."""

import sys

from . import main

sys.exit(main())
