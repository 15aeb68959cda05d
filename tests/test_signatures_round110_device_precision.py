"""Round 40 (device precision, sets 103-110): whose equipment is it. A museum's audio
guides, projectors and visitor counters, a stadium's turnstiles, a booked room's lock, a
school class's tablets and a teacher's lesson set, a club's vests and belts worn by its
athletes, a squad's kit, a unit on loan, a rented router and a hotspot's access point
are the institution's, the operator's or another person's, never the tester's device.
The tester's own devices beside the same words stay found.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round110_device_precision.jsonl"
)
OWN_MAC = "F4:7D:EF:19:3A:5C"
OWN_SERIAL = "R5CT4471A2B"


def _device(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category == "device_id"}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_someone_elses_equipment_is_no_device_of_the_tester(engine: Engine, example: dict) -> None:
    assert not _device(engine, example), example["note"]


@pytest.mark.parametrize(
    "example",
    [
        {
            "note": "her own earbuds registered from a museum curator's phone",
            "url": "https://api.example-audio.dk/v1/devices/register",
            "method": "POST",
            "json": {"btMac": OWN_MAC, "serialNumber": OWN_SERIAL, "model": "Buds 3"},
        },
        {
            "note": "a runner's own strap in the athlete's own sensor list (singular athlete path)",
            "url": "https://api.example-run.gr/v3/athlete/sensors",
            "method": "PUT",
            "json": {"sensors": [{"type": "hr_strap", "bleAddress": OWN_MAC, "fw": "5.0"}]},
        },
        {
            "note": "the family's own fibre router under router_mac stays readable",
            "url": "https://api.example-telco.ie/v1/home/router/status",
            "headers": {"x-router-mac": "E8:65:D4:10:20:30"},
        },
        {
            "note": "an ad SDK's own Wi-Fi MAC beside the router's BSSID (ap_mac)",
            "url": "https://ads.example-sdk.com/v2/req",
            "method": "POST",
            "json": {"wifi_mac": OWN_MAC, "ap_mac": "AC:D7:2E:AE:8C:35", "ssid": "Home-5G"},
        },
        {
            "note": "a referee's own smartwatch paired in his own fitness app",
            "url": "https://api.example-fit.gr/v2/me/devices",
            "method": "POST",
            "json": {"watch": {"macAddress": OWN_MAC, "serialNumber": OWN_SERIAL}},
        },
    ],
    ids=lambda e: e["note"][:48],
)
def test_the_testers_own_devices_stay_found(engine: Engine, example: dict) -> None:
    assert _device(engine, example), example["note"]


def test_words() -> None:
    lex = load("device")
    for word in ("lydguide", "audioguide", "projektorer", "taellere", "turniket", "hiram",
                 "arenda", "mouseio", "stadion", "museum"):  # fmt: skip
        assert lex.word(word) == "fleet" or lex.stem_rest(word), word
    for word in ("bookings", "buchungen", "synyp", "klasy"):
        assert lex.word(word) == "sites", word
    # One's own things stay out: a singular screen, projector or sensor, a bare team.
    for word in ("screen", "projector", "sensor", "team"):
        assert lex.word(word) != "fleet", word


def test_accented_key_names_keep_their_letters() -> None:
    """A key (or a rule's name for one) written with diacritics folds to its plain
    letters: `hráč` (a player) once shrank to `hr`, a heart rate, and vetoed it."""
    from exfilwatch.detect.signatures import norm_key

    assert norm_key("hráč") == "hrac" != norm_key("hr")
    assert norm_key("Posición_Seg") == norm_key("posicion_seg") == "posicionseg"
    assert norm_key("Straße") == "strasse" and norm_key("łódź") == "lodz"
