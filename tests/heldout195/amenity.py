"""The amenity room's TV and its two streaming sticks (the building's), managed
from the manager's phone through a hospitality device-management console.

The TV and sticks are the building's shared equipment, used by whichever
resident books the room: their serials and MACs are not the tester's device
ids, and the console's "now playing" and playout log of a shared amenity screen
is a public screen's playout, not a person's viewing history (decision: decoy).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, building_mac, building_serial, iso, ms, rid, ua

API = "https://console.roomcast.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "roomcast", method, url)
    b.header("user-agent", ua("RoomCastConsole", "3.2.0"))
    return b


def fleet(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/properties/HL-TOR-07/devices")
    b.decoy("building-owned TV and streaming-stick serials / MACs (shared amenity room)")
    b.ok_json(
        {
            "devices": [
                {
                    "room": "Party Room L2",
                    "kind": kind,
                    "serialNumber": building_serial(c.rng, "RC"),
                    "wifiMac": building_mac(c.rng),
                    "online": c.rng.random() < 0.9,
                }
                for kind in ("tv", "stick", "stick")
            ]
        }
    )
    return b.build()


def playout_log(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/devices/{building_serial(c.rng, 'RC')}/playout?limit=20")
    b.decoy("a shared amenity screen's playout log: a public screen, not a person's history")
    b.ok_json(
        {
            "playout": [
                {
                    "app": c.rng.choice(["YouTube", "Netflix", "Crave", "Tou.tv"]),
                    "title": c.rng.choice(
                        ["Hockey Night in Canada", "Lobby welcome loop", "Bluey", "Les Boys"]
                    ),
                    "startedAt": iso(c),
                    "durationSec": c.rng.randint(60, 7200),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def reset_stick(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/devices/{building_serial(c.rng, 'RC')}/actions")
    b.decoy("sign-out / factory reset of a building stick after a booking")
    b.json({"action": c.rng.choice(["SIGN_OUT_ALL_APPS", "REBOOT", "CLEAR_HISTORY"]), "ts": ms(c)})
    b.ok_json({"jobId": rid(c.rng)})
    return b.build()


def booking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rooms/party-room-l2/bookings?week=current")
    b.ok_json(
        {
            "bookings": [
                {
                    "unit": f"{c.rng.randint(2, 31)}{c.rng.randint(1, 12):02d}",
                    "from": iso(c),
                    "hours": c.rng.randint(1, 4),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
