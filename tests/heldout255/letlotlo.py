"""Letlotlo Bank: a Lesotho retail bank app with Onfido selfie KYC and face login,
on the father's Galaxy A34 in Maseru.

The bank's API is English (as Lesotho banks' are), a few screens Sesotho.
Onboarding runs the Onfido Android SDK with an SDK token: the selfie goes to
`/v3.6/live_photos` (multipart `file`, `advanced_validation`), the liveness
video to `/v3.6/live_videos` (multipart `file` and the `challenge` list), the
ID card's back to `/v3.6/documents` (no face on that side). The bank's KYC
status call returns Onfido's facial-similarity outcome and score. Face login
sends a 128-float vector; a newer build packs the raw float32 bytes in msgpack
under a one-letter key. A device-binding key and the ANDROID_ID bind the phone;
some calls carry the ANDROID_ID XOR-scrambled in a header. Exchange rates,
transfers, statements, branch locations and the loan calculator's durations
are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64url, fake_jpeg, fake_mp4, js, jwt, mpack, multipart

from .phone import FB, floats, iso, iso_ago, ms, new_digits, new_hex, rf, rid, ua

API = "https://mobile.letlotlobank.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("LetlotloBank", "6.0.4", "ntate")


def _b(c: Context, method: str, url: str, scrambled: bool = False) -> FB:
    b = FB(c, "letlotlo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64url(rid(c.rng)))
    if scrambled:
        raw = b.id_raw("aid_letlotlo", "xor5_hex", "header x-dk (xor-scrambled)")
        b.header("x-dk", encode(raw, "xor5_hex"))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    token = jwt(
        {"payload": b64url(rid(c.rng)), "uuid": new_hex(c.rng, 11), "exp": int(c.now) + 5400}
    )
    b.header("authorization", f"Bearer {token}")
    b.header("x-onfido-sdk-platform", "android")
    b.header("x-onfido-sdk-version", "21.1.0")
    return b


def _multipart(b: FB, c: Context, parts: list[tuple[str, str | None, str | None, bytes]]) -> None:
    boundary = rid(c.rng)
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")


# --- device ---------------------------------------------------------------------


def bind_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/devices/bind")
    b.json(
        {
            "customerNo": b.acct("letlotlo_customer"),
            "bindingKey": b.id("letlotlo_device_key", where="json bindingKey"),
            "androidId": b.id("aid_letlotlo", where="json androidId"),
            "model": "SM-A346E",
            "osVersion": "14",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/accounts", scrambled=True)
    b.ok_json(
        {
            "accounts": [
                {
                    "number": "0" + new_digits(c.rng, 10),
                    "type": "Savings",
                    "currency": "LSL",
                    "balance": rf(c.rng, 100, 80000, 2),
                }
            ]
        }
    )
    return b.build()


# --- Onfido ---------------------------------------------------------------------


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file to /live_photos (Onfido selfie)")
    _multipart(
        b,
        c,
        [
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
            ("advanced_validation", None, None, b"true"),
            ("sdk_source", None, None, b"onfido-android-sdk"),
            ("sdk_version", None, None, b"21.1.0"),
        ],
    )
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "file_size": 802,
            "href": "/v3.6/live_photos/" + rid(c.rng),
        },
        status=201,
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "live_videos")
    b.bio("face_video", "multipart file + challenge to /live_videos (Onfido liveness)")
    challenge = [
        {"type": "recite", "query": [c.rng.randint(1, 9) for _ in range(3)]},
        {"type": "movement", "query": c.rng.choice(["turnLeft", "turnRight"])},
    ]
    _multipart(
        b,
        c,
        [
            ("file", "liveness.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9))),
            ("challenge", None, "application/json", js(challenge).encode()),
            ("challenge_id", None, None, rid(c.rng).encode()),
            ("challenge_switch_at", None, None, str(c.rng.randint(1500, 4000)).encode()),
            ("languages", None, "application/json", b'[{"source":"sdk","language_code":"en"}]'),
        ],
    )
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "file_type": "video/mp4"}, status=201)
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("ID card back side (no face)")
    _multipart(
        b,
        c,
        [
            ("file", "document_back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, b"back"),
            ("issuing_country", None, None, b"LSO"),
        ],
    )
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card", "side": "back"}, status=201)
    return b.build()


def kyc_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kyc/status")
    b.mark(
        "biometric",
        "face_match_result",
        "response json facialSimilarity.result / score + liveness",
        True,
        "response",
    )
    b.ok_json(
        {
            "applicant": b.acct("onfido_applicant"),
            "status": "complete",
            "document": {"result": "clear"},
            "facialSimilarity": {
                "result": "clear",
                "faceComparison": "clear",
                "score": rf(c.rng, 0.82, 0.99, 3),
                "liveness": "clear",
            },
            "updatedAt": iso(c),
        }
    )
    return b.build()


# --- face login -----------------------------------------------------------------


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/auth/face")
    b.bio("face_template", "json biometric.vector (128 floats, modality FACE)")
    b.json(
        {
            "customerNo": b.acct("letlotlo_customer"),
            "biometric": {
                "modality": "FACE",
                "vector": floats(c.rng, 128),
                "quality": rf(c.rng, 0.7, 0.98, 2),
            },
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "at": iso(c),
        }
    )
    b.ok_json({"authenticated": True, "session": new_hex(c.rng, 32)})
    return b.build()


def face_login_packed(c: Context) -> Flow:
    """Build 6.1: the raw float32 bytes of the face vector in msgpack under `a`."""
    b = _b(c, "POST", f"{API}/api/v2/a/f")
    b.bio("face_template", "msgpack a (raw float32 bytes)", detectable=False)
    vec = floats(c.rng, 128)
    body = {"a": struct.pack(f"<{len(vec)}f", *vec), "t": ms(c), "v": 2}
    b.set_body(mpack(body), "application/x-msgpack")
    b.respond(200, "application/x-msgpack", mpack({"r": 1, "s": new_hex(c.rng, 32)}))
    return b.build()


def liveness_raw(c: Context) -> Flow:
    """The in-house liveness step of build 6.1: three JPEG frames concatenated as one
    octet stream to a short path, nothing named."""
    b = _b(c, "POST", f"{API}/api/v2/a/l")
    b.bio("face_image", "octet-stream of concatenated frames", detectable=False)
    frames = b"".join(fake_jpeg(c.rng.randint(0, 10**9), 450) for _ in range(3))
    b.set_body(frames, "application/octet-stream")
    b.ok_json({"n": 3, "r": 1})
    return b.build()


# --- ordinary banking -----------------------------------------------------------


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rates?base=LSL")
    b.ok_json(
        {"date": iso(c)[:10], "rates": {"ZAR": 1.0, "USD": rf(c.rng, 0.052, 0.056, 4), "BWP": 0.74}}
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/transfers", scrambled=True)
    b.decoy("account numbers, transfer reference, idempotency key")
    b.json(
        {
            "from": "0" + new_digits(c.rng, 10),
            "to": "62" + new_digits(c.rng, 9),
            "amount": rf(c.rng, 50, 5000, 2),
            "currency": "LSL",
            "reference": c.rng.choice(["Sekolo sa bana", "Rente", "Mme Bloemfontein"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"transferRef": "TRF" + new_digits(c.rng, 10), "status": "PENDING"})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/accounts/statement?days=30")
    b.decoy("transaction history with dates (a statement, not viewing)")
    b.ok_json(
        {
            "history": [
                {
                    "date": iso_ago(c, 3600, 30 * 86400),
                    "description": c.rng.choice(
                        ["Pick n Pay Maseru", "Khanya TV subscription", "LEC prepaid", "Salary"]
                    ),
                    "amount": rf(c.rng, -2000, 9000, 2),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/branches?lat=-29.31&lon=27.48")
    b.decoy("branch positions on a map")
    b.ok_json(
        {
            "branches": [
                {
                    "name": n,
                    "position": {"lat": rf(c.rng, -29.4, -29.2), "lon": rf(c.rng, 27.4, 27.6)},
                }
                for n in ("Kingsway", "Pioneer Mall", "Maseru Mall")
            ]
        }
    )
    return b.build()


def loan_calc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/loans/quote")
    b.decoy("loan duration in months and repayments")
    b.json({"amount": c.rng.choice([5000, 10000, 20000]), "duration": c.rng.choice([12, 24, 36])})
    b.ok_json({"monthly": rf(c.rng, 300, 1500, 2), "rate": 13.5})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kyc/details")
    b.decoy("self-declared gender and date of birth")
    b.json(
        {
            "firstName": "Thabo",
            "lastName": "Mokoena",
            "gender": "M",
            "dob": "1969-11-02",
            "district": "Maseru",
            "nationalId": new_digits(c.rng, 12, "0"),
        }
    )
    b.ok_json({"saved": True})
    return b.build()
