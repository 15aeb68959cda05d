"""AltynQor Bank: a Kazakh retail bank app with selfie login (the supervisor's phone).

Login and step-up confirmation run a selfie check on the bank's instance of
Innovatrics' Digital Identity Service: the app creates a customer, PUTs the
selfie to `/identity/api/v1/customers/{id}/selfie` (`image.data` base64) and
posts it for passive liveness (`/liveness/selfies`, `assertion`), as DIS'
OpenAPI describes (https://github.com/innovatrics/dot-digital-identity-service).
A quick-login build sends a face template as packed floats in a nameless
protobuf field. Device binding sends the ANDROID_ID, the bank's own device key
and the advertising id (the fraud engine collects it); the accounts call keys
a header named `x-h` by a SHA-256 of the ANDROID_ID. Exchange rates,
transfers, QR payments with their order numbers, the profile avatar (not sent
to a face service) and the self-declared gender of the profile form are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_packed_floats

from .phone import SB, floats, iso, ms, rf, rid, ua

API = "https://mobile.altynqor.example"
DIS = "https://dis.altynqor.example/identity/api/v1"
UA = ua("AltynQor", "7.12.0")


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "altynqor", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("accept-language", "ru-KZ")
    return b


def _jpeg(c: Context, size: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), size))


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "deviceKey": b.id("bank_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "model": "SM-A356E",
            "rooted": False,
            "emulator": False,
            "yazyk": "ru",
        }
    )
    b.ok_json({"bound": True, "smsOtpSent": True})
    return b.build()


def dis_customer(c: Context) -> Flow:
    b = _b(c, "POST", f"{DIS}/customers")
    b.decoy("customer uuid of the identity service (a record id)")
    cid = rid(c.rng)
    b.ok_json({"id": cid, "links": {"self": f"/api/v1/customers/{cid}"}})
    return b.build()


def dis_selfie(c: Context) -> Flow:
    b = _b(c, "PUT", f"{DIS}/customers/{rid(c.rng)}/selfie")
    b.bio("face_image", "json image.data (selfie to Innovatrics DIS)")
    b.json({"image": {"data": _jpeg(c)}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 0.99, 4),
                "faceRectangle": {"topLeft": {"x": 212, "y": 180}, "bottomRight": {"x": 590}},
            },
            "links": {"self": "/selfie"},
        }
    )
    return b.build()


def dis_liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{DIS}/customers/{rid(c.rng)}/liveness/selfies")
    b.bio("face_image", "json image.data (passive liveness selfie)")
    b.json({"image": {"data": _jpeg(c, 600)}, "assertion": "NONE"})
    b.respond(204, None)
    return b.build()


def quick_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/q")
    b.bio("face_template", "protobuf field 3 packed floats (256)", detectable=False)
    body = (
        pb_bytes(1, b.acct("bank_user"))
        + pb_bytes(2, new_hex(c.rng, 16))
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def accounts_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts")
    b.header("x-h", b.id("aid_bank", "sha256", "header x-h", detectable=False))
    b.ok_json(
        {
            "shottar": [
                {
                    "iban": "KZ" + "".join(str(c.rng.randint(0, 9)) for _ in range(18)),
                    "valuta": "KZT",
                    "qaldyq": rf(c.rng, 5000, 2_000_000, 2),
                }
            ]
        }
    )
    return b.build()


def kurs(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kurs-valyut")
    b.ok_json(
        {
            "data": iso(c)[:10],
            "kurs": {"USD": rf(c.rng, 470, 500, 2), "EUR": rf(c.rng, 510, 540, 2), "RUB": 5.21},
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/perevod")
    b.decoy("IBAN and transaction reference")
    b.json(
        {
            "fromIban": "KZ" + "".join(str(c.rng.randint(0, 9)) for _ in range(18)),
            "toPhone": "+7701" + "".join(str(c.rng.randint(0, 9)) for _ in range(7)),
            "summa": rf(c.rng, 1000, 60000, 0),
            "valuta": "KZT",
            "kommentarii": "Анашыма",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"reference": f"TRX{c.rng.randint(10**9, 10**10)}", "status": "PROCESSING"})
    return b.build()


def qr_payment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/qr/pay")
    b.decoy("merchant terminal id and order number (the shop's equipment)")
    b.json(
        {
            "merchant": "Coffee Boom ALA Terminal",
            "terminalId": "T" + "".join(str(c.rng.randint(0, 9)) for _ in range(8)),
            "orderNo": f"{c.rng.randint(10**11, 10**12)}",
            "summa": rf(c.rng, 900, 4500, 0),
        }
    )
    b.ok_json({"status": "PAID", "receipt": new_hex(c.rng, 20)})
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/profile")
    b.decoy("self-declared gender and birth date")
    b.json(
        {
            "firstName": "Айгерім",
            "lastName": "Сейтқали",
            "gender": "F",
            "birthDate": "1989-07-22",
            "city": "Алматы",
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profile/photo")
    b.decoy("profile avatar upload (not a face-analysis API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.altynqor.example/av/{new_hex(c.rng, 20)}.jpg"})
    return b.build()


def otp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/otp/verify")
    b.json({"code": str(c.rng.randint(100000, 999999)), "t": ms(c)})
    b.ok_json({"valid": True})
    return b.build()
