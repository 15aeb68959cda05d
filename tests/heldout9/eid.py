"""ÁllamID (fictional government eID wallet) with iProov Genuine Presence.

Real: iProov REST API v2 (iProov/android-api-client, ApiClientFuel.kt):
POST {base}/claim/enrol/image is a multipart form with api_key, secret,
rotation, token, source ("eid" for a chip photo, "oid" optical, "selfie") and
the JPEG as part "image"; the validate answer carries passed, token, frame (a
base64 JPEG of the user when enabled) and result.reason. Base
https://eu.rp.secure.iproov.me/api/v2/. The wallet's own backend (onboarding,
device binding, credentials) is ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb, multipart

from .phone import FB, iso, rf, rid, ua

IPROOV = "https://eu.rp.secure.iproov.me/api/v2"
HOST = "https://wallet.allamid.gov.example"
UA = ua("AllamID", "3.2.1")


def _own(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "allamid", method, HOST + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(ctx.rng))
    return b


def iproov_enrol_image(ctx: Context) -> Flow:
    b = FB(ctx, "iproov", "POST", IPROOV + "/claim/enrol/image")
    b.header("user-agent", "okhttp/4.12.0")
    bnd = "-------" + rid(ctx.rng).replace("-", "")[:22]
    source = ctx.rng.choice(["eid", "eid", "oid"])
    parts = [
        ("api_key", None, None, rid(ctx.rng).replace("-", "").encode()),
        ("secret", None, None, rid(ctx.rng).replace("-", "")[:24].encode()),
        ("rotation", None, None, b"0"),
        ("token", None, None, rid(ctx.rng).replace("-", "").encode()),
        ("source", None, None, source.encode()),
        ("image", "image.jpeg", "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 1200)),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", f"multipart image to iProov claim/enrol/image (source={source})")
    b.ok_json({"success": True, "token": rid(ctx.rng).replace("-", ""), "type": "enrol"})
    return b.build()


def liveness_validate(ctx: Context) -> Flow:
    """The wallet backend proxies iProov validate and passes the frame back."""
    b = _own(ctx, "POST", "/api/v2/liveness/iproov/validate")
    b.json({"token": rid(ctx.rng).replace("-", ""), "userId": b.acct("eid_user")})
    frame = b64(fake_jpeg(ctx.rng.getrandbits(32), 1000))
    b.ok_json({"passed": True, "token": rid(ctx.rng), "frame": frame, "result": {"reason": None}})
    b.mark("biometric", "face_image", "response json frame (iProov validate)", True, "response")
    return b.build()


def chip_portrait(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/api/v2/onboarding/document")
    b.json(
        {
            "documentType": "ID_CARD",
            "mrz": {"documentNumber": "HU" + str(ctx.rng.randint(1000000, 9999999))},
            "dg2": {
                "faceImage": b64(fake_jpeg(ctx.rng.getrandbits(32), 1100)),
                "imageFormat": "JPEG",
                "width": 480,
                "height": 640,
            },
            "sod": b64(jsb({"alg": "SHA256", "n": ctx.rng.randint(1, 9)})),
        }
    )
    b.bio("face_image", "json dg2.faceImage (chip portrait)")
    b.ok_json({"step": "LIVENESS", "sessionId": rid(ctx.rng)})
    return b.build()


def liveness_session(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/api/v2/liveness/session")
    b.json({"assuranceType": "genuine_presence", "purpose": "ONBOARDING"})
    b.ok_json({"token": rid(ctx.rng).replace("-", ""), "baseUrl": "wss://eu.rp.secure.iproov.me"})
    b.decoy("liveness session token request (no biometric data)")
    return b.build()


def device_bind(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/api/v2/device/bind")
    b.json(
        {
            "deviceId": b.id("aid_eid", where="json deviceId"),
            "bindingId": b.id("eid_binding", where="json bindingId", detectable=False),
            "publicKey": b64(fake_jpeg(ctx.rng.getrandbits(32), 64)[20:]),
            "keyAttestation": [b64(fake_jpeg(ctx.rng.getrandbits(32), 120)[20:]) for _ in "ab"],
            "platform": "android",
            "model": "SM-S921B",
        }
    )
    b.ok_json({"bound": True, "at": iso(ctx)})
    return b.build()


def credentials(ctx: Context) -> Flow:
    b = _own(ctx, "GET", "/api/v2/credentials")
    b.header("x-device-binding", b.id("eid_binding", where="header x-device-binding"))
    b.ok_json(
        {
            "items": [
                {"type": "PID", "issued": iso(ctx), "status": "VALID"},
                {"type": "mDL", "issued": iso(ctx), "status": "VALID"},
            ]
        }
    )
    return b.build()


def presentation_qr(ctx: Context) -> Flow:
    b = _own(ctx, "POST", "/api/v2/presentations")
    b.json({"requestUri": "openid4vp://?client_id=" + rid(ctx.rng), "fields": ["age_over_18"]})
    b.ok_json({"vpToken": b64(rid(ctx.rng)), "ttl": 120})
    b.decoy("verifiable presentation, age attribute only")
    return b.build()


def news(ctx: Context) -> Flow:
    b = _own(ctx, "GET", "/api/v2/news")
    b.ok_json(
        {
            "items": [
                {"title": "Facial recognition at border posts: what changes in 2025", "id": 81},
                {"title": "New face photo rules for ID cards", "id": 82},
            ],
            "score": rf(ctx.rng, 0, 1),
        }
    )
    b.decoy("news article about faces")
    return b.build()
