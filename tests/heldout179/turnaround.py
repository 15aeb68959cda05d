"""Aircraft turnaround tablets (the employer's iPads on the apron) post
milestones to the turnaround-management system, and the supervisor app reads
the timeline.

Ordinary: milestone times and offsets in the turn (a timeline position, not
something watched), the tablets' vendor ids (employer iPads), stand photos of
the aircraft door area, fuel figures, weight-and-balance series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_uuid
from tests.heldout.wire import fake_jpeg

from .phone import FB, flight_no, iso, ms, rf, rid, stand

TMS = "https://turn.nordgrind.example"
MILESTONES = ["ON_BLOCKS", "DOORS_OPEN", "FUEL_START", "CATERING_DONE", "LAST_BAG", "OFF_BLOCKS"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "turnaround", method, url)
    b.header("user-agent", "TurnPad/7.3 (iPad; iPadOS 17.6)")
    return b


def milestone(c: Context) -> Flow:
    b = _b(c, "POST", f"{TMS}/v2/turns/{flight_no(c.rng)}/milestones")
    b.decoy("turn milestone with offset seconds and the tablet's vendor id (employer iPad)")
    b.header("x-tablet-idfv", new_uuid(c.rng).upper())
    b.json(
        {
            "milestone": c.rng.choice(MILESTONES),
            "actual": iso(c),
            "offsetSec": c.rng.randint(-300, 2400),
            "progressPct": c.rng.randint(0, 100),
            "stand": stand(c.rng),
            "reportedBy": "GH" + new_digits(c.rng, 6),
        }
    )
    b.ok_json({"ok": True, "eventId": rid(c.rng)})
    return b.build()


def timeline(c: Context) -> Flow:
    b = _b(c, "GET", f"{TMS}/v2/turns/{flight_no(c.rng)}/timeline")
    b.decoy("turn timeline: planned vs actual positions in the turn, a progress look-alike")
    b.ok_json(
        {
            "tobt": iso(c),
            "events": [
                {
                    "milestone": m,
                    "plannedOffsetSec": i * 420,
                    "actualOffsetSec": i * 420 + c.rng.randint(-60, 300),
                    "completed": c.rng.random() < 0.7,
                }
                for i, m in enumerate(MILESTONES)
            ],
        }
    )
    return b.build()


def door_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{TMS}/v2/turns/{flight_no(c.rng)}/photos?kind=cargo_door")
    b.decoy("photo of the cargo door for a damage report: no face")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 800), "image/jpeg")
    b.ok_json({"photoId": rid(c.rng)})
    return b.build()


def loadsheet(c: Context) -> Flow:
    b = _b(c, "GET", f"{TMS}/v2/turns/{flight_no(c.rng)}/loadsheet")
    b.decoy("weight per compartment and trim series: numeric vectors, no face")
    b.ok_json(
        {
            "zfwKg": c.rng.randint(48000, 62000),
            "compartmentsKg": [c.rng.randint(0, 2500) for _ in range(5)],
            "macPct": rf(c.rng, 18, 32, 1),
            "trimCurve": [rf(c.rng, -1, 1, 3) for _ in range(16)],
        }
    )
    return b.build()


def gpu_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{TMS}/v2/stands/{stand(c.rng)}/gpu")
    b.ok_json({"gpu": "ON", "kva": c.rng.randint(30, 90), "since": ms(c)})
    return b.build()
