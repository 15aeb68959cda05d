"""更表 The surveillance room's own operations: roster, incident log, radio, briefings.

The shift roster (`gaang` 更 shift, staff numbers, positions in the room), the
incident log with its numbers, the push-to-talk channel plan, the hand-over
briefing and the attendance clock. The staff and positions are the resort's;
none of it is a device id, a viewing record or a biometric of the tester.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, iso, rid

API = "https://ops.sec.lotusbay.example"
POSTS = ["主控台", "百家樂區", "老虎機區", "VIP", "錢房 / Cage", "酒店及劇院"]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "lotus-ops", method, url)
    b.header("user-agent", "LotusOps/4.1.0 (Android 14)")
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/gaangbiu?date={iso(c)[:10]}&gaang=B")
    b.decoy("shift roster: staff numbers and positions")
    b.ok_json(
        {
            "gaang": "B",
            "zyu_gun": b.acct("staff_no"),
            "staff": [
                {"staffNo": "S" + str(c.rng.randint(400000, 499999)), "position": p} for p in POSTS
            ],
        }
    )
    return b.build()


def incident_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/incidents")
    b.decoy("incident number and description")
    b.json(
        {
            "incidentNo": f"INC-2025-{c.rng.randint(1, 9999):04d}",
            "category": c.rng.choice(["cheating_suspected", "dispute", "medical", "lost_property"]),
            "location": c.rng.choice(POSTS),
            "at": iso(c),
            "reportedBy": b.acct("staff_no"),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def ptt_channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ptt/channels")
    b.ok_json({"channels": [{"ch": i + 1, "name": p} for i, p in enumerate(POSTS)]})
    return b.build()


def briefing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/briefing/latest")
    b.decoy("hand-over briefing with watch positions")
    b.ok_json(
        {
            "from": iso(c),
            "items": [
                "北門 FR 鏡頭 ENT-N-03 需重新校準",
                "VIP 31 號枱 今晚加開",
                "劇院 20:00 場散場人流",
            ],
        }
    )
    return b.build()


def clock_in(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/attendance")
    b.json({"staffNo": b.acct("staff_no"), "event": "in", "at": iso(c), "gate": "Staff Gate 2"})
    b.ok_json({"ok": True})
    return b.build()
