"""Havenbank: Daan's bank, with face login.

Logging in with his face sends a short burst of liveness frames and the
matcher's result to the bank; the newer SDK seals the same payload into one
encrypted blob. Device binding gives the bank the app's ANDROID_ID. Balances,
transactions, IBANs and the investment tab's price series are ordinary data.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, bearer, floats, iso, points, rf, rid, ua

API = "https://app.havenbank.example"
UA = ua("Havenbank", "8.22.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "havenbank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/auth/v3/gezichtslogin")
    b.bio("face_image", "json livenessFrames[] (own face, login) and faceLandmarks")
    b.json(
        {
            "klantnummer": b.acct("bank_customer"),
            "livenessFrames": [
                b64(fake_jpeg(c.rng.randint(0, 10**9), 300)) for _ in range(c.rng.randint(2, 3))
            ],
            "faceLandmarks": points(c.rng, 68),
            "uitdaging": c.rng.choice(["knipper", "draai-links", "glimlach"]),
            "tijd": iso(c),
        }
    )
    b.ok_json({"ingelogd": True, "sessie": rid(c.rng)})
    return b.build()


def face_login_sealed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/auth/v4/fl")
    b.bio("face_image", "json e (encrypted liveness payload)", detectable=False)
    b.json(
        {
            "e": b64(bytes(c.rng.getrandbits(8) for _ in range(900))),
            "kid": "hb-2024-10",
            "n": b64(bytes(c.rng.getrandbits(8) for _ in range(12))),
        }
    )
    b.ok_json({"ingelogd": True, "sessie": rid(c.rng)})
    return b.build()


def voice_id_enrol(c: Context) -> Flow:
    """Telephone-banking voice ID: the app sends the speaker embedding of his voice."""
    b = _b(c, "POST", f"{API}/api/auth/v3/stem-id/inschrijven")
    b.bio("voiceprint", "json stemafdruk (speaker embedding, own voice)")
    b.json(
        {
            "klantnummer": b.acct("bank_customer"),
            "stemafdruk": floats(c.rng, 192),
            "model": "spk-ecapa-v2",
            "zin": "Bij Havenbank is mijn stem mijn wachtwoord",
            "opnameMs": c.rng.randint(2500, 5000),
        }
    )
    b.ok_json({"ingeschreven": True})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/apparaat/v2/koppelen")
    aid = b.id("aid_bank", where="json apparaatId")
    b.json(
        {
            "apparaatId": aid,
            "apparaatNaam": "SM-A546B",
            "vingerafdruk": hashlib.sha256(rid(c.rng).encode()).hexdigest(),
            "email": b.id("email", where="json email"),
        }
    )
    b.decoy("vingerafdruk: hash of a one-off key pair, not a fingerprint scan")
    b.ok_json({"gekoppeld": True})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rekeningen")
    b.decoy("IBANs and balances")
    b.ok_json(
        [
            {
                "iban": "NL" + new_digits(c.rng, 2) + "HAVB0" + new_digits(c.rng, 9),
                "saldo": rf(c.rng, -200, 9000, 2),
                "valuta": "EUR",
            }
            for _ in range(2)
        ]
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/rekeningen/1/transacties?pagina=1")
    b.ok_json(
        {
            "transacties": [
                {
                    "bedrag": rf(c.rng, -120, 2800, 2),
                    "omschrijving": c.rng.choice(
                        [
                            "Albert Heijn 1432",
                            "Salaris",
                            "NS Reizigers",
                            "Kijkhuis abonnement",
                            "Żabka Rotterdam",
                        ]
                    ),
                    "datum": iso(c)[:10],
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def price_series(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/beleggen/fondsen/HB-WERELD/koers?periode=1j")
    b.decoy("fund price series of 128 floats (embedding-sized, not a face)")
    base = rf(c.rng, 20, 80, 2)
    b.ok_json({"koersen": [round(base + c.rng.gauss(0, 2), 3) for _ in range(128)]})
    return b.build()
