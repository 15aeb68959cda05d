"""OwoBank: the coordinator's retail bank app (Owo = money in Yoruba).

Login and a new-device check run Smile ID SmartSelfie authentication: the app
posts a multipart form to `/v2/smart-selfie-authentication` with the selfie
(`selfie_image`), liveness frames (`liveness_images`), `user_id` and
`partner_params`, signed with the SmileID-Partner-ID / SmileID-Request-Signature
/ SmileID-Timestamp headers (the Smile ID Android SDK's synchronous SmartSelfie
API). An older build posts the liveness burst as nameless multipart parts to
the bank itself. Device binding sends the ANDROID_ID, the bank's own device
key and the advertising id (the fraud engine collects it); the balance call
carries a SHA-256 of the ANDROID_ID in a one-letter header. Transfers to a
NUBAN account, airtime top-ups, the masked BVN, the self-declared gender on
the profile and the profile avatar are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import CB, iso, rf, rid, ua

API = "https://mobile.owobank.example"
SMILE = "https://api.smileidentity.com/v2"
UA = ua("OwoBank", "7.4.0")


def _b(c: Context, method: str, url: str) -> CB:
    b = CB(c, "owobank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/bind")
    b.json(
        {
            "androidId": b.id("aid_owo", where="json androidId"),
            "deviceKey": b.id("owo_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid", where="json advertisingId"),
            "model": "TECNO CK6n",
            "isRooted": False,
            "isEmulator": False,
        }
    )
    b.ok_json({"bound": True, "otpSent": True, "message": "OTP don go your line"})
    return b.build()


def smile_selfie(c: Context) -> Flow:
    b = CB(c, "smileid", "POST", f"{SMILE}/smart-selfie-authentication")
    b.header("user-agent", "okhttp/4.12.0")
    b.header("smileid-partner-id", "7315")
    b.header("smileid-request-signature", b64(new_hex(c.rng, 32)))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.1")
    b.bio("face_image", "multipart selfie_image + liveness_images (SmartSelfie)")
    boundary = rid(c.rng)
    parts: list[tuple[str, str | None, str | None, bytes]] = [
        ("selfie_image", "selfie.jpg", "image/jpeg", _jpeg(c)),
    ]
    parts += [
        ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", _jpeg(c, 400)) for i in range(3)
    ]
    parts += [
        ("user_id", None, None, b.acct("owo_user").encode()),
        ("partner_params", None, "application/json", b'{"flow":"new_device_login"}'),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "code": "0810",
            "result_text": "Enroll User",
            "job_id": rid(c.rng),
            "confidence": rf(c.rng, 90, 99.9, 2),
        }
    )
    return b.build()


def liveness_burst(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/kyc/l9")
    b.bio("face_image", "multipart parts p1..p3 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [(f"p{i}", f"{i}.bin", "application/octet-stream", _jpeg(c, 500)) for i in range(1, 4)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"s": 4})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts")
    b.header("x-q", b.id("aid_owo", "sha256", "header x-q", detectable=False))
    b.ok_json(
        {
            "accounts": [
                {
                    "nuban": new_digits(c.rng, 10, "2"),
                    "currency": "NGN",
                    "balance": rf(c.rng, 5000, 900000, 2),
                }
            ]
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transfer")
    b.decoy("NUBAN account numbers and session id (NIP)")
    b.json(
        {
            "toAccount": new_digits(c.rng, 10, "0"),
            "bankCode": c.rng.choice(["058", "044", "033", "057"]),
            "amount": rf(c.rng, 2000, 80000, 0),
            "narration": c.rng.choice(["PTA levy", "Mama Tobi rice", "Data subscription"]),
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"sessionId": "0000" + new_digits(c.rng, 26), "status": "successful"})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/bills/airtime")
    b.json(
        {
            "network": c.rng.choice(["MTN", "Airtel", "Glo"]),
            "phone": "0803" + new_digits(c.rng, 7),
            "amount": c.rng.choice([500, 1000, 2000]),
        }
    )
    b.ok_json({"status": "successful", "ref": new_hex(c.rng, 20)})
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/profile")
    b.decoy("self-declared gender, masked BVN, avatar URL (no face analysis)")
    b.ok_json(
        {
            "firstName": "Folake",
            "lastName": "Adeyemi-Okon",
            "gender": "female",
            "bvn": b.acct("bvn_masked"),
            "avatarUrl": f"https://cdn.owobank.example/a/{new_hex(c.rng, 24)}.jpg",
            "tier": 3,
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rates")
    b.ok_json({"USD": rf(c.rng, 1450, 1600, 2), "GBP": rf(c.rng, 1900, 2050, 2), "at": iso(c)})
    return b.build()
