"""Zápůjčky: the pool of laptops and tablets the faculty lends to students.

The MDM check-ins carry each lent device's serial, IMEI, Wi-Fi MAC and its
advertising-id-looking enrolment UUID: devices of the university lent to other
people, so no device identifier of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex, new_uuid

from .phone import FB, iso, mac, rid

API = "https://mdm.univerzita.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mdm", method, url)
    b.header("user-agent", "MDMAgent/24.3 (Android 13; SM-X200)")
    return b


def checkin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/devices/checkin")
    b.decoy("lent tablet's serial, IMEI, MAC and enrolment id: the university's, lent to a student")
    b.json(
        {
            "deviceSerial": "R9" + new_hex(c.rng, 9).upper(),
            "imei": luhn_complete(new_digits(c.rng, 14, "35")),
            "wifiMac": mac(c.rng, "F8:04:2E").lower(),
            "enrollmentId": new_uuid(c.rng),
            "inventarni_cislo": f"UK-{c.rng.randint(100000, 999999)}",
            "baterie": c.rng.randint(5, 100),
            "posledni_kontakt": iso(c),
        }
    )
    b.ok_json({"commands": []})
    return b.build()


def loan_record(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/zapujcky")
    b.decoy("loan of a faculty laptop to a student: its serial is the university's")
    b.json(
        {
            "zarizeni": {"typ": "notebook", "serial": "5CG" + new_hex(c.rng, 7).upper()},
            "student": "st" + new_digits(c.rng, 6),
            "od": iso(c),
            "do_dne": "2025-01-31",
        }
    )
    b.ok_json({"zapujckaId": rid(c.rng)})
    return b.build()


def inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/devices?pool=zapujcky&page={c.rng.randint(1, 5)}")
    b.decoy("inventory list of lent laptops with serials and MACs (university property)")
    b.ok_json(
        {
            "devices": [
                {
                    "serialNumber": "5CG" + new_hex(c.rng, 7).upper(),
                    "macAddress": mac(c.rng, "3C:52:82"),
                    "stav": c.rng.choice(["zapujceno", "skladem", "servis"]),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def wipe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/devices/{new_hex(c.rng, 12)}/wipe")
    b.decoy("remote wipe of a returned tablet (device record id, not hers)")
    b.json({"reason": "vraceno", "requestedAt": iso(c)})
    b.respond(202, None)
    return b.build()
