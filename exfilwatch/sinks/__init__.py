"""Sinks: where findings go (terminal table, JSONL, store, report, gate)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO


def private_open(path: str | Path, mode: str = "a") -> IO[str]:
    """Open an output file readable by its owner only: findings are sensitive."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "a" else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    return os.fdopen(fd, mode, encoding="utf-8")
