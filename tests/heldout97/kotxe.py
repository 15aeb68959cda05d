"""Kotxeka: a car-sharing app (Bilbao / Donostia / Barcelona) with selfie checks.

Before unlocking, the driver takes a selfie that is matched to the licence
photo: the app uploads the selfie (multipart) and, in another build, sends the
on-device face-detector's landmarks and match score on. The rented car's VIN
and the shared car's telematics box id are NOT the tester's devices (decoys).
Key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kotxeka.com"


def _hdr(b: FB, install: bool = False) -> None:
    b.header("user-agent", ua("Kotxeka", "3.2.5"))
    if install:
        b.other_id("kotxe_install", "header:x-install-id")
        b.header("x-install-id", b.ctx.phone.kotxe_install)


def selfie_upload(c: Context) -> Flow:
    b = FB(c, "kotxeka", "POST", API + "/v1/driver/selfie-check")
    b.bio("face_image", "multipart:selfie (face match before unlock)")
    bnd = "kx" + rid(c.rng).replace("-", "")
    body = multipart(
        bnd,
        [
            ("booking", None, None, f"BK{c.rng.randint(10**6, 10**7)}".encode()),
            ("check", None, None, b"face_match_licence"),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    _hdr(b, install=True)
    b.ok_json({"match": True})
    return b.build()


def face_result(c: Context) -> Flow:
    b = FB(c, "kotxeka", "POST", API + "/v1/driver/face-result")
    b.bio("face_landmarks", "json:faceLandmarks + matchScore")
    cx, cy = rf(c.rng, 300, 500, 1), rf(c.rng, 400, 700, 1)
    lm = [[round(cx + c.rng.gauss(0, 60), 1), round(cy + c.rng.gauss(0, 80), 1)] for _ in range(68)]
    b.json(
        {
            "booking": f"BK{c.rng.randint(10**6, 10**7)}",
            "faceLandmarks": lm,
            "headPose": {"yaw": rf(c.rng, -15, 15, 2), "pitch": rf(c.rng, -10, 10, 2)},
            "matchScore": rf(c.rng, 0.5, 0.99, 3),
            "at": iso(c),
        }
    )
    _hdr(b)
    b.ok_json({"ok": True})
    return b.build()


def unlock(c: Context) -> Flow:
    b = FB(c, "kotxeka", "POST", API + "/v1/vehicles/unlock")
    b.decoy("rented car's VIN and telematics box id (not the tester's device)")
    vin = "VSS" + "ZZZ" + "KJZ" + "".join(c.rng.choice("0123456789") for _ in range(8))
    b.json(
        {
            "vin": vin,
            "telematicsId": f"TB-{c.rng.randint(10**7, 10**8)}",
            "lat": rf(c.rng, 43.2, 43.4),
            "lon": rf(c.rng, -3.0, -1.9),
        }
    )
    _hdr(b)
    b.ok_json({"unlocked": True})
    return b.build()


def trip(c: Context) -> Flow:
    b = FB(c, "kotxeka", "GET", API + f"/v1/trips/T{c.rng.randint(10**6, 10**7)}")
    b.decoy("trip GPS track and battery series")
    b.ok_json(
        {
            "track": [[rf(c.rng, 43.25, 43.33), rf(c.rng, -2.99, -2.90)] for _ in range(25)],
            "battery": [c.rng.randint(20, 100) for _ in range(25)],
            "price_eur": rf(c.rng, 3, 40, 2),
        }
    )
    _hdr(b)
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "kotxeka", "POST", API + "/v1/devices")
    b.json(
        {
            "android_id": b.id("aid_kotxe", "sha256", where="json:android_id (sha256)"),
            "push": b.acct("push_token"),
            "ts": ms(c),
        }
    )
    _hdr(b, install=True)
    b.ok_json({"ok": True})
    return b.build()
