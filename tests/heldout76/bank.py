"""Her bank app ("Hansabank", in-house backend) with a FaceTec face check.

Real: FaceTec's server API (POST .../liveness-3d and .../match-3d-3d with
faceScan, auditTrailImage, lowQualityAuditTrailImage, sessionId, and
externalDatabaseRefID for the match; X-Device-Key and X-User-Agent headers),
per FaceTec's sample server integrations on GitHub. The app first sends the
scan to its own backend, which forwards it (a common integration).
Truly sensitive: the face scans and audit-trail face images (biometric), the
device binding with the bank's IDFV (device_id). Decoys: the on-device Face ID
unlock (only "faceID succeeded" and a signed challenge leave the phone),
balances and a price series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, ua

API = "https://api.hansabank.de"
UA = ua("Hansabank", "11.2.0")


def _scan(c: Context) -> dict[str, str]:
    return {
        "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(400))),
        "auditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 300)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.getrandbits(32), 150)),
        "sessionId": new_uuid(c.rng),
    }


def facetec_liveness(c: Context) -> Flow:
    b = FB(c, "facetec", "POST", "https://api.facetec.com/api/v3.1/biometrics/liveness-3d")
    b.header("x-device-key", new_hex(c.rng, 32))
    b.header(
        "x-user-agent", f"facetec|sdk|ios|de.hansabank.app|{new_uuid(c.rng)}|iPhone16,1|9.7.30"
    )
    b.json(_scan(c))
    b.bio("face_scan", "body.faceScan+auditTrailImage")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": new_hex(c.rng, 40)})
    return b.build()


def facetec_match(c: Context) -> Flow:
    b = FB(c, "hansabank", "POST", API + "/api/v2/kyc/gesicht/abgleich")
    b.header("user-agent", UA)
    b.json({**_scan(c), "externalDatabaseRefID": "hb-" + new_hex(c.rng, 16)})
    b.bio("face_scan", "body.faceScan+auditTrailImage")
    b.ok_json({"matchLevel": c.rng.randint(5, 10), "ergebnis": "bestanden"})
    return b.build()


def selfie_upload(c: Context) -> Flow:
    b = FB(c, "hansabank", "POST", API + "/api/v2/kyc/selfie")
    b.header("user-agent", UA)
    b.json(
        {
            "selfieBild": b64(fake_jpeg(c.rng.getrandbits(32), 500)),
            "zweck": "Gesichtsabgleich",
            "ausweisSeite": "vorn",
        }
    )
    b.bio("face_image", "body.selfieBild")
    b.ok_json({"vorgang": new_hex(c.rng, 12)})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = FB(c, "hansabank", "POST", API + "/api/v2/geraet/binden")
    b.header("user-agent", UA)
    b.json(
        {
            "geraeteId": b.id("idfv_bank", where="body.geraeteId"),
            "modell": "iPhone16,1",
            "betriebssystem": "iOS 17.5",
            "publicKey": b64(bytes(c.rng.getrandbits(8) for _ in range(65))),
        }
    )
    b.ok_json({"gebunden": True})
    return b.build()


def faceid_login(c: Context) -> Flow:
    b = FB(c, "hansabank", "POST", API + "/api/v2/login/biometrie")
    b.header("user-agent", UA)
    b.json(
        {
            "verfahren": "faceID",
            "biometryType": "faceID",
            "lokalErfolgreich": True,
            "challenge": new_hex(c.rng, 32),
            "signatur": b64(bytes(c.rng.getrandbits(8) for _ in range(70))),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "gueltigBis": iso(c)})
    b.decoy("on-device Face ID unlock: only a success flag and a key signature leave the phone")
    return b.build()


def balance(c: Context) -> Flow:
    b = FB(c, "hansabank", "GET", API + "/api/v2/konten/uebersicht")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "konten": [{"iban": "DE89 **** **** 1234", "saldo": rf(c.rng, 100, 9000, 2)}],
            "verlauf": [rf(c.rng, 100, 9000, 2) for _ in range(30)],
        }
    )
    b.decoy("balance history: a numeric series")
    return b.build()


def depot(c: Context) -> Flow:
    b = FB(c, "hansabank", "GET", API + "/api/v2/depot/kurse", [("isin", "DE0007164600")])
    b.header("user-agent", UA)
    b.ok_json({"kurse": [[int(c.now) - i * 3600, rf(c.rng, 110, 130, 2)] for i in range(48)]})
    b.decoy("share price series")
    return b.build()


def risk_signals(c: Context) -> Flow:
    """The fraud SDK's device fingerprint: the IDFV XOR-scrambled under a one-letter key."""
    b = FB(c, "hansabank", "POST", API + "/api/v2/risiko/signale")
    b.header("user-agent", UA)
    raw = b.id_raw("idfv_bank", "xor5_hex", where="body.s.d (scrambled)")
    b.json(
        {
            "s": {"d": bytes(x ^ 5 for x in raw.encode()).hex(), "j": False, "t": int(c.now)},
            "v": "2.4",
        }
    )
    b.ok_json({"risiko": "niedrig"})
    return b.build()
