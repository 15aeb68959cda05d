"""Trapeza Aigaiou: a bank app with voice and face login (Xiaomi phone).

Phone-banking voice enrolment sends speaker-verification audio and the
in-app SDK's speaker embedding (`foniko_apotypoma`). Face login sends a face
template as base64 float32. The device-binding call hashes the ANDROID_ID
(SHA-256 under `h`: opaque). FX rates and transactions are ordinary numbers.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobile.trapeza-aigaiou.example"
UA = ua("TrapezaAigaiou", "9.4.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "trapeza", method, url)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/syskevi/desmeusi")
    b.json(
        {
            "pelatis": b.acct("trapeza_customer"),
            "h": b.id(
                "aid_trapeza", "sha256", where="json h (sha256 of ANDROID_ID)", detectable=False
            ),
            "binding": b.id("trapeza_binding", where="json binding", detectable=False),
            "os": "android 14",
        }
    )
    b.ok_json({"katastasi": "energi"})
    return b.build()


def device_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/syskevi/elegxos")
    b.param("androidId", b.id("aid_trapeza", where="query androidId"))
    b.ok_json({"rooted": False, "trusted": True})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/fonitiki-tautopoiisi/eggrafi")
    b.bio("voiceprint", "multipart deigma_fonis wav + field foniko_apotypoma")
    boundary = "----okhttp" + rid(c.rng)[:8]
    vec = floats(c.rng, 192)
    body = multipart(
        boundary,
        [
            ("pelatis", None, None, b.acct("trapeza_customer").encode()),
            ("deigma_fonis", "frasi_1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
            ("foniko_apotypoma", None, None, floats_b64(vec).encode()),
            ("frasi", None, None, "Η φωνή μου είναι ο κωδικός μου".encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"eggrafi": "ok", "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/auth/face")
    b.bio("face_template", "json faceTemplate (base64 float32) + livenessScore")
    b.json(
        {
            "pelatis": b.acct("trapeza_customer"),
            "faceTemplate": floats_b64(floats(c.rng, 128)),
            "livenessScore": rf(c.rng, 0.85, 0.99, 3),
            "ts": iso(c),
        }
    )
    b.ok_json({"token": b64(rid(c.rng)), "expires_in": 300})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    """The same voice SDK's verify call: a sealed blob under `x`, nothing readable."""
    b = _b(c, "POST", f"{API}/api/v2/vv")
    b.bio("speaker_embedding", "json x (sealed speaker embedding)", detectable=False)
    sealed = hashlib.shake_256(rid(c.rng).encode()).digest(96) + bytes(
        c.rng.getrandbits(8) for _ in range(700)
    )
    b.json({"k": 2, "x": b64(sealed)})
    b.ok_json({"r": 1})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/synallagma/isotimies")
    b.decoy("FX rate series (price series)")
    b.ok_json(
        {
            "EURUSD": [rf(c.rng, 1.05, 1.12, 5) for _ in range(24)],
            "EURGBP": rf(c.rng, 0.82, 0.88, 5),
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/logariasmoi/kiniseis")
    b.decoy("account transactions with reference numbers (account ids, not devices)")
    b.ok_json(
        {
            "iban": b.acct("trapeza_iban"),
            "kiniseis": [
                {"poso": -rf(c.rng, 2, 90, 2), "perigrafi": "ΣΚΛΑΒΕΝΙΤΗΣ", "ref": rid(c.rng)}
                for _ in range(5)
            ],
        }
    )
    return b.build()
