"""Sahyadri Bank: a co-operative bank's app with selfie video KYC and face login
(the father's Galaxy M34 in Bengaluru).

Onboarding runs IDfy's KYC in the style of its public APIs: the capture SDK
uploads the selfie to the capture backend as an artifact (`artifact_key`
selfie), and the app calls the Eve task API (`/v3/tasks/sync/compare/face`
and `/check_photo_liveness/face`, `task_id` / `group_id` / `data.document1`,
`account-id` and `api-key` headers) to match the selfie against the
Aadhaar photo and check liveness; the answers (`is_a_match`, `match_score`,
`is_live`) are face-analysis results of the father. The video KYC call's
recorded chunks go to the bank as nameless multipart parts. Face login sends
a 128-float template (`mukhaTemplate`, base64 float32) with a liveness score;
enrolment sends the embedding as a list; a newer build sends the template as
protobuf packed floats. Device binding sends the ANDROID_ID, the bank's
device key, a device-fingerprint hash and the advertising id (the fraud
engine reads them). The balance call hides a SHA-256 of the ANDROID_ID in
`x-dk`, the keep-alive an AES envelope around the device key.

Balances, FD rates with their `avadhi` (tenure), gold-bond face value, the
transaction history, UPI transfers, the KYC form's self-declared gender, the
address proof's back side, the profile photo, the phone's own fingerprint
unlock flag (nothing biometric leaves the phone) and the video-KYC slot
booking are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.sahyadribank.example"
CAPTURE = "https://capture.kyc.idfy.com/backend"
EVE = "https://eve.idfy.com/v3/tasks/sync"
UA = ua("SahyadriBank", "6.4.0", "appa")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sahyadribank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-channel", "MB-AND")
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def _eve(c: Context, path: str) -> FB:
    b = FB(c, "idfy", "POST", f"{EVE}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("account-id", rid(c.rng))
    b.header("api-key", rid(c.rng))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/saadhana/bandhisi")
    b.decoy("biometricEnabled flag (local fingerprint unlock, no biometric data)")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "deviceFingerprint": b.id("bank_dfp", where="json deviceFingerprint"),
            "gaid": b.id("gaid_appa", where="json gaid"),
            "maadari": "SM-M346B",
            "rooted": False,
            "biometricEnabled": True,
            "simSlot": 1,
        }
    )
    b.ok_json({"bandhisalaagide": True, "smsKalisi": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pravesha/mukha")
    b.bio("face_template", "json mukhaTemplate (128 float32, base64) + liveness")
    b.json(
        {
            "grahaka": b.acct("bank_cust"),
            "mukhaTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "mfn-128-v3",
            "livenessScore": rf(c.rng, 0.86, 0.99, 3),
            "samaya": iso(c),
        }
    )
    b.ok_json({"sari": True, "holike": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 40)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pravesha/mukha/nondani")
    b.bio("face_embedding", "json mukha.embedding (128 floats)")
    b.json(
        {
            "grahaka": b.acct("bank_cust"),
            "mukha": {"embedding": floats(c.rng, 128), "model": "mfn-128-v3"},
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"nondaayitu": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/p/m")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 128))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1) + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def idfy_selfie(c: Context) -> Flow:
    cap = rid(c.rng)
    b = FB(c, "idfy", "POST", f"{CAPTURE}/captures/{cap}/artifacts")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.bio("face_image", "multipart artifact_key=selfie + selfie.jpg")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("artifact_key", None, None, b"selfie"),
            ("type", None, None, b"image"),
            ("file", "selfie.jpg", "image/jpeg", _jpeg(c)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"artifact_key": "selfie", "status": "uploaded", "id": rid(c.rng)})
    return b.build()


def idfy_face_compare(c: Context) -> Flow:
    b = _eve(c, "compare/face")
    b.bio("face_image", "json data.document1/document2 to compare/face")
    b.json(
        {
            "task_id": rid(c.rng),
            "group_id": rid(c.rng),
            "data": {
                "document1": b64(_jpeg(c, 600)),
                "document2": b64(_jpeg(c, 400)),
            },
        }
    )
    b.ok_json(
        {
            "action": "compare",
            "type": "face",
            "status": "completed",
            "request_id": rid(c.rng),
            "result": {
                "is_a_match": True,
                "match_score": c.rng.randint(78, 98),
                "review_needed": False,
            },
        }
    )
    return b.build()


def idfy_liveness(c: Context) -> Flow:
    b = _eve(c, "check_photo_liveness/face")
    b.bio("face_image", "json data.document1 to check_photo_liveness/face")
    b.json(
        {
            "task_id": rid(c.rng),
            "group_id": rid(c.rng),
            "data": {"document1": b64(_jpeg(c, 650)), "detect_face_mask": True},
        }
    )
    b.ok_json(
        {
            "action": "check_photo_liveness",
            "type": "face",
            "status": "completed",
            "result": {"is_live": True, "liveness_score": rf(c.rng, 0.9, 0.99, 3)},
        }
    )
    return b.build()


def vkyc_chunks(c: Context) -> Flow:
    """Video-KYC recording chunks, nameless parts of octet-stream."""
    b = _b(c, "POST", f"{API}/api/v3/onb/vk/c2")
    b.bio("face_video", "multipart parts p0..p2 (video-KYC recording)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"p{i}", f"{i}.bin", "application/octet-stream", b"\x1aE\xdf\xa3" + c.rng.randbytes(500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"h": 3})
    return b.build()


def balance_hashed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/khategalu")
    b.header("x-dk", b.id("aid_bank", "sha256", "header x-dk", detectable=False))
    b.ok_json(
        {
            "khategalu": [
                {
                    "khate": "XXXXXX" + new_digits(c.rng, 4),
                    "prakara": "SB",
                    "shesha": rf(c.rng, 1000, 900000, 2),
                    "nanya": "INR",
                }
            ]
        }
    )
    return b.build()


def keepalive(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ka")
    b.id_raw("bank_device_key", "aes_gcm", "json e (AES-GCM envelope)")
    b.json({"e": b64(c.rng.randbytes(64)), "n": b64(c.rng.randbytes(12)), "t": ms(c)})
    b.no_content()
    return b.build()


# --- ordinary banking ---------------------------------------------------------------


def fd_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/thevani-dara")
    b.decoy("FD tenure (avadhi) and rates; gold-bond face value")
    b.ok_json(
        {
            "thevani": [
                {"avadhi": f"{d} dinagalu", "baddi": rf(c.rng, 5.5, 7.6, 2)}
                for d in (91, 180, 365, 730)
            ],
            "sgb": {"faceValue": 6263, "issuePrice": 6213, "tenureYears": 8},
        }
    )
    return b.build()


def vahivaatu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/vahivaatu-itihasa?dinagalu=30")
    b.decoy("transaction history (not viewing history)")
    b.ok_json(
        {
            "itihasa": [
                {
                    "dinanka": iso(c)[:10],
                    "vivara": c.rng.choice(
                        ["UPI/BESCOM", "UPI/Namma Metro", "NEFT/SALARY", "UPI/Vidyarthi Bhavan"]
                    ),
                    "motta": rf(c.rng, 20, 20000, 2),
                    "ulleka": "UTR" + new_digits(c.rng, 12),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def upi_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/upi/pay")
    b.decoy("UPI reference and idempotency key")
    b.json(
        {
            "payee": c.rng.choice(["maga.sg@okaxis", "amma.mys@ybl", "bescom@upi"]),
            "motta": rf(c.rng, 100, 25000, 2),
            "tippani": "Sankranti",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"upiRef": new_digits(c.rng, 12, "4"), "sthiti": "SUCCESS"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/parishilisi")
    b.json({"otp": new_digits(c.rng, 6), "t": ms(c)})
    b.ok_json({"sari": True})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/vivara")
    b.decoy("self-declared gender and date of birth")
    b.json(
        {
            "hesaru": "Shivaprasad K",
            "linga": "purusha",
            "janma_dinanka": "1966-08-21",
            "nagara": "Bengaluru",
            "pan": "ABCPK" + new_digits(c.rng, 4) + "L",
        }
    )
    b.ok_json({"ulisalaagide": True})
    return b.build()


def address_proof_back(c: Context) -> Flow:
    cap = rid(c.rng)
    b = FB(c, "idfy", "POST", f"{CAPTURE}/captures/{cap}/artifacts")
    b.header("user-agent", UA)
    b.decoy("address proof back side (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("artifact_key", None, None, b"poa_back"),
            ("type", None, None, b"image"),
            ("file", "poa_back.jpg", "image/jpeg", _jpeg(c, 500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"artifact_key": "poa_back", "status": "uploaded"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/bhavachitra")
    b.decoy("profile photo to storage (no face analysis)")
    b.set_body(_jpeg(c, 500), "image/jpeg")
    b.ok_json({"url": f"https://cdn.sahyadribank.example/av/{new_hex(c.rng, 24)}.jpg"})
    return b.build()


def vkyc_slot(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/vkyc/samaya-slots?dina=2025-01-15")
    b.decoy("video-KYC agent slots (schedule)")
    b.ok_json(
        {
            "slots": [
                {
                    "aarambha": f"2025-01-15T{h:02d}:00:00+05:30",
                    "avadhi_nimisha": 15,
                    "labhya": c.rng.random() < 0.7,
                }
                for h in range(10, 17)
            ]
        }
    )
    return b.build()
