"""KeyHaven: the building's access platform (smart locks, fobs, the lobby intercom).

The manager's admin app reads lock audit logs (residents' fob serials and
phone-key ids: residents' devices, not hers), remote-unlocks doors for movers,
and enrols residents in the intercom's face recognition. The enrolment sends the
resident's face template (a 512-float embedding, base64 float32 in the v2 API) and
the enrolment photo: a resident's face is biometric data whoever it belongs to, so
those flows are labelled biometric. Recognition events that only say "unit 1204,
score 0.91" carry no face data and are ordinary. The admin app registers the
manager's phone for push with its ANDROID_ID and an install id.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb, multipart

from .phone import FB, building_mac, building_serial, iso, ms, rf, rid, ua

API = "https://api.keyhaven.example"
UA = ua("KeyHavenManager", "4.18.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "keyhaven", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-request-id", rid(c.rng))
    return b


def _unit(c: Context) -> str:
    return f"{c.rng.randint(2, 31)}{c.rng.randint(1, 12):02d}"


def register_phone(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/staff/devices")
    b.json(
        {
            "staffId": b.acct("pm_user"),
            "installationId": b.id("bms_install", where="json installationId"),
            "androidId": b.id("aid_bms", where="json androidId"),
            "platform": "android",
            "pushToken": "c" + rid(c.rng).replace("-", "") + ":APA91b" + rid(c.rng)[:20],
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def session_ping(c: Context) -> Flow:
    """Every few minutes: the install id under `i`, nothing says what it is."""
    b = _b(c, "GET", f"{API}/v3/ping")
    b.param("i", b.id("bms_install", "nosep", "query i", detectable=False))
    b.param("t", str(ms(c)))
    b.ok_json({"pong": True})
    return b.build()


def audit_log(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/locks/audit?building=HL-TOR-07&limit=50")
    b.decoy("residents' fob serials and phone-key ids: residents' devices, not the tester's")
    entries = []
    for _ in range(12):
        method = c.rng.choice(["FOB", "PHONE_KEY", "PIN", "REMOTE"])
        entry = {
            "ts": iso(c),
            "door": c.rng.choice(
                ["MAIN_LOBBY", "GARAGE_P1", "GYM", "MAILROOM", f"UNIT_{_unit(c)}"]
            ),
            "method": method,
            "result": c.rng.choice(["GRANTED", "GRANTED", "GRANTED", "DENIED"]),
            "residentUnit": _unit(c),
        }
        if method == "FOB":
            entry["fobSerial"] = f"{c.rng.randint(10**9, 10**10 - 1):010d}"
        if method == "PHONE_KEY":
            entry["mobileCredentialId"] = rid(c.rng)
            entry["deviceModel"] = c.rng.choice(["iPhone15,2", "SM-A546W", "Pixel 7a"])
        entries.append(entry)
    b.ok_json({"entries": entries, "next": rid(c.rng)})
    return b.build()


def remote_unlock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/locks/{building_serial(c.rng, 'KH5')}/unlock")
    b.decoy("lock serial of the building's door lock (employer's equipment)")
    b.json({"reason": c.rng.choice(["MOVE_IN", "DELIVERY", "CONTRACTOR"]), "durationSec": 30})
    b.ok_json({"status": "UNLOCKED", "relockAt": iso(c)})
    return b.build()


def lock_battery(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/locks/health?building=HL-TOR-07")
    b.decoy("the building's lock MACs and battery levels")
    b.ok_json(
        {
            "locks": [
                {
                    "lockId": building_serial(c.rng, "KH5"),
                    "bleMac": building_mac(c.rng),
                    "batteryPct": c.rng.randint(5, 100),
                    "fw": "2.11.4",
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def intercom_events(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/intercom/events?since={ms(c) - 3600000}")
    b.decoy("recognition results: unit and score only, no face data")
    b.ok_json(
        {
            "events": [
                {
                    "at": iso(c),
                    "panel": "LOBBY_NORTH",
                    "type": c.rng.choice(["RESIDENT_RECOGNISED", "VISITOR_CALL", "UNKNOWN_FACE"]),
                    "unit": _unit(c),
                    "confidence": rf(c.rng, 0.55, 0.99, 2),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def _template(c: Context) -> bytes:
    vec = [c.rng.gauss(0, 0.05) for _ in range(512)]
    return struct.pack("<512f", *vec)


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/intercom/residents/{_unit(c)}/face")
    b.bio("face_embedding", "json faceTemplate.vector (512 floats)")
    b.json(
        {
            "residentName": c.rng.choice(["Gurpreet K.", "Amélie Tremblay", "Jordan Lee"]),
            "consentSigned": True,
            "faceTemplate": {
                "model": "arcface-r100",
                "dim": 512,
                "vector": [round(c.rng.gauss(0, 0.05), 5) for _ in range(512)],
            },
        }
    )
    b.ok_json({"enrolled": True, "templateId": rid(c.rng)})
    return b.build()


def face_enrol_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/intercom/residents/{_unit(c)}/face-photo")
    b.bio("face_image", "multipart face_photo (intercom face-recognition enrolment)")
    bnd = "kh" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        bnd,
        [
            ("meta", None, "application/json", jsb({"source": "manager_app", "liveness": False})),
            ("face_photo", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"accepted": True})
    return b.build()


def face_sync_opaque(c: Context) -> Flow:
    """The panel-sync job: templates gzipped and base64'd under `d`."""
    b = _b(c, "POST", f"{API}/v2/intercom/panels/LOBBY_NORTH/sync")
    b.bio("face_embedding", "json d (gzip+base64 of float32 templates)", detectable=False)
    b.json({"v": 2, "d": b64(gz(_template(c) + _template(c)))})
    b.ok_json({"ok": True})
    return b.build()


def template_b64(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/intercom/residents/{_unit(c)}/face-template")
    b.bio("face_embedding", "json embedding_f32 (base64 float32)")
    b.json({"embedding_f32": b64(_template(c)), "alg": "arcface-r100"})
    b.ok_json({"ok": True})
    return b.build()
