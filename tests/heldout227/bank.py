"""XəzərBank: a retail bank app with face login (the father's Galaxy S23 FE in Baku).

Onboarding runs Sumsub's KYC: the app gets an applicant, then uploads the
selfie with "Add verification documents" (POST
/resources/applicants/{id}/info/idDoc, a multipart form with a `metadata` JSON
part, here `{"idDocType": "SELFIE", "country": "AZE"}`, and the photo as
`content`; the SDK authenticates with X-Access-Token,
https://docs.sumsub.com/reference/add-id-documents). The ID card's back side
goes the same way (no face on it). Face login computes a 512-float face
template on the phone (`uzTemplate`, base64 float32) and sends it with a
liveness score; a newer build sends it as protobuf packed floats, and the
in-app liveness step posts its frames as nameless multipart parts. Device
binding sends the ANDROID_ID, the bank's own device key and the advertising id
(the fraud engine collects it); the balance call carries a SHA-256 of the
ANDROID_ID in a header named `x-c`. Exchange rates, transfers, the
self-declared gender on the KYC form and the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, js, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobil.xezerbank.example"
SUMSUB = "https://api.sumsub.com"
UA = ua("XezerBank", "6.2.0", "ata")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "xezerbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("accept-language", "az")
    return b


def _sumsub(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sumsub", method, f"{SUMSUB}{path}")
    b.header("user-agent", "IdensicMobileSDK-Android/1.33.1")
    b.header("x-access-token", "_act-sbx-jwt-" + new_hex(c.rng, 48))
    b.header("x-client-id", "IdensicMobileSDK")
    return b


def _applicant(c: Context) -> str:
    return new_hex(c.rng, 24)


def cihaz_bagla(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/cihaz/bagla")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "cihazAcari": b.id("bank_device_key", where="json cihazAcari (device key)"),
            "advertisingId": b.id("gaid_ata", where="json advertisingId"),
            "model": "SM-S711B",
            "root": False,
            "emulyator": False,
        }
    )
    b.ok_json({"baglandi": True, "otpGonderildi": True})
    return b.build()


def sumsub_applicant(c: Context) -> Flow:
    user = c.phone.bank_user
    b = _sumsub(c, "GET", f"/resources/applicants/-;externalUserId={user}/one")
    b.decoy("applicant record with name and self-declared data (KYC metadata)")
    b.ok_json(
        {
            "id": _applicant(c),
            "createdAt": iso(c).replace("T", " ")[:19],
            "externalUserId": user,
            "info": {"firstName": "Rəşad", "lastName": "Məmmədov", "country": "AZE"},
            "review": {"reviewStatus": "init"},
        }
    )
    return b.build()


def _iddoc(c: Context, meta: dict[str, str]) -> FB:
    b = _sumsub(c, "POST", f"/resources/applicants/{_applicant(c)}/info/idDoc")
    boundary = "----sumsub" + new_hex(c.rng, 16)
    parts = [
        ("metadata", None, "application/json", js(meta).encode()),
        ("content", "image.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.header("x-return-doc-warnings", "true")
    return b


def sumsub_selfie(c: Context) -> Flow:
    b = _iddoc(c, {"idDocType": "SELFIE", "country": "AZE"})
    b.bio("face_image", "multipart content (metadata idDocType SELFIE, Sumsub idDoc)")
    b.ok_json({"idDocType": "SELFIE", "country": "AZE", "errors": []})
    return b.build()


def sumsub_id_back(c: Context) -> Flow:
    b = _iddoc(c, {"idDocType": "ID_CARD", "idDocSubType": "BACK_SIDE", "country": "AZE"})
    b.decoy("ID card back side image (no face)")
    b.ok_json({"idDocType": "ID_CARD", "idDocSubType": "BACK_SIDE", "country": "AZE"})
    return b.build()


def uz_giris(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/giris/uz")
    b.bio("face_template", "json uzTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "istifadeci": b.acct("bank_user"),
            "uzTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersiya": "fr-5-512",
            "cantliliqBali": rf(c.rng, 0.85, 0.99, 3),
            "vaxt": iso(c),
        }
    )
    b.ok_json({"uygun": True, "oxsarliq": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def uz_qeydiyyat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/giris/uz/qeydiyyat")
    b.bio("face_embedding", "json uz.embedding (512 floats)")
    b.json(
        {
            "istifadeci": b.acct("bank_user"),
            "uz": {"embedding": floats(c.rng, 512), "model": "fr-5-512"},
            "cihazAcari": b.id("bank_device_key", where="json cihazAcari"),
        }
    )
    b.ok_json({"qeydiyyat": True})
    return b.build()


def uz_giris_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/g")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def canlilik_kadrlar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/onb/k7")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.dat", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"addim": 4})
    return b.build()


def hesablar_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/hesablar")
    b.header("x-c", b.id("aid_bank", "sha256", "header x-c", detectable=False))
    b.ok_json(
        {
            "hesablar": [
                {
                    "iban": "AZ21XZBA" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
                    "valyuta": "AZN",
                    "balans": rf(c.rng, 50, 40000, 2),
                }
            ]
        }
    )
    return b.build()


def mezenne(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mezenne")
    b.ok_json(
        {
            "tarix": iso(c)[:10],
            "mezenneler": {"USD": 1.7, "EUR": rf(c.rng, 1.78, 1.86, 4), "TRY": 0.0497},
        }
    )
    return b.build()


def kocurme(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kocurme")
    b.decoy("IBAN and transaction reference")
    b.json(
        {
            "gonderen": "AZ21XZBA" + "".join(str(c.rng.randint(0, 9)) for _ in range(20)),
            "alan": "TR33000610051978645784" + str(c.rng.randint(1000, 9999)),
            "mebleg": rf(c.rng, 50, 900, 2),
            "valyuta": "AZN",
            "teyinat": "Oğluma İstanbula",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referans": f"XZB{c.rng.randint(10**9, 10**10)}", "status": "EMALDA"})
    return b.build()


def kyc_anket(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/anket")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "ad": "Rəşad",
            "soyad": "Məmmədov",
            "cins": "kişi",
            "dogumTarixi": "1971-09-04",
            "seher": "Bakı",
            "fin": "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(7)),
        }
    )
    b.ok_json({"saxlanildi": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/sekil")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.xezerbank.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/tesdiq")
    b.json({"kod": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"dogru": True})
    return b.build()
