"""The tower's lift-group controllers and car-park barriers, watched from the
manager's phone through the facility vendors' apps.

Lift controllers are addressed by their serials (car, floor, door and fault
codes); the barrier controllers by theirs, with licence-plate reads and the
residents' sticker numbers. These serials are the building's equipment, not the
manager's device, and a plate read is a car's, not a phone's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, rid, ua

LIFT = "https://api.liftlink-th.example"
PARK = "https://parking.barrierpro.example"
LIFTS = ["KCE-TH-240318-00871", "KCE-TH-240318-00872", "KCE-TH-240318-00873", "KCE-TH-240318-00874"]
BARRIERS = ["BP-GT10-22A7719", "BP-GT10-22A7720", "BP-GT10-23B0142"]
PROVINCES = ["กรุงเทพมหานคร", "นนทบุรี", "สมุทรปราการ", "ชลบุรี"]


def _b(c: Context, method: str, url: str, app: str) -> FB:
    b = FB(c, app, method, url)
    b.header("user-agent", ua("LiftLink" if app == "liftlink" else "BarrierPro", "2.4.0"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def lift_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{LIFT}/v1/group/SSR-A/status", "liftlink")
    b.decoy("lift controllers' serials (the building's equipment)")
    b.ok_json(
        {
            "group": "SSR-A",
            "cars": [
                {
                    "serial": s,
                    "floor": c.rng.randint(1, 38),
                    "direction": c.rng.choice(["UP", "DOWN", "IDLE"]),
                    "door": c.rng.choice(["OPEN", "CLOSED"]),
                    "loadPct": c.rng.randint(0, 80),
                }
                for s in LIFTS
            ],
        }
    )
    return b.build()


def lift_faults(c: Context) -> Flow:
    s = c.rng.choice(LIFTS)
    b = _b(c, "GET", f"{LIFT}/v1/controllers/{s}/faults?days=7", "liftlink")
    b.decoy("controller serial in the path, fault codes")
    b.ok_json(
        {
            "serial": s,
            "faults": [
                {"code": c.rng.choice(["E21", "E35", "DOOR-OBS", "LEVEL-ERR"]), "at": iso(c)}
                for _ in range(c.rng.randint(0, 3))
            ],
        }
    )
    return b.build()


def lift_call(c: Context) -> Flow:
    b = _b(c, "POST", f"{LIFT}/v1/group/SSR-A/call", "liftlink")
    b.json({"fromFloor": 1, "toFloor": c.rng.randint(2, 38), "mode": "SERVICE", "ref": rid(c.rng)})
    b.ok_json({"assigned": c.rng.choice(LIFTS), "etaSec": c.rng.randint(10, 90)})
    return b.build()


def barrier_events(c: Context) -> Flow:
    s = c.rng.choice(BARRIERS)
    b = _b(c, "GET", f"{PARK}/api/barriers/{s}/events?limit=10", "barrierpro")
    b.decoy("barrier serial, plate reads and sticker numbers")
    b.ok_json(
        {
            "events": [
                {
                    "plate": f"{c.rng.randint(1, 9)}ขค {c.rng.randint(1000, 9999)}",
                    "province": c.rng.choice(PROVINCES),
                    "sticker": f"SSR-{c.rng.randint(1000, 1999)}",
                    "dir": c.rng.choice(["IN", "OUT"]),
                    "at": iso(c),
                    "confidence": rf(c.rng, 0.8, 0.99, 2),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def barrier_open(c: Context) -> Flow:
    s = c.rng.choice(BARRIERS)
    b = _b(c, "POST", f"{PARK}/api/barriers/{s}/open", "barrierpro")
    b.json({"reason": c.rng.choice(["แขกผู้มาติดต่อ", "รถขนของ", "ระบบอ่านป้ายผิด"]), "by": "juristic"})
    b.ok_json({"ok": True})
    return b.build()


def parking_quota(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{PARK}/api/quota?unit={c.rng.randint(1, 38)}{c.rng.randint(1, 12):02d}",
        "barrierpro",
    )
    b.ok_json({"stickers": c.rng.randint(1, 2), "used": c.rng.randint(0, 2), "visitorHours": 3})
    return b.build()
