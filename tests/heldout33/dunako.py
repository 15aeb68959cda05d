"""Dunakő Bank: a Hungarian bank with FaceTec 3D face login and voice verification.

FaceTec: the server REST API (FaceTec Server docs; request fields seen in
public integrations: faceScan, auditTrailImage, lowQualityAuditTrailImage,
sessionId, externalDatabaseRefID; headers X-Device-Key and X-User-Agent) on
/enrollment-3d and /match-3d-3d, here proxied through the bank's own host.
Firebase Installations: POST /v1/projects/{p}/installations {fid, appId,
authVersion FIS_v2, sdkVersion} (firebase-android-sdk FirebaseInstallationServiceClient).
Voice: the bank's own endpoints (Hungarian 'hangminta' = voice sample).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rid, ua

API = "https://mobil.dunakobank.hu"
UA = ua("DunakoMobil", "4.7.2")


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-request-id", rid(b.ctx.rng))


def _facetec(c: Context, path: str) -> Flow:
    b = FB(c, "facetec", "POST", f"{API}/facetec{path}")
    b.header(
        "x-device-key",
        "dX" + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(30)),
    )
    b.header(
        "x-user-agent",
        f"facetec|sdk|android|hu.dunako.mobil|{rid(c.rng)}|{c.phone.model}|9.7.8|hu_HU|hu",
    )
    seed = c.rng.getrandbits(32)
    b.json(
        {
            "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(400))),
            "auditTrailImage": b64(fake_jpeg(seed, 300)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(seed + 1, 160)),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "dunako_" + b.acct("bank_user"),
        }
    )
    b.bio("face_scan", "body.faceScan/auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(rid(c.rng))})
    return b.build()


def facetec_enrol(c: Context) -> Flow:
    return _facetec(c, "/enrollment-3d")


def facetec_match(c: Context) -> Flow:
    return _facetec(c, "/match-3d-3d")


def hangminta(c: Context) -> Flow:
    """Voice verification at a phone-banking step: a WAV sample, Hungarian part names."""
    b = FB(c, "dunako", "POST", f"{API}/api/v1/hang/azonositas")
    _hdr(b)
    bnd = "----dunako" + str(c.rng.randint(10**8, 10**9))
    body = multipart(
        bnd,
        [
            ("ugyfel", None, None, b.acct("bank_user").encode()),
            ("hangminta", "minta.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 700)),
            ("mondat", None, None, b"A hangom a jelszavam."),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("voice", "multipart.hangminta")
    b.ok_json({"egyezes": round(c.rng.uniform(0.8, 0.99), 3), "eredmeny": "ELFOGADVA"})
    return b.build()


def voice_enrol(c: Context) -> Flow:
    b = FB(c, "dunako", "POST", f"{API}/api/v1/voice/enrolment")
    _hdr(b)
    b.json(
        {
            "customerId": b.acct("bank_user"),
            "speakerEmbedding": floats_b64(floats(c.rng, 192)),
            "embeddingDim": 192,
            "model": "ecapa-tdnn-v2",
            "utteranceMs": c.rng.randint(2500, 6000),
        }
    )
    b.bio("voiceprint", "body.speakerEmbedding")
    b.ok_json({"enrolled": True})
    return b.build()


def opaque_bio(c: Context) -> Flow:
    b = FB(c, "dunako", "POST", f"{API}/api/v1/sec/env")
    _hdr(b)
    b.json(
        {
            "kid": "k7",
            "iv": b64(bytes(12)),
            "ct": b64(bytes(c.rng.getrandbits(8) for _ in range(300))),
        }
    )
    b.bio("face_template", "body.ct (encrypted liveness envelope)", detectable=False)
    b.ok_json({"ok": True})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "dunako", "POST", f"{API}/api/v1/device/bind")
    _hdr(b)
    b.json(
        {
            "deviceId": b.id("aid_bank", where="body.deviceId"),
            "platform": "android",
            "model": c.phone.model,
            "osVersion": "14",
            "rooted": False,
        }
    )
    b.ok_json({"bound": True, "bindingId": rid(c.rng)})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/dunako-mobil/installations"
    b = FB(c, "firebase", "POST", url)
    b.header(
        "x-goog-api-key",
        "AIzaSy" + "".join(c.rng.choice("abcdefghijkLMNOP0123_-") for _ in range(33)),
    )
    b.json(
        {
            "fid": b.id("bank_fid", where="body.fid"),
            "appId": "1:58120031174:android:3f2a9c0b1d",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {"name": "projects/58120031174/installations/x", "authToken": {"expiresIn": "604800s"}}
    )
    return b.build()


def settings(c: Context) -> Flow:
    b = FB(c, "dunako", "PUT", f"{API}/api/v1/beallitasok")
    _hdr(b)
    b.json(
        {
            "biometrikusBelepes": True,
            "arcfelismeresBekapcsolva": True,
            "ertesitesek": {"push": True},
        }
    )
    b.ok_json({"ok": True})
    b.decoy("face-login setting toggled (a switch, no biometric data)")
    return b.build()


def accounts(c: Context) -> Flow:
    b = FB(c, "dunako", "GET", f"{API}/api/v1/szamlak")
    _hdr(b)
    tx = [
        {"osszeg": round(c.rng.uniform(-40000, 30000), 0), "datum": iso(c)[:10], "partner": "Tesco"}
        for _ in range(5)
    ]
    b.ok_json({"egyenleg": round(c.rng.uniform(1e4, 2e6), 0), "penznem": "HUF", "tranzakciok": tx})
    b.decoy("account balance and transactions")
    return b.build()


def rates(c: Context) -> Flow:
    b = FB(c, "dunako", "GET", f"{API}/api/v1/arfolyamok", [("deviza", "EUR,RON")])
    b.ok_json(
        {
            "EUR": [round(c.rng.uniform(390, 410), 2) for _ in range(30)],
            "RON": [round(c.rng.uniform(78, 82), 2) for _ in range(30)],
        }
    )
    b.decoy("exchange-rate series")
    return b.build()


def id_selfie_doc(c: Context) -> Flow:
    """A statement PDF download: not biometric."""
    b = FB(
        c,
        "dunako",
        "GET",
        f"{API}/api/v1/kivonat/{c.rng.randint(2023, 2024)}-{c.rng.randint(1, 12):02d}.pdf",
    )
    _hdr(b)
    b.respond(
        200, "application/pdf", b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    b.decoy("bank statement download")
    return b.build()
