"""How the benchmarks start programs: as an installed copy runs, not through shims.

Two things on a development machine make a Python tool start slower than it
does for a user, and neither says anything about the tool:

- a version manager's shim on PATH (pyenv's `exfilwatch` is a bash script that
  runs `pyenv exec`, about 0.3 s), so scripts are taken from beside the running
  interpreter, where pip installed them;
- PYTHONDONTWRITEBYTECODE, which some shells here export, so that every run
  recompiles the package; the benchmarks' warm-up run writes the caches, as the
  first use after `pip install` does.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path


def script(name: str) -> str | None:
    """The console script `name` that pip installed for this interpreter, else PATH's."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(name)


def env() -> dict[str, str]:
    """This environment, minus PYTHONDONTWRITEBYTECODE."""
    out = dict(os.environ)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    return out
