"""Round 55 (device ids): a request header named for the terminal or machine the client
runs on (`Terminal-Id`, `x-machine-id`) holding an id-shaped value, and CleverTap's
device id `g` in the `type: meta` header object of its event batches. Payment, airport,
parking and kiosk terminals, server machine headers and `g` keys elsewhere stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round55_device.jsonl"

POSITIVES = [
    (
        {
            "url": "https://api.example-age.com/ai/v1/age-antispoofing?sdkId=x",
            "method": "POST",
            "headers": {"terminal-id": "2G0YC806972F7F", "content-type": "application/json"},
            "json": {"img": "/9j/4AAQ"},
        },
        "device_id.header_terminal_machine_id",
    ),
    (
        {
            "url": "https://api.example-editor.com/v1/licence/check",
            "headers": {"X-Acme-Machine-Guid": "3f0d5c2e-8c1b-4c53-9a51-0f1e2d3c4b5a"},
        },
        "device_id.header_terminal_machine_id",
    ),
    (
        {
            "url": "https://api.example-sync.com/v2/push",
            "headers": {"machine-id": "4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f"},
        },
        "device_id.header_terminal_machine_id",
    ),
    (
        {
            "url": "https://in1.example-ct.com/a1?os=Android&t=70102",
            "method": "POST",
            "json": [
                {"g": "__9a3e568d3fc274798d8901166f8d040d", "type": "meta", "af": {"Make": "x"}},
                {"evtName": "Interest Sent", "type": "event"},
            ],
        },
        "device_id.clevertap_meta_guid",
    ),
    (
        {
            "url": "https://eu1.example-ct.com/a1?os=iOS",
            "method": "POST",
            "json": [{"type": "meta", "g": "-shopper_88120431"}, {"type": "profile"}],
        },
        "device_id.clevertap_meta_guid",
    ),
]


@pytest.mark.parametrize(("example", "rule"), POSITIVES)
def test_client_machine_ids_found(engine: Engine, example: dict, rule: str) -> None:
    found = {f.signature for f in engine.analyse(example_exchange(example))}
    assert rule in found


def test_hard_negatives_stay_quiet(engine: Engine) -> None:
    for line in NEGATIVES.read_text(encoding="utf-8").splitlines():
        example = json.loads(line)
        findings = engine.analyse(example_exchange(example))
        assert not findings, (example["url"], [f.signature for f in findings])
