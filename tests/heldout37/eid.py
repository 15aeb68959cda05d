"""eTapatybė (fictional Baltic government e-ID / e-services app): chip photo and liveness.

Real wire formats:
- Veriff public API: POST stationapi.veriff.com/v1/sessions/{id}/media with
  headers X-AUTH-CLIENT and X-HMAC-SIGNATURE and body {"image": {"context",
  "content": "data:image/jpeg;base64,...", "timestamp"}}; contexts face,
  face-pre, face-nfc (selfie from the document chip), document-back
  (devdocs.veriff.com "Upload media or NFC data", "Context types").
- ICAO 9303 eMRTD data groups read over NFC: DG1 = MRZ, DG2 = encoded face
  (tag 0x75, a biometric header template, then an ISO/IEC 19794-5 "FAC"
  record wrapping a JPEG 2000 image); SOD = the document security object.
In-house: the app sends the chip data to its own backend; Estonian/Lithuanian
words in paths (teenused = services, allkiri = signature).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rid, ua

API = "https://api.etapatybe.example.lt"
VERIFF = "https://stationapi.veriff.com/v1/sessions"
UA = ua("eTapatybe", "3.1.0")


def _dg2(seed: int) -> bytes:
    """A DG2 file: tag 0x75 ... FAC record ... JPEG 2000 signature box and noise."""
    jp2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n" + hashlib.shake_256(seed.to_bytes(8, "little")).digest(
        700
    )
    fac = b"FAC\x00010\x00" + len(jp2).to_bytes(4, "big") + b"\x00\x01" + jp2
    inner = b"\x7f\x61\x82" + len(fac).to_bytes(2, "big") + b"\x02\x01\x01" + fac
    return b"\x75\x82" + len(inner).to_bytes(2, "big") + inner


def veriff_media(c: Context, context: str = "face") -> Flow:
    b = FB(c, "veriff", "POST", f"{VERIFF}/{rid(c.rng)}/media")
    b.header("x-auth-client", rid(c.rng))
    b.header("x-hmac-signature", hashlib.sha256(rid(c.rng).encode()).hexdigest())
    img = "data:image/jpeg;base64," + b64(fake_jpeg(c.rng.randrange(10**6), 700))
    b.json({"image": {"context": context, "content": img, "timestamp": iso(c)}})
    if context.startswith("face"):
        b.bio("face_image", f"json image.content jpeg, context {context}")
    else:
        b.decoy("document back image (MRZ side, no face)")
    b.ok_json({"status": "success", "image": {"id": rid(c.rng), "context": context}})
    return b.build()


def nfc_chip(c: Context) -> Flow:
    b = FB(c, "etapatybe", "POST", f"{API}/api/v1/eid/nfc-duomenys")
    b.header("user-agent", UA)
    b.json(
        {
            "dg1": b64(b"\x61\x5b\x5f\x1f" + b"I<LTU" + b"0" * 80),
            "dg2": b64(_dg2(c.rng.randrange(10**9))),
            "sod": b64(bytes(c.rng.randrange(256) for _ in range(120))),
            "chipAuth": "PACE",
        }
    )
    b.bio("face_image", "json dg2 (ICAO DG2 face record, JPEG 2000)")
    b.ok_json({"patikra": "OK"})
    return b.build()


def chip_photo(c: Context) -> Flow:
    b = FB(c, "etapatybe", "POST", f"{API}/api/v1/eid/liveness/compare")
    b.header("user-agent", UA)
    b.json(
        {
            "chipPhoto": b64(fake_jpeg(c.rng.randrange(10**6), 500)),
            "selfieFrames": [b64(fake_jpeg(c.rng.randrange(10**6), 300)) for _ in range(2)],
            "livenessScore": round(c.rng.uniform(0.85, 1.0), 3),
            "sessionRef": rid(c.rng),
        }
    )
    b.bio("face_image", "json chipPhoto + selfieFrames jpeg")
    b.ok_json({"match": True})
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "etapatybe", "POST", f"{API}/api/v1/irenginys/registruoti")
    b.header("user-agent", UA)
    b.json(
        {
            "installationId": b.id("eid_install", where="json installationId"),
            "androidId": b.id("aid_eid", where="json androidId"),
            "platform": "ANDROID",
            "osVersion": "14",
            "pushToken": "fcm:" + rid(c.rng),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def sign_hash(c: Context) -> Flow:
    b = FB(c, "etapatybe", "POST", f"{API}/api/v1/allkiri/alusta")
    b.header("user-agent", UA)
    doc = hashlib.sha256(rid(c.rng).encode()).hexdigest()
    b.json(
        {
            "dokumendi_rasi": doc,
            "algoritm": "SHA-256",
            "kontrollkood": f"{c.rng.randint(0, 9999):04d}",
            "sessionId": rid(c.rng),
        }
    )
    b.decoy("document hash and verification code")
    b.ok_json({"state": "RUNNING"})
    return b.build()


def services(c: Context) -> Flow:
    b = FB(c, "etapatybe", "GET", f"{API}/api/v1/teenused", [("keel", "uk")])
    b.ok_json(
        {
            "teenused": [
                {"id": i, "nimi": n}
                for i, n in enumerate(
                    ["Deklaracija", "Gyvenamoji vieta", "Vaiko registracija", "Laikinoji apsauga"]
                )
            ]
        }
    )
    b.decoy("e-services list")
    return b.build()


def certificate(c: Context) -> Flow:
    b = FB(
        c,
        "etapatybe",
        "GET",
        f"https://c.sk.ee/esteid2018/{c.rng.randint(10**9, 10**10)}.crt",
        http_version="HTTP/1.1",
    )
    b.respond(
        200,
        "application/pkix-cert",
        b"\x30\x82\x05\x1e" + bytes(c.rng.randrange(256) for _ in range(200)),
    )
    b.decoy("certificate download")
    return b.build()
