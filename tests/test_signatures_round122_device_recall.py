"""Round 43 (held-out sets 119-122), device id recall: the Firebase installation id an app
reuses as its own install id in a header named after itself (`x-<app>-fid`), and the device
nouns of Amharic, Hausa and Igbo in the forms keys and headers take: Amharic romanised with
ሸ for ሣ (`meshiya`, `mesharia`), Hausa na'ura with its apostrophe turned into a separator
(`x-na-urar`, `na_ura_id`), Igbo `ngwa` (the head of ngwaọrụ). Hard negatives: feed numbers,
trace ids and non-FID tokens in fid headers, the same nouns naming a model, a type, goods or
an interjection, request, trace and session headers of apps in those countries.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

ANDROID_ID = "5b0e72c4a91f3d68"
UUID = "9d3f6a21-4c8e-4b07-a5d2-e1f08c7b3a96"
NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round122_device_recall.jsonl"
)


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("x-kadara-fid", "eQ7m2Vx9Lk4Rb1Tz8Nw3Pc"),
        ("X-Tana-Radio-Fid", "dH5s0Jp3Wq8Yc6Mv2Xk9Ra"),
        ("x-selam-fis-id", "c8Ln4Tb1Zr7Kx2Qm5Vw0Ed"),
    ],
)
def test_an_app_named_fid_header_with_an_fid(engine: Engine, header: str, value: str) -> None:
    example = {"url": "https://api.example-films.et/v2/home?page=1", "headers": {header: value}}
    assert "device_id.header_app_fid" in _device(engine, example), header


@pytest.mark.parametrize(
    "header",
    [
        "x-meshiya-id",
        "x-lalibela-meshiya",
        "x-na-urar",
        "x-na-ura-id",
        "x-littafi-na-urar",
    ],
)
def test_a_device_noun_names_an_app_header(engine: Engine, header: str) -> None:
    example = {"url": "https://api.example-app.ng/v1/home", "headers": {header: UUID}}
    assert _device(engine, example), header


@pytest.mark.parametrize("key", ["ngwa", "ngwa_id", "na_ura_id", "meshiya_id", "id_na_urar"])
def test_device_keys_in_a_body(engine: Engine, key: str) -> None:
    example = {
        "url": "https://api.example-app.ng/v1/sync",
        "method": "POST",
        "json": {key: ANDROID_ID, "lokaci": 120},
    }
    assert _device(engine, example), key


def test_the_round_negatives_report_nothing(engine: Engine) -> None:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 12
    for line in lines:
        example = json.loads(line)
        found = engine.analyse(example_exchange(example))
        assert not found, (example["note"], [f.signature for f in found])


@pytest.mark.parametrize("segment", ["na-ura", "meshiya", "ngwa"])
def test_a_device_noun_in_the_path_before_a_machine_id(engine: Engine, segment: str) -> None:
    example = {"url": f"https://api.example-app.ng/v2/{segment}/{ANDROID_ID}"}
    assert "device_id.url_path_multilingual" in _device(engine, example), segment
