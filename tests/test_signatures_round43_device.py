"""Round 43 (rules round 14): OEM app-instance ids in SDK headers (Huawei HMS
Analytics' `x-hasdk-clientid`), a smart TV's platform service id (`psid`) in its
content-recognition and viewing uploads, and an ad SDK's own system id
(`sys_id` beside `sdk_version`). Each key is common elsewhere (OAuth client ids,
Messenger page-scoped ids, ServiceNow record keys), so the tests pin the context
each rule demands as much as the finding.

Every example is written for this test, in the shapes the rules' references
describe; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round43_device.jsonl"
HEX32 = "6f1c2ab09d3e4f5a8b7c6d5e4f3a2b1c"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize("value", [HEX32, "0e4d9c1b-7a2f-4c6e-9b8d-3f5a1e2c7d90"])
def test_hms_analytics_client_id_header(engine: Engine, value: str) -> None:
    example = {
        "url": "https://metrics.example-hms.com/common/hmshioperqrt",
        "headers": {"App-Id": "104444444", "x-hasdk-clientid": value},
        "json": {"event": [{"event": "$AppOnPause"}]},
    }
    assert "device_id.hms_analytics_client_id" in _device(engine, example)


def test_other_hasdk_headers_and_oauth_client_ids_are_not_device_ids(engine: Engine) -> None:
    example = {
        "url": "https://metrics.example-hms.com/common/hmshioperqrt",
        "headers": {"x-hasdk-productid": "102233", "x-hasdk-token": HEX32, "x-client-id": HEX32},
    }
    assert not _device(engine, example)


@pytest.mark.parametrize(
    "body",
    [
        {"psid": "psid-3f9a1c7e5b2d4f6a8c0e1a3b5c7d", "videoFingerprints": ["9a1f3c5e7b2d4f6a"]},
        {"psid": HEX32, "viewingSegments": [{"contentId": "ep-1", "durationSec": 1800}]},
    ],
)
def test_tv_psid_beside_fingerprints_or_viewing_segments(engine: Engine, body: dict) -> None:
    example = {"url": "https://acr.example-tv.com/v1/acr/match", "json": body}
    assert "device_id.tv_psid" in _device(engine, example)


def test_psid_without_tv_context_is_not_reported(engine: Engine) -> None:
    example = {
        "url": "https://graph.example-chat.com/v18.0/me/messages",
        "json": {"psid": "6283401957712345", "message": {"text": "hola"}},
    }
    assert "device_id.tv_psid" not in _device(engine, example)


def test_ad_sdk_system_id_beside_sdk_version(engine: Engine) -> None:
    url = (
        "https://configure.example-ads.com/setting?app_id=142233&platform=1"
        "&sdk_version=MAL_16.8.11&sys_id=5e1a9c3f7b2d4e6a8c0f1b3d"
    )
    assert "device_id.ad_sdk_system_id" in _device(engine, {"url": url})


def test_servicenow_sys_id_is_a_record_key(engine: Engine) -> None:
    url = "https://example.service-now.com/api/now/table/incident?sys_id=" + HEX32
    assert not _device(engine, {"url": url})


def test_round43_negatives_raise_nothing(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        found = engine.analyse(example_exchange(example))
        assert not found, (example["note"], [f.signature for f in found])
