"""Doaba Bank: a retail bank app with face login and video-KYC (the father's
Galaxy M34 in Ludhiana).

Onboarding uses two Indian KYC vendors. HyperVerge's face APIs take multipart
uploads with `appId`, `appKey` and `transactionId` headers: the selfie to
`/v2/photo/liveness` (part `image`) and the selfie against the ID photo to
`/v1/photo/verifyPair` (parts `selfie`, `id`); the answers carry `liveFace`
and `match` results. The RBI video-KYC call runs on IDfy: the app opens a
session (name, masked Aadhaar, no face), the face match runs as an IDfy task
(`/v3/tasks/sync/compare/face`, `data.document1` / `document2` base64 images,
headers `account-id` and `api-key`), and the call's recorded segments are
uploaded as nameless octet-stream chunks. Face login computes a 512-float face
embedding on the phone (`chehra.embedding`); a newer build sends it as protobuf
packed floats. Device binding sends the ANDROID_ID, the bank's device key and
the advertising id (fraud engine). UPI transfers, IFSC look-ups, the
self-declared gender on the KYC form, the Aadhaar back side (address only) and
the profile photo (stored, not analysed) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.doababank.example"
HV = "https://ind-faceid.hyperverge.co"
IDFY = "https://eve.idfy.com/v3"
UA = ua("DoabaBank", "7.4.0", "papa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "doababank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _hv(c: Context, path: str) -> FB:
    b = FB(c, "hyperverge", "POST", f"{HV}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("appid", "d0ab4k")
    b.header("appkey", new_hex(c.rng, 20))
    b.header("transactionid", "DBK" + str(c.rng.randint(10**11, 10**12)))
    return b


def _idfy(c: Context, path: str) -> FB:
    b = FB(c, "idfy", "POST", f"{IDFY}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("account-id", rid(c.rng))
    b.header("api-key", rid(c.rng))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/jantar/jodo")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_papa", where="json advertisingId"),
            "model": "SM-M346B",
            "rooted": False,
            "simSlot": 1,
        }
    )
    b.ok_json({"jodia": True, "smsVerify": True})
    return b.build()


def hv_liveness(c: Context) -> Flow:
    b = _hv(c, "v2/photo/liveness")
    b.bio("face_image", "multipart image (selfie to HyperVerge liveness)")
    boundary = rid(c.rng)
    b.set_body(
        multipart(
            boundary,
            [
                ("image", "selfie.jpg", "image/jpeg", _jpeg(c)),
                ("returnQualityScore", None, None, b"yes"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {
                "details": {
                    "liveFace": {"value": "yes", "confidence": "high"},
                    "qualityChecks": {"blur": {"value": "no"}, "eyesClosed": {"value": "no"}},
                },
                "summary": {"action": "pass"},
            },
        }
    )
    return b.build()


def hv_verify_pair(c: Context) -> Flow:
    b = _hv(c, "v1/photo/verifyPair")
    b.bio("face_image", "multipart selfie + id (face match, HyperVerge)")
    boundary = rid(c.rng)
    b.set_body(
        multipart(
            boundary,
            [
                ("selfie", "selfie.jpg", "image/jpeg", _jpeg(c)),
                ("id", "aadhaar_front.jpg", "image/jpeg", _jpeg(c, 600)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "status": "success",
            "statusCode": "200",
            "result": {"match": {"value": "yes", "confidence": "high"}},
        }
    )
    return b.build()


def idfy_face_compare(c: Context) -> Flow:
    b = _idfy(c, "tasks/sync/compare/face")
    b.bio("face_image", "json data.document1 / document2 (IDfy face compare)")
    b.json(
        {
            "task_id": rid(c.rng),
            "group_id": rid(c.rng),
            "data": {
                "document1": b64(_jpeg(c)),
                "document2": b64(_jpeg(c, 600)),
            },
        }
    )
    b.ok_json(
        {
            "action": "compare",
            "status": "completed",
            "result": {"match_band": "high", "match_score": rf(c.rng, 80, 99, 1)},
        }
    )
    return b.build()


def idfy_vkyc_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "idfy",
        "POST",
        f"https://capture.idfy.com/r/{new_hex(c.rng, 24)}/s/{c.rng.randint(1, 40)}",
    )
    b.header("user-agent", "okhttp/4.12.0")
    b.bio("face_video", "octet-stream body (video-KYC call segment)", detectable=False)
    b.set_body(fake_mp4(c.rng.randint(0, 10**9), 900), "application/octet-stream")
    b.no_content()
    return b.build()


def idfy_vkyc_session(c: Context) -> Flow:
    b = _idfy(c, "profiles")
    b.decoy("name, masked Aadhaar and reference id for a video-KYC session")
    b.json(
        {
            "reference_id": "DBK-VKYC-" + str(c.rng.randint(10**6, 10**7)),
            "config": {"id": rid(c.rng), "overrides": {}},
            "data": {
                "name": "Gurpreet Singh Sandhu",
                "aadhaar_masked": "XXXX XXXX " + str(c.rng.randint(1000, 9999)),
                "language": "pa",
            },
        }
    )
    b.ok_json(
        {
            "profile_id": rid(c.rng),
            "capture_link": f"https://capture.kyc.idfy.com/c/{new_hex(c.rng, 16)}",
        }
    )
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/login/chehra")
    b.bio("face_embedding", "json chehra.embedding (512 floats) + liveness")
    b.json(
        {
            "customer": b.acct("bank_cust"),
            "chehra": {"embedding": floats(c.rng, 512), "model": "arc-512-v2"},
            "liveness": rf(c.rng, 0.85, 0.99, 3),
            "samaa": iso(c),
        }
    )
    b.ok_json({"theek": True, "score": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/l")
    b.bio("face_embedding", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/khate")
    b.header("x-s", b.id("aid_bank", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "khate": [
                {
                    "account": "XXXXXX" + str(c.rng.randint(1000, 9999)),
                    "ifsc": "DOAB0000" + str(c.rng.randint(100, 999)),
                    "bakaya": rf(c.rng, 1000, 900000, 2),
                }
            ]
        }
    )
    return b.build()


def upi_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/upi/bhejo")
    b.decoy("UPI ids, transaction reference")
    b.json(
        {
            "payee": c.rng.choice(["arshdeep@okaxis", "kisanseva@upi", "harjit.kaur@ybl"]),
            "rakam": rf(c.rng, 100, 20000, 2),
            "note": "Khad te beej",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"utr": str(c.rng.randint(10**11, 10**12)), "haal": "SUCCESS"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/vervaa")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "naam": "Gurpreet Singh",
            "ling": "M",
            "janam_mitti": "1971-04-13",
            "shehar": "Ludhiana",
            "pan": "ABCPS" + str(c.rng.randint(1000, 9999)) + "K",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def aadhaar_back(c: Context) -> Flow:
    b = _hv(c, "v1/readKYC")
    b.decoy("Aadhaar back side (address only, no face) for OCR")
    boundary = rid(c.rng)
    b.set_body(
        multipart(boundary, [("image", "aadhaar_back.jpg", "image/jpeg", _jpeg(c, 500))]),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "status": "success",
            "result": [{"type": "aadhaar_back", "details": {"pin": {"value": "141001"}}}],
        }
    )
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/photo")
    b.decoy("profile photo upload (not a face-analysis API)")
    b.set_body(_jpeg(c, 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.doababank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def ifsc(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ifsc/PUNB0{c.rng.randint(100000, 999999)}")
    b.ok_json({"bank": "Punjab National Bank", "branch": "Khanna", "state": "Punjab"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/check")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"theek": True})
    return b.build()
