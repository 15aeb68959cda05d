""" "PesaPap": a Tanzanian / Ugandan mobile-money and bank wallet with face
liveness at onboarding and for large transfers.

Sources: Smile ID SmartSelfie Authentication v2 (multipart `selfie_image`,
`liveness_images`, `user_id`, `partner_params`; headers `SmileID-Partner-ID`,
`SmileID-Request-Signature`; docs.usesmileid.com and the smile-identity
android SDK's SmileIDService), Veriff `POST /v1/sessions/{id}/media` with
`image.context = "face"` and a base64 data URI (devdocs.veriff.com). The
wallet's own liveness result ("uso" = face, "alama" = marks) and risk endpoint
are our own. Decoys: statements, FX series, sign-up form with self-declared
gender, a help article about face scans.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, ms, points, rf, rid, ua

API = "https://api.pesapap.co.tz"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "pesapap", method, API + path)
    b.header("user-agent", ua("PesaPap", "4.2.0"))
    return b


def smile_selfie(c: Context) -> Flow:
    b = FB(c, "smileid", "POST", "https://api.smileidentity.com/v2/smart-selfie-authentication")
    b.header("smileid-partner-id", "6120")
    b.header("smileid-request-signature", b64(rid(c.rng)))
    b.header("smileid-timestamp", iso(c))
    b.header("smileid-source-sdk", "android")
    b.header("smileid-source-sdk-version", "10.3.1")
    seed = c.rng.randint(0, 10**6)
    parts = [
        ("user_id", None, None, b.acct("pesa_user").encode()),
        (
            "partner_params",
            None,
            None,
            b'{"job_type":2,"user_id":"' + b.acct("pesa_user").encode() + b'"}',
        ),
        ("selfie_image", "selfie.jpg", "image/jpeg", fake_jpeg(seed, 700)),
    ]
    for i in range(c.rng.randint(4, 8)):
        parts.append(
            ("liveness_images", f"liveness_{i}.jpg", "image/jpeg", fake_jpeg(seed + i + 1, 300))
        )
    bnd = "a" + rid(c.rng).replace("-", "")
    b.bio("face_image", "multipart:selfie_image+liveness_images")
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.ok_json({"job_id": rid(c.rng), "status": "pending"})
    return b.build()


def veriff_face(c: Context) -> Flow:
    sid = rid(c.rng)
    b = FB(c, "veriff", "POST", f"https://stationapi.veriff.com/v1/sessions/{sid}/media")
    b.header("x-auth-client", rid(c.rng))
    b.header("x-hmac-signature", rid(c.rng).replace("-", "") * 2)
    ctx = c.rng.choice(["face", "face-pre", "face", "document-and-face"])
    uri = "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randint(0, 10**6), 600))
    b.bio("face_image", "json:image.context=face+content")
    b.json({"image": {"context": ctx, "content": uri, "timestamp": iso(c)}})
    b.ok_json({"status": "success", "image": {"id": rid(c.rng)}})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v1/uso/matokeo")
    pts = points(c.rng, 68, 480, 640)
    b.bio("face_landmarks", "json:uso.alama_68[]")
    b.json(
        {
            "uso": {
                "alama_68": pts,
                "pembe": {"yaw": rf(c.rng, -15, 15, 1), "pitch": rf(c.rng, -10, 10, 1)},
                "livenessScore": rf(c.rng, 0.8, 1.0, 3),
                "macho_wazi": True,
            },
            "hatua": "muamala_mkubwa",
            "ts": ms(c),
        }
    )
    b.ok_json({"hali": "imekubaliwa"})
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v1/face/template")
    b.bio("face_embedding", "json:faceTemplate (float32 b64)")
    b.json(
        {
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "algo": "mfn-v3",
            "dim": 128,
            "customer": b.acct("pesa_user"),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def kyc_opaque(c: Context) -> Flow:
    """The SDK's sealed capture package: ciphertext under meaningless keys."""
    b = _b(c, "POST", "/kyc/v1/pkg")
    b.bio("face_image", "body:ciphertext", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(500, 900)))
    b.json({"a": b64(blob), "b": rid(c.rng)[:12], "c": 4})
    b.ok_json({"r": "ok"})
    return b.build()


def device_risk(c: Context) -> Flow:
    b = _b(c, "POST", "/risk/v1/device")
    b.json(
        {
            "deviceFingerprint": b.id("pesa_fp", where="json:deviceFingerprint"),
            "androidIdHash": b.id("aid_pesa", how="sha256", where="json:androidIdHash"),
            "rooted": False,
            "emulator": False,
            "simOperator": "64004",
            "appVersion": "4.2.0",
        }
    )
    b.ok_json({"risk": "low", "ref": rid(c.rng)})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", "/wallet/v1/miamala")
    b.decoy("transaction ids and amounts")
    rows = [
        {
            "ref": f"PP{c.rng.randint(10**9, 10**10)}",
            "kiasi": c.rng.randint(500, 250000),
            "aina": c.rng.choice(["tuma", "pokea", "lipa"]),
            "saa": iso(c),
        }
        for _ in range(8)
    ]
    b.ok_json({"miamala": rows})
    return b.build()


def fx_series(c: Context) -> Flow:
    b = _b(c, "GET", "/fx/v1/history")
    b.param("pair", c.rng.choice(["TZSUGX", "USDTZS", "RWFTZS"]))
    b.decoy("exchange rate series")
    b.ok_json({"points": [[ms(c) - i * 3600000, rf(c.rng, 1.4, 1.6, 4)] for i in range(48)]})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", "/onboard/v1/profile")
    b.decoy("self-declared gender and birth year")
    b.json(
        {
            "jina_kwanza": "Neema",
            "barua_pepe": b.id("email", where="json:barua_pepe"),
            "jinsia": c.rng.choice(["F", "M"]),
            "mwaka_kuzaliwa": 1996,
            "mkoa": c.rng.choice(["Dar es Salaam", "Arusha", "Kampala", "Kigali"]),
        }
    )
    b.ok_json({"step": 2})
    return b.build()


def help_article(c: Context) -> Flow:
    b = _b(c, "GET", "/help/v1/articles/uthibitisho-wa-uso")
    b.decoy("help article about face scans")
    b.ok_json(
        {
            "title": "Why we ask for a face scan",
            "body": "Hold your phone at eye level. "
            "We compare your face with your NIDA photo to keep your money safe.",
        }
    )
    return b.build()


__all__ = ["device_risk", "face_template", "fx_series", "help_article", "kyc_opaque"]
__all__ += ["liveness_result", "signup", "smile_selfie", "statement", "veriff_face"]
