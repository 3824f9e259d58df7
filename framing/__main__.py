"""``python -m framing``: see :mod:`framing.cli`."""
import sys

try:
    from .cli import main

    code = main()
except KeyboardInterrupt:  # Ctrl-C while the libraries load, before the command's own handling
    print("framing: interrupted", file=sys.stderr)
    code = 130
sys.exit(code)
