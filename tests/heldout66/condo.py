"""A condo management app (Singapore MCST style): the shared gym's machines,
visitor passes, lift status, and face-access enrolment at the lobby gates.

Decoys: the gym treadmill's serial and session heart-rate series (a shared
machine), visitor passes with a masked NRIC, lift positions. Real biometric:
residents enrol their face for the lobby turnstile; the app uploads the selfie
to the access vendor's enrolment API, and the app syncs the face template the
terminal extracted (JSON with a feature vector under a face key).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, cfn, floats, iso, rf, rid

API = "https://mcst.rumah-example.com.sg/api"


def gym_machine(c: Context) -> Flow:
    b = FB(c, "rumah", "POST", f"{API}/facilities/gym/session")
    b.header("user-agent", cfn("Rumah", "3.4.1"))
    b.json(
        {
            "machine": {
                "type": "treadmill",
                "serialNo": "TM" + new_digits(c.rng, 10),
                "bleMac": ":".join(new_hex(c.rng, 2) for _ in range(6)),
            },
            "hrSeries": [c.rng.randint(95, 160) for _ in range(20)],
            "speedKmh": [rf(c.rng, 6, 11, 1) for _ in range(10)],
            "mins": 25,
        }
    )
    b.ok_json({"ok": True})
    b.decoy("the building's shared treadmill serial / BLE MAC, heart-rate and speed series")
    return b.build()


def visitor_pass(c: Context) -> Flow:
    b = FB(c, "rumah", "POST", f"{API}/visitors")
    b.header("user-agent", cfn("Rumah", "3.4.1"))
    b.json(
        {
            "namaPelawat": "Ahmad",
            "icLast4": new_digits(c.rng, 3) + "A",
            "unit": "#12-07",
            "carPlate": "SGX" + new_digits(c.rng, 4) + "K",
        }
    )
    b.ok_json({"passId": rid(c.rng), "qr": new_hex(c.rng, 40)})
    b.decoy("visitor pass: masked NRIC, plate, QR")
    return b.build()


def lift_status(c: Context) -> Flow:
    b = FB(c, "rumah", "GET", f"{API}/blocks/12/lifts")
    b.header("user-agent", cfn("Rumah", "3.4.1"))
    b.ok_json(
        {
            "lifts": [
                {
                    "id": f"L{i}",
                    "floor": c.rng.randint(1, 30),
                    "dir": c.rng.choice(["up", "down", "idle"]),
                    "controllerId": new_hex(c.rng, 16),
                }
                for i in range(1, 4)
            ]
        }
    )
    b.decoy("lift controller ids")
    return b.build()


def face_enrol(c: Context) -> Flow:
    bnd = "Boundary+" + new_hex(c.rng, 16).upper()
    b = FB(c, "rumah", "POST", "https://access.gatekeeper-example.sg/v1/persons/face/enroll")
    b.header("user-agent", cfn("Rumah", "3.4.1"))
    body = multipart(
        bnd,
        [
            ("personId", None, None, ("res-" + new_digits(c.rng, 6)).encode()),
            ("faceImage", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 1200)),
            ("livenessScore", None, None, str(rf(c.rng, 0.9, 0.99, 3)).encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart faceImage to face enrolment endpoint")
    b.ok_json({"faceId": rid(c.rng), "quality": rf(c.rng, 0.7, 0.99, 2)})
    return b.build()


def face_template_sync(c: Context) -> Flow:
    b = FB(c, "rumah", "PUT", f"{API}/access/residents/me/faceTemplate")
    b.header("user-agent", cfn("Rumah", "3.4.1"))
    b.json(
        {
            "faceTemplate": {
                "algo": "arcface-r100",
                "dim": 512,
                "feature": floats_b64(floats(c.rng, 512)),
            },
            "terminalGroup": "LOBBY-A",
            "updatedAt": iso(c),
        }
    )
    b.bio("face_template", "body.faceTemplate.feature (base64 float32)")
    b.ok_json({"ok": True})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = FB(c, "rumah", "POST", f"{API}/access/sync")
    b.header("user-agent", cfn("Rumah", "3.4.1"))
    b.json({"p": b64(fake_jpeg(c.rng.randint(0, 10**6), 300)[::-1]), "v": 2, "t": iso(c)})
    b.bio("face_template", "body.p: encrypted template blob", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


BIO = [face_enrol, face_template_sync, face_enrol, face_opaque]
