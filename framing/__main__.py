"""``python -m framing``: see :mod:`framing.cli`."""
import sys

from .cli import main

sys.exit(main())
