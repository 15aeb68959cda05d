"""`python -m exfilwatch`, the same as the `exfilwatch` command."""

import sys

from .cli import main

sys.exit(main())
