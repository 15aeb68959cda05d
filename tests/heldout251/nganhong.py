"""港綫銀行 Harbourline Bank: a Hong Kong bank app with selfie login (the manager's own).

Face login computes a 512-float face template on the phone and posts it with a
liveness score; a newer build sends the template as protobuf packed floats with
no names, and the re-verification selfie goes out AES-encrypted as an octet
stream (the face is in it, nothing says so). Account opening checked her
selfie against her HKID portrait through Face++ (Megvii) Compare
(api-us.faceplusplus.com/facepp/v3/compare, form fields `api_key`,
`api_secret`, `image_base64_1`, `image_base64_2`; the answer's `confidence` and
`thresholds`) and Detect (`image_base64`, `return_attributes`; the answer's
`faces[].attributes` age / gender / headpose are face-analysis results of her).
Device binding sends the ANDROID_ID, the bank's own device key and the
advertising id; the balance call carries an MD5 of the ANDROID_ID in a header
named `x-r`.

Exchange rates, an FPS transfer, the 交易記錄 (transaction history) and the
profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, pb_bytes, pb_packed_floats, pb_varint

from .phone import SB, floats, iso, ms, rf, rid, ua

API = "https://mb.harbourline.example"
FACEPP = "https://api-us.faceplusplus.com/facepp/v3"
UA = ua("HarbourlineMobile", "7.4.0")


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "harbourline", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-hl-channel", "MOBILE")
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _rect(c: Context) -> dict[str, int]:
    return {
        "top": c.rng.randint(80, 200),
        "left": c.rng.randint(60, 180),
        "width": c.rng.randint(180, 260),
        "height": c.rng.randint(180, 260),
    }


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/binding")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "adId": b.id("gaid", where="json adId"),
            "model": "SM-S9110",
            "rooted": False,
            "osVersion": "14",
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/auth/face")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + livenessScore")
    b.json(
        {
            "loginId": b.acct("bank_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "hlfr-3.2-512",
            "livenessScore": rf(c.rng, 0.86, 0.99, 3),
            "ts": iso(c),
        }
    )
    b.ok_json({"matched": True, "score": rf(c.rng, 0.8, 0.99, 3), "session": new_hex(c.rng, 32)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/auth/face/enrol")
    b.bio("face_embedding", "json face.embedding (512 floats)")
    b.json(
        {
            "loginId": b.acct("bank_user"),
            "face": {"embedding": floats(c.rng, 512), "model": "hlfr-3.2-512"},
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def facepp_compare(c: Context) -> Flow:
    b = SB(c, "facepp", "POST", f"{FACEPP}/compare")
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "form image_base64_1 (selfie) / image_base64_2 (HKID portrait)")
    b.form(
        [
            ("api_key", "hLk" + new_hex(c.rng, 29)),
            ("api_secret", new_hex(c.rng, 32)),
            ("image_base64_1", _jpeg(c)),
            ("image_base64_2", _jpeg(c, 500)),
        ]
    )
    b.ok_json(
        {
            "request_id": f"{int(c.now)},{rid(c.rng)}",
            "time_used": c.rng.randint(300, 900),
            "confidence": rf(c.rng, 85, 98, 3),
            "thresholds": {"1e-3": 62.327, "1e-4": 69.101, "1e-5": 73.975},
            "image_id1": new_hex(c.rng, 22),
            "image_id2": new_hex(c.rng, 22),
            "faces1": [{"face_rectangle": _rect(c), "face_token": new_hex(c.rng, 32)}],
            "faces2": [{"face_rectangle": _rect(c), "face_token": new_hex(c.rng, 32)}],
        }
    )
    return b.build()


def facepp_detect(c: Context) -> Flow:
    b = SB(c, "facepp", "POST", f"{FACEPP}/detect")
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_image", "form image_base64 (selfie) + response faces[].attributes")
    b.form(
        [
            ("api_key", "hLk" + new_hex(c.rng, 29)),
            ("api_secret", new_hex(c.rng, 32)),
            ("image_base64", _jpeg(c)),
            ("return_landmark", "1"),
            ("return_attributes", "gender,age,headpose,facequality,blur,eyestatus"),
        ]
    )
    b.mark("biometric", "face_attributes", "response json faces[].attributes", True, "response")
    b.ok_json(
        {
            "request_id": f"{int(c.now)},{rid(c.rng)}",
            "time_used": c.rng.randint(200, 700),
            "image_id": new_hex(c.rng, 22),
            "face_num": 1,
            "faces": [
                {
                    "face_token": new_hex(c.rng, 32),
                    "face_rectangle": _rect(c),
                    "attributes": {
                        "gender": {"value": "Female"},
                        "age": {"value": c.rng.randint(34, 40)},
                        "headpose": {
                            "pitch_angle": rf(c.rng, -8, 8, 3),
                            "roll_angle": rf(c.rng, -5, 5, 3),
                            "yaw_angle": rf(c.rng, -10, 10, 3),
                        },
                        "facequality": {"value": rf(c.rng, 60, 95, 3), "threshold": 70.1},
                        "blur": {"blurness": {"value": rf(c.rng, 0, 10, 3), "threshold": 50}},
                    },
                }
            ],
        }
    )
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/a/f")
    b.bio("face_template", "protobuf field 2 packed floats (no names)", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    body += pb_varint(3, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok") + pb_varint(2, 1))
    return b.build()


def selfie_encrypted(c: Context) -> Flow:
    """Re-verification selfie, AES-GCM on the phone: an octet stream that names nothing."""
    b = _b(c, "POST", f"{API}/api/v3/rv/s2")
    b.bio("face_image", "octet-stream body (AES-GCM encrypted selfie)", detectable=False)
    b.header("x-enc", "A256GCM")
    b.header("x-kid", "k" + str(c.rng.randint(10, 99)))
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(900)), "application/octet-stream")
    b.ok_json({"step": 3, "ok": True})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts")
    b.header("x-r", b.id("aid_bank", "md5", "header x-r", detectable=False))
    b.ok_json(
        {
            "accounts": [
                {
                    "acctNo": "***" + str(c.rng.randint(1000, 9999)),
                    "ccy": ccy,
                    "available": rf(c.rng, 100, 250000, 2),
                }
                for ccy in ("HKD", "MOP")
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/fx?base=HKD")
    b.ok_json(
        {"base": "HKD", "rates": {"MOP": rf(c.rng, 1.02, 1.04, 4), "CNY": rf(c.rng, 0.9, 0.94, 4)}}
    )
    return b.build()


def fps_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/fps/transfer")
    b.decoy("FPS proxy id and transaction reference")
    b.json(
        {
            "fromAcct": "***" + str(c.rng.randint(1000, 9999)),
            "fpsProxy": "+852" + str(c.rng.randint(51000000, 69999999)),
            "amount": rf(c.rng, 50, 3000, 2),
            "ccy": "HKD",
            "remark": "屋租",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"ref": f"FRN{c.rng.randint(10**11, 10**12)}", "status": "PROCESSING"})
    return b.build()


def txn_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/transactions?days=30")
    b.decoy("交易記錄 transaction history (a bank's history, not viewing)")
    b.ok_json(
        {
            "交易記錄": [
                {
                    "date": iso(c)[:10],
                    "desc": d,
                    "amount": rf(c.rng, -900, -20, 2),
                    "ccy": "HKD",
                }
                for d in ("八達通增值", "百佳超級市場", "澳門通 MacauPass", "Netflix")
            ]
        }
    )
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/photo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.harbourline.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verify")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()
