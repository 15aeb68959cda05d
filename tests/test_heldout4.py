"""Held-out set 4 as a regression gate (issue 3): apps and SDKs unseen by the rules.

Set 4 (a short-video app, a music player with Last.fm scrobbling, an e-learning app
with an xAPI Learning Record Store, a sports-streaming app on NPAW/Youbora, a
TV-remote app reading a Roku over ECP, a doorbell camera that labels face crops, a
beauty app with face analysis, Yoti facial age estimation, and decoys) was written
by someone who never saw the rule library, and scored ONCE with signatures alone:
biometric 0.704 (76/108), viewing history 0.607 (108/178), device id 0.969
(249/257), precision 1.000. Device ids generalised from set 3's rules; biometric
and viewing history did not. The misses were families, not vendors, and the
answer was rules a domain reader would apply to any vendor:
`viewing_history.listen_record` (artist + title + play time or event: scrobbles,
now playing), `viewing_history.named_playback` (programme / channel / title with
a playhead or a watching event), `viewing_history.xapi_media_statement` and
`viewing_history.xapi_video_state` (ADL xAPI video profile), short videos called
photos or reels and timed playheads in `viewing_history.playback_record`;
`biometric.face_image.base64_field` (base64 images under face-named fields),
`biometric.face_image.endpoint_base64` (images to face / liveness / age-estimation
endpoints), `biometric.face_derived_attribute`, `biometric.antispoofing_result`,
`biometric.face_analysis_traits`; `device_id.device_identity_record` (two
hardware ids in one record, XML now decoded into keyed nodes) and hashed
advertising ids under their full name. Hard negatives for each are in
tests/fixtures/negatives/negatives_families.jsonl. Set 4 is a development set
from then on: passing here says the rules cover it, not that they generalise;
set 5 is the next honest measurement.
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

from tests.heldout4.generate import generate

SEED = 41
FLOWS = 300
FIRST_PARTY = ["Kwik Video"]
# The single held-out evaluation (full set, seed 41, 1500 flows), kept for the record.
HELD_OUT = {"biometric": 0.704, "viewing_history": 0.607, "device_id": 0.969}


@pytest.fixture(scope="module")
def heldout4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("heldout4")
    generate(out, seed=SEED, flows=FLOWS, replay=False)
    return out


@pytest.fixture(scope="module")
def har_result(heldout4: Path) -> dict[str, Any]:
    return score(heldout4, "session.har", "both", FIRST_PARTY)


def test_set_covers_every_family(heldout4: Path) -> None:
    doc = json.loads((heldout4 / "labels.json").read_text())
    summary = doc["summary"]
    for key in ("biometric", "viewing_history", "device_id", "negative"):
        assert summary.get(key, 0) > 0, key
    sdks = {f["sdk"].split(":")[0] for f in doc["flows"]}
    assert {"lastfm", "learnly-lrs", "yoti", "porchcam"} & sdks


def test_every_exchange_maps_to_its_label(har_result: dict[str, Any]) -> None:
    assert har_result["read_error"] is None
    assert har_result["unmatched_exchanges"] == 0
    assert har_result["unmapped_labels"] == 0


def test_known_values_recall_and_precision(har_result: dict[str, Any]) -> None:
    """Issue 2 on set 4: with --known, device ids found with recall >= 0.98."""
    result = har_result["scores"]["known"]
    cat = result["per_category"]["device_id"]
    assert cat["recall"] >= 0.98, describe(result)
    assert cat["precision"] >= 0.97, describe(result)


@pytest.mark.parametrize("category", ["biometric", "viewing_history", "device_id"])
def test_signatures_alone_recall_and_precision(category: str, har_result: dict[str, Any]) -> None:
    """Issue 3 on set 4 after the family rules (1.000 in every category on the full
    set, precision 1.000); the held-out figures were HELD_OUT."""
    result = har_result["scores"]["signatures"]
    cat = result["per_category"][category]
    assert cat["recall"] >= 0.95, describe(result)
    assert cat["recall"] > HELD_OUT[category]
    assert cat["precision"] >= 0.99, describe(result)
