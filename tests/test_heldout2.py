"""Held-out set 2 as a regression gate (issues 2 and 3): other apps, other SDKs.

A small set-2 session (about 300 flows: a streaming app, a selfie-filter app, a
voice assistant, ad-tech SDKs not in set 1, and decoys) is generated into a
temp dir, scanned with the real `exfilwatch scan`, and scored by
bench/evaluate.py, exactly as the README's evaluation section describes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from _heldout_common import describe, score
from conftest import ROOT

sys.path.insert(0, str(ROOT))

from tests.heldout2.generate import generate

# one xdist worker for the module: its fixtures build the set once
pytestmark = pytest.mark.xdist_group("heldout2")

SEED = 20240611
FLOWS = 300
FIRST_PARTY = ["Lumora Media"]


@pytest.fixture(scope="module")
def heldout2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("heldout2")
    generate(out, seed=SEED, flows=FLOWS, replay=False)
    return out


@pytest.fixture(scope="module")
def har_result(heldout2: Path) -> dict[str, Any]:
    return score(heldout2, "session.har", "both", FIRST_PARTY)


@pytest.fixture(scope="module")
def flows_result(heldout2: Path) -> dict[str, Any]:
    return score(heldout2, "session.flows", "known", FIRST_PARTY)


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    generate(a, seed=5, flows=60, replay=True)
    generate(b, seed=5, flows=60, replay=True)
    for name in ("session.har", "session.flows", "replay.json", "known.yaml", "labels.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_set_covers_every_family(heldout2: Path) -> None:
    doc = json.loads((heldout2 / "labels.json").read_text())
    summary = doc["summary"]
    for key in ("biometric", "viewing_history", "device_id", "contact", "negative"):
        assert summary.get(key, 0) > 0, key
    assert summary["biometric:signature_detectable"] >= 10
    flows = doc["flows"]
    sdks = {f["sdk"].split(".")[0] for f in flows}
    assert {"glowcam", "parla", "lumora", "conviva", "openrtb"} <= sdks
    assert any(f["decoys"] for f in flows if not f["categories"])
    assert any(c["direction"] == "response" for f in flows for c in f["carriers"])


def test_every_exchange_maps_to_its_label(
    har_result: dict[str, Any], flows_result: dict[str, Any]
) -> None:
    for result in (har_result, flows_result):
        assert result["read_error"] is None
        assert result["unmatched_exchanges"] == 0
        assert result["unmapped_labels"] == 0


@pytest.mark.parametrize("which", ["har", "flows"])
@pytest.mark.parametrize("category", ["device_id", "contact"])
def test_known_values_recall_and_precision(
    which: str, category: str, har_result: dict[str, Any], flows_result: dict[str, Any]
) -> None:
    """Issue 2 on set 2: with --known, recall >= 0.98, precision >= 0.97 per (flow, category)."""
    score = (har_result if which == "har" else flows_result)["scores"]["known"]
    cat = score["per_category"][category]
    assert cat["recall"] >= 0.98, describe(score)
    assert cat["precision"] >= 0.97, describe(score)


@pytest.mark.parametrize("category", ["biometric", "viewing_history", "device_id"])
def test_signatures_alone_recall_and_precision(category: str, har_result: dict[str, Any]) -> None:
    """Issue 3 on set 2: signatures alone, recall >= 0.95 and precision >= 0.97.

    Held out, at its single evaluation, set 2 gave 0.759 / 0.309 / 0.319 (biometric /
    viewing history / device id); these thresholds hold after rule work on its misses,
    so they guard against regressions, not for generalisation (see set 4)."""
    score = har_result["scores"]["signatures"]
    cat = score["per_category"][category]
    assert cat["recall"] >= 0.95, describe(score)
    assert cat["precision"] >= 0.97, describe(score)
