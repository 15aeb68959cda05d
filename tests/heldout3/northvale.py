"""Northvale Bank: a mobile bank with a selfie KYC check (Sumsub), face login,
voice ID for phone banking and a device-risk SDK.

- Sumsub: POST api.sumsub.com/resources/applicants/{applicantId}/info/idDoc,
  multipart with `metadata` ({"idDocType": "SELFIE" | "UTILITY_BILL" ..., "country"})
  and `content` (the image) (docs.sumsub.com, "Add ID documents").
- Face login with an on-device face template (ArcFace/FaceNet-style 512/128-float
  vector) verified server-side; voice ID enrolment of a spoken passphrase (WAV),
  the pattern of Nuance/Pindrop-style voice biometrics in banking apps.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, fake_wav, floats_b64, jsb, multipart

from .phone import FB, okhttp, rf, ua
from .shapes import embedding, price_series

API = "https://mobile.northvale-bank.example"
UA = ua("Northvale", "7.3.1")


def _hdr(b: FB, binding: bool = True) -> None:
    b.header("user-agent", UA)
    b.header("authorization", "Bearer nv." + new_hex(b.ctx.rng, 48))
    b.header("x-request-id", new_uuid(b.ctx.rng))
    if binding:
        b.header("x-device-binding", b.id("bank_binding_id", where="header:x-device-binding"))


def sumsub_doc(ctx: Context, selfie: bool) -> Flow:
    applicant = new_hex(ctx.rng, 24)
    b = FB(
        ctx, "sumsub", "POST", f"https://api.sumsub.com/resources/applicants/{applicant}/info/idDoc"
    )
    b.header("user-agent", "SumSubSDK/1.29.0 Android")
    b.header("x-access-token", "_act-sbx-" + new_uuid(ctx.rng))
    boundary = "ss" + new_hex(ctx.rng, 18)
    meta = {"idDocType": "SELFIE" if selfie else "UTILITY_BILL", "country": "GBR"}
    name = "selfie.jpg" if selfie else "bill.jpg"
    b.set_body(
        multipart(
            boundary,
            [
                ("metadata", None, "application/json", jsb(meta)),
                ("content", name, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1000)),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    if selfie:
        b.mark("biometric", "kyc_selfie", "multipart:metadata.idDocType=SELFIE + content", True)
    else:
        b.decoy("KYC utility-bill upload")
    b.ok_json(
        {
            "idDocType": meta["idDocType"],
            "country": "GBR",
            "imageIds": [ctx.rng.randint(10**8, 10**9)],
        }
    )
    return b.build()


def face_login(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:auth", "POST", f"{API}/v2/auth/face")
    _hdr(b)
    b.json(
        {
            "customer": ctx.phone.bank_customer,
            "liveness_score": rf(ctx.rng, 0.9, 1.0, 3),  # type: ignore[attr-defined]
            "face_template": {
                "algo": "arcface-r100",
                "dim": 512,
                "vector": embedding(ctx.rng, 512),
            },
        }
    )
    b.mark("biometric", "face_template_512", "body.face_template.vector[512]", True)
    b.ok_json({"session": new_hex(ctx.rng, 40), "expires_in": 300})
    return b.build()


def faceprint_b64(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:auth", "POST", f"{API}/v2/auth/step-up")
    _hdr(b)
    b.json(
        {
            "method": "face",
            "faceprint": floats_b64(embedding(ctx.rng, 128)),
            "txn": new_hex(ctx.rng, 16),
        }
    )
    b.mark("biometric", "faceprint_b64", "body.faceprint (base64 float32 x128)", True)
    b.ok_json({"approved": True})
    return b.build()


def voice_enrol(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "northvale:voiceid",
        "POST",
        f"{API}/v2/voiceid/enrol",
        [("passphrase", "my-voice-is-my-password"), ("sample", str(ctx.rng.randint(1, 3)))],
    )
    _hdr(b)
    b.set_body(fake_wav(ctx.rng.getrandbits(32), 1600), "audio/wav")
    b.mark("biometric", "voiceprint_enrolment", "body(audio/wav) -> /voiceid/enrol", True)
    b.ok_json({"enrolment": "in_progress", "samples_needed": 1})
    return b.build()


def risk_profile(ctx: Context) -> Flow:
    b = FB(ctx, "riskshield", "POST", "https://collect.riskshield.example/v3/device-profile")
    b.header("user-agent", okhttp())
    b.json(
        {
            "session_id": new_uuid(ctx.rng),
            "org": "northvale",
            "device": {
                "android_id": b.id("aid_bank", where="body.device.android_id"),
                "advertising_id": b.id("gaid", where="body.device.advertising_id"),
                "model": "SM-A546B",
                "rooted": False,
                "emulator": False,
                "build_fingerprint": "samsung/a54xnsxx/a54x:14/UP1A.231005.007/A546BXXS6BXE1:user/release-keys",  # noqa: E501
                "boot_time": int(ctx.now) - 86400 * 3,
            },
        },
        "deflate",
    )
    b.ok_json({"risk": "low", "score": ctx.rng.randint(1, 20)})
    return b.build()


def risk_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "riskshield", "POST", "https://collect.riskshield.example/v3/s")
    b.header("user-agent", okhttp())
    b.json(
        {
            "s": new_uuid(ctx.rng),
            "k3": b.id("aid_bank", "upper", where="body.k3", detectable=False),
            "k9": b.id("gaid", "sha1", where="body.k9 (sha1 AAID)", detectable=False),
            "z": 1,
        }
    )
    b.respond(204, None)
    return b.build()


# --- ordinary traffic -----------------------------------------------------------


def accounts(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:accounts", "GET", f"{API}/v2/accounts")
    _hdr(b, binding=False)
    b.ok_json(
        {
            "accounts": [
                {
                    "id": new_hex(ctx.rng, 12),
                    "iban": "GB29NWBK6016" + new_digits(ctx.rng, 10),
                    "balance": {"amount": rf(ctx.rng, 10, 9000, 2), "currency": "GBP"},
                }
            ]
        }
    )
    return b.build()


def transactions(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "northvale:tx",
        "GET",
        f"{API}/v2/accounts/{new_hex(ctx.rng, 12)}/transactions",
        [("limit", "50")],
    )
    _hdr(b, binding=False)
    tx = [
        {
            "id": new_uuid(ctx.rng),
            "amount": -rf(ctx.rng, 1, 120, 2),
            "merchant": ctx.rng.choice(["Tesco", "TfL", "Pret", "Amazon"]),
            "reference": f"ORD-{new_digits(ctx.rng, 9)}",
            "booked": int(ctx.now) - ctx.rng.randint(0, 2592000),
        }
        for _ in range(15)
    ]
    b.respond(200, "application/json", jsb({"transactions": tx}), "gzip")
    return b.build()


def fx_series(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:fx", "GET", f"{API}/v2/fx/series", [("pair", "GBPEUR"), ("range", "1d")])
    _hdr(b, binding=False)
    b.ok_json({"pair": "GBPEUR", "points": price_series(ctx.rng, 96, 1.17)})
    b.decoy("price series")
    return b.build()


def atm_map(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "northvale:atm",
        "GET",
        f"{API}/v2/atms",
        [("lat", "51.5072"), ("lon", "-0.1276"), ("r", "2000")],
    )
    b.header("user-agent", UA)
    b.ok_json(
        {
            "atms": [
                {
                    "id": new_hex(ctx.rng, 6),
                    "lat": rf(ctx.rng, 51.49, 51.52, 5),
                    "lon": rf(ctx.rng, -0.14, -0.11, 5),
                }
                for _ in range(10)
            ]
        }
    )
    b.decoy("coordinate list")
    return b.build()


def card_freeze(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:cards", "POST", f"{API}/v2/cards/{new_hex(ctx.rng, 10)}/freeze")
    _hdr(b)
    b.json({"frozen": ctx.rng.random() < 0.5})
    b.ok_json({"ok": True})
    return b.build()


def statement(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:statements", "GET", f"{API}/v2/statements/{new_uuid(ctx.rng)}.pdf")
    _hdr(b, binding=False)
    b.respond(200, "application/pdf", b"%PDF-1.7\n" + new_hex(ctx.rng, 300).encode())
    return b.build()


def kyc_decision(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:kyc", "GET", f"{API}/v2/onboarding/status")
    _hdr(b, binding=False)
    b.ok_json(
        {
            "status": "approved",
            "checks": {"document": "clear", "liveness": "clear", "face_match": "clear"},
            "review_id": new_uuid(ctx.rng),
        }
    )
    b.decoy("KYC decision words (no face data)")
    return b.build()


def signup(ctx: Context) -> Flow:
    b = FB(ctx, "northvale:signup", "POST", f"{API}/v2/onboarding/applicant")
    b.header("user-agent", UA)
    b.json(
        {
            "email": b.id("email", where="body.email"),
            "title": "Mr",
            "gender": "male",
            "dob": "1991-08-02",
            "nationality": "GB",
            "postcode": "E1 6AN",
        }
    )
    b.decoy("self-declared gender")
    b.ok_json({"applicant_id": new_hex(ctx.rng, 24)}, 201)
    return b.build()


def template_opaque(ctx: Context) -> Flow:
    """Face re-check at payment time: the template under a short key, hex-encoded float32."""
    import struct

    b = FB(ctx, "northvale:p", "POST", f"{API}/v2/p/c")
    _hdr(b)
    vec = embedding(ctx.rng, 128)
    b.json({"t": struct.pack(f"<{len(vec)}f", *vec).hex(), "n": new_hex(ctx.rng, 16)})
    b.mark("biometric", "face_template_hex_opaque", "body.t (hex float32 x128)", False)
    b.ok_json({"ok": True})
    return b.build()
