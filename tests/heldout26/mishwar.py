"""Mishwar, a Careem-like ride app (in-house backend, fictional) used here in its
captain mode: periodic captain selfie re-checks (image upload, and an on-device
face embedding compared server-side), a voice-note chat feature (an audio
message to the rider: not a voiceprint), location pings, fare estimates and a
risk / fingerprint call. Names are the app's own.

Embedding shape: MobileFaceNet / FaceNet-style 128-d float32 vectors, base64
little-endian, as on-device face SDKs ship them (e.g. TensorFlow Lite face
recognition samples).
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://captain-api.mishwar.example"
UA = ua("MishwarCaptain", "12.4.1")


def _base(c: Context, method: str, url: str, params=None) -> FB:
    b = FB(c, "mishwar", method, url, params)
    b.header("user-agent", UA)
    if c.rng.random() < 0.4:  # only the web-view calls carry the session cookie
        b.header("cookie", f"did={b.id('aid_mishwar', where='cookie.did')}; lang=ar")
    else:
        b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def selfie_recheck(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/captain/v1/identity/recheck")
    bnd = new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)
    parts = [
        ("trigger", None, None, c.rng.choice([b"shift_start", b"random_audit"])),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(1, 10**9), 1100)),
        ("captainId", None, None, c.phone.mishwar_user.encode()),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.selfie")
    b.ok_json({"result": "MATCH", "score": rf(c.rng, 0.8, 0.99)})
    return b.build()


def face_vector(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/captain/v1/identity/verify")
    b.json(
        {
            "captainId": c.phone.mishwar_user,
            "faceEmbedding": floats_b64(floats(c.rng, 128)),
            "embeddingModel": "mfn-v2",
            "capturedAt": iso(c),
            "blurScore": rf(c.rng, 0, 0.2),
        }
    )
    b.bio("face_embedding", "body.faceEmbedding")
    b.ok_json({"verified": True})
    return b.build()


def sealed_check(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/captain/v1/ic")
    b.json(
        {"d": base64.b64encode(bytes(c.rng.getrandbits(8) for _ in range(400))).decode(), "s": 2}
    )
    b.bio("face_image", "body.d (encrypted)", detectable=False)
    b.ok_json({"r": 1})
    return b.build()


def voice_note(c: Context) -> Flow:
    trip = "T" + str(c.rng.randint(10**8, 10**9))
    b = _base(c, "POST", f"{API}/chat/v1/trips/{trip}/voice-notes")
    bnd = "Boundary" + new_hex(c.rng, 16)
    parts = [
        ("duration_ms", None, None, str(c.rng.randint(2000, 15000)).encode()),
        ("audio", "note.wav", "audio/wav", fake_wav(c.rng.randint(1, 10**6), 900)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.decoy("voice-note chat message to the rider (audio message, not a voiceprint)")
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def location_ping(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/captain/v1/location")
    pts = [[rf(c.rng, 25.1, 25.3, 6), rf(c.rng, 55.2, 55.4, 6), ms(c) + i * 1000] for i in range(8)]
    b.json({"points": pts, "heading": rf(c.rng, 0, 360, 1), "speedKmh": rf(c.rng, 0, 90, 1)})
    b.decoy("GPS breadcrumb list (coordinates, heading)")
    b.no_content()
    return b.build()


def fare_estimate(c: Context) -> Flow:
    b = _base(
        c, "GET", f"{API}/rider/v1/fare", [("from", "25.2048,55.2708"), ("to", "25.0763,55.1403")]
    )
    b.decoy("fare estimate with a surge price series")
    b.ok_json(
        {
            "currency": "AED",
            "estimate": rf(c.rng, 30, 80, 2),
            "surgeSeries": [rf(c.rng, 1, 1.8, 2) for _ in range(12)],
        }
    )
    return b.build()


def risk_fp(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/risk/v1/device")
    b.json(
        {
            "fingerprint": b.id("mishwar_fp", where="body.fingerprint"),
            "adId": b.id("gaid", where="body.adId"),
            "rooted": False,
            "emulator": False,
            "installer": "com.android.vending",
            "orderRef": "ORD-" + str(c.rng.randint(10**7, 10**8)),
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def trips(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/captain/v1/trips", [("page", "1")])
    b.decoy("trip list with order numbers and earnings")
    b.ok_json(
        {
            "trips": [
                {"id": "T" + str(c.rng.randint(10**8, 10**9)), "earning": rf(c.rng, 10, 90, 2)}
                for _ in range(5)
            ]
        }
    )
    return b.build()
