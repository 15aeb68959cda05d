"""Donaubank: her bank's app, with a selfie liveness check and a voice-ID login.

Biometric: the selfie upload to the liveness check, the liveness frames' face
landmarks and head pose, a face-match template wrapped in a JWE under `p`
(opaque), the voice-ID enrolment (audio plus a speaker embedding) and the voice
login's verification sample. Device: the app's device binding (its own install
id and ANDROID_ID). Balances, transactions, FX series and the ID card's MRZ
(OCR text boxes of the back side, no face) are ordinary.
"""

from __future__ import annotations

import math

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://mobile.donaubank.example"
UA = ua("Donaubank", "7.22.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "donaubank", method, API + path)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def _face_points(c: Context, n: int = 68) -> list[list[float]]:
    cx, cy, r = c.rng.uniform(300, 420), c.rng.uniform(380, 520), c.rng.uniform(140, 200)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        pts.append(
            [
                round(cx + r * math.cos(a) + c.rng.gauss(0, 4), 1),
                round(cy + 1.25 * r * math.sin(a) + c.rng.gauss(0, 4), 1),
            ]
        )
    return pts


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/geraetebindung")
    b.json(
        {
            "geraete_id": b.id("bank_binding", where="json geraete_id (app install binding id)"),
            "android_id": b.id("aid_bank", where="json android_id"),
            "modell": "SM-A546B",
            "root": False,
            "kunde": b.acct("bank_customer"),
        }
    )
    b.ok_json({"gebunden": True, "challenge": new_hex(c.rng, 32)})
    return b.build()


def selfie_liveness(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/ident/liveness/selfie")
    b.bio("selfie_liveness", "multipart selfie.jpg to liveness check")
    boundary = "dbk" + new_hex(c.rng, 20)
    parts = [
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
        ("vorgang", None, None, rid(c.rng).encode()),
        ("modus", None, None, b"passiv"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"lebendig": True, "score": rf(c.rng, 0.9, 0.99, 3)})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/ident/liveness/frames")
    b.bio("face_landmarks", "json frames[].gesicht.landmarks + kopfhaltung yaw/pitch/roll")
    b.json(
        {
            "vorgang": rid(c.rng),
            "frames": [
                {
                    "t_ms": i * 66,
                    "gesicht": {
                        "landmarks": _face_points(c),
                        "kopfhaltung": {
                            "yaw": rf(c.rng, -20, 20, 2),
                            "pitch": rf(c.rng, -10, 10, 2),
                            "roll": rf(c.rng, -5, 5, 2),
                        },
                        "augen_offen": [rf(c.rng, 0.6, 1, 2), rf(c.rng, 0.6, 1, 2)],
                    },
                }
                for i in range(3)
            ],
        }
    )
    b.ok_json({"weiter": True})
    return b.build()


def face_match_opaque(c: Context) -> Flow:
    """The face template for the match, encrypted (JWE compact) under `p`."""
    b = _b(c, "POST", "/api/v2/ident/abgleich")
    b.bio("face_template_encrypted", "json p (JWE compact, encrypted template)", detectable=False)
    header = b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM"}')
    blob = ".".join(
        [
            header,
            b64url(c.rng.randbytes(256)),
            b64url(c.rng.randbytes(12)),
            b64url(c.rng.randbytes(700)),
            b64url(c.rng.randbytes(16)),
        ]
    )
    b.json({"p": blob, "k": 3})
    b.ok_json({"ergebnis": "ok"})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/stimm-id/registrierung")
    b.bio("speaker_enrolment", "multipart stimmprobe.wav + sprecher_embedding to voice ID")
    boundary = "dbk" + new_hex(c.rng, 20)
    parts = [
        ("stimmprobe", "stimmprobe.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 2000)),
        ("sprecher_embedding", None, "text/plain", floats_b64(floats(c.rng, 192)).encode()),
        ("passphrase", None, None, b"Meine Stimme ist mein Passwort"),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "registriert", "proben": 3})
    return b.build()


def voice_login(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/auth/stimm-id/verifizieren")
    b.bio("speaker_verification", "json stimmprobe (audio for voice ID verification)")
    b.json(
        {
            "kunde": b.acct("bank_customer"),
            "stimmprobe": b64url(fake_wav(c.rng.randint(0, 10**9), 900)),
            "format": "wav16k",
            "zeit": ms(c),
        }
    )
    b.ok_json(
        {"verifiziert": True, "vertrauen": rf(c.rng, 0.8, 0.99, 3), "token": new_hex(c.rng, 40)}
    )
    return b.build()


def id_back_ocr(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/ident/ausweis/rueckseite")
    b.decoy("MRZ OCR boxes of the ID card's back side: text boxes, no face")
    b.json(
        {
            "mrz": [
                "IDAUT0000000000<<<<<<<<<<<<<<<",
                "8807125F3012316AUT<<<<<<<<<<<4",
                "HOFBAUER<<LENA<<<<<<<<<<<<<<<<",
            ],
            "boxen": [
                {"x": 40, "y": 600 + 40 * i, "w": 900, "h": 36, "conf": rf(c.rng, 0.8, 1, 2)}
                for i in range(3)
            ],
        }
    )
    b.ok_json({"gelesen": True})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/konten/AT61/umsaetze?seite=1")
    b.decoy("transactions and balance series: amounts over time, not a person's data here")
    b.ok_json(
        {
            "umsaetze": [
                {"betrag": rf(c.rng, -120, 900, 2), "text": t, "datum": iso(c)}
                for t in ("Gage Sargfabrik", "Musikschule Honorar", "Thomann", "Billa")
            ],
            "saldo_verlauf": [rf(c.rng, 800, 4000, 2) for _ in range(30)],
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/devisen?basis=EUR")
    b.ok_json({"kurse": {k: rf(c.rng, 0.8, 1.7, 4) for k in ("USD", "CHF", "GBP", "HUF")}})
    return b.build()
