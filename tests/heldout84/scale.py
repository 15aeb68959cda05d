"""The gym's shared smart scale and body-composition app (fictional "BodyScan Station").

A member steps on the scale in the foyer and the instructor's app pulls the
reading. Scale readings follow bioimpedance analysers (multi-frequency
impedance per segment, like InBody's result sheet: segmental lean mass, body fat
%, visceral fat level, phase angle). The scale is shared: its serial and BLE
MAC are the gym's (decoys), and body composition is not face or voice data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, mac, rf, rid, serial, ua

HOST = "https://api.bodyscan.example.com.au"
SEGMENTS = ["rightArm", "leftArm", "trunk", "rightLeg", "leftLeg"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "scale", method, HOST + path)
    b.header("user-agent", ua("BodyScanStation", "3.1"))
    return b


def reading(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/readings")
    imp = {s: {f"{f}kHz": rf(c.rng, 200, 450, 1) for f in (5, 50, 250)} for s in SEGMENTS}
    b.json(
        {
            "scale": {
                "serialNumber": serial(c.rng, "BS", 10),
                "bleMac": mac(c.rng, "0C:B2:B7"),
                "site": "Ponsonby foyer",
            },
            "memberNo": "M" + str(c.rng.randint(10**7, 10**8 - 1)),
            "measuredAt": iso(c),
            "weightKg": rf(c.rng, 50, 110, 1),
            "bodyFatPct": rf(c.rng, 10, 38, 1),
            "visceralFat": c.rng.randint(2, 15),
            "phaseAngleDeg": rf(c.rng, 4.5, 7.5, 1),
            "impedance": imp,
            "segmentalLeanKg": {s: rf(c.rng, 2, 30, 2) for s in SEGMENTS},
        }
    )
    b.ok_json({"readingId": rid(c.rng)})
    b.decoy("shared body-composition scale: the scale's serial/BLE MAC, impedance series")
    return b.build()


def history(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/members/M{c.rng.randint(10**7, 10**8 - 1)}/trend")
    pts = [
        {"date": iso(c)[:10], "weightKg": rf(c.rng, 60, 80, 1), "musclePct": rf(c.rng, 30, 45, 1)}
        for _ in range(10)
    ]
    b.ok_json({"trend": pts})
    b.decoy("a member's weight trend series")
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/firmware/latest")
    b.param("model", "BSX-400")
    b.param("serial", serial(c.rng, "BS", 10))
    b.ok_json(
        {"version": "4.2.7", "sha256": "".join(c.rng.choice("0123456789abcdef") for _ in range(64))}
    )
    b.decoy("firmware check for the gym's shared scale, with a file hash")
    return b.build()
