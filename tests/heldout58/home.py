""" "Puleun Home", the apartment complex's smart-home app (wall pad, lobby and
front-door control). The family's own front-door panel recognises faces: the app
enrols family members' faces, pushes a face feature to the panel, and shows the
door's access log with match scores and snapshots.

Invented backend in the style of Korean apartment IoT platforms (danji = 단지
complex, dong/ho = building/unit, munyeol = 문열림 door opening, eolgul = 얼굴).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://iot.puleunhome.co.kr"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "puleun-home", method, API + path)
    b.header("user-agent", ua("PuleunHome", "4.2.0"))
    b.header("x-danji-user", b.acct("home_user"))
    return b


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/api/door/eolgul/enroll")
    bnd = "----PH" + new_hex(c.rng, 16)
    parts = [
        ("doorSerial", None, None, b.id("door_serial", where="multipart.doorSerial").encode()),
        ("memberName", None, None, "엄마".encode()),
    ]
    parts += [
        (f"face{i}", f"face{i}.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
        for i in range(3)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.face0..2 (door face enrolment)")
    b.ok_json({"faceId": "F" + new_hex(c.rng, 8)})
    return b.build()


def face_feature_push(c: Context) -> Flow:
    b = _b(c, "POST", "/api/door/eolgul/feature")
    b.json(
        {
            "doorMac": b.id("door_mac", how="upper", where="body.doorMac"),
            "faceId": "F" + new_hex(c.rng, 8),
            "featureVector": floats_b64(floats(c.rng, 256)),
            "algo": "arcface-r50",
            "ts": ms(c),
        }
    )
    b.bio("face_template", "body.featureVector (arcface)")
    b.ok_json({"synced": True})
    return b.build()


def access_log(c: Context) -> Flow:
    b = _b(c, "GET", "/api/door/munyeol/history?days=1")
    logs = [
        {
            "at": iso(c),
            "method": "FACE",
            "member": c.rng.choice(["아빠", "엄마", "지우"]),
            "matchScore": rf(c.rng, 0.8, 0.99, 3),
            "liveness": rf(c.rng, 0.9, 1, 3),
            "snapshot": b64(fake_jpeg(c.rng.randint(0, 10**9), 200)),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.ok_json({"munyeolIryeok": logs})
    b.mark(
        "biometric",
        "face_analysis",
        "response.munyeolIryeok[] (face match + snapshot)",
        True,
        "response",
    )
    return b.build()


def door_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/api/door/sync")
    b.json({"d": b64(bytes(c.rng.getrandbits(8) for _ in range(260))), "k": 1})
    b.bio("face_template", "body.d (sealed template bundle for the panel)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def door_status(c: Context) -> Flow:
    b = _b(c, "GET", "/api/door/status")
    b.param("serialNo", b.id("door_serial", where="query.serialNo"))
    b.ok_json({"locked": True, "battery": c.rng.randint(40, 100), "fw": "2.4.1"})
    return b.build()


def register_phone(c: Context) -> Flow:
    b = _b(c, "POST", "/api/member/device")
    b.json(
        {
            "androidId": b.id("aid_home", where="body.androidId"),
            "pushToken": b.acct("push_token"),
            "os": "ANDROID",
            "osVer": "14",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def elevator(c: Context) -> Flow:
    b = _b(c, "POST", "/api/danji/elevator/call")
    b.json({"dong": "103", "floor": c.rng.randint(1, 25), "dir": "DOWN", "reqId": rid(c.rng)})
    b.ok_json({"carNo": c.rng.randint(1, 2), "etaSec": c.rng.randint(10, 90)})
    return b.build()


def energy(c: Context) -> Flow:
    b = _b(c, "GET", "/api/danji/energy/usage?type=elec&period=month")
    b.decoy("energy usage series")
    b.ok_json({"daily": [rf(c.rng, 5, 15, 2) for _ in range(30)], "unit": "kWh"})
    return b.build()


def parking(c: Context) -> Flow:
    b = _b(c, "GET", "/api/danji/parking/inout?limit=5")
    b.decoy("car plate entry log")
    b.ok_json(
        {"items": [{"plate": f"12가{c.rng.randint(1000, 9999)}", "in": iso(c)} for _ in range(3)]}
    )
    return b.build()


def visitor_thumb(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/lobby/visitor/{new_hex(c.rng, 12)}/thumb.jpg")
    b.decoy("intercom visitor thumbnail download")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
