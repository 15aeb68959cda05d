"""Round 65 (set 254): a library's screens, booths and room panels are the building's.

Set 254 (a Tampere library's AV coordinator) was found whole (recall 1.000) but read the
building's units as a person's: a signage content manager's player status (its MAC and
now-playing) and its proof-of-play asked for one player (`/pop?player=<serial>`), the
listening booths' and the meeting rooms' booking panels' MACs. Earlier rounds' screen
playout (playouts.py) wanted a signage word in the URL or a `pop` under a player's id,
and the institution units had no booths or room panels. Now:

- `playouts.screen_playout` also reads a proof-of-play resource filtered to one player,
  screen or display by a query key, a content manager's (`cms`) players addressed one by
  one, and Nordic and German words for info and advertising screens;
- `unit_owners.not_own_device` drops a screen's own ids told in a response of such an
  exchange, and a building's units in the plural (`unit_collection`: booths, room panels,
  room displays, in eleven languages) read as a path segment followed by an id or as a
  subdomain label.

What must stay a person's (this file): her own TV's and her streaming app's player
status, a home media server's player, a viewer's history at a CMS host under `users`,
her phone's ids sent to a jukebox (requests are not vetoed) and her own alarm panel
(bare `panels` is no unit collection). Hard negatives, in spellings the set never used:
tests/fixtures/negatives/negatives_round254.jsonl.

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.unit_owners import text_owner_classes
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round254.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}


def _response(obj: Any) -> dict[str, Any]:
    return {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(obj)}


# A person's own players, TVs and history: the screen and unit readings must not reach them.
OWN_VIEWING = [
    {
        "note": "own TV status at its maker's cloud: MAC and what plays",
        "url": "https://api.tvmaker-cloud.example/v1/devices/TV-88412/status",
        "method": "GET",
        "response": _response(
            {
                "name": "Olohuoneen TV",
                "serial": "TV-88412",
                "mac": "A4:30:7A:11:22:33",
                "nowPlaying": {
                    "contentId": "ep-2291",
                    "title": "Karppi S2E4",
                    "position_s": 1211,
                    "duration_s": 2700,
                },
            }
        ),
    },
    {
        "note": "own streaming app's player state under the viewer",
        "url": "https://api.katsomo-app.example/v2/me/players/8841/state",
        "method": "GET",
        "response": _response(
            {
                "player": "8841",
                "mac": "F0:27:2D:44:55:66",
                "nowPlaying": {
                    "contentId": "m-771",
                    "title": "Tuntematon sotilas",
                    "position_s": 3402,
                    "duration_s": 10800,
                },
            }
        ),
    },
    {
        "note": "own media server's client player at a home server (no CMS)",
        "url": "https://media.home-server.example/api/players/LR-2/status",
        "method": "GET",
        "response": _response(
            {
                "player": "LR-2",
                "mac": "B8:27:EB:01:02:03",
                "nowPlaying": {
                    "contentId": "e-90",
                    "title": "Sorjonen S1E2",
                    "position_s": 800,
                    "duration_s": 2900,
                },
            }
        ),
    },
    {
        "note": "a viewer's own watch history at a CMS host under users",
        "url": "https://cms.vod-palvelu.example/api/users/u-8812/history",
        "method": "GET",
        "response": _response(
            {
                "rows": [
                    {
                        "contentId": "s-1",
                        "title": "Kotikatu S3E1",
                        "watchedAt": "2025-02-01T20:00:00Z",
                        "position_s": 1500,
                        "duration_s": 1800,
                    },
                    {
                        "contentId": "s-2",
                        "title": "Kotikatu S3E2",
                        "watchedAt": "2025-02-02T20:00:00Z",
                        "position_s": 1700,
                        "duration_s": 1800,
                    },
                ]
            }
        ),
    },
]

OWN_DEVICES = [
    {
        "note": "own TV status at its maker's cloud: MAC and what plays",
        "url": "https://api.tvmaker-cloud.example/v1/devices/TV-88412/status",
        "method": "GET",
        "response": _response(
            {
                "name": "Olohuoneen TV",
                "serial": "TV-88412",
                "mac": "A4:30:7A:11:22:33",
                "nowPlaying": {
                    "contentId": "ep-2291",
                    "title": "Karppi S2E4",
                    "position_s": 1211,
                    "duration_s": 2700,
                },
            }
        ),
    },
    {
        "note": "own streaming app's player state under the viewer",
        "url": "https://api.katsomo-app.example/v2/me/players/8841/state",
        "method": "GET",
        "response": _response(
            {
                "player": "8841",
                "mac": "F0:27:2D:44:55:66",
                "nowPlaying": {
                    "contentId": "m-771",
                    "title": "Tuntematon sotilas",
                    "position_s": 3402,
                    "duration_s": 10800,
                },
            }
        ),
    },
    {
        "note": "patron's phone queues a song at a bar jukebox, sending its own android id",
        "url": "https://api.jukebox-bar.example/v1/queue",
        "method": "POST",
        "json": {
            "song_id": "t-4410",
            "android_id": "9774d56d682e549c",
            "device_mac": "02:00:00:44:55:66",
        },
    },
    {
        "note": "own home alarm panel status (bare panels collection)",
        "url": "https://api.kotihalytys.example/v1/panels/P-4410/status",
        "method": "GET",
        "response": _response(
            {
                "panel": "P-4410",
                "serial": "HP-4410-9921",
                "mac": "00:1E:C0:77:88:99",
                "armed": False,
            }
        ),
    },
    {
        "note": "own media server's client player at a home server (no CMS)",
        "url": "https://media.home-server.example/api/players/LR-2/status",
        "method": "GET",
        "response": _response(
            {
                "player": "LR-2",
                "mac": "B8:27:EB:01:02:03",
                "nowPlaying": {
                    "contentId": "e-90",
                    "title": "Sorjonen S1E2",
                    "position_s": 800,
                    "duration_s": 2900,
                },
            }
        ),
    },
    {
        "note": "own phone registers its MAC at a listening app (request, not a booth)",
        "url": "https://api.kuuntelu-app.example/v1/laite",
        "method": "POST",
        "json": {
            "device_mac": "02:00:00:AA:BB:CC",
            "android_id": "3f2a9c0d11e24b7a",
            "model": "Pixel 8",
        },
    },
]


@pytest.mark.parametrize("example", OWN_VIEWING, ids=lambda e: e["note"])
def test_own_viewing_stays_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, VIEW), example["note"]


@pytest.mark.parametrize("example", OWN_DEVICES, ids=lambda e: e["note"])
def test_own_device_stays_found(engine: Engine, example: dict[str, Any]) -> None:
    assert signatures_found(engine, example, DEV), example["note"]


@pytest.mark.parametrize(
    "segment",
    ["booths", "kuuntelukopit", "lyssningsstationer", "hoerkabinen", "luisterpalen",
     "cabines-d-ecoute", "room-panels", "roomdisplays", "rumspaneler", "raumdisplays"],
)  # fmt: skip
def test_unit_collection_words(segment: str) -> None:
    assert "unit_collection" in text_owner_classes(segment)


@pytest.mark.parametrize("segment", ["panels", "devices", "players", "rooms"])
def test_bare_collections_are_no_unit_collection(segment: str) -> None:
    assert "unit_collection" not in text_owner_classes(segment)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
