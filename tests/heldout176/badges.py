"""Nurse call and real-time location: the ward's badges and call buttons.

The nurse-call system sends room calls to the nurse's phone ("hoitajakutsu"), the
RTLS engine reports where badges are (zone, x/y in metres on the floor plan) and
the shift start binds a badge to the nurse. Badges are the hospital's equipment,
handed out per shift: their tag ids and MACs are not the tester's device ids, and
floor-plan coordinates are ordinary positions.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from . import ward
from .phone import FB, iso, ms, rf, rid, ua

CALL = "https://hoitajakutsu.hyks.example"
RTLS = "https://rtls.hyks.example"
UA = ua("HYKS-Kutsu", "3.8.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hyks-kutsu", method, url)
    b.header("user-agent", UA)
    b.header("x-yksikko", ward.WARD)
    return b


def nurse_call(c: Context) -> Flow:
    b = _b(c, "GET", f"{CALL}/api/kutsut/avoimet?osasto={ward.WARD}")
    b.ok_json(
        {
            "kutsut": [
                {
                    "kutsuId": c.rng.randint(10**6, 10**7),
                    "huone": c.rng.choice(ward.ROOMS),
                    "vuode": c.rng.choice("AB"),
                    "tyyppi": c.rng.choice(["HOITAJAKUTSU", "WC-KUTSU", "HATAKUTSU"]),
                    "alkoi": iso(c),
                }
                for _ in range(c.rng.randint(0, 3))
            ]
        }
    )
    return b.build()


def call_accept(c: Context) -> Flow:
    b = _b(c, "POST", f"{CALL}/api/kutsut/{c.rng.randint(10**6, 10**7)}/vastaa")
    b.decoy("badge tag id of the responder (the hospital's badge)")
    b.json({"badge": ward.NURSE_BADGE.serial, "tila": "MATKALLA", "aika": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def badge_positions(c: Context) -> Flow:
    b = _b(c, "GET", f"{RTLS}/v3/zones/{ward.WARD}/tags?type=STAFF")
    b.decoy("badge MACs and floor-plan coordinates (hospital equipment, ordinary positions)")
    tags = c.rng.sample(ward.BADGES, 5)
    b.ok_json(
        {
            "tags": [
                {
                    "tagId": t.serial,
                    "mac": t.mac,
                    "zone": c.rng.choice([*ward.ROOMS, f"{ward.WARD}-kanslia"]),
                    "x_m": rf(c.rng, 0, 60, 2),
                    "y_m": rf(c.rng, 0, 18, 2),
                    "floor": 3,
                    "battery": c.rng.randint(30, 100),
                    "lastSeen": iso(c),
                }
                for t in tags
            ]
        }
    )
    return b.build()


def badge_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{RTLS}/v3/assignments")
    b.decoy("a shift badge's tag id and MAC bound to an employee number (employer's device)")
    b.json(
        {
            "tagId": ward.NURSE_BADGE.serial,
            "tagMac": ward.NURSE_BADGE.mac,
            "employeeNo": b.acct("employee_no"),
            "role": "SH",
            "shiftStart": iso(c),
        }
    )
    b.ok_json({"assignmentId": rid(c.rng)})
    return b.build()


def equipment_locate(c: Context) -> Flow:
    pump = c.rng.choice(ward.PUMPS)
    b = _b(c, "GET", f"{RTLS}/v3/assets/search?q=infuusiopumppu&sn={pump.serial}")
    b.decoy("an infusion pump's serial and last position (hospital asset tracking)")
    b.ok_json(
        {
            "assets": [
                {
                    "serial": pump.serial,
                    "mac": pump.mac,
                    "zone": pump.room,
                    "x_m": rf(c.rng, 0, 60, 2),
                    "y_m": rf(c.rng, 0, 18, 2),
                }
            ]
        }
    )
    return b.build()


def staff_photo(c: Context) -> Flow:
    b = FB(c, "hyks-kutsu", "GET", f"{CALL}/api/henkilosto/T{c.rng.randint(100000, 999999)}/kuva")
    b.header("user-agent", UA)
    b.decoy("a colleague's directory photo fetched for the call screen (no face-matching API)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
