"""Sajilo Bank: Nepali mobile banking with selfie KYC and face login (the
mother's Redmi Note 13 in Pokhara).

Account opening runs Onfido: the SDK creates an applicant (name, date of
birth), uploads the back of the citizenship card (`/v3.6/documents`,
`side=back`, no face on it) and the selfie (`/v3.6/live_photos`, multipart
`applicant_id` + `file`, https://documentation.onfido.com/api/latest/#upload-live-photo).
Face login ("anuhar login") computes a 512-float face template on the phone and
sends it with a liveness score; a newer build sends it as protobuf packed
floats with no names, and re-enrolment sends the template under `anuhar`.
Device binding sends the ANDROID_ID, the bank's own device key and the
advertising id. Balance calls carry a SHA-256 of the ANDROID_ID in a header
named `x-s`. Fonepay QR payments, exchange rates, the KYC form (self-declared
gender `linga`), the profile picture (not sent to any face-analysis service)
and OTPs are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    jwt,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mbank.sajilobank.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("SajiloBank", "7.0.2", "aama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sajilobank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _onfido(c: Context, path: str) -> FB:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "Onfido-Android-SDK/19.3.0")
    token = jwt({"exp": int(c.now) + 5400, "payload": new_hex(c.rng, 24), "uuid": rid(c.rng)})
    b.header("authorization", f"Bearer {token}")
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/upakaran/jodnus")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_aama", where="json advertisingId"),
            "modal": "23124RA7EO",
            "rooted": False,
            "emulator": False,
        }
    )
    b.ok_json({"jodiyo": True, "otpPathaiyo": True})
    return b.build()


def onfido_applicant(c: Context) -> Flow:
    b = _onfido(c, "applicants")
    b.decoy("applicant name / date of birth in a KYC applicant")
    b.json(
        {
            "first_name": "Sita",
            "last_name": "Gurung",
            "dob": "1975-08-14",
            "location": {"country_of_residence": "NPL"},
        }
    )
    b.ok_json({"id": rid(c.rng), "created_at": iso(c), "first_name": "Sita"}, 201)
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live_photos selfie)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}, 201)
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("citizenship card back side (no face)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("type", None, None, b"national_identity_card"),
            ("side", None, None, b"back"),
            ("issuing_country", None, None, b"NPL"),
            ("file", "back.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "side": "back", "type": "national_identity_card"}, 201)
    return b.build()


def anuhar_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/login/anuhar")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "prayogkarta": b.acct("bank_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "sfr-3.2-512",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "samay": iso(c),
        }
    )
    b.ok_json({"milyo": True, "similarity": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def anuhar_darta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/login/anuhar/darta")
    b.bio("face_embedding", "json anuhar.embedding (512 floats)")
    b.json(
        {
            "prayogkarta": b.acct("bank_user"),
            "anuhar": {"embedding": floats(c.rng, 512), "model": "sfr-3.2-512"},
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"darta": True})
    return b.build()


def anuhar_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/al")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/khata/maujdat")
    b.header("x-s", b.id("aid_bank", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "khataharu": [
                {
                    "khataNo": "0" + "".join(str(c.rng.randint(0, 9)) for _ in range(15)),
                    "mudra": "NPR",
                    "maujdat": rf(c.rng, 1000, 900000, 2),
                }
            ]
        }
    )
    return b.build()


def fonepay_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/bhuktani/fonepay-qr")
    b.decoy("merchant terminal id and payment reference")
    b.json(
        {
            "merchantCode": "FP" + str(c.rng.randint(10**7, 10**8)),
            "terminalId": "T" + new_hex(c.rng, 10).upper(),
            "rakam": rf(c.rng, 50, 5000, 2),
            "tippani": c.rng.choice(["Tarkari", "Dudh", "Khaja", "Bus bhada"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"refNo": f"FPQ{c.rng.randint(10**10, 10**11)}", "sthiti": "SAFAL"})
    return b.build()


def forex(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/videshi-mudra-dar")
    b.ok_json(
        {
            "miti": iso(c)[:10],
            "dar": {"USD": rf(c.rng, 133, 136, 2), "QAR": rf(c.rng, 36, 37.5, 2), "INR": 1.6},
        }
    )
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/vivaran")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "naam": "Sita",
            "thar": "Gurung",
            "linga": "Mahila",
            "janmaMiti": "2032-04-29",
            "jilla": "Kaski",
            "nagariktaNo": f"{c.rng.randint(10, 99)}-01-{c.rng.randint(70, 80)}-"
            f"{c.rng.randint(10000, 99999)}",
        }
    )
    b.ok_json({"surakshit": True})
    return b.build()


def profile_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/photo")
    b.decoy("profile picture upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.sajilobank.example/pp/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/pramanit")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"sahi": True})
    return b.build()
