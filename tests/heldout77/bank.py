"""Mizan Bank: a Saudi digital bank / wallet with face onboarding and face login.

Onboarding calls Innovatrics' Digital Identity Service (DIS) as its public
OpenAPI / integration samples show (innovatrics/dot-digital-identity-service,
innovatrics DIS integration samples: POST /api/v1/customers, PUT
/api/v1/customers/{id}/selfie and POST .../liveness/selfies with
`{"image": {"data": <base64>}}`, POST /api/v1/faces); the UAE branch uses Uqudo's
face-match API (docs.uqudo.com: POST /api/v1/face/match with sourceImage /
targetImage base64). Face login sends the on-device template to the bank's own
API; an encrypted KYC bundle is the opaque carrier. Balances, FX series, OTP
and a self-declared profile form are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from . import sdks
from .phone import FB, floats, ms, rf, rid, ua

API = "https://mapi.mizanbank.sa"
DIS = "https://dis.mizanbank.sa"  # the bank's self-hosted Innovatrics DIS
UQUDO = "https://id.uqudo.io"


def _hdr(b: FB) -> None:
    b.header("User-Agent", ua("MizanBank", "2.31.0"))
    b.header("X-Request-ID", rid(b.ctx.rng))


def dis_selfie(c: Context) -> Flow:
    b = FB(c, "innovatrics_dis", "PUT", f"{DIS}/api/v1/customers/{rid(c.rng)}/selfie")
    _hdr(b)
    b.bio("face_image", "body.image.data")
    b.json({"image": {"data": b64(fake_jpeg(int(c.now), 1200))}, "detection": {"mode": "STRICT"}})
    b.ok_json(
        {
            "detection": {
                "confidence": rf(c.rng, 0.8, 1.0),
                "faceRectangle": {"topLeft": {"x": 112, "y": 90}},
            }
        }
    )
    return b.build()


def dis_liveness_selfie(c: Context) -> Flow:
    b = FB(c, "innovatrics_dis", "POST", f"{DIS}/api/v1/customers/{rid(c.rng)}/liveness/selfies")
    _hdr(b)
    b.bio("face_image", "body.image.data")
    b.json(
        {
            "assertion": c.rng.choice(["NONE", "EYES_STRAIGHT", "SMILE"]),
            "image": {"data": b64(fake_jpeg(int(c.now) + 1, 1100))},
        }
    )
    b.ok_json({"links": {"self": "/api/v1/customers/x/liveness"}})
    return b.build()


def dis_face_create(c: Context) -> Flow:
    b = FB(c, "innovatrics_dis", "POST", f"{DIS}/api/v1/faces")
    _hdr(b)
    b.bio("face_image", "body.image.data")
    b.json({"image": {"data": b64(fake_jpeg(int(c.now) + 2, 900))}})
    b.ok_json({"id": rid(c.rng), "detection": {"score": rf(c.rng, 0.7, 1.0)}})
    return b.build()


def uqudo_match(c: Context) -> Flow:
    b = FB(c, "uqudo", "POST", f"{UQUDO}/api/v1/face/match")
    b.header("Authorization", "Bearer eyJ" + rid(c.rng).replace("-", ""))
    b.bio("face_image", "body.sourceImage+targetImage")
    b.json(
        {
            "sourceImage": b64(fake_jpeg(int(c.now) + 3, 700)),
            "targetImage": b64(fake_jpeg(int(c.now) + 4, 700)),
            "minimumMatchLevel": 3,
        }
    )
    b.ok_json({"match": True, "matchLevel": 4})
    return b.build()


def face_login(c: Context) -> Flow:
    b = FB(c, "mizanbank", "POST", f"{API}/auth/v2/face-login")
    _hdr(b)
    b.bio("face_template", "body.faceTemplate")
    b.json(
        {
            "cif": b.acct("user_bank"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "templateVersion": "dot-face-1.7",
            "livenessScore": rf(c.rng, 0.9, 1.0),
            "deviceId": b.id("aid_bank", where="body.deviceId"),
        }
    )
    b.ok_json({"accessToken": "at." + rid(c.rng), "expiresIn": 600})
    return b.build()


def kyc_bundle_opaque(c: Context) -> Flow:
    b = FB(c, "mizanbank", "POST", f"{API}/onb/v1/submit")
    _hdr(b)
    b.bio("face_image", "body.p (encrypted bundle)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(900))
    b.json({"v": 2, "k": b64(bytes(c.rng.getrandbits(8) for _ in range(32))), "p": b64(blob)})
    b.ok_json({"status": "RECEIVED"})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = FB(c, "mizanbank", "POST", f"{API}/security/v1/device-binding")
    _hdr(b)
    b.other_id("bank_fp", "body.deviceFingerprint")
    body = {
        "odid": b.id("odid", where="body.odid"),
        "androidId": b.id("aid_bank", where="body.androidId"),
        "deviceFingerprint": c.phone.bank_fp,
        "hmsAaid": b.id("aaid", where="body.hmsAaid"),
        "rooted": False,
        "pushToken": b.acct("bank_push"),
    }
    if c.rng.random() < 0.5:
        body["email"] = b.id("email", where="body.email")
    b.json(body)
    b.ok_json({"bound": True})
    return b.build()


def balances(c: Context) -> Flow:
    b = FB(c, "mizanbank", "GET", f"{API}/accounts/v1/summary")
    _hdr(b)
    b.decoy("balances and transactions (amounts, references)")
    b.ok_json(
        {
            "accounts": [{"iban": "SA03" + "8" * 20, "balance": rf(c.rng, 100, 90000, 2)}],
            "txns": [
                {"ref": f"FT{c.rng.randint(10**9, 10**10)}", "amount": rf(c.rng, -900, 900, 2)}
                for _ in range(5)
            ],
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = FB(c, "mizanbank", "GET", f"{API}/fx/v1/rates", [("base", "SAR")])
    _hdr(b)
    b.decoy("FX rate series")
    b.ok_json(
        {
            "USD": [rf(c.rng, 0.265, 0.268, 5) for _ in range(30)],
            "EGP": [rf(c.rng, 12.9, 13.2, 4) for _ in range(30)],
        }
    )
    return b.build()


def profile_form(c: Context) -> Flow:
    b = FB(c, "mizanbank", "POST", f"{API}/onb/v1/profile")
    _hdr(b)
    b.decoy("self-declared gender, nationality, occupation on a sign-up form")
    b.json(
        {
            "gender": c.rng.choice(["F", "M"]),
            "nationality": "SA",
            "occupation": "teacher",
            "monthlyIncome": "10000-15000",
            "submittedAt": ms(c),
        }
    )
    b.ok_json({"step": 3})
    return b.build()


def hms(c: Context) -> Flow:
    return sdks.hms_analytics(c, "bank")


def appsflyer(c: Context) -> Flow:
    return sdks.appsflyer_launch(c, "bank")
