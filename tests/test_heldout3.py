"""Held-out set 3 as a regression gate (issues 2 and 3): apps and SDKs unseen by the rules.

Set 3 (a kids' cartoon app, a news-video app, a bank with face and voice login, a
selfie-retouch app, a dating app's photo verification, a karaoke app, a podcast
and audiobook player, and decoys) was written by someone who never saw the rule
library, and scored ONCE with signatures alone: biometric 0.761 (67/88), viewing
history 0.303 (46/152), device id 0.851 (189/222), precision 1.000. The misses
were vendor formats the rules did not name (Kaltura KAVA, Brightcove, CleverTap
evtData, gpodder episode actions, `x-device-binding`, Adobe identityMap ECID,
Kidoz device hashes, selfie uploads, base64 face meshes). The answer was not a
rule per vendor but vendor-neutral rules a domain reader would apply
(`viewing_history.playback_record`, `viewing_history.viewing_events_list`,
`device_id.header_name` widened, `device_id.adobe_identity_map`,
`device_id.device_hash_key`, `biometric.face_image.*`,
`biometric.face_landmarks.face_endpoint`, `biometric.face_mesh.base64`), with
hard negatives in tests/fixtures/negatives/generic_lookalikes.jsonl. Set 3 is a
development set from then on: passing here says the rules cover it, not that
they generalise; set 4 is the next honest measurement.
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

from tests.heldout3.generate import generate

SEED = 23
FLOWS = 300
FIRST_PARTY = ["Tumbletoons Media"]
# The single held-out evaluation (full set, seed 23, 1500 flows), kept for the record.
HELD_OUT = {"biometric": 0.761, "viewing_history": 0.303, "device_id": 0.851}


@pytest.fixture(scope="module")
def heldout3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("heldout3")
    generate(out, seed=SEED, flows=FLOWS, replay=False)
    return out


@pytest.fixture(scope="module")
def har_result(heldout3: Path) -> dict[str, Any]:
    return score(heldout3, "session.har", "both", FIRST_PARTY)


def test_set_covers_every_family(heldout3: Path) -> None:
    doc = json.loads((heldout3 / "labels.json").read_text())
    summary = doc["summary"]
    for key in ("biometric", "viewing_history", "device_id", "negative"):
        assert summary.get(key, 0) > 0, key
    sdks = {f["sdk"].split(":")[0] for f in doc["flows"]}
    assert {"kaltura", "brightcove", "mirrorly", "northvale"} & sdks
    assert any(f["decoys"] for f in doc["flows"] if not f["categories"])


def test_every_exchange_maps_to_its_label(har_result: dict[str, Any]) -> None:
    assert har_result["read_error"] is None
    assert har_result["unmatched_exchanges"] == 0
    assert har_result["unmapped_labels"] == 0


def test_known_values_recall_and_precision(har_result: dict[str, Any]) -> None:
    """Issue 2 on set 3: with --known, device ids found with recall >= 0.98."""
    result = har_result["scores"]["known"]
    cat = result["per_category"]["device_id"]
    assert cat["recall"] >= 0.98, describe(result)
    assert cat["precision"] >= 0.97, describe(result)


@pytest.mark.parametrize("category", ["biometric", "viewing_history", "device_id"])
def test_signatures_alone_recall_and_precision(category: str, har_result: dict[str, Any]) -> None:
    """Issue 3 on set 3 after the generalisation work (1.000 in every category on
    the full set, precision 1.000); the held-out figures were HELD_OUT."""
    result = har_result["scores"]["signatures"]
    cat = result["per_category"][category]
    assert cat["recall"] >= 0.95, describe(result)
    assert cat["recall"] > HELD_OUT[category]
    assert cat["precision"] >= 0.99, describe(result)
