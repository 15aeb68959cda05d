"""BantayGate: the site's face-recognition turnstiles, run from the work profile.

Team leads enrol their new hires at the Ortigas site: the app photographs the
new agent and posts the face picture to the access-control server's face
library (an ISAPI-style `FaceDataRecord`: the person's id and a `faceImage`
part), and when an agent moves to the Cebu site the app relays the staff
member's face template between the sites' controllers (`faceTemplate`, base64,
with its algorithm version). The app's older capture path posts the camera
frame as a bare octet stream to a numbered endpoint. Attendance logs (which
say the turnstile verified by face, with no face data), turnstile health by
the turnstiles' own serials, door states, visitor passes and the gate
camera's mounting angles are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jsb, multipart

from .phone import PB, floats, iso, mac, rf, rid, ua

API = "https://access.kalayaan-cx.example"
UA = ua("BantayGate", "2.4.0")
NAMES = ["Dela Cruz, Mark", "Santos, Ana", "Reyes, John Paul", "Bautista, Kim", "Garcia, Ella"]


def _b(c: Context, method: str, url: str) -> PB:
    b = PB(c, "bantaygate", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _person(c: Context) -> str:
    return new_digits(c.rng, 6, "3")


def enrol_face(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/ISAPI/Intelligent/FDLib/FaceDataRecord?format=json")
    b.bio("face_image", "multipart faceImage to the face library (FaceDataRecord)")
    boundary = rid(c.rng)
    rec = {"faceLibType": "blackFD", "FDID": "1", "FPID": _person(c), "name": c.rng.choice(NAMES)}
    body = multipart(
        boundary,
        [
            ("FaceDataRecord", None, "application/json", jsb(rec)),
            ("faceImage", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"statusCode": 1, "statusString": "OK", "subStatusCode": "ok"})
    return b.build()


def template_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/sites/CEBU-1/persons/{_person(c)}/faceTemplate")
    b.bio("face_template", "json faceTemplate (base64 float32) + algorithm")
    b.json(
        {
            "sourceSite": "ORTIGAS-2",
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "algorithm": "VF-10.2",
            "quality": c.rng.randint(70, 99),
            "hiringBatch": "WAVE-" + new_digits(c.rng, 3),
        }
    )
    b.ok_json({"synced": True, "controllers": 6})
    return b.build()


def capture_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v0/u/7")
    b.bio("face_image", "octet-stream body (camera frame, no names)", detectable=False)
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "application/octet-stream")
    b.ok_json({"r": 0})
    return b.build()


def attendance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/attendance?team=TL-JOY&petsa=today")
    b.decoy("attendance log: turnstile verify mode FACE, times, no face data")
    b.ok_json(
        {
            "logs": [
                {
                    "personId": _person(c),
                    "name": c.rng.choice(NAMES),
                    "gate": c.rng.choice(["LOBBY-T1", "LOBBY-T2", "F10-DOOR"]),
                    "direction": c.rng.choice(["IN", "OUT"]),
                    "verifyMode": "FACE",
                    "oras": iso(c),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def turnstile_health(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/devices/turnstiles")
    b.decoy("turnstile controllers' serials and MACs (the site's equipment)")
    b.ok_json(
        {
            "devices": [
                {
                    "serialNo": "DS-K5671-" + new_hex(c.rng, 9).upper(),
                    "mac": mac(c.rng, "BC:AD:28"),
                    "firmware": "V3.5.0 build 230311",
                    "online": c.rng.random() < 0.95,
                    "faceCount": c.rng.randint(800, 1600),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def camera_mount(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/devices/LOBBY-T{c.rng.randint(1, 4)}/camera")
    b.decoy("gate camera mounting pitch / yaw (not a head pose)")
    b.json(
        {
            "pitch": rf(c.rng, 5, 25, 1),
            "yaw": rf(c.rng, -15, 15, 1),
            "roll": 0.0,
            "heightCm": c.rng.choice([150, 160, 165]),
            "minFacePx": 80,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def visitor_pass(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/visitors")
    b.json(
        {
            "bisita": "Client QA auditor",
            "host": b.acct("employee_id"),
            "petsa": iso(c)[:10],
            "qr": new_hex(c.rng, 24),
        }
    )
    b.ok_json({"passNo": "V-" + new_digits(c.rng, 5)})
    return b.build()


def door_state(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/doors/state")
    b.ok_json({"doors": [{"id": d, "state": "CLOSED"} for d in ("F10-DOOR", "F11-DOOR", "IDF")]})
    return b.build()
