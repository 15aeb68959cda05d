"""Round 49 device-id rules: Comscore's `ns_ak`, Roku ESNs and the French IDFV key.

Each rule is checked on a realistic positive and on the hard negatives an ordinary app
sends with the same shape (supplier ids, order numbers, Comscore's other parameters).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round49_device.jsonl"


def _device_ids(engine: Engine, example: dict) -> set[str]:
    return {
        f.signature for f in engine.analyse(example_exchange(example)) if f.category == "device_id"
    }


@pytest.mark.parametrize(
    ("example", "rule"),
    [
        (
            {
                "method": "GET",
                "url": "https://sb.scorecardresearch.com/p?c1=2&c2=3005002&ns_ap_pn=ios"
                "&ns_ak=B1E345B2-0053-44A8-BC0B-A77CC7F03D4C&ns_st_ev=hb",
            },
            "device_id.comscore_ns_ak",
        ),
        (
            {
                "method": "POST",
                "url": "https://acr.logs.roku.com/v1/match",
                "json": {"esn": "X02E1A76F60B", "matches": [{"contentId": "a", "offsetMs": 5}]},
            },
            "device_id.esn",
        ),
        (
            {
                "method": "POST",
                "url": "https://services.example-tele.ca/ott/v1/appareils",
                "json": {"identifiantFournisseur": "DA3F0666-5360-4613-9E1B-F85B1C88A91E"},
            },
            "device_id.idfv_french",
        ),
    ],
)
def test_positive(engine: Engine, example: dict, rule: str) -> None:
    assert rule in _device_ids(engine, example)


@pytest.mark.parametrize(
    "line", NEGATIVES.read_text(encoding="utf-8").splitlines(), ids=lambda s: s[:60]
)
def test_hard_negative(engine: Engine, line: str) -> None:
    assert _device_ids(engine, json.loads(line)) == set()
