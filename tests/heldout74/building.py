"""The building-management app (in-house backend of a facilities integrator).

HVAC setpoints and trend series, badge-reader events, lift status and
meeting-room displays, with some key names in Irish as the Dublin developer
wrote them (URL paths without the fadas; seomra = room, teocht = temperature,
doras = door, ardaitheoir = lift, gléas = device, sraithuimhir = serial number,
cárta = card). Every serial, MAC and card number belongs to company equipment or
to staff badges: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, mac, ms, rf, rid, ua

BASE = "https://bms.cnoc-systems.example/api/v2"
ROOMS = ["Liffey", "Shannon", "Lagan", "Corrib", "Boardroom", "Canteen"]


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "bms", method, f"{BASE}/{path}", params)
    b.header("user-agent", ua("CnocBMS", "2.14.0"))
    b.header("x-request-id", rid(c.rng))
    return b


def hvac_trend(c: Context) -> Flow:
    room = c.rng.choice(ROOMS)
    b = _b(c, "GET", f"seomrai/{room}/teocht", [("from", str(ms(c) - 86400000)), ("step", "900")])
    series = [[ms(c) - i * 900000, rf(c.rng, 19, 24, 1)] for i in range(48)]
    b.ok_json({"seomra": room, "aonad": "°C", "sraith": series, "setpoint": 21.5})
    b.decoy("temperature trend: a timestamp/value series (paired times, not viewing)")
    return b.build()


def setpoint(c: Context) -> Flow:
    b = _b(c, "PUT", f"zones/{c.rng.randint(1, 40)}/setpoint")
    b.json(
        {
            "teocht_sprice": rf(c.rng, 19, 23, 1),
            "mode": c.rng.choice(["heat", "cool", "auto"]),
            "until": iso(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("HVAC setpoint change")
    return b.build()


def badge_events(c: Context) -> Flow:
    b = _b(c, "GET", "rochtain/imeachtai", [("doras", "all"), ("limit", "25")])  # access / events
    rows = []
    for _ in range(c.rng.randint(5, 20)):
        rows.append(
            {
                "am": iso(c),
                "doras": c.rng.choice(["Main-Entrance", "Server-Room", "Yard-Gate", "Stairwell-B"]),
                "léitheoir": {
                    "sraithuimhir": "HID" + new_digits(c.rng, 9),
                    "mac": mac(c.rng, "00:06:8e"),
                },
                "cárta": new_digits(c.rng, 10),
                "toradh": c.rng.choice(["granted", "granted", "denied"]),
            }
        )
    b.ok_json({"imeachtaí": rows, "next": new_hex(c.rng, 12)})
    b.decoy(
        "badge-reader log: reader serials / MACs and staff card numbers (not the tester's device)"
    )
    return b.build()


def lift_status(c: Context) -> Flow:
    b = _b(c, "GET", "ardaitheoiri")
    lifts = [
        {
            "id": f"L{i}",
            "urlár": c.rng.randint(0, 6),
            "stádas": c.rng.choice(["ok", "ok", "maintenance"]),
            "gléasID": "KONE-" + new_hex(c.rng, 8).upper(),
            "tripsToday": c.rng.randint(20, 400),
        }
        for i in range(1, 4)
    ]
    b.ok_json({"ardaitheoirí": lifts})
    b.decoy("lift controller status with controller ids")
    return b.build()


def room_display(c: Context) -> Flow:
    room = c.rng.choice(ROOMS)
    b = _b(c, "GET", f"taispeantais/{room}")  # displays
    b.ok_json(
        {
            "seomra": room,
            "gléas": {
                "sraithuimhir": "TC10" + new_hex(c.rng, 8).upper(),
                "mac": mac(c.rng, "00:04:f2"),
                "firmware": "2.4.1",
            },
            "booking": {
                "subject": "Quarterly review",
                "start": iso(c),
                "durationMin": c.rng.choice([30, 60]),
            },
            "occupancy": {"peopleCount": c.rng.randint(0, 12), "sensor": "ceiling-pir"},
        }
    )
    b.decoy("meeting-room panel: the panel's serial and MAC, a booking, a people count")
    return b.build()


def energy(c: Context) -> Flow:
    b = _b(c, "GET", "fuinneamh/meters", [("period", "day")])
    meters = [
        {"meterId": "MPRN" + new_digits(c.rng, 11), "kWh": [rf(c.rng, 2, 40, 2) for _ in range(24)]}
        for _ in range(3)
    ]
    b.ok_json({"meters": meters})
    b.decoy("energy meter readings: numeric series per meter point reference number")
    return b.build()
