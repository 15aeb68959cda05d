"""SabarmatiNet: the mobile app of a cooperative bank in Ahmedabad with face
login and selfie video KYC (the father's Galaxy M34).

Re-KYC runs as the RBI's video-based customer identification (V-CIP): before
the agent call the app records a short selfie video and uploads it with its
liveness frames; the face liveness check itself goes to HyperVerge's India
face API (`ind-faceid.hyperverge.co`, multipart `image`, `appId` / `appKey`
headers), which answers with `live` and `liveness-score`, a face-analysis
result about the father. Face login sends a 128-float face template and a
liveness score; a newer build sends the template as protobuf packed floats,
the in-app liveness step sends frames as nameless multipart parts, and the
"secure" build wraps the login in an AES envelope (`encData`, `encKey`).
Device binding sends the ANDROID_ID, the bank's own device key and the
advertising id (its fraud engine collects it). Balances, UPI payments, FD
rates (a tenure is a duration), the passbook history, the profile photo, the
cancelled-cheque image and the login settings ("fingerprint login: on") are
ordinary banking data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    jsb,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, ist, ms, rf, rid, ua

API = "https://mb.sabarmatibank.example"
HV = "https://ind-faceid.hyperverge.co"
UA = ua("SabarmatiNet", "3.9.4", "pappa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sabarmatinet", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 24)))
    b.header("x-request-id", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "customerId": b.acct("bank_customer"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_pappa", where="json advertisingId"),
            "make": "samsung",
            "model": "SM-M346B",
            "rooted": False,
            "simSlot": 1,
        }
    )
    b.ok_json({"bound": True, "smsVerification": "PENDING"})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/login/chehra")
    b.bio("face_template", "json faceTemplate (128 float32, base64) + livenessScore")
    b.json(
        {
            "customerId": b.acct("bank_customer"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "mfn-128-v2",
            "livenessScore": rf(c.rng, 0.86, 0.99, 3),
            "samay": ist(c.now),
        }
    )
    b.ok_json({"matched": True, "score": rf(c.rng, 0.8, 0.99, 3), "session": new_hex(c.rng, 32)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/chehra/nondhani")
    b.bio("face_embedding", "json chehra.embedding (128 floats) (chehro = face)")
    b.json(
        {
            "customerId": b.acct("bank_customer"),
            "chehra": {"embedding": floats(c.rng, 128), "model": "mfn-128-v2", "quality": 0.91},
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def hv_liveness(c: Context) -> Flow:
    b = FB(c, "hyperverge", "POST", f"{HV}/v2/photo/liveness")
    b.header("user-agent", "okhttp/4.11.0")
    b.header("appid", "sbn7x2")
    b.header("appkey", new_hex(c.rng, 20))
    b.header("transactionid", rid(c.rng))
    b.bio("face_image", "multipart image selfie.jpg (face liveness API)")
    b.mark(
        "biometric", "face_liveness", "response json result.live / liveness-score", True, "response"
    )
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("image", "selfie.jpg", "image/jpeg", _jpeg(c)),
            ("returnQualityChecks", None, None, b"yes"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {
                "live": "yes",
                "liveness-score": str(rf(c.rng, 0.9, 0.999, 3)),
                "to-be-reviewed": "no",
            },
        }
    )
    return b.build()


def vcip_selfie_video(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vcip/v1/satra/{rid(c.rng)}/selfie-video")
    b.bio("face_video", "multipart selfie_video (mp4, V-CIP)")
    boundary = rid(c.rng)
    meta = {"lat": rf(c.rng, 23.0, 23.1), "lon": rf(c.rng, 72.5, 72.6), "samay": ist(c.now)}
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("selfie_video", "selfie.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"upload": "OK", "queuePosition": c.rng.randint(1, 9)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/l")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_varint(1, ms(c))
        + pb_bytes(2, new_hex(c.rng, 12))
        + pb_packed_floats(3, floats(c.rng, 128))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/vcip/v1/f")
    b.bio("face_image", "multipart parts p0..p2 (liveness frames, octet-stream)", detectable=False)
    boundary = rid(c.rng)
    parts = [(f"p{i}", None, "application/octet-stream", _jpeg(c, 450)) for i in range(3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"next": 4})
    return b.build()


def face_login_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/secure/login")
    b.bio("face_template", "AES envelope encData (template inside)", detectable=False)
    b.json(
        {
            "encData": b64(bytes(c.rng.getrandbits(8) for _ in range(720))),
            "encKey": b64(bytes(c.rng.getrandbits(8) for _ in range(256))),
            "ver": "2",
        }
    )
    b.ok_json({"encData": b64(bytes(c.rng.getrandbits(8) for _ in range(96)))})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Account summary; 'x-s' holds a SHA-256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/accounts/summary")
    b.header("x-s", b.id("aid_bank", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "accounts": [
                {
                    "accountNo": "XXXXXXXX" + str(c.rng.randint(1000, 9999)),
                    "type": "SB",
                    "balance": rf(c.rng, 5000, 900000, 2),
                    "ifsc": "SBNK0000" + str(c.rng.randint(100, 999)),
                }
            ]
        }
    )
    return b.build()


def upi_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/upi/pay")
    b.decoy("UPI reference number and VPA")
    b.json(
        {
            "payeeVpa": c.rng.choice(["kirana.rajkot@okaxis", "dudhwala@ybl", "lic@sbi"]),
            "amount": rf(c.rng, 50, 5000, 2),
            "note": "Navratri prasad",
            "txnRef": "SBN" + str(c.rng.randint(10**11, 10**12)),
        }
    )
    b.ok_json({"status": "SUCCESS", "rrn": str(c.rng.randint(10**11, 10**12))})
    return b.build()


def fd_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/fd/rates")
    b.decoy("deposit tenures (duration) and interest rates")
    b.ok_json(
        {
            "rates": [
                {"duration": f"P{m}M", "months": m, "general": rf(c.rng, 6, 7.5, 2),
                 "senior": rf(c.rng, 6.5, 8, 2)}
                for m in (6, 12, 24, 60)
            ]
        }
    )  # fmt: skip
    return b.build()


def passbook(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts/passbook?history=30d")
    b.decoy("transaction history (banking)")
    b.ok_json(
        {
            "history": [
                {"date": ist(c.now - 86400 * i)[:10], "narration": n,
                 "amount": rf(c.rng, 100, 9000, 2)}
                for i, n in enumerate(["UPI/KIRANA", "NEFT/SALARY", "ATM/CG ROAD", "LIC PREMIUM"])
            ]
        }
    )  # fmt: skip
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/photo")
    b.decoy("profile photo upload (display only, not a face-analysis API)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.sabarmatibank.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def cheque_image(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/mandate/cancelled-cheque")
    b.decoy("cancelled cheque image (no face)")
    boundary = rid(c.rng)
    body = multipart(boundary, [("cheque", "cheque.jpg", "image/jpeg", _jpeg(c, 500))])
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"micr": str(c.rng.randint(10**8, 10**9)), "ok": True})
    return b.build()


def login_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/settings/login")
    b.decoy("login preferences (fingerprint / face login switches, no biometric data)")
    b.json({"fingerprintLogin": True, "faceLogin": c.rng.choice([True, False]), "mpinLength": 6})
    b.ok_json({"saved": True})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verify")
    b.json({"otp": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"valid": True})
    return b.build()
