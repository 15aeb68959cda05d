"""Round 32 (device ids, set 83): a streaming app's bare `_did` device cookie, a set-top
box named by a bare `stb` key in its channel-watch log, and a TV box's OTA check naming
its slash-printed factory serial (`23408/721E6AFE`) are found; session, consent, bucket
and CDN cookies, box flags and model codes, a shop's or operator's boxes, case files and
sequence numbers with a slash are not."""

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.detect.validators import VALIDATORS
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round83_device.jsonl"

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    (
        "device_id.bare_did_cookie",
        {
            "url": "https://api.example-films.com.bd/v2/search?q=natok&limit=20",
            "headers": {"cookie": "lang=bn; __did=9a1b2c3d4e5f60718293a4b5c6d7e8f9; ab=3"},
        },
    ),
    (
        "device_id.box_noun_serial",
        {
            "url": "https://api.example-iptv.com.np/iptv/v1/channel-log",
            "method": "POST",
            "json": {"stb": "36437/E3XY1234", "sessions": [{"channel": "News", "sec": 540}]},
        },
    ),
    (
        "device_id.slash_serial_device_request",
        {
            "url": "https://ota.example-box.com/api/check?sn=28770%2FY9RM01234&fw=1.0.7&board=sabrina",
        },
    ),
]


def _negatives() -> list[dict[str, Any]]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize(
    "rule,example", POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positives(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_look_alikes_are_not_device_ids(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" not in categories_found(engine, example)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("23408/721E6AFE", True),
        ("26084/00012345", True),
        ("12345/2024", False),
        ("2024/11/12", False),
        ("12345/000000", False),
        ("23408/721e6afe", False),
    ],
)
def test_slash_serial_shape(value: str, expected: bool) -> None:
    assert VALIDATORS["slash_serial"](value) is expected
