"""Hawiya: a UAE-Pass-like government digital-identity app with face liveness.

Onboarding and step-up login run a liveness check through an identity vendor
SDK (uqudo, Dubai: docs.uqudo.com describe an SDK that captures a selfie,
checks liveness and face match against the Emirates ID chip photo, returning a
signed JWS); the app's backend then stores a face template for re-login. Field
names are the app's own. The Emirates ID sign-up form (name, self-declared
gender, nationality) is no biometric data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, jwt, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.hawiya-example.gov.ae"
UQ = "https://id.uqudo.io"


def selfie_upload(ctx: Context) -> Flow:
    b = FB(ctx, "uqudo", "POST", f"{UQ}/api/v2/face/liveness")
    b.header("user-agent", ua("Hawiya", "6.1.3"))
    bnd = "uq" + new_hex(ctx.rng, 16)
    parts = [
        ("sessionId", None, None, rid(ctx.rng).encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 1400)),
        ("lookDirection", None, None, b"center"),
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("face_image", "multipart.selfie (face liveness API)")
    b.ok_json({"status": "PROCESSING", "jobId": new_hex(ctx.rng, 16)})
    return b.build()


def liveness_result(ctx: Context) -> Flow:
    b = FB(ctx, "hawiya", "POST", f"{API}/onboarding/v1/face-verification")
    b.header("user-agent", ua("Hawiya", "6.1.3"))
    token = jwt(
        {
            "sub": ctx.phone.hawiya_uuid,
            "face": {
                "liveness": "LIVE",
                "livenessScore": rf(ctx.rng, 0.9, 1, 3),
                "matchScore": rf(ctx.rng, 0.8, 1, 3),
            },
            "iat": int(ctx.now),
        }
    )
    b.json(
        {
            "uqudoResult": token,
            "faceMatchScore": rf(ctx.rng, 0.8, 1, 3),
            "livenessPassed": True,
            "emiratesIdNumber": "784-19" + str(ctx.rng.randint(10**8, 10**9)),
        }
    )
    b.bio("face_analysis", "body.faceMatchScore+livenessPassed")
    b.ok_json({"verified": True})
    return b.build()


def face_template(ctx: Context) -> Flow:
    b = FB(ctx, "hawiya", "PUT", f"{API}/auth/v2/biometric/face-template")
    b.json(
        {
            "template": floats_b64(floats(ctx.rng, 128)),
            "templateFormat": "f32le-128",
            "algorithm": "arcface-r50",
            "deviceId": b.id("aid_hawiya", where="body.deviceId"),
        }
    )
    b.bio("face_embedding", "body.template (face-template endpoint)")
    b.no_content()
    return b.build()


def relogin_opaque(ctx: Context) -> Flow:
    """Step-up login: the face proof travels as an encrypted envelope only."""
    b = FB(ctx, "hawiya", "POST", f"{API}/auth/v2/stepup")
    b.json(
        {"env": b64(bytes(ctx.rng.getrandbits(8) for _ in range(180))), "kid": "k7", "ts": ms(ctx)}
    )
    b.bio("face_embedding", "body.env (encrypted face proof)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def register(ctx: Context) -> Flow:
    b = FB(ctx, "hawiya", "POST", f"{API}/devices/v1/bind")
    b.json(
        {
            "android_id": b.id("aid_hawiya", where="body.android_id"),
            "manufacturer": "HONOR",
            "userUuid": b.acct("hawiya_uuid"),
            "email": b.id("email", where="body.email"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def signup_form(ctx: Context) -> Flow:
    b = FB(ctx, "hawiya", "POST", f"{API}/onboarding/v1/profile")
    b.form(
        [
            ("fullNameEn", "Leyla Al Mansouri"),
            ("gender", "F"),
            ("nationality", "ARE"),
            ("dateOfBirth", "1991-04-17"),
            ("preferredLanguage", "ar"),
        ]
    )
    b.decoy("sign-up form with self-declared gender")
    b.ok_json({"ok": True})
    return b.build()


def services(ctx: Context) -> Flow:
    b = FB(ctx, "hawiya", "GET", f"{API}/services/v1/list", [("lang", "en")])
    b.ok_json(
        {
            "services": ["Visa status", "Traffic fines", "Face ID settings"],
            "trace": rid(ctx.rng),
            "at": iso(ctx),
        }
    )
    b.decoy("services catalogue mentioning face id")
    return b.build()
