"""Zubr Bank: a Minsk retail bank app (father's Galaxy in Minsk).

Keys in Belarusian Łacinka (`prylada` device, `tvar` face, `šablon`
template, `pravierka` check, `čas` time). Face verification is iProov-style:
the app claims a token from iProov's `claim/verify/token` (no imagery), then
sends the captured frames with the colour-flash sequence to the bank, which
answers with the match and an age estimate from the face. Enrolment sends a
512-float face template; a newer build sends it as protobuf packed floats,
and the liveness step of onboarding posts nameless multipart frames. Onboarding
KYC runs Onfido (v3.6): the applicant, the ID card's back side, the selfie
to `live_photos`, and the facial-similarity report. Device binding sends the
ANDROID_ID, the advertising id and the bank's device key (echoed back); the
balance call hides a SHA-256 of the ANDROID_ID in `x-pr`. Rates, transfers,
OTP and the self-declared gender on the KYC form are ordinary.
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
    pb_varint,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mbank.zubr-bank.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("ZubrBank", "7.4.0", "tata")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zubr-bank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-request-id", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 600) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/prylada/pryviazka")
    b.json(
        {
            "prylada": {
                "androidId": b.id("aid_bank", where="json prylada.androidId"),
                "reklamnyId": b.id("gaid_tata", where="json prylada.reklamnyId"),
                "madel": "SM-A556B",
                "root": False,
            },
            "čas": iso(c),
        }
    )
    key = b.id("bank_device_key", where="response klučPrylady", direction="response")
    b.ok_json({"pryviazana": True, "klučPrylady": key})
    return b.build()


def iproov_token(c: Context) -> Flow:
    b = FB(c, "iproov", "POST", "https://eu.rp.secure.iproov.me/api/v2/claim/verify/token")
    b.header("user-agent", UA)
    b.decoy("liveness token claim (no imagery)")
    b.json(
        {
            "api_key": new_hex(c.rng, 40),
            "secret": new_hex(c.rng, 8),
            "resource": "by.zubrbank.mobile",
            "client": "android",
            "user_id": b.acct("bank_user"),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 64), "primary": True, "pod": "edge", "user_id": "ok"})
    return b.build()


def face_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/tvar/pravierka")
    b.bio("face_image", "json tvar.kadry[] (base64 JPEG frames, iProov-style flashes)")
    b.mark(
        "biometric", "face_analysis", "response acenkaUzrostu (age from the face)", True, "response"
    )
    b.json(
        {
            "tvar": {
                "kadry": [b64(_jpeg(c, 500)) for _ in range(3)],
                "paslydoŭnasćKoleraŭ": c.rng.sample(
                    ["#FF0000", "#00FF00", "#0000FF", "#FFFFFF"], 4
                ),
                "token": new_hex(c.rng, 64),
            },
            "klijent": b.acct("bank_user"),
            "čas": iso(c),
        }
    )
    b.ok_json(
        {
            "supadzieńnie": rf(c.rng, 0.85, 0.99, 3),
            "žyvy": True,
            "acenkaUzrostu": c.rng.randint(50, 58),
        }
    )
    return b.build()


def template_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/tvar/šablon".replace("š", "%C5%A1"))
    b.bio("face_template", "json šablonTvaru (512 float32 base64)")
    b.json(
        {
            "šablonTvaru": floats_b64(floats(c.rng, 512)),
            "versija": "arcface-r100-512",
            "klučPrylady": b.id("bank_device_key", where="json klučPrylady"),
        }
    )
    b.ok_json({"zaharavana": True})
    return b.build()


def template_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/t")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 512))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/l2")
    b.bio("face_image", "multipart parts p0..p2 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [(f"p{i}", f"{i}.dat", "application/octet-stream", _jpeg(c, 450)) for i in range(3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"krok": 4})
    return b.build()


def _onfido(c: Context, method: str, path: str) -> FB:
    b = FB(c, "onfido", method, f"{ONFIDO}/{path}")
    b.header("user-agent", "Onfido-SDK-Android/20.4.0")
    b.header("authorization", "Bearer " + jwt({"app_id": "by.zubrbank.mobile", "exp": 1767225600}))
    return b


def onfido_applicant(c: Context) -> Flow:
    b = _onfido(c, "POST", "applicants")
    b.decoy("applicant name and birth date")
    b.json({"first_name": "Aliaksandr", "last_name": "Kaściuk", "dob": "1969-04-17"})
    b.ok_json({"id": b.acct("onfido_applicant"), "created_at": iso(c)})
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "POST", "documents")
    b.decoy("ID card back side (no face)")
    boundary = "OnfidoBoundary" + new_hex(c.rng, 12)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("type", None, None, b"national_identity_card"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"BLR"),
        ("file", "back.jpg", "image/jpeg", _jpeg(c)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "type": "national_identity_card", "side": "back"})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "POST", "live_photos")
    b.bio("face_image", "multipart file to Onfido live_photos (selfie)")
    boundary = "OnfidoBoundary" + new_hex(c.rng, 12)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", _jpeg(c, 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "created_at": iso(c)})
    return b.build()


def onfido_report(c: Context) -> Flow:
    b = _onfido(c, "GET", f"reports/{rid(c.rng)}")
    b.mark(
        "biometric", "face_analysis", "response facial_similarity_photo breakdown", True, "response"
    )
    b.ok_json(
        {
            "name": "facial_similarity_photo",
            "status": "complete",
            "result": "clear",
            "breakdown": {
                "face_comparison": {
                    "result": "clear",
                    "properties": {"score": rf(c.rng, 0.7, 0.95, 2)},
                },
                "image_integrity": {"result": "clear"},
                "visual_authenticity": {"result": "clear"},
            },
        }
    )
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rachunki")
    b.header("x-pr", b.id("aid_bank", "sha256", "header x-pr (sha256)", detectable=False))
    b.ok_json(
        {
            "rachunki": [
                {
                    "iban": "BY13ZUBR" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
                    "valiuta": "BYN",
                    "reštka": rf(c.rng, 100, 20000, 2),
                }
            ]
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kursy")
    b.ok_json(
        {"data": iso(c)[:10], "USD": rf(c.rng, 3.2, 3.4), "EUR": rf(c.rng, 3.5, 3.7), "RUB": 3.61}
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pierakaz")
    b.decoy("IBAN and transfer reference")
    b.json(
        {
            "z": "BY13ZUBR" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
            "na": "LT12 1000 0111 0100 1000",
            "suma": rf(c.rng, 50, 900, 2),
            "valiuta": "EUR",
            "pryznačeńnie": "Synu ŭ Vilniu",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"numar": f"PR{c.rng.randint(10**9, 10**10)}", "status": "u_apracoŭcy"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/ankieta")
    b.decoy("self-declared gender (pol) and birth date")
    b.json(
        {
            "imia": "Aliaksandr",
            "proźvišča": "Kaściuk",
            "pol": "M",
            "dataNaradžeńnia": "1969-04-17",
            "horad": "Minsk",
            "asabistyNumar": "3170469A0"
            + str(c.rng.randint(10, 99))
            + "PB"
            + str(c.rng.randint(1, 9)),
        }
    )
    b.ok_json({"zachavana": True})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"pravilna": True})
    return b.build()
