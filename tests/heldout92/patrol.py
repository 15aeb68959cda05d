"""The security company's guard-tour app ("PatrolPro", in-house): NFC checkpoint
scans, patrol timings, body-worn camera and two-way radio status, shift roster,
and enrolment of the handset.

Negatives except the handset enrolment: NFC tag UIDs are stickers on the
mall's walls, body-cam and DMR radio serials are the company's pool equipment
signed out per shift. The enrolment sends this phone's IMEI and ANDROID_ID
(Android Enterprise apps may read the IMEI as device owner).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, jsb, multipart

from .phone import FB, iso, ms, rf, rid, serial, ua

API = "https://patrol.guardforce-sa.co.za/api"
UA = ua("PatrolPro", "3.4.1")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "patrolpro", method, API + path, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-tenant", "mall-jhb-01")
    return b


def checkpoint(c: Context) -> Flow:
    b = _b(c, "POST", "/tour/scan")
    b.decoy("NFC checkpoint tag UID stuck on a wall: the mall's tag, not a device of the tester")
    b.json(
        {
            "tagUid": ":".join(new_hex(c.rng, 2).upper() for _ in range(7)),
            "checkpoint": c.rng.choice(
                ["Laaiplek 3", "Kombuis gang", "Parkade P2 trap", "ATM lobby"]
            ),
            "scannedAt": iso(c),
            "lat": rf(c.rng, -26.11, -26.10, 5),
            "lng": rf(c.rng, 28.05, 28.06, 5),
            "guard": c.phone.guard_no,
        }
    )
    b.ok_json({"ok": True, "late": c.rng.random() < 0.1})
    return b.build()


def tour_summary(c: Context) -> Flow:
    b = _b(c, "POST", "/tour/complete")
    b.decoy("patrol timings per checkpoint (seconds between scans): duty log, not viewing")
    b.json(
        {
            "tourId": rid(c.rng),
            "durationSec": c.rng.randint(1200, 3600),
            "legs": [{"cp": i, "secs": c.rng.randint(40, 400)} for i in range(1, 9)],
            "missed": c.rng.randint(0, 1),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def bodycam_status(c: Context) -> Flow:
    b = _b(c, "GET", "/equipment/bodycams")
    b.decoy("body-worn cameras of the security company: pool serials, not the tester's device")
    cams = [
        {
            "serialNo": serial(c.rng, "BWC7", 8),
            "battery": c.rng.randint(10, 100),
            "recording": c.rng.random() < 0.3,
            "storageUsedMb": c.rng.randint(100, 30000),
            "issuedTo": f"PSIRA-{c.rng.randint(1000000, 9999999)}",
        }
        for _ in range(c.rng.randint(3, 8))
    ]
    b.ok_json({"bodycams": cams})
    return b.build()


def radio_status(c: Context) -> Flow:
    b = _b(c, "POST", "/equipment/radios/checkout")
    b.decoy("DMR radio signed out for the shift: radio id and serial of company equipment")
    b.json(
        {
            "radioId": c.rng.randint(6550000, 6559999),
            "serialNumber": serial(c.rng, "867TXM", 6),
            "talkgroup": "MALL-OPS",
            "shift": "nag",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def roster(c: Context) -> Flow:
    b = _b(c, "GET", "/roster/week")
    b.decoy("shift roster: names, posts and times")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    b.ok_json(
        {
            "shifts": [
                {
                    "day": d,
                    "post": c.rng.choice(["CCTV room", "Ingang A", "Parkade"]),
                    "start": "18:00",
                }
                for d in days
            ]
        }
    )
    return b.build()


def breadcrumbs(c: Context) -> Flow:
    b = _b(c, "POST", "/tracking/breadcrumbs")
    b.decoy("guard location breadcrumbs: a coordinate list, no device id")
    pts = [[rf(c.rng, -26.11, -26.10, 6), rf(c.rng, 28.05, 28.06, 6), ms(c)] for _ in range(10)]
    b.json({"points": pts, "accuracyM": 8})
    b.ok_json({"ok": True})
    return b.build()


def enrol_handset(c: Context) -> Flow:
    b = _b(c, "POST", "/devices/enrol")
    b.json(
        {
            "imei": b.id("imei", where="json:imei"),
            "androidId": b.id("aid_patrol", where="json:androidId"),
            "model": c.phone.model,
            "os": "14",
            "guard": c.phone.guard_no,
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def handset_ping(c: Context) -> Flow:
    b = _b(c, "GET", "/devices/ping")
    b.header("x-device", b.id("imei", where="header:x-device"))
    b.ok_json({"commands": []})
    return b.build()


def incident_report(c: Context) -> Flow:
    b = _b(c, "POST", "/incidents")
    b.decoy("incident report with photos of damage / a spill: not sent to a face API")
    bd = "----okhttp" + new_hex(c.rng, 12)
    meta = jsb(
        {
            "tipe": c.rng.choice(["skade aan voertuig", "glibberige vloer", "diefstal", "rook"]),
            "location": c.rng.choice(["Parkade P3 bay 112", "Food court", "Ingang B"]),
            "reportedAt": iso(c),
            "sapsCase": c.rng.random() < 0.2,
        }
    )
    parts = [("report", None, "application/json", meta)]
    parts += [
        (f"photo{i}", f"IMG_2024{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 800))
        for i in range(c.rng.randint(1, 3))
    ]
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"incidentNo": f"INC-{c.rng.randint(10000, 99999)}"})
    return b.build()


def man_down(c: Context) -> Flow:
    b = _b(c, "POST", "/safety/man-down")
    b.decoy("man-down alarm: accelerometer window and body orientation, not face or voice")
    acc = [[rf(c.rng, -2, 2, 3) for _ in range(3)] for _ in range(25)]
    b.json({"trigger": "no_motion_60s", "accel": acc, "orientation": "horizontal", "ack": False})
    b.ok_json({"dispatched": c.rng.random() < 0.5})
    return b.build()
