"""A Nigerian fintech wallet ("Kudipay"): NIN + selfie through Youverify
(`POST /v2/api/identity/ng/nin` with `isSubjectConsent` and
`validations.selfie.image`, docs.youverify.co) and Dojah (`/api/v1/kyc/nin/verify`
with `selfie_image`, docs.dojah.io), an in-house face embedding upload, the
AppsFlyer SDK, and payment decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from . import ads
from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.kudipay.ng"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kudipay", method, API + path)
    b.header("user-agent", ua("Kudipay", "3.0.8"))
    return b


def youverify(c: Context) -> Flow:
    b = FB(c, "youverify", "POST", "https://api.youverify.co/v2/api/identity/ng/nin")
    b.header("token", new_hex(c.rng, 32))
    b.json(
        {
            "id": new_digits(c.rng, 11),
            "isSubjectConsent": True,
            "validations": {
                "selfie": {
                    "image": "data:image/jpeg;base64,"
                    + b64(fake_jpeg(c.rng.randint(0, 10**9), 600))
                }
            },
        }
    )
    b.bio("face_image", "body.validations.selfie.image")
    b.ok_json(
        {
            "success": True,
            "data": {"validations": {"selfie": {"selfieVerification": {"match": True}}}},
        }
    )
    return b.build()


def dojah(c: Context) -> Flow:
    b = FB(c, "dojah", "POST", "https://api.dojah.io/api/v1/kyc/nin/verify")
    b.header("appid", new_hex(c.rng, 24))
    b.json(
        {"nin": new_digits(c.rng, 11), "selfie_image": b64(fake_jpeg(c.rng.randint(0, 10**9), 600))}
    )
    b.bio("face_image", "body.selfie_image")
    b.ok_json(
        {"entity": {"selfie_verification": {"confidence_value": rf(c.rng, 80, 99), "match": True}}}
    )
    return b.build()


def embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/kyc/face/enrol")
    b.json(
        {
            "faceEmbedding": floats(c.rng, 128),
            "model": "mobilefacenet-v2",
            "quality": rf(c.rng, 0.7, 1),
        }
    )
    b.bio("face_embedding", "body.faceEmbedding")
    b.ok_json({"enrolled": True})
    return b.build()


def embedding_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sync/blob")
    b.json({"t": 7, "blob": floats_b64(floats(c.rng, 128))})
    b.bio("face_embedding", "body.blob (float32 base64 under a meaningless key)", detectable=False)
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    return ads.appsflyer(
        c, "ng.kudipay.wallet", "aid_wallet", c.rng.choice(["", "", "af_purchase"])
    )


def device_check(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/risk/device")
    b.json(
        {
            "device_id": b.id("aid_wallet", where="body.device_id"),
            "ad_id": b.id("gaid", how="md5", where="body.ad_id"),
            "emulator": False,
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/transfers")
    b.json(
        {
            "amount": c.rng.choice([5000, 12000, 250000]),
            "currency": "NGN",
            "bank": "058",
            "account": new_digits(c.rng, 10),
            "narration": "house rent",
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"status": "processing", "sessionId": new_digits(c.rng, 30)})
    b.decoy("transfer refs, NUBAN")
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/bills/airtime/providers")
    b.ok_json({"providers": ["MTN", "Airtel", "Glo", "9mobile"], "updated": iso(c)})
    b.decoy("catalogue")
    return b.build()
