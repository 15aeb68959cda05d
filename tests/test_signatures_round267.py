"""Round 66 (set 267): Faroese, Kalaallisut (Greenlandic) and Danish apps, in spellings and
apps the set never used.

The readings were there; the words were not, but for two:

- Faroese viewing and listening words (exfilwatch/detect/lexicon/viewing.yaml, `fo`): `støða`
  (position), `hugt` (watched), `hyggja` / `hyggju-` (watching, watch log, watch history),
  `lurtað` / `lurta` (listened, listen), `rás` (channel), `sending` (programme), `heiti`
  (title), `søga` (history), `halda fram` (continue), `seinast` (last), `kapittul` (chapter),
  `longd` (length), `liðugt` (finished), `hjartaslag` (heartbeat), `útvarp` (radio), `sek`;
  Kalaallisut `takuneq` / `takusaq` (watching, watched), `inissisimaffik` (position),
  `piffissaq` (time), `aallakaatitassaq` (programme), `taaguut` (title), `sivisussusia`
  (length), `naammassineq` (finished); Danish `sete` (watched), `tidspunkt`, `afsluttet`;
- a playback position is a qualified position (structures/position_paths.py): English
  `playbackPosition` and Danish `afspilningsposition` (lexicon `playhead`) written to the
  item's own position entry are where playback was left, as `lastPosition` is;
- Faroese `eind` (device) and Kalaallisut `atortoq` (lexicon/device.yaml) and Faroese `lykil`
  (key) in device_id/device-key-word-multilingual (`eindLykil`, `eindarlykil`);
- a vessel's units (exfilwatch/detect/unit_owners.py `_unit_names_its_vessel`, lexicon
  unit_owner.yaml `vessel`): a unit's record naming the ship it sits on by registration or
  IMO number (`skip: "KG 478"`), sent by a client that is no phone app (a set-top box's own
  User-Agent), is the shipowner's equipment, as a hotel's room TVs are the hotel's; the
  cabin's viewing stays viewing history. A sailor's phone app naming its boat stays read, and
  so does a TV's `skip: 20` (a page offset, no registration).

Precision: tests/fixtures/negatives/negatives_round267.jsonl (a price in SEK, a dog's breed
`ras`, a Faroese parcel `sending` and its `støða`, a news list, a ferry's map position, a TV
guide, a Greenlandic weather place, a Danish order `afsluttet`, an e-reader's page, Dutch
`eind` (end), a door key `lykil`, a chat's `sending`, a slide's position, a video editor's
playhead, and the ship boxes' MACs).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round267.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

VIEWING_POSITIVES = [
    {
        "url": "https://api.example-sjon.fo/v2/spælari/puls",
        "method": "POST",
        "json": {
            "sending": {"id": "p9", "heiti": "Kvøldfréttir", "longd": 1800},
            "støða": 612,
            "hugt_sek": 30,
            "rás": "Rás 1",
            "tíð": "2025-02-01T20:10:00Z",
        },
    },
    {
        "url": "https://api.example-ljod.fo/v1/utvarp/lurtad",
        "method": "POST",
        "form": {
            "rás": "Rás 2",
            "lurtað_sek": "240",
            "tíð": "2025-02-01T07:00:00Z",
            "sending": "Morgunløtan",
        },
    },
    {
        "url": "https://api.example-sjon.fo/v2/brukari/halda-fram",
        "method": "GET",
        "response": {
            "json": {
                "haldaFram": [
                    {
                        "sendingId": "e7",
                        "heiti": "Bygdin",
                        "støða": 300,
                        "longd": 2400,
                        "seinast_hugt": "2025-02-01T19:00:00Z",
                    },
                    {
                        "sendingId": "e9",
                        "heiti": "Havið",
                        "støða": 120,
                        "longd": 1500,
                        "seinast_hugt": "2025-02-02T19:00:00Z",
                    },
                ]
            }
        },
    },
    {
        "url": "https://api.example-sjon.fo/v2/brukari/hyggjusoga",
        "method": "GET",
        "response": {
            "json": {
                "hyggjusøga": [
                    {
                        "sendingId": "e7",
                        "heiti": "Bygdin",
                        "hugt": "2025-02-01T19:00:00Z",
                        "liðugt": True,
                    },
                    {
                        "sendingId": "e2",
                        "heiti": "Dagur",
                        "hugt": "2025-02-02T19:00:00Z",
                        "liðugt": False,
                    },
                ]
            }
        },
    },
    {
        "url": "https://api.example-bokur.fo/v1/lurtan/b2",
        "method": "PUT",
        "json": {"bók": "Barbara", "kapittul": 3, "støða_sek": 811, "tíð": "2025-02-01T18:00:00Z"},
    },
    {
        "url": "https://api.example-bokur.fo/v1/lurtadi-seinast",
        "method": "GET",
        "response": {
            "json": {
                "lurtaðiSeinast": [
                    {"bók": "Barbara", "kapittul": 3, "tíð": "2025-02-01T18:00:00Z"},
                    {"bók": "Glataðir menn", "kapittul": 1, "tíð": "2025-02-02T18:00:00Z"},
                ]
            }
        },
    },
    {
        "url": "https://api.example-tv.gl/v1/takuneq/p3",
        "method": "PUT",
        "json": {
            "aallakaatitassaq": "Nuuk 2025",
            "inissisimaffik": 932,
            "sivisussusia": 2400,
            "takusaq": False,
            "piffissaq": "2025-02-01T20:00:00Z",
        },
    },
    {
        "url": "https://api.example-tv.gl/v1/atuisoq/takujuakkat",
        "method": "GET",
        "response": {
            "json": {
                "takujuakkat": [
                    {
                        "id": "p3",
                        "taaguut": "Nuuk 2025",
                        "inissisimaffik": 932,
                        "piffissaq": "2025-02-01T20:00:00Z",
                    },
                    {
                        "id": "p5",
                        "taaguut": "Aasaq",
                        "inissisimaffik": 100,
                        "piffissaq": "2025-02-02T20:00:00Z",
                    },
                ]
            }
        },
    },
    {
        "url": "https://inapps.appsflyer.com/api/v6.13/androidevent?app_id=fo.example.sogur",
        "method": "POST",
        "json": {
            "eventName": "lurtad_kapittul",
            "eventValue": json.dumps(
                {"af_content_id": "x4", "af_content": "Barbara", "kapittul": 2, "lurtað_sek": 620}
            ),
        },
    },
    {
        "url": "https://inapps.appsflyer.com/api/v6.13/androidevent?app_id=fo.example.sogur",
        "method": "POST",
        "json": {
            "eventName": "af_content_view",
            "eventValue": json.dumps(
                {"af_content_id": "x4", "af_content": "Barbara", "kapittul": 2, "lurtað_sek": 620}
            ),
        },
    },
    {
        "url": "https://sdk.iad-01.braze.com/api/v3/data",
        "method": "POST",
        "json": {
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": "afspilning_afsluttet",
                        "p": {
                            "titel": "Borgen",
                            "titel_id": "b1",
                            "sete_minutter": 48,
                            "varighed_minutter": 50,
                        },
                    },
                    "time": 1733558510,
                }
            ]
        },
    },
    {
        "url": "https://api.example-stream.dk/v5/afspilning/t1/position",
        "method": "PUT",
        "json": {"afspilningsposition": 1200, "tidspunkt": "2025-02-01T20:00:00Z"},
    },
    {
        "url": "https://tv.example-sat.fo/v1/hyggjulogg",
        "method": "POST",
        "headers": {"content-type": "application/xml"},
        "body": '<?xml version="1.0"?><hyggjulogg><hyggja><rás>KVF</rás><sending>Dagur og '
        "vika</sending><byrjað>2025-02-01T19:00:00Z</byrjað><sekund>1200</sekund></hyggja><hyggja><rás>DR1</rás><sending>Borgen</sending><byrjað>2025-02-01T20:00:00Z</byrjað><sekund>900</sekund></hyggja></hyggjulogg>",
    },
]

DEVICE_POSITIVES = [
    {
        "url": "https://api.example-banki.fo/v2/eind/skrasetan",
        "method": "POST",
        "json": {
            "eindId": "3f9a01c7d2e84b65",
            "eindLykil": "0be4c19a7f2d83e6a5b4c0d9e8f7a6b5c4d3e2f1",
            "slag": "Pixel 7",
        },
    },
    {
        "url": "https://api.example-banki.fo/v3/innrita",
        "method": "POST",
        "json": {"eindarlykil": "0be4c19a7f2d83e6a5b4c0d9e8f7a6b5c4d3e2f1", "brukari": "x1"},
    },
    {
        "url": "https://api.example-tv.gl/v1/atuisoq",
        "method": "POST",
        "json": {"atortoq_id": "974d11e06fc83e27"},
    },
]

# A unit's MAC stays read when the vessel is named by a phone app, or `skip` is a page offset.
KEPT_MACS = [
    {
        "url": "https://api.example-seil.no/v1/baat",
        "method": "POST",
        "headers": {"user-agent": "SeilApp/2.1 (Linux; U; Android 14; Pixel 8)"},
        "json": {"skip": "TN 301", "mac": "5C:E9:1E:3A:77:10"},
    },
    {
        "url": "https://api.example-tv.com/v1/list",
        "method": "POST",
        "headers": {"user-agent": "SmartTV/5.0 (Tizen 7.0)"},
        "json": {"skip": 20, "mac": "5C:E9:1E:3A:77:11"},
    },
]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("støða_sek", ("position", "seconds")),
        ("hugt_sek", ("watched", "seconds")),
        ("lurtað_sek", ("listened", "seconds")),
        ("hyggjusøga", ("history",)),
        ("inissisimaffik", ("position",)),
        ("piffissaq", ("time",)),
        ("afspilningsposition", ("playhead",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


@pytest.mark.parametrize("example", VIEWING_POSITIVES, ids=lambda e: e["url"])
def test_faroese_greenlandic_and_danish_viewing_is_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, VIEW), example["url"]


@pytest.mark.parametrize("example", DEVICE_POSITIVES, ids=lambda e: e["url"])
def test_faroese_and_greenlandic_device_ids_are_found(
    engine: Engine, example: dict[str, Any]
) -> None:
    assert signatures_found(engine, example, DEV), example["url"]


@pytest.mark.parametrize("example", KEPT_MACS, ids=lambda e: e["url"])
def test_a_mac_beside_no_ships_unit_stays_read(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id.mac" in signatures_found(engine, example, DEV), example["url"]


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
