"""What the two held-out regression gates share: loading bench/evaluate.py,
scoring one generated session, and printing a score when a threshold fails."""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from conftest import ROOT


@cache
def evaluate_module() -> ModuleType:
    """bench/evaluate.py, which is a script and not a package module."""
    spec = importlib.util.spec_from_file_location(
        "heldout_evaluate", ROOT / "bench" / "evaluate.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


def score(folder: Path, input_name: str, mode: str, first_party: list[str]) -> dict[str, Any]:
    """Scored with the scan run in this process (bench/evaluate.py `run_scan_here`):
    the CLI's own parser and loop, without an interpreter start per scan."""
    return evaluate_module().evaluate(
        folder / input_name,
        folder / "labels.json",
        folder / "known.yaml",
        mode,
        first_party,
        in_process=True,
    )


def describe(result: dict[str, Any]) -> str:
    return json.dumps(
        {
            "per_category": result["per_category"],
            "misses": result["misses"][:10],
            "false_positives": result["false_positives"][:10],
        },
        indent=1,
    )
