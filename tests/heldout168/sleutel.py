"""Mijnsleutel: an itsme / DigiD-like identity app with face verification.

Activation reads the passport chip (NFC) and matches a selfie against it: the
selfie frames go to iProov-style liveness (a claim token, then frames), the app's
own backend stores a face template ("gezichtssjabloon", base64 float32) and the
liveness result with head pose. The re-verification path ships an encrypted
envelope under 'payload'. The passport's MRZ read (OCR boxes) and the PIN set-up
are not biometric.
"""

from __future__ import annotations

import math

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.mijnsleutel.example"
IPROOV = "https://eu.rp.secure.iproov.me"
UA = ua("Mijnsleutel", "5.6.0")


def _embedding(c: Context, n: int) -> list[float]:
    v = [c.rng.gauss(0, 1) for _ in range(n)]
    norm = math.sqrt(sum(x * x for x in v))
    return [x / norm for x in v]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mijnsleutel", method, url)
    b.header("user-agent", UA)
    b.header("x-ms-instance", b.id("sleutel_instance", where="header x-ms-instance"))
    return b


def claim_token(c: Context) -> Flow:
    b = FB(c, "iproov", "POST", f"{IPROOV}/api/v2/claim/verify/token")
    b.header("user-agent", UA)
    b.decoy("liveness claim token request: user ref and resource, no face data yet")
    b.json({"api_key": new_hex(c.rng, 40), "resource": "mijnsleutel-activatie",
            "user_id": b.acct("sleutel_user")})  # fmt: skip
    b.ok_json({"token": new_hex(c.rng, 64), "pod": "edinburgh"})
    return b.build()


def liveness_frames(c: Context) -> Flow:
    boundary = "----" + new_hex(c.rng, 24)
    parts = [
        ("token", None, None, new_hex(c.rng, 64).encode()),
        ("face_frames", "frames.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400)),
        ("client", None, None, b"android-sdk 10.3.1"),
    ]
    b = FB(c, "iproov", "POST", f"{IPROOV}/api/v2/claim/verify/frames")
    b.header("user-agent", UA)
    b.bio("face_image", "multipart face_frames (selfie frames to liveness)")
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"passed": True, "frame_count": 12})
    return b.build()


def gezichtssjabloon(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/activatie/gezichtsvergelijking")
    b.bio("face_embedding", "json gezichtssjabloon (base64 float32) + vergelijkingsscore")
    b.json(
        {
            "gezichtssjabloon": floats_b64(_embedding(c, 128)),
            "sjabloonVersie": "fr-4.1",
            "vergelijkingsscore": rf(c.rng, 0.82, 0.99, 3),
            "bron": "paspoortchip-DG2",
            "tijd": iso(c),
        }
    )
    b.ok_json({"resultaat": "match", "transactie": rid(c.rng)})
    return b.build()


def liveness_resultaat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/activatie/levendheid")
    b.bio("face_analysis", "json hoofdhouding yaw/pitch/roll + ogenOpen of the face")
    b.json(
        {
            "levend": True,
            "hoofdhouding": {k: rf(c.rng, -20, 20, 2) for k in ("yaw", "pitch", "roll")},
            "ogenOpen": rf(c.rng, 0.7, 1.0, 2),
            "gezichtGevonden": True,
            "frames": 12,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def herverificatie(c: Context) -> Flow:
    """Re-verification: an encrypted envelope under 'payload' (holds the selfie template)."""
    b = _b(c, "POST", f"{API}/v2/hv")
    b.bio("face_embedding", "json payload (AES-GCM envelope of the template)", detectable=False)
    b.json({"kid": "k7", "iv": b64(c.rng.randbytes(12)), "payload": b64(c.rng.randbytes(700))})
    b.ok_json({"ok": True})
    return b.build()


def mrz_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/activatie/document")
    b.decoy("passport MRZ text with OCR boxes: document data, not a biometric")
    b.json(
        {
            "mrz": [
                "P<NLDVANDAMME<<FEMKE<<<<<<<<<<<<<<<<<<<<<<<<",
                "NXC4" + new_hex(c.rng, 6).upper(),
            ],
            "vakken": [[rf(c.rng, 0, 600, 1) for _ in range(4)] for _ in range(2)],
            "geslacht": "V",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def toestel_koppelen(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/toestel")
    b.json(
        {
            "androidId": b.id("aid_sleutel", "sha256", "json androidId (sha256)"),
            "instantie": b.id("sleutel_instance", where="json instantie"),
            "pinIngesteld": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def inlog_verzoek(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/verzoeken/open")
    b.decoy("pending log-in request for a web shop: session id and origin")
    b.ok_json({"verzoeken": [{"id": rid(c.rng), "partij": "Belastingdienst", "tijd": iso(c)}]})
    return b.build()
