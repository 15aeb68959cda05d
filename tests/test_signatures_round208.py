"""Round 66 (set 208): a hotel's TV head-end and its guest Wi-Fi, read as the guests' own.

What was missing, and what was chosen:

- a TV head-end's answer of what each occupied room is playing now (`rooms[]` with the
  channel, the programme and since when): the set-top box status rule already reads these
  rows, but only at a box path (`stb`, `iptv`, `itv`...), and a hotel's, a hospital's or a
  ship's head-end answers them at its own. `viewing_history.headend_room_channel_now` reads
  them at a head-end path when the row names the room, bed, cabin or household
  (`room_channel_now`): the head-end's own receivers and encoders show a channel "since" it
  locked and name no room, so the set-top box rule no longer reads a head-end path;
- a guest Wi-Fi controller's connected clients (the client's MAC, its DHCP hostname, the AP
  or SSID it is associated to): the MACs were found, then dropped as an institution's units
  (more than 6 MACs at one host). The access points are the hotel's; the phones on its guest
  network are the guests'. `device_id.guest_network_client` (`network_client_station`) reads
  such rows at an address naming a guest, visitor or hotspot network, and its findings are
  never counted as units (`session_units.PEOPLES_DEVICES`).

Left as a label question: the head-end's inventory of room TVs (serial, MAC) and the gym's
treadmill assets are the hotel's own equipment (README, "Institution units").

Precision: tests/fixtures/negatives/negatives_round208.jsonl (a head-end's receivers, feeds,
line-up and bar screens, room-service orders and a housekeeping board by room, a captive
portal's plans, the guest network's access points, a hotspot finder, a guest's Wi-Fi chat).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.session_units import PEOPLES_DEVICES
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round208.jsonl"
VIEW = {"viewing_history"}
DEV = {"device_id"}
BIO = {"biometric"}

HEADEND_POSITIVES = [
    # a lodge's head-end: each occupied room's channel, programme, since when and minutes
    {
        "url": "https://tv.example-lodge.co.ke/headend/api/v2/rooms/playing?occupied=1",
        "method": "GET",
        "response": {
            "json": {
                "rooms": [
                    {
                        "room": "1203",
                        "channel": "NTV Kenya",
                        "programme": "NTV Tonight",
                        "since": "2025-03-04T19:02:00Z",
                        "minutes": 22,
                    },
                    {
                        "room": "1207",
                        "channel": "Al Jazeera",
                        "programme": "Inside Story",
                        "since": "2025-03-04T18:40:00Z",
                        "minutes": 44,
                    },
                ]
            }
        },
    },
    # a ship's head-end by cabin, tuned_at as the moment
    {
        "url": "https://itv.example-ferry.gr/head-end/v1/cabins/state",
        "method": "GET",
        "response": {
            "json": {
                "cabins": [
                    {"cabin": "7021", "channel": "ERT 1", "tuned_at": "2025-03-04T21:02:00Z"},
                    {"cabin": "7033", "channel": "Skai", "tuned_at": "2025-03-04T20:12:00Z"},
                ]
            }
        },
    },
    # a Swahili-keyed head-end: the room as `chumba`
    {
        "url": "https://tv.example-hoteli.co.tz/headend/vyumba/sasa",
        "method": "GET",
        "response": {
            "json": {
                "vyumba": [
                    {"chumba": "305", "channel": "Azam One", "since": "2025-03-04T20:00:00Z"},
                    {"chumba": "309", "channel": "ITV Tanzania", "since": "2025-03-04T20:31:00Z"},
                ]
            }
        },
    },
]

GUEST_WIFI_POSITIVES = [
    # a hotel's guest SSID, its clients by MAC, DHCP hostname and AP
    {
        "url": "https://net.example-inn.ug/wifi/v1/clients?ssid=Inn-Guest",
        "method": "GET",
        "response": {
            "json": {
                "clients": [
                    {"mac": "5c:51:4f:21:0a:93", "hostname": "Pixel-8", "ap": "AP-G-Lobby"},
                    {"mac": "d0:81:7a:3e:44:10", "hostname": "iPad", "ap": "AP-1F-N"},
                ]
            }
        },
    },
    # an airport's visitor network, stations by SSID and band
    {
        "url": "https://wlan.example-airport.rw/api/visitor/stations",
        "method": "GET",
        "response": {
            "json": {
                "stations": [
                    {
                        "sta_mac": "3c:22:fb:91:0e:47",
                        "host_name": "Galaxy-A54",
                        "ssid": "Visitor",
                        "band": "5GHz",
                    }
                ]
            }
        },
    },
]


@pytest.mark.parametrize("example", HEADEND_POSITIVES, ids=lambda e: e["url"])
def test_a_head_ends_room_channel_now_is_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW)
    assert "viewing_history.headend_room_channel_now" in found, found


@pytest.mark.parametrize("example", GUEST_WIFI_POSITIVES, ids=lambda e: e["url"])
def test_a_guest_networks_clients_are_found(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, DEV)
    assert "device_id.guest_network_client" in found, found


def test_guest_network_clients_are_never_units() -> None:
    assert "device_id.guest_network_client" in PEOPLES_DEVICES


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
