"""The pool's and gym's shared equipment and the lobby's parcel lockers.

The gym's treadmills and bikes report to their maker's fleet portal (machine
serials, hours, workouts run on the machine without a login: a machine's
usage, not a person's); the pool's chlorine and pump controller reports its
readings. The parcel lockers (ตู้รับพัสดุ) report deposits by locker door, with
carriers' tracking numbers and the unit the parcel is for.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, rf, rid, ua

GYM = "https://fleet.fitequip.example"
POOL = "https://pool.aquactrl.example"
LOCKER = "https://api.parcelbox-th.example"
MACHINES = ["TR-EX700-1904-33821", "TR-EX700-1904-33822", "BK-U500-2011-07714", "RW-600-2107-01168"]
UNITS = ["12/101", "15/204", "21/1803", "21/2510", "32/3307", "18/1212", "27/805"]


def _b(c: Context, app: str, method: str, url: str) -> FB:
    b = FB(c, app, method, url)
    b.header("user-agent", ua("BuildingOps", "1.12.3"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def gym_fleet(c: Context) -> Flow:
    b = _b(c, "fitequip", "GET", f"{GYM}/v2/sites/ssr-gym/equipment")
    b.decoy("gym machines' serials and usage hours (shared equipment)")
    b.ok_json(
        {
            "equipment": [
                {
                    "serial": s,
                    "hours": c.rng.randint(800, 9000),
                    "status": c.rng.choice(["OK", "OK", "SERVICE_DUE"]),
                }
                for s in MACHINES
            ]
        }
    )
    return b.build()


def gym_workouts(c: Context) -> Flow:
    s = c.rng.choice(MACHINES)
    b = _b(c, "fitequip", "GET", f"{GYM}/v2/equipment/{s}/workouts?day=today")
    b.decoy("a machine's anonymous workouts (durations, distances)")
    b.ok_json(
        {
            "serial": s,
            "workouts": [
                {
                    "startedAt": iso(c),
                    "durationSec": c.rng.randint(300, 3600),
                    "distanceKm": rf(c.rng, 0.5, 10, 2),
                    "avgHr": c.rng.randint(95, 160),
                    "user": "guest",
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    return b.build()


def pool_readings(c: Context) -> Flow:
    b = _b(c, "aquactrl", "GET", f"{POOL}/api/controllers/AQ-CL2-5531/readings?h=6")
    b.ok_json(
        {
            "readings": [
                {
                    "at": iso(c),
                    "ph": rf(c.rng, 7.0, 7.8, 2),
                    "orp": c.rng.randint(600, 780),
                    "tempC": rf(c.rng, 27, 31, 1),
                    "pump": "ON",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def pool_booking(c: Context) -> Flow:
    b = _b(c, "aquactrl", "GET", f"{POOL}/api/bookings?date=today&zone=pool")
    b.ok_json(
        {
            "slots": [
                {"time": f"{h:02d}:00", "booked": c.rng.randint(0, 12), "cap": 15}
                for h in range(6, 22, 2)
            ]
        }
    )
    return b.build()


def locker_deposits(c: Context) -> Flow:
    b = _b(c, "parcelbox", "GET", f"{LOCKER}/v1/lockers/PBX-SSR-01/deposits?status=waiting")
    b.decoy("parcel tracking numbers, locker doors, unit numbers")
    b.ok_json(
        {
            "deposits": [
                {
                    "door": c.rng.randint(1, 48),
                    "hong": c.rng.choice(UNITS),
                    "carrier": (
                        carrier := c.rng.choice(["Kerry", "Flash", "Thailand Post", "J&T"])
                    ),
                    "tracking": ("EF" + new_digits(c.rng, 9) + "TH")
                    if carrier == "Thailand Post"
                    else "TH" + new_digits(c.rng, 12),
                    "depositedAt": iso(c),
                    "pin": "******",
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def locker_notify(c: Context) -> Flow:
    b = _b(c, "parcelbox", "POST", f"{LOCKER}/v1/notify")
    b.json(
        {
            "hong": c.rng.choice(UNITS),
            "message": "มีพัสดุมาถึงค่ะ กรุณารับที่ตู้ล็อกเกอร์ชั้น G",
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"sent": True})
    return b.build()


def locker_health(c: Context) -> Flow:
    b = _b(c, "parcelbox", "GET", f"{LOCKER}/v1/lockers/PBX-SSR-01/health")
    b.decoy("locker unit serial and board ids (the building's equipment)")
    b.ok_json(
        {
            "serial": "PBX48-2309-00417",
            "boards": [f"LB-{i:02d}-{rid(c.rng)[:8]}" for i in range(1, 5)],
            "doorsFree": c.rng.randint(0, 48),
            "upsPct": c.rng.randint(60, 100),
        }
    )
    return b.build()
