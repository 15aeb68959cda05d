"""Nordvig Bank: her bank's app, with face login through a 3D-liveness SDK.

Face login follows the shape of FaceTec's server API (a `faceScan` blob, an
`auditTrailImage` selfie and a low-quality copy, base64; see FaceTec's
documented /liveness-3d and /match-3d-3d requests), relayed through the bank's
backend; enrolment also stores a face template (`ansigtsskabelon`, base64
float32). The newer release wraps the whole login request in a JWE the bank
decrypts, so nothing readable says what it holds. The device binding sends the
app's ANDROID_ID and the bank's installation id. Balances, transactions,
exchange-rate series, card-location maps and a profile form with self-declared
gender are ordinary.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, b64url, fake_jpeg, floats_b64

from .phone import FB, floats, iso, rf, rid, ua

API = "https://api.nordvigbank.example"
UA = ua("NordvigBank", "11.3.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nordvigbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _scan(c: Context, size: int = 900) -> str:
    return b64(
        hashlib.shake_256(b"scan" + c.rng.getrandbits(64).to_bytes(8, "little")).digest(size)
    )


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v3/biometri/ansigt/login")
    b.bio("face_scan", "json faceScan + auditTrailImage (selfie) to liveness/match")
    b.json(
        {
            "faceScan": _scan(c),
            "auditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "lowQualityAuditTrailImage": b64(fake_jpeg(c.rng.randint(0, 10**9), 200)),
            "sessionId": rid(c.rng),
            "externalDatabaseRefID": "nvb_" + b.acct("bank_customer"),
        }
    )
    b.ok_json({"success": True, "matchLevel": c.rng.choice([7, 8, 9, 10]), "token": rid(c.rng)})
    return b.build()


def face_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v3/biometri/ansigt/tilmeld")
    b.bio("face_template", "json ansigtsskabelon (base64 float32 face template)")
    b.json(
        {
            "kundeNr": b.acct("bank_customer"),
            "ansigtsskabelon": floats_b64(floats(c.rng, 128)),
            "skabelonVersion": "3d-v9",
            "livenessScore": rf(c.rng, 0.9, 1, 3),
        }
    )
    b.ok_json({"tilmeldt": True})
    return b.build()


def face_login_jwe(c: Context) -> Flow:
    """The login body sealed in a JWE compact string: encrypted, names nothing."""
    b = _b(c, "POST", f"{API}/auth/v4/l")
    b.bio("face_scan", "json payload (JWE-encrypted login with face scan)", detectable=False)
    header = b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"nvb-2024"}')
    parts = [header] + [
        b64url(hashlib.shake_256(c.rng.getrandbits(64).to_bytes(8, "little")).digest(n))
        for n in (256, 12, 1400, 16)
    ]
    b.json({"payload": ".".join(parts)})
    b.ok_json({"status": "OK", "token": rid(c.rng)})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/enheder/v1/tilknyt")
    b.json(
        {
            "enhedsId": b.id("aid_bank", where="json enhedsId"),
            "installationsId": b.id("bank_install", where="json installationsId"),
            "model": "SM-S911B",
            "os": "Android 14",
            "kundeNr": b.acct("bank_customer"),
        }
    )
    b.ok_json({"tilknyttet": True, "udløber": iso(c)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/konti/v2/oversigt")
    b.decoy("account numbers and balances")
    b.ok_json(
        {
            "konti": [
                {
                    "kontoNr": f"5301 {c.rng.randint(10**9, 10**10)}",
                    "saldo": rf(c.rng, -2000, 90000, 2),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/konti/v2/posteringer?fra=2024-10-01")
    b.ok_json(
        {
            "posteringer": [
                {
                    "tekst": c.rng.choice(
                        ["Netto", "Rejsekort", "Podimo", "DSB", "Café Petersborg"]
                    ),
                    "beløb": rf(c.rng, -900, -10, 2),
                    "dato": iso(c)[:10],
                }
                for _ in range(15)
            ]
        }
    )
    return b.build()


def fx_series(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/marked/v1/valuta/EURDKK?interval=1d&antal=30")
    b.decoy("exchange-rate series (a price series, not biometric)")
    b.ok_json({"kurser": [rf(c.rng, 7.44, 7.47, 4) for _ in range(30)]})
    return b.build()


def card_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/kort/v1/seneste-brug")
    b.decoy("card-use coordinates (shops' locations)")
    b.ok_json(
        {
            "brug": [
                {
                    "sted": "Netto Nørrebro",
                    "lat": rf(c.rng, 55.67, 55.7, 5),
                    "lon": rf(c.rng, 12.54, 12.6, 5),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/kunde/v1/profil")
    b.decoy("profile form with self-declared gender (not biometric)")
    b.json(
        {
            "fornavn": "Ida",
            "køn": "kvinde",
            "erhverv": "Museumsinspektør",
            "adresse": {"vej": "Ryesgade 12", "postnr": "2200"},
        }
    )
    b.ok_json({"gemt": True})
    return b.build()
