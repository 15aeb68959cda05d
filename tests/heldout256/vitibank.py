"""VitiBank: a retail bank app with face login on the father's Galaxy A35 in Suva.

Onboarding runs Onfido's Android SDK: the bank's backend hands the app an SDK
token, the SDK uploads the ID card (`POST /v3.6/documents`, side back here), a
selfie (`POST /v3.6/live_photos`) and a short motion video (`POST
/v3.6/live_videos`) as multipart with `sdk_source` / `sdk_version`
(https://documentation.onfido.com/api/latest/#upload-live-photo); the bank's
backend later tells the app the outcome of the `facial_similarity_photo`
report (its `face_comparison` and `visual_authenticity` breakdown). Face login
computes a 128-float face vector on the phone and sends it as JSON; the newer
build posts the same vector as bare little-endian float32 bytes. The device is
registered with the ANDROID_ID and a bank device key; account calls carry an
MD5 of the upper-cased ANDROID_ID in 'x-r'. FX rates, remittances to
Auckland, the KYC form's declared details and the profile picture are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.vitibank.example"
ONFIDO = "https://api.onfido.com/v3.6"
UA = ua("VitiBank", "6.1.0", "tata")


def _b(c: Context, method: str, url: str, hashed: bool = False) -> FB:
    b = FB(c, "vitibank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if hashed:
        b.header("x-r", b.id("aid_bank", "md5_of_upper", "header x-r", detectable=False))
    return b


def _onfido(c: Context, path: str, parts: list[tuple[str, str | None, str | None, bytes]]) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "okhttp/4.11.0")
    b.header("authorization", "Bearer eyJ" + new_hex(c.rng, 120))
    b.header("x-onfido-sdk-platform", "android")
    meta = jsb({"sdk_source": "onfido-android-sdk", "sdk_version": "20.3.0", "os": "android 14"})
    boundary = new_hex(c.rng, 32)
    body = multipart(boundary, [*parts, ("sdk_metadata", None, "application/json", meta)])
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/devices")
    b.json(
        {
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "model": "SM-A356E",
            "osVersion": "14",
            "rooted": False,
            "customer": c.phone.bank_customer,
        }
    )
    b.ok_json({"registered": True, "otpChannel": "SMS"})
    return b.build()


def kyc_start(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/onboarding/kyc")
    b.decoy("declared name, date of birth and TIN; Onfido applicant id and SDK token")
    b.json(
        {
            "firstName": "Josefa",
            "lastName": "Ratu",
            "dateOfBirth": "1971-08-02",
            "tin": str(c.rng.randint(10**8, 10**9)),
            "gender": "M",
            "village": "Lomanikoro, Rewa",
        }
    )
    b.ok_json({"applicantId": c.phone.onfido_applicant, "sdkToken": "eyJ" + new_hex(c.rng, 120)})
    return b.build()


def onfido_document(c: Context) -> Flow:
    b = _onfido(
        c,
        "documents",
        [
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, b"back"),
            ("issuing_country", None, None, b"FJI"),
            ("file", "document_back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.decoy("ID card back side (no face)")
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card", "side": "back"}, 201)
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(
        c,
        "live_photos",
        [
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.bio("face_image", "multipart file to /live_photos (Onfido selfie)")
    b.ok_json(
        {"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg", "file_size": 820},
        201,
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    challenge = jsb(
        [
            {"type": "recite", "query": [c.rng.randint(0, 9) for _ in range(3)]},
            {"type": "movement", "query": c.rng.choice(["turnLeft", "turnRight"])},
        ]
    )
    b = _onfido(
        c,
        "live_videos",
        [
            ("challenge", None, "application/json", challenge),
            ("languages", None, None, b'[{"source":"sdk","language_code":"en"}]'),
            ("file", "live_video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1200)),
        ],
    )
    b.bio("face_video", "multipart file to /live_videos (face video with head-turn challenge)")
    b.ok_json({"id": rid(c.rng), "file_name": "live_video.mp4", "file_type": "video/mp4"}, 201)
    return b.build()


def kyc_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/onboarding/kyc/status")
    where = "response json facialSimilarity.breakdown (face comparison result)"
    b.mark("biometric", "face_match", where, True, "response")
    clear = {"result": "clear"}
    b.ok_json(
        {
            "status": "complete",
            "document": {"result": "clear"},
            "facialSimilarity": {
                "name": "facial_similarity_photo",
                "result": "clear",
                "breakdown": {
                    "face_comparison": {
                        "result": "clear",
                        "properties": {"score": rf(c.rng, 0.8, 0.99, 3)},
                    },
                    "image_integrity": clear,
                    "visual_authenticity": {"result": "clear", "breakdown": {"spoofing": clear}},
                },
            },
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/auth/face")
    b.bio("face_template", "json face.vector (128 floats) + liveness")
    b.json(
        {
            "customer": c.phone.bank_customer,
            "face": {
                "vector": floats(c.rng, 128),
                "model": "mfn-128-v3",
                "liveness": rf(c.rng, 0.85, 0.99, 3),
            },
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "ts": iso(c),
        }
    )
    b.ok_json({"match": True, "similarity": rf(c.rng, 0.7, 0.98, 3), "token": new_hex(c.rng, 40)})
    return b.build()


def face_login_raw(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/a/f")
    b.bio("face_template", "raw body (128 float32, little-endian)", detectable=False)
    vec = floats(c.rng, 128)
    b.set_body(struct.pack("<128f", *vec), "application/octet-stream")
    b.header("x-v", "4")
    b.ok_json({"ok": 1, "t": new_hex(c.rng, 40)})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts", hashed=True)
    b.ok_json(
        {
            "accounts": [
                {
                    "number": "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
                    "type": t,
                    "currency": "FJD",
                    "available": rf(c.rng, 20, 30000, 2),
                }
                for t in ("SAVINGS", "CHEQUE")
            ]
        }
    )
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts/0/history?from=2025-02-01", hashed=True)
    b.decoy("account transaction history (not viewing)")
    b.ok_json(
        {
            "history": [
                {
                    "date": iso(c)[:10],
                    "narrative": c.rng.choice(["EFTPOS MH SUPERMARKET", "SKY PACIFIC SUB", "FEE"]),
                    "amount": -rf(c.rng, 2, 300, 2),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/fx?base=FJD")
    b.ok_json(
        {
            "date": iso(c)[:10],
            "rates": {
                "NZD": rf(c.rng, 0.73, 0.76, 4),
                "AUD": rf(c.rng, 0.68, 0.71, 4),
                "USD": rf(c.rng, 0.43, 0.45, 4),
                "INR": rf(c.rng, 36, 38, 2),
            },
        }
    )
    return b.build()


def remittance(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transfers/international")
    b.decoy("remittance to Auckland: account numbers, SWIFT and reference")
    b.json(
        {
            "from": "".join(str(c.rng.randint(0, 9)) for _ in range(10)),
            "to": {
                "name": "Tevita Ratu",
                "bank": "ANZBNZ22",
                "account": "01-0102-0" + str(c.rng.randint(10**5, 10**6)) + "-00",
            },
            "amount": rf(c.rng, 50, 800, 2),
            "currency": "NZD",
            "purpose": "Family support",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"VBI{c.rng.randint(10**8, 10**9)}", "status": "PENDING"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/picture")
    b.decoy("profile picture upload (not sent for face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.vitibank.example/p/{new_hex(c.rng, 24)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verify")
    b.json(
        {"code": str(c.rng.randint(100000, 999999)), "t": ms(c), "nonce": b64(new_hex(c.rng, 12))}
    )
    b.ok_json({"verified": True})
    return b.build()
