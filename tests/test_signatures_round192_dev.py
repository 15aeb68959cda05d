"""Round 192 (held-out sets 185-192), device ids: the families behind the set 185, 190 and
192 misses, in spellings and apps the sets never used.

- A car's VIN as the path segment after the vehicle noun of any language (`veiculos`,
  `fahrzeuge`, `kendaraan`), with a VIN's upper-case shape where the maker leaves the
  check digit out: `vin_url_path_multilingual`.
- A TV box's printed serial under a serial word joined to a short box noun (`deco_serie`,
  `nomor_seri_kotak`, `serie_boitier`): `box_serial_word_multilingual`.
- A watch's serial under the watch noun of Malay, Indonesian, Polish and other languages
  (`jam_tangan`, `x-zegarek`), in a body key or a request header: `wearable_bare_noun_serial`,
  `header_device_type_noun`.
- A venue's game consoles and PCs under a store's path (`/stores/<id>/consoles`) are the
  venue's kit: the device lexicon's `site_kit` class.
- Polynesian words for a device or machine (Maori `pūrere`, `mīhini`, Samoan `masini`,
  Tongan `misini`) in the device lexicon, read by `device_id_multilingual`.

What stays quiet (negatives_round192_dev.jsonl): lower-case tokens, stock numbers, letter
runs and plates under a vehicle noun; a model name, an order, a room, a fleet and a slot
label beside a box serial word; model names and counts under the Polynesian words.
"""

from __future__ import annotations

from typing import Any

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

VIN = "device_id.vin.url_path_multilingual"
BOX = "device_id.box_serial_word_multilingual"
NOUN = "device_id.device_id_multilingual"
WATCH_HEADER = "device_id.header_device_type_noun"
WATCH = "device_id.wearable_bare_noun_serial"

POSITIVES: list[tuple[dict[str, Any], str]] = [
    (
        {
            "note": "a Portuguese owner app locks the car by its VIN",
            "url": "https://api.example-auto.pt/v3/veiculos/VF1RFB00X6S123456/trancar",
            "method": "POST",
            "json": {"trancar": True},
        },
        VIN,
    ),
    (
        {
            "note": "an Indonesian connected-car app reads the car's fuel level",
            "url": "https://api.example-mobil.co.id/v1/kendaraan/MHKA6GJ6JPJ215578/bbm",
        },
        VIN,
    ),
    (
        {
            "note": "a Turkish owner app reads the car's tyre pressures",
            "url": "https://api.example-arac.com.tr/v2/araclar/NMTKZ3BE70R194562/lastik",
        },
        VIN,
    ),
    (
        {
            "note": "a French cable box posts its zapping log under the box serial",
            "url": "https://api.example-cable.fr/v1/zapping",
            "method": "POST",
            "json": {"serie_boitier": "SAG77310294XF", "chaines": [{"id": 5, "s": 300}]},
        },
        BOX,
    ),
    (
        {
            "note": "a Malaysian IPTV box registers under its serial number",
            "url": "https://api.example-iptv.my/v2/daftar",
            "method": "POST",
            "json": {"nombor_siri_kotak": "MYB40918273655", "pakej": "asas"},
        },
        BOX,
    ),
    (
        {
            "note": "an Argentine cable box's serial, key written camel case",
            "url": "https://api.example-cable.com.ar/v1/registro",
            "method": "POST",
            "json": {"decoSerie": "DCA92018374KQ", "canales": [13, 11]},
        },
        BOX,
    ),
    (
        {
            "note": "a Maori app's device id under its machine word",
            "url": "https://api.example-reo.nz/v1/tuhi",
            "method": "POST",
            "json": {"mīhini_id": "5b0e2f7c-1d94-4a63-b8e2-7c3f9a0d6e15"},
        },
        NOUN,
    ),
    (
        {
            "note": "a Tongan app's device id under misini",
            "url": "https://api.example-tala.to/v1/lesisita",
            "method": "POST",
            "json": {"misini_id": "e41c9a07-3b6d-4f28-9d15-a2c8e07b3f64"},
        },
        NOUN,
    ),
    (
        {
            "note": "an Indonesian fitness app names the wristwatch by its serial",
            "url": "https://api.example-sehat.co.id/v1/sinkron",
            "method": "POST",
            "json": {"jam_tangan": "WT8K20391746", "langkah": 8000},
        },
        WATCH,
    ),
    (
        {
            "note": "a Polish health app sends the watch's serial in a header",
            "url": "https://api.example-zdrowie.pl/v1/sync",
            "method": "POST",
            "headers": {"x-zegarek": "ZG4K1190375A"},
            "json": {"kroki": 8000},
        },
        WATCH_HEADER,
    ),
]


def device_rules(engine: Engine, example: dict[str, Any]) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "device_id"]


@pytest.mark.parametrize(("example", "rule"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_is_a_device_id(engine: Engine, example: dict[str, Any], rule: str) -> None:
    assert rule in device_rules(engine, example), (example["note"], device_rules(engine, example))


@pytest.mark.parametrize(
    "segment",
    [
        "vf1rfb00x6s123456",  # lower-case: a token, not a printed VIN
        "ABCDEFGHJKLMNPRST",  # letters only
        "12345678901234567",  # digits only
        "B1234XYZ",  # a plate
    ],
)
def test_a_token_under_a_vehicle_noun_is_not_a_vin(engine: Engine, segment: str) -> None:
    example = {"url": f"https://api.example-auto.pt/v3/veiculos/{segment}/estado"}
    assert VIN not in device_rules(engine, example)


@pytest.mark.parametrize(
    ("extra", "url"),
    [
        ({"room_no": "1204"}, "https://api.example-hotel.my/v1/tv"),
        ({"order_id": "PED-1"}, "https://api.example-tienda.es/v1/carrito"),
        ({}, "https://api.example-sat.it/v2/fleet/zapping"),
    ],
)
def test_a_business_box_serial_is_not_the_tester_s(
    engine: Engine, extra: dict[str, str], url: str
) -> None:
    example = {"url": url, "method": "POST", "json": {"deco_serie": "SKD48201937XK", **extra}}
    assert BOX not in device_rules(engine, example)


@pytest.mark.parametrize(("key", "value"), [("x-jam", "14:30"), ("x-saat", "1430"), ("x-jam", "2")])
def test_an_hour_under_a_watch_header_is_not_a_serial(engine: Engine, key: str, value: str) -> None:
    example = {"url": "https://api.example-kalendar.my/v1/temu", "headers": {key: value}}
    assert WATCH_HEADER not in device_rules(engine, example)


def test_a_venue_s_consoles_under_its_store_path_are_the_venue_s(engine: Engine) -> None:
    units = [
        {"room": "A", "model": "CFI-2018", "serialNo": "E2939240911323492"},
        {"room": "B", "model": "CFI-2018", "serialNo": "E2841477550536371"},
    ]
    example = {
        "url": "https://api.example-gamebar.test/v3/stores/ST-0411/consoles",
        "response": {"json": {"consoles": units}},
    }
    assert device_rules(engine, example) == []
