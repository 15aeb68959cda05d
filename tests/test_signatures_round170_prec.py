"""Round 50 (precision, held-out sets 163, 165, 166, 168, 170): whose unit, whose screen,
whose ranking.

- A data-erasure station and the erasure reports and certificates it files (German
  `Löschzertifikat`, Spanish `certificado de borrado`, Dutch `wisrapport`): phones that
  customers hand in to a trade-in desk, a recycler or a repair shop are erased there, so
  their IMEI, serial and MAC are their former owners' (`lexicon/unit_owner.yaml`,
  `premises_unit`).
- A car dealership's host (`ota.concessionnaire-<name>`, `tcu.autohaus-<name>`) hearing
  from a client that is no phone app (a head unit's updater, a telematics modem, a
  workshop PC): the dealer's demo cars and its customers' cars report on their own
  (`unit_owners._unit_reports_to_a_dealership`, classes `dealership`, `phone_client`).
- A sports club signing in (`x-verein`, `x-club`) and sending a unit beside the player
  who wears it, by number: the club's belts and vests on its squad (`club_caller`,
  `squad_member`).
- A showroom's or a shop's demo unit, as its User-Agent describes the device
  (`(iPadOS; Showroom Display)`, `Retail Mode`): what it plays, it plays to whoever walks
  in, like a signage player (`playouts.screen_playout`).
- Catalan `més vistos` / `més escoltats` (the most watched, listened) is everyone's
  ranking: its `mes` is no French possessive (`listings.everyones_listing`).

A dealer's salesperson's own phone, a customer's iPhone app of a dealer, a fan club's
member, a supporter naming a favourite player, a runner's own strap, the tester's phone
acknowledging a remote wipe, a live-streaming app called SHOWROOM, a living-room tablet
and a French "mes plus vus" (my most watched) stay found.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.subjects import CATEGORY_VETOES
from exfilwatch.detect.unit_owners import text_owner_classes
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round170_prec.jsonl"
CATEGORIES = ("device_id", "viewing_history")


def _found(engine: Engine, example: dict) -> set[str]:
    found = engine.analyse(example_exchange(example))
    return {f.signature for f in found if f.category in CATEGORIES}


def _lines() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_a_business_unit_a_demo_screen_or_a_ranking_is_not_reported(
    engine: Engine, example: dict
) -> None:
    assert not _found(engine, example), example["note"]


@pytest.mark.parametrize("example", _lines(), ids=lambda e: e["note"][:48])
def test_the_data_are_there_without_the_vetoes(
    engine: Engine, example: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each negative holds what the rules read: only a veto drops it."""
    for category in CATEGORIES:
        monkeypatch.delitem(CATEGORY_VETOES, category)
    assert _found(engine, example), example["note"]


@pytest.mark.parametrize(
    ("text", "owner_class"),
    [
        ("loeschzertifikate", "premises_unit"),
        ("WipeStation", "premises_unit"),
        ("erasure-reports", "premises_unit"),
        ("certificados_de_borrado", "premises_unit"),
        ("autohaus-meier", "dealership"),
        ("concesionario-ruiz", "dealership"),
        ("okhttp/4.12.0", "phone_client"),
        ("Foo/1.0 (iPadOS 17.4; x)", "phone_client"),
        ("x-clube", "club_caller"),
        ("jugador", "squad_member"),
    ],
)
def test_the_words_are_read(text: str, owner_class: str) -> None:
    assert owner_class in text_owner_classes(text)


KEPT = [
    {
        "note": "a dealer's salesperson signs in to the dealer's system from her own phone",
        "url": "https://crm.autohaus-meier.example/api/v2/login",
        "method": "POST",
        "headers": {"user-agent": "MeierCRM/2.1 (Linux; U; Android 14; Pixel 8)"},
        "json": {
            "benutzer": "verkauf7",
            "androidId": "9774d56d682e549c",
            "installationId": "5f0c1e2a-77b1-4d0a-9c1e-2b3c4d5e6f70",
        },
    },
    {
        "note": "an iPhone app of a Spanish dealer registers the customer's own phone for pushes",
        "url": "https://app.concesionario-ruiz.example/v1/dispositivos",
        "method": "POST",
        "headers": {"user-agent": "MiConcesionario/3.0 CFNetwork/1494.0.7 Darwin/23.4.0"},
        "json": {"idfv": "1E2D3C4B-5A69-4788-9766-554433221100", "plataforma": "ios"},
    },
    {
        "note": "a fan club app names its member, and sends the fan's own phone id",
        "url": "https://api.example-fanzone.com/v1/devices",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0", "x-club-member": "M-88123"},
        "json": {"androidId": "9774d56d682e549c", "favouritePlayer": "Saka"},
    },
    {
        "note": "a supporter's app names its club and the fan's favourite player by name",
        "url": "https://api.example-supporters.com/v1/profile/device",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0", "x-club": "riverside-fc"},
        "json": {"device": {"wifiMac": "F4:7D:EF:19:3A:5C"}, "favouritePlayer": "J. Smith"},
    },
    {
        "note": "a runner's own chest strap beside her own athlete number, no club signing in",
        "url": "https://api.example-runclub.com/v1/sync",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {"strap": {"mac": "E4:5F:01:AA:12:34"}, "athlete": 4411},
    },
    {
        "note": "the tester's phone acknowledges a remote wipe command from her MDM",
        "url": "https://mdm.example-corp.com/api/commands/ack",
        "method": "POST",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "json": {"command": "wipe", "androidId": "9774d56d682e549c", "serialNumber": "R5CT40ABCDQ"},
    },
]

KEPT_VIEWING = [
    {
        "note": "a live-streaming app named SHOWROOM on a phone reports the viewer's position",
        "url": "https://api.example-showroom-live.jp/v1/player/events",
        "method": "POST",
        "headers": {"user-agent": "SHOWROOM/7.3 (iPhone; iOS 17.5)"},
        "json": {
            "event": "video_progress",
            "videoId": "live-88123",
            "positionSec": 42,
            "durationSec": 95,
        },
    },
    {
        "note": "a French app's 'mes plus vus' (my most watched) is the viewer's own list",
        "url": "https://api.example-cinefr.fr/v2/mes-plus-vus",
        "method": "GET",
        "headers": {"user-agent": "okhttp/4.12.0"},
        "response": {
            "json": {
                "items": [
                    {
                        "titre": "Lupin",
                        "episode": "S1E3",
                        "vu_le": "2025-01-02T20:00:00Z",
                        "position_sec": 1200,
                    },
                    {
                        "titre": "Dix pour cent",
                        "episode": "S2E1",
                        "vu_le": "2025-01-03T21:00:00Z",
                        "position_sec": 300,
                    },
                ]
            }
        },
    },
    {
        "note": "a family's living-room tablet (salon) reports an episode's position",
        "url": "https://api.example-kuechenwelt.de/v1/player/events",
        "method": "POST",
        "headers": {"user-agent": "FamilienTV/4.2 (iPadOS 17.4; Salon-Tablet)"},
        "json": {
            "event": "video_progress",
            "videoId": "insel-2024",
            "positionSec": 42,
            "durationSec": 95,
        },
    },
]


@pytest.mark.parametrize("example", KEPT + KEPT_VIEWING, ids=lambda e: e["note"][:48])
def test_the_testers_own_device_or_viewing_stays_found(engine: Engine, example: dict) -> None:
    assert _found(engine, example), example["note"]
