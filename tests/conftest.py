"""Shared test helpers: the project root, the shared corpus (skipped when absent), and the
built-in rules' engine without attribution that the rule-family tests share."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from exfilwatch.engine import Engine
    from exfilwatch.model import Destination

# No property test may fail for being slow: timing is for bench/, and a shared machine
# (or two test workers on two cores) can make any example overrun hypothesis's default.
settings.register_profile("exfilwatch", deadline=None)
settings.load_profile("exfilwatch")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or skip the test when the corpus is not beside the project."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} not present")
    return path


class NoAttribution:
    """Rule tests look at signatures only: every destination is just its host."""

    def destination(self, host: str, server_ip: str | None = None) -> Destination:
        from exfilwatch.model import Destination

        return Destination(host=host)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The built-in rules without attribution, built once for every rule-family test
    (they look at signature ids and categories, never at owners)."""
    from exfilwatch.detect.signatures import SignatureSet, load_signatures
    from exfilwatch.engine import Engine

    return Engine(signatures=SignatureSet(load_signatures()), attributor=NoAttribution())  # type: ignore[arg-type]


def signatures_found(engine: Engine, example: dict[str, Any], categories: set[str]) -> set[str]:
    """The rule ids that fire on a rule-style example, in these categories."""
    from exfilwatch.detect.signatures import example_exchange

    return {
        f.signature for f in engine.analyse(example_exchange(example)) if f.category in categories
    }


def rules_found(engine: Engine, example: dict[str, Any]) -> set[str]:
    """Every rule id that fires on a rule-style example."""
    from exfilwatch.detect.signatures import example_exchange

    return {f.signature for f in engine.analyse(example_exchange(example))}


def categories_found(engine: Engine, example: dict[str, Any]) -> set[str]:
    """The categories of everything found on a rule-style example."""
    from exfilwatch.detect.signatures import example_exchange

    return {f.category for f in engine.analyse(example_exchange(example))}
