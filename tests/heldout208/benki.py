"""Benki Yetu: a Kenyan bank app on Wanjiru's phone, with Smile ID selfie checks.

Sensitive transfers re-check her face with Smile ID SmartSelfie authentication
(multipart `selfie_image` + `liveness_images`, headers SmileID-Partner-ID,
SmileID-Request-Signature, SmileID-Timestamp, as the Smile ID Android SDK
sends them). The bank's own quick login sends a 128-float face template as
nameless protobuf fields. Device binding sends the ANDROID_ID, the bank's
device key and the advertising id. Balances, M-Pesa transfers, the Smile ID
national-ID lookup (text only, no photo) and her profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import WB, floats, iso, ms, rf, rid, ua

API = "https://mobile.benkiyetu.example"
SMILE = "https://api.smileidentity.com"
UA = ua("BenkiYetu", "3.12.0")


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "benkiyetu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _smile(c: Context, path: str) -> WB:
    b = WB(c, "smileid", "POST", f"{SMILE}{path}")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("smileid-partner-id", "6721")
    b.header("smileid-request-signature", b64(new_hex(c.rng, 32)))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.1")
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kifaa/unganisha")
    b.header("x-device-id", b.id("aid_benki", where="header x-device-id"))
    b.json(
        {
            "deviceKey": b.id("benki_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "modeli": "SM-A346E",
            "rooted": False,
        }
    )
    b.ok_json({"imeunganishwa": True, "otpImetumwa": True})
    return b.build()


def salio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/akaunti/salio")
    b.ok_json({"akaunti": "****" + new_digits(c.rng, 4), "salio": rf(c.rng, 2000, 90000, 2)})
    return b.build()


def mpesa_transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/tuma/mpesa")
    b.decoy("transaction reference")
    b.json(
        {
            "kiasi": c.rng.randint(100, 20000),
            "nambari": "2547" + new_digits(c.rng, 8),
            "maelezo": "Malipo ya fundi",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"hali": "imekamilika", "kumbukumbu": "S" + new_hex(c.rng, 9).upper()})
    return b.build()


def smile_selfie(c: Context) -> Flow:
    b = _smile(c, "/v2/smart-selfie-authentication")
    b.bio("face_image", "multipart selfie_image + liveness_images (Smile ID SmartSelfie)")
    boundary = new_hex(c.rng, 32)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "si_selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900))
    ]
    parts += [
        (
            "liveness_images",
            f"si_liveness_{i}.jpg",
            "image/jpeg",
            fake_jpeg(c.rng.randint(0, 10**9), 400),
        )
        for i in range(3)
    ]
    parts += [
        ("user_id", None, None, b.acct("benki_user").encode()),
        ("partner_params", None, None, b'{"tx":"mpesa-large"}'),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {"code": "0810", "job_id": rid(c.rng), "message": "Enroll User", "status": "approved"}
    )
    return b.build()


def smile_id_lookup(c: Context) -> Flow:
    b = _smile(c, "/v1/id_verification")
    b.decoy("national ID number lookup (text, no photo)")
    b.json(
        {
            "partner_id": "6721",
            "country": "KE",
            "id_type": "NATIONAL_ID",
            "id_number": new_digits(c.rng, 8, "2"),
            "partner_params": {
                "job_id": rid(c.rng),
                "user_id": b.acct("benki_user"),
                "job_type": 5,
            },
        }
    )
    b.ok_json({"ResultCode": "1012", "ResultText": "ID Number Validated"})
    return b.build()


def face_quick_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/ingia/haraka")
    b.bio("face_template", "protobuf field 2 packed floats (128), no names", detectable=False)
    body = (
        pb_bytes(1, b.acct("benki_user"))
        + pb_packed_floats(2, floats(c.rng, 128))
        + pb_varint(3, c.rng.randint(850, 999))
        + pb_varint(4, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, new_hex(c.rng, 32)))
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/wasifu/picha")
    b.decoy("profile picture (not sent for face matching)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"{API}/media/wasifu/{new_hex(c.rng, 16)}.jpg"})
    return b.build()


def kiwango(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/viwango?msingi=KES")
    b.ok_json({"USD": rf(c.rng, 128, 131, 2), "EUR": rf(c.rng, 138, 142, 2), "tarehe": iso(c)})
    return b.build()
