"""Skohterláigu: a snowmobile rental in Kautokeino and its own fleet tablets.

Each rented snowmobile carries one of the company's ruggedised tablets (its
inventory: serial, Wi-Fi MAC and IMEI in the fleet register) that reports
position, fuel and the route to the company's dispatch; the counter tablets
check bookings. These are the institution's equipment, not a person's device,
and the positions are the machine's. The customer's booking confirmation is an
order number.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf

API = "https://dispatch.skohterlaigu.example"
FLEET = [
    (
        f"RT{7100 + i}",
        f"70:B3:D5:4E:{10 + i:02X}:{0x20 + 3 * i:02X}",
        f"35{402211 + 97 * i:06d}{1000 + 13 * i:04d}"[:15],
    )
    for i in range(6)
]


def _b(c: Context, method: str, url: str, unit: tuple[str, str, str]) -> FB:
    b = FB(c, "skohterlaigu", method, url)
    b.header("user-agent", f"SkohterFleet/4.1 (Android 12; T20-{unit[0]})")
    b.header("x-fleet-unit", unit[0])
    return b


def telemetry(c: Context) -> Flow:
    unit = c.rng.choice(FLEET)
    b = _b(c, "POST", f"{API}/v1/fleet/telemetry", unit)
    b.decoy("fleet tablet serial / MAC / IMEI (the rental's own equipment) and machine GPS")
    b.json(
        {
            "unit": {
                "serial": unit[0],
                "wifiMac": unit[1],
                "imei": unit[2],
                "inventory": "SKL-" + unit[0][2:],
            },
            "skohter": f"Lynx-{c.rng.randint(10, 40)}",
            "sadji": {"lat": rf(c.rng, 68.95, 69.1, 5), "lon": rf(c.rng, 23.0, 23.2, 5)},
            "boaldámuš": c.rng.randint(5, 100),
            "áigi": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def booking(c: Context) -> Flow:
    unit = c.rng.choice(FLEET[:2])
    b = _b(c, "GET", f"{API}/v1/counter/bookings?date={iso(c)[:10]}", unit)
    b.decoy("booking / order numbers on the counter tablet")
    b.ok_json(
        {
            "bookings": [
                {
                    "ordre": f"SKL-{c.rng.randint(10000, 99999)}",
                    "skohter": f"Lynx-{c.rng.randint(10, 40)}",
                    "diimmut": c.rng.choice([2, 4, 8]),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def mdm_checkin(c: Context) -> Flow:
    unit = c.rng.choice(FLEET)
    b = _b(c, "POST", f"{API}/mdm/checkin", unit)
    b.decoy("company MDM check-in of its own tablet")
    b.json({"serial": unit[0], "imei": unit[2], "policy": "kiosk-v3", "token": new_hex(c.rng, 24)})
    b.ok_json({"commands": []})
    return b.build()
