"""Banque Laurentide, a bank app on the iPad with face and voice ID.

Face login goes through FaceTec (FaceTec Server REST API: POST /enrollment-3d
and /match-3d-3d with faceScan, auditTrailImage, lowQualityAuditTrailImage,
externalDatabaseRefID, headers X-Device-Key / X-User-Agent, per FaceTec's
server docs); the app's own liveness step sends ARKit blend-shape weights
(ARFaceAnchor.BlendShapeLocation names); voice ID enrols a voiceprint.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64

from .phone import FB, floats, iso, pad_ua, rf, rid

SHAPES = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "eyeSquintLeft",
    "mouthFunnel",
    "noseSneerRight",
]


def _ft(c: Context, path: str) -> FB:
    b = FB(c, "facetec", "POST", "https://api.facetec.com/api/v3.1/biometrics" + path)
    b.header("x-device-key", "dH3kQ9" + rid(c.rng)[:10])
    b.header("x-user-agent", "facetec|sdk|ios|ca.laurentide.banque|" + rid(c.rng))
    return b


def facetec_enrol(c: Context) -> Flow:
    b = _ft(c, "/enrollment-3d")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.randrange(256) for _ in range(900))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randrange(10**6), 600)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randrange(10**6), 300)),
            "externalDatabaseRefID": "lbq_" + b.acct("bank_user"),
            "sessionId": rid(c.rng),
        }
    )
    b.bio("face_scan", "json:faceScan+auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def facetec_match(c: Context) -> Flow:
    b = _ft(c, "/match-3d-3d")
    b.json(
        {
            "faceScan": b64(bytes(c.rng.randrange(256) for _ in range(700))),
            "auditTrailImage": b64(fake_jpeg(c.rng.randrange(10**6), 500)),
            "externalDatabaseRefID": "lbq_" + b.acct("bank_user"),
        }
    )
    b.bio("face_scan", "json:faceScan")
    b.ok_json({"matchLevel": 10, "success": True})
    return b.build()


def liveness_blendshapes(c: Context) -> Flow:
    b = FB(c, "laurentide", "POST", "https://mobile.banquelaurentide.ca/auth/v2/vivacite")
    b.header("user-agent", pad_ua("Laurentide", "12.0"))
    frames = [
        {"t": i * 33, "blendShapes": {s: rf(c.rng, 0, 1, 3) for s in SHAPES}} for i in range(4)
    ]
    b.json(
        {"defi": "sourire", "images": frames, "deviceId": b.id("idfv_bank", where="json:deviceId")}
    )
    b.bio("blendshapes", "json:images[].blendShapes")
    b.ok_json({"vivant": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = FB(c, "laurentide", "POST", "https://mobile.banquelaurentide.ca/auth/v2/voix/inscription")
    b.header("user-agent", pad_ua("Laurentide", "12.0"))
    b.json(
        {
            "client": b.acct("bank_user"),
            "empreinteVocale": floats_b64(floats(c.rng, 192)),
            "format": "f32le-b64",
            "phrase": "Ma voix est mon mot de passe",
        }
    )
    b.bio("voiceprint", "json:empreinteVocale")
    b.ok_json({"inscrit": True})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = FB(c, "laurentide", "POST", "https://mobile.banquelaurentide.ca/auth/v2/voix/verification")
    b.header("user-agent", pad_ua("Laurentide", "12.0"))
    b.json(
        {
            "client": b.acct("bank_user"),
            "audio": b64(fake_wav(c.rng.randrange(10**6), 600)),
            "sampleRate": 16000,
        }
    )
    b.bio("voice_sample", "json:audio (voice verification recording)")
    b.ok_json({"score": rf(c.rng, 0.5, 1, 3)})
    return b.build()


def opaque_bio(c: Context) -> Flow:
    b = FB(c, "laurentide", "POST", "https://mobile.banquelaurentide.ca/auth/v2/p")
    b.json({"d": b64(bytes(c.rng.randrange(256) for _ in range(400))), "n": rid(c.rng)[:12]})
    b.bio("face_template", "json:d (encrypted template)", detectable=False)
    b.ok_json({"r": 0})
    return b.build()


def accounts(c: Context) -> Flow:
    b = FB(c, "laurentide", "GET", "https://mobile.banquelaurentide.ca/comptes/v1/soldes")
    b.header("x-correlation-id", rid(c.rng))
    b.ok_json({"comptes": [{"no": "****4411", "solde": rf(c.rng, 10, 9000, 2)}], "a": iso(c)})
    b.decoy("account balances with a correlation id")
    return b.build()


def price_series(c: Context) -> Flow:
    b = FB(c, "laurentide", "GET", "https://mobile.banquelaurentide.ca/placements/v1/cours/XIC")
    b.ok_json(
        {
            "cours": [rf(c.rng, 30, 40, 2) for _ in range(60)],
            "volume": [c.rng.randint(10**4, 10**6) for _ in range(60)],
        }
    )
    b.decoy("ETF price series")
    return b.build()
