"""Bank app with video KYC and selfie login (Sorani/English keys). Branch
locations, FX rates and statements are ordinary; the liveness frames, selfie
match and face template are biometric."""

from __future__ import annotations

import base64
import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, fake_mp4, floats_b64, multipart

from .phone import KB, floats, iso, ms, rf, rid, ua

API = "https://api.bank-hawler.example"
UA = ua("BankHawler", "7.0.3")


def _b(c: Context, method: str, url: str) -> KB:
    b = KB(c, "bank", method, url)
    b.header("user-agent", UA)
    b.header("x-device-fp", b.id("bank_device_fp", where="header x-device-fp (device fingerprint)"))
    return b


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/nrxi-draw")
    b.decoy("USD/IQD rate series (nrxî dirav)")
    b.ok_json({"USD_IQD": [rf(c.rng, 1300, 1530, 1) for _ in range(30)]})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/account/{c.phone.bank_user}/statement")
    b.ok_json({"tx": [{"amount": rf(c.rng, -500000, 900000, 0), "at": iso(c)} for _ in range(8)]})
    return b.build()


def video_kyc(c: Context) -> Flow:
    boundary = "kyc" + rid(c.rng).replace("-", "")[:16]
    b = _b(c, "POST", f"{API}/v1/naskrdnewe/video")
    b.bio("face_image", "multipart selfie_video + wene_rwu (face liveness video)")
    body = multipart(
        boundary,
        [
            ("customerId", None, None, b.acct("bank_user").encode()),
            ("selfie_video", "liveness.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
            ("wene_rwu", "face.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ("deviceId", None, None, b.id("aid_bank", where="multipart deviceId").encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "pending_review", "ticket": rid(c.rng)})
    return b.build()


def selfie_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auth/face")
    b.bio("face_embedding", "json faceTemplate (base64 float32) + livenessScore")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "livenessScore": rf(c.rng, 0.8, 1.0, 3),
            "headPose": {"yaw": rf(c.rng, -10, 10, 1), "pitch": rf(c.rng, -8, 8, 1)},
            "androidId": b.id("aid_bank", where="json androidId"),
        }
    )
    b.ok_json({"match": True, "token": rid(c.rng)})
    return b.build()


def face_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/x")
    b.bio("face_embedding", "json p = base64 of raw float32 vector", detectable=False)
    vec = struct.pack("<128f", *floats(c.rng, 128))
    b.json({"p": base64.b64encode(vec).decode(), "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def id_card_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/naskrdnewe/ocr")
    b.decoy("OCR text boxes of the national ID card: not biometric")
    b.json(
        {"boxes": [[c.rng.randint(0, 900) for _ in range(4)] for _ in range(6)], "lang": "ckb+ara"}
    )
    b.ok_json({"fields": {"nationality": "IRQ"}})
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/liqekan?city=hawler")
    b.ok_json(
        {
            "liq": [
                {"nav": f"Liqî {i}", "lat": rf(c.rng, 36.1, 36.3), "lng": rf(c.rng, 43.9, 44.1)}
                for i in range(5)
            ]
        }
    )
    return b.build()
