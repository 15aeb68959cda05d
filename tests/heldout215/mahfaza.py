"""Mahfazty: an InstaPay-like wallet with face login (the father's Samsung in Cairo).

Onboarding runs a selfie KYC with an Egyptian vendor, Valify: the app asks the
vendor to match the selfie against the national ID's photo (`selfie_img` and
`document_img` base64 JPEGs with a `token` and `bundle_session_id`; the field
names follow Valify's public face-match API as recalled, not re-checked), and
an OCR call reads the ID's back side (no face on it). Face login computes a
512-float template on the phone and sends it with a liveness score; a newer
build sends the template as protobuf packed floats, and the liveness step
posts its frames as nameless multipart parts. Device binding sends the
ANDROID_ID, the wallet's device key and the advertising id (the fraud engine
collects it). The balance call carries a sha256 of the ANDROID_ID in a
one-letter header. IPA (InstaPay address) transfers, bill payments, the
self-declared gender / national id on the KYC form and the profile avatar are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.mahfazty.example"
VALIFY = "https://api.valify.me/api/v1.6"
UA = ua("Mahfazty", "2.9.4", "baba")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mahfazty", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def _valify(c: Context, path: str) -> FB:
    b = FB(c, "valify", "POST", f"{VALIFY}/{path}")
    b.header("user-agent", "okhttp/4.12.0")
    return b


def rabt_gehaz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/gehaz/rabt")
    b.json(
        {
            "androidId": b.id("aid_mahfaza", where="json androidId"),
            "deviceKey": b.id("mahfaza_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_baba", where="json advertisingId"),
            "model": "SM-A346E",
            "rooted": False,
            "emulator": False,
        }
    )
    b.ok_json({"etrabat": True, "otpEtba3at": True})
    return b.build()


def valify_face_match(c: Context) -> Flow:
    b = _valify(c, "face/match/")
    b.bio("face_image", "json selfie_img + document_img (Valify face match)")
    b.json(
        {
            "document_img": _jpeg(c, 600),
            "selfie_img": _jpeg(c),
            "token": new_hex(c.rng, 40),
            "bundle_session_id": rid(c.rng),
            "lang": "ar",
        }
    )
    b.ok_json({"result": {"is_similar": True, "confidence": rf(c.rng, 0.8, 0.99, 3)}})
    return b.build()


def valify_id_back(c: Context) -> Flow:
    b = _valify(c, "OCR/egyptian-national-id/back/")
    b.decoy("national ID back-side image (no face)")
    b.json(
        {
            "document_img": _jpeg(c, 600),
            "token": new_hex(c.rng, 40),
            "bundle_session_id": rid(c.rng),
        }
    )
    b.ok_json({"result": {"job": "مهندس", "gender": "ذكر", "marital_status": "متزوج"}})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/do5ol/wesh")
    b.bio("face_template", "json faceTemplate (512 float32, base64) + liveness")
    b.json(
        {
            "mosta5dem": b.acct("mahfaza_user"),
            "faceTemplate": floats_b64(floats(c.rng, 512)),
            "templateVersion": "fr-v5-512",
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "wa2t": iso(c),
        }
    )
    b.ok_json({"sa7": True, "tashaboh": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 32)})
    return b.build()


def face_tasgeel(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/do5ol/wesh/tasgeel")
    b.bio("face_embedding", "json wesh.embedding (512 floats)")
    b.json(
        {
            "mosta5dem": b.acct("mahfaza_user"),
            "wesh": {"embedding": floats(c.rng, 512), "model": "fr-v5-512"},
            "deviceKey": b.id("mahfaza_device_key", where="json deviceKey"),
        }
    )
    b.ok_json({"etsagel": True})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/w")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 512))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/onb/s3")
    b.bio("face_image", "multipart parts f1..f3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"5atwa": 4})
    return b.build()


def rased_opaque(c: Context) -> Flow:
    """Balance call; a header named 'x-s' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/7esabat")
    b.header("x-s", b.id("aid_mahfaza", "sha256", "header x-s", detectable=False))
    b.ok_json(
        {
            "7esabat": [
                {
                    "iban": "EG38" + "".join(str(c.rng.randint(0, 9)) for _ in range(25)),
                    "3omla": "EGP",
                    "rased": rf(c.rng, 500, 250000, 2),
                }
            ]
        }
    )
    return b.build()


def as3ar_sarf(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/as3ar-elsarf")
    b.ok_json(
        {
            "tare5": iso(c)[:10],
            "as3ar": {"USD": rf(c.rng, 48, 51, 2), "SAR": rf(c.rng, 12.8, 13.6, 2), "EUR": 53.1},
        }
    )
    return b.build()


def ta7weel_ipa(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ta7weel")
    b.decoy("IPA address, IBAN and transaction reference")
    b.json(
        {
            "men": "EG38" + "".join(str(c.rng.randint(0, 9)) for _ in range(25)),
            "le": c.rng.choice(["ahmed.samy@instapay", "mama.alex@instapay", "01012345678"]),
            "mablagh": rf(c.rng, 50, 5000, 2),
            "3omla": "EGP",
            "sabab": "مصروف البيت",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"marge3": f"IP{c.rng.randint(10**11, 10**12)}", "7ala": "GARY"})
    return b.build()


def fatoura(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/fawateer/edfa3")
    b.decoy("meter / subscriber numbers of a bill (not a device id)")
    b.json(
        {
            "5edma": c.rng.choice(["kahraba_shamal_cairo", "we_internet", "vodafone_cash"]),
            "ra2mElMushtarek": str(c.rng.randint(10**9, 10**10)),
            "mablagh": rf(c.rng, 100, 1500, 2),
        }
    )
    b.ok_json({"etdafa3": True, "wasl": f"R{c.rng.randint(10**8, 10**9)}"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/bayanat")
    b.decoy("self-declared gender, birth date, national id number")
    b.json(
        {
            "esm": "Mahmoud Abdelrahman",
            "no3": "male",
            "tare5Milad": "1966-07-23",
            "madina": "القاهرة",
            "ra2mQawmy": "2" + str(c.rng.randint(10**12, 10**13)),
        }
    )
    b.ok_json({"et7afaz": True})
    return b.build()


def sora_shakhsiya(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/profile/sora")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.mahfazty.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/otp/ta2keed")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"sa7": True})
    return b.build()
