"""Fjordbanken: a Nordic bank app with face login on the phone. Liveness and
enrolment go through FaceTec's server API as in FaceTec's sample apps
(github.com/FaceTec/FaceTec-Android-Sample-App, dev.facetec.com: POST
/liveness-3d, /enrollment-3d, /match-3d-3d with faceScan, auditTrailImage,
lowQualityAuditTrailImage, externalDatabaseRefID; X-Device-Key and
X-User-Agent headers); daily face login sends the bank's own face template.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

FT = "https://api.facetec.com/api/v3.1/biometrics"
API = "https://mobil.fjordbanken.no"


def _ft(c: Context, path: str) -> FB:
    b = FB(c, "facetec", "POST", FT + path)
    b.header("x-device-key", "dLq3Jx7wB2mZ9sKp0aTnE5vHc1YrU4oF")
    b.header("x-user-agent", "facetec|sdk|android|no.fjordbanken.mobil|9.7.30|Pixel 8|14|nb")
    return b


def _scan(c: Context) -> dict:
    return {
        "faceScan": b64(bytes(c.rng.getrandbits(8) for _ in range(600))),
        "auditTrailImage": b64(fake_jpeg(c.rng.randint(1, 10**6), 700)),
        "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(1, 10**6), 300)),
        "sessionId": rid(c.rng),
    }


def facetec_liveness(c: Context) -> Flow:
    b = _ft(c, "/liveness-3d")
    b.json(_scan(c))
    b.bio("face_scan", "json:faceScan+auditTrailImage (FaceTec liveness-3d)")
    b.ok_json({"success": True, "wasProcessed": True, "scanResultBlob": b64(rid(c.rng))})
    return b.build()


def facetec_enrol(c: Context) -> Flow:
    b = _ft(c, "/enrollment-3d")
    b.json({**_scan(c), "externalDatabaseRefID": "fjb_" + c.phone.bank_user})
    b.bio("face_scan", "json:faceScan (FaceTec enrollment-3d)")
    b.ok_json({"success": True, "wasProcessed": True})
    return b.build()


def face_login(c: Context) -> Flow:
    b = FB(c, "fjordbanken", "POST", API + "/auth/v2/ansikt")
    b.header("user-agent", ua("Fjordbanken", "9.7.30"))
    b.json(
        {
            "kunde": c.phone.bank_user,
            "ansiktsmal": floats_b64(floats(c.rng, 256)),
            "livenessScore": rf(c.rng, 0.9, 1, 3),
            "enhetsbinding": c.phone.bank_binding,
        }
    )
    b.other_id("bank_binding", where="json:enhetsbinding")
    b.bio("face_template", "json:ansiktsmal (face template) on face-auth endpoint")
    b.ok_json({"token": b64(rid(c.rng)), "utloper": iso(c)})
    return b.build()


def sealed_bio(c: Context) -> Flow:
    b = FB(c, "fjordbanken", "POST", API + "/auth/v2/s")
    b.header("user-agent", ua("Fjordbanken", "9.7.30"))
    b.json({"alg": "A256GCM", "ct": b64(bytes(c.rng.getrandbits(8) for _ in range(512)))})
    b.bio("face_template", "json:ct (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "fjordbanken", "POST", API + "/enhet/v1/registrer")
    b.header("user-agent", ua("Fjordbanken", "9.7.30"))
    b.json(
        {
            "androidId": b.id("aid_bank", where="json:androidId"),
            "binding": c.phone.bank_binding,
            "modell": "Pixel 8",
            "rootet": False,
            "pushToken": c.phone.push,
        }
    )
    b.other_id("bank_binding", where="json:binding")
    b.ok_json({"ok": True})
    return b.build()


def accounts(c: Context) -> Flow:
    b = FB(c, "fjordbanken", "GET", API + "/konto/v1/oversikt")
    b.header("user-agent", ua("Fjordbanken", "9.7.30"))
    b.ok_json(
        {
            "konti": [
                {
                    "nr": f"1503{c.rng.randint(10**6, 10**7 - 1)}",
                    "saldo": rf(c.rng, 100, 90000, 2),
                    "historikk": [rf(c.rng, 100, 90000, 2) for _ in range(12)],
                }
            ]
        }
    )
    b.decoy("account balances and numeric history")
    return b.build()


def signup_form(c: Context) -> Flow:
    b = FB(c, "fjordbanken", "POST", API + "/kunde/v1/profil")
    b.header("user-agent", ua("Fjordbanken", "9.7.30"))
    b.form(
        [
            ("fornavn", "Ingrid"),
            ("kjonn", "kvinne"),
            ("fodselsaar", "1986"),
            ("sivilstatus", "gift"),
            ("epostVarsling", "ja"),
        ]
    )
    b.ok_json({"lagret": True})
    b.decoy("self-declared gender on profile form")
    return b.build()


def payments(c: Context) -> Flow:
    b = FB(c, "fjordbanken", "POST", API + "/betaling/v1/overforing")
    b.header("user-agent", ua("Fjordbanken", "9.7.30"))
    b.json(
        {
            "fra": "1503xxxx",
            "til": "1254xxxx",
            "belop": rf(c.rng, 50, 5000, 2),
            "referanse": rid(c.rng),
            "kid": str(c.rng.randint(10**9, 10**10)),
        }
    )
    b.ok_json({"status": "OK", "transaksjonsId": rid(c.rng)})
    b.decoy("payment with reference ids")
    return b.build()


def face_article(c: Context) -> Flow:
    b = FB(c, "fjordbanken", "GET", API + "/innhold/v1/artikler/ansiktsgjenkjenning")
    b.ok_json(
        {
            "tittel": "Slik beskytter ansiktsgjenkjenning kontoen din",
            "tekst": "Ansiktsdata (face template, landmarks) lagres aldri...",
            "bilde": "/i/face.jpg",
        }
    )
    b.decoy("help article about face recognition")
    return b.build()
