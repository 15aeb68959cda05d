"""Harbourline Hotels: face check-in at a lobby kiosk and a digital room key.

In-house backend (our own key names). The kiosk flow is started from the phone:
the app enrols a face template for express check-in and the kiosk's match result
is posted back through the app; the mobile key is provisioned per lock (the BLE
lock's serial), as door-lock vendors' mobile-access SDKs do.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobile.harbourline-hotels.com/api/guest/v4"
UA = ua("Harbourline", "5.2.0", "1407")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "harbourline", method, url)
    b.header("user-agent", UA)
    b.header("x-guest-id", c.phone.hotel_guest)
    return b


def _conf() -> str:
    return "HL"


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/express-checkin/face")
    b.json(
        {
            "reservationNo": _conf() + str(c.rng.randint(10**7, 10**8)),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateFormat": "arcface-r100-fp32",
            "livenessScore": rf(c.rng, 0.9, 1, 3),
            "capturedAt": iso(c),
        }
    )
    b.bio("face_template", "body faceTemplate (base64 float32, 512-d)")
    b.ok_json({"expressCheckin": "ready"})
    return b.build()


def kiosk_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kiosk/{c.rng.randint(100, 999)}/match-result")
    b.json(
        {
            "kioskId": f"LOBBY-{c.rng.randint(1, 4)}",
            "matched": True,
            "similarity": rf(c.rng, 0.8, 0.99, 4),
            "faceBox": {
                "x": c.rng.randint(100, 400),
                "y": c.rng.randint(80, 300),
                "w": 220,
                "h": 260,
            },
            "headPose": {
                "yaw": rf(c.rng, -15, 15, 1),
                "pitch": rf(c.rng, -10, 10, 1),
                "roll": rf(c.rng, -5, 5, 1),
            },
            "estimatedAge": c.rng.randint(25, 60),
        }
    )
    b.bio("face_analysis", "body similarity/faceBox/headPose/estimatedAge of a kiosk face match")
    b.ok_json({"room": str(c.rng.randint(201, 940))})
    return b.build()


def selfie_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/express-checkin/selfie")
    bnd = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("purpose", None, None, b"face_match_reference"),
        ("photo", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 900)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart photo (purpose face_match_reference)")
    b.ok_json({"ok": True})
    return b.build()


def issue_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile-keys")
    b.json(
        {
            "endpoint": {
                "vendorDeviceId": b.id("idfv_hotel", where="body endpoint.vendorDeviceId"),
                "platform": "ios",
            },
            "locks": [
                {
                    "lockSerialNumber": b.id("lock_serial", where="body locks[].lockSerialNumber"),
                    "door": "room",
                }
            ],
            "validFrom": iso(c),
        }
    )
    b.ok_json({"keyId": rid(c.rng), "blob": b64(bytes(c.rng.randrange(256) for _ in range(96)))})
    return b.build()


def key_audit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobile-keys/audit")
    b.json(
        {
            "ev": "unlock",
            "l": b.id("lock_serial", where="body l (short key)", detectable=False),
            "r": -c.rng.randint(50, 80),
            "t": iso(c),
        }
    )
    b.no_content()
    return b.build()


def key_opaque(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/mobile-keys/refresh")
    b.json({"k": b64(bytes(c.rng.randrange(256) for _ in range(160)))})
    b.ok_json({"ok": True})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/properties/STO-01/rates")
    b.param("arrival", "2024-12-01")
    b.decoy("room price series")
    b.ok_json(
        {
            "nightly": [rf(c.rng, 1100, 2900, 0) for _ in range(14)],
            "currency": "SEK",
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def booking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/reservations")
    b.decoy("reservation list")
    b.ok_json(
        {
            "items": [
                {
                    "confirmation": _conf() + str(c.rng.randint(10**7, 10**8)),
                    "nights": c.rng.randint(1, 5),
                }
            ]
        }
    )
    return b.build()
