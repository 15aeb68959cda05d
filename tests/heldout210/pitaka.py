"""Pitaka: a GCash / Maya-like e-wallet with face login (the father's vivo in Quezon City).

Onboarding (eKYC) runs with Sumsub: an applicant is created
(`POST /resources/applicants?levelName=...`), then the selfie is uploaded to
`/resources/applicants/{applicantId}/info/idDoc` as multipart with a
`metadata` part (`idDocType` SELFIE, `country` PHL) and a `content` part,
signed with X-App-Token, X-App-Access-Ts and X-App-Access-Sig
(https://docs.sumsub.com/reference/add-id-documents). The back of the PhilSys
ID goes the same way (no face on it). Face login sends a 256-float face
template computed on the phone with a liveness score; a newer build sends it as
protobuf packed floats, and the liveness step sends a short video as a nameless
part. Device binding sends the ANDROID_ID, the IMEI (the phone is on Android 9),
the advertising id and the wallet's own device token; the balance call carries
a SHA-256 of the IMEI in a header named `x-s`. Send money, bills, QR pay, the
self-declared sex (`kasarian`) on the KYC form and the profile picture are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    fake_mp4,
    floats_b64,
    js,
    multipart,
    pb_bytes,
    pb_packed_floats,
)

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.pitaka.example"
SUMSUB = "https://api.sumsub.com/resources"
UA = ua("Pitaka", "5.44.0", "tatay")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pitaka", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _sumsub(c: Context, path: str) -> FB:
    b = FB(c, "sumsub", "POST", f"{SUMSUB}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("x-app-token", "prd:" + new_hex(c.rng, 24))
    b.header("x-app-access-ts", str(int(c.now)))
    b.header("x-app-access-sig", new_hex(c.rng, 64))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/bind")
    b.json(
        {
            "androidId": b.id("aid_pitaka", where="json androidId"),
            "imei": b.id("imei_tatay", where="json imei"),
            "adId": b.id("gaid_tatay", where="json adId"),
            "deviceToken": b.id("pitaka_device_token", where="json deviceToken"),
            "modelo": "vivo 1906",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "otpSent": True})
    return b.build()


def sumsub_applicant(c: Context) -> Flow:
    b = _sumsub(c, "applicants?levelName=pitaka-basic-kyc")
    b.decoy("person name / externalUserId in a KYC applicant")
    b.json(
        {
            "externalUserId": b.acct("pitaka_mobile"),
            "info": {"firstName": "Rodrigo", "lastName": "Dela Cruz", "country": "PHL"},
        }
    )
    b.ok_json({"id": b.acct("sumsub_applicant"), "createdAt": iso(c)})
    return b.build()


def _iddoc(c: Context, meta: dict, img: bytes) -> FB:
    b = _sumsub(c, f"applicants/{b_app(c)}/info/idDoc")
    boundary = rid(c.rng)
    parts = [
        ("metadata", None, None, js(meta).encode()),
        ("content", "image.jpg", "image/jpeg", img),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    return b


def b_app(c: Context) -> str:
    return str(c.phone.sumsub_applicant)


def sumsub_selfie(c: Context) -> Flow:
    b = _iddoc(
        c, {"idDocType": "SELFIE", "country": "PHL"}, fake_jpeg(c.rng.randint(0, 10**9), 700)
    )
    b.bio("face_image", "multipart content (metadata idDocType SELFIE)")
    b.ok_json({"idDocType": "SELFIE", "country": "PHL"})
    return b.build()


def sumsub_id_back(c: Context) -> Flow:
    b = _iddoc(
        c,
        {"idDocType": "ID_CARD", "idDocSubType": "BACK_SIDE", "country": "PHL"},
        fake_jpeg(c.rng.randint(0, 10**9), 600),
    )
    b.decoy("ID card back side image (no face)")
    b.ok_json({"idDocType": "ID_CARD", "idDocSubType": "BACK_SIDE"})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/auth/mukha")
    b.bio("face_template", "json faceTemplate (256 float32, base64) + liveness")
    b.json(
        {
            "msisdn": b.acct("pitaka_mobile"),
            "faceTemplate": floats_b64(floats(c.rng, 256)),
            "templateVer": "pfr-3",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "oras": iso(c),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/auth/mukha/enroll")
    b.bio("face_embedding", "json mukha.embedding (256 floats)")
    b.json(
        {
            "msisdn": b.acct("pitaka_mobile"),
            "mukha": {"embedding": floats(c.rng, 256), "model": "pfr-3"},
            "deviceToken": b.id("pitaka_device_token", where="json deviceToken"),
        }
    )
    b.ok_json({"enrolled": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/a")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(3, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_video(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kyc/s2")
    b.bio("face_video", "multipart part 'f' (liveness clip, no field name hint)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        ("t", None, None, str(ms(c)).encode()),
        ("f", "blob", "application/octet-stream", fake_mp4(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"step": 3})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    """Balance; header 'x-s' holds sha256 of the IMEI (the fraud engine's binding)."""
    b = _b(c, "GET", f"{API}/v2/wallet/balance")
    b.header("x-s", b.id("imei_tatay", "sha256", "header x-s", detectable=False))
    b.ok_json({"balance": rf(c.rng, 100, 50000, 2), "currency": "PHP"})
    return b.build()


def send_money(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/padala/send")
    b.decoy("recipient mobile number and reference")
    b.json(
        {
            "to": "+63998" + str(c.rng.randint(1000000, 9999999)),
            "amount": rf(c.rng, 50, 3000, 2),
            "mensahe": "Pambaon ni bunso",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"refNo": str(c.rng.randint(10**12, 10**13)), "status": "SUCCESS"})
    return b.build()


def pay_bills(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bills/pay")
    b.decoy("biller account number and meter serial")
    b.json(
        {
            "biller": c.rng.choice(["MERALCO", "MAYNILAD", "PLDT", "CONVERGE"]),
            "accountNo": str(c.rng.randint(10**9, 10**10)),
            "meterSerial": "MTR" + str(c.rng.randint(10**6, 10**7)),
            "amount": rf(c.rng, 500, 6000, 2),
        }
    )
    b.ok_json({"refNo": str(c.rng.randint(10**12, 10**13))})
    return b.build()


def qr_pay(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/qrph/pay")
    b.json(
        {
            "merchant": c.rng.choice(["Jollibee Cubao", "Sari-sari ni Aling Nena", "Mercury Drug"]),
            "qr": "00020101021128" + new_hex(c.rng, 20),
            "amount": rf(c.rng, 30, 900, 2),
        }
    )
    b.ok_json({"status": "PAID"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/personal-info")
    b.decoy("self-declared sex (kasarian) and birth date")
    b.json(
        {
            "pangalan": "Rodrigo Dela Cruz",
            "kasarian": "Lalaki",
            "kaarawan": "1969-08-21",
            "lungsod": "Quezon City",
            "trabaho": "Driver",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile/picture")
    b.decoy("profile picture upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.pitaka.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/otp/verify")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"valid": True})
    return b.build()
