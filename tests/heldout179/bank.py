"""Fjellbanken: her bank. Onboarding a new phone needs BankID plus a selfie
that Signicat's liveness service matches to her passport chip photo.

Biometric: the selfie upload to Signicat (readable: a face image part named
selfie in a liveness process) and the app's encrypted liveness-frame packet
(opaque). Device ids: the device-binding call (ANDROID_ID and the app's binding
key id). Ordinary: balances and transaction series, exchange rates, the
customer form with her self-declared gender, the card list and the push token
(an account credential).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobil.fjellbanken.example"
SIGNICAT = "https://api.signicat.com"
UA = ua("Fjellbanken", "5.22.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fjellbanken", method, url)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def selfie_upload(c: Context) -> Flow:
    dossier, process = new_hex(c.rng, 24), new_hex(c.rng, 24)
    b = _b(c, "POST", f"{SIGNICAT}/assure/dossiers/{dossier}/processes/{process}/selfie")
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    b.bio("face_image", "multipart selfie (liveness process, matched to the passport photo)")
    boundary = "----fjb" + new_hex(c.rng, 16)
    meta = b'{"type":"liveness","provider":"face","captureMode":"passive"}'
    body = multipart(
        boundary,
        [
            ("metadata", None, "application/json", meta),
            ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "processing", "processId": process})
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{SIGNICAT}/assure/dossiers/{new_hex(c.rng, 24)}/processes")
    b.bio("face_analysis", "response faceMatch score + liveness + estimatedAge from her selfie")
    b.header("authorization", "Bearer " + new_hex(c.rng, 64))
    b.ok_json(
        {
            "status": "accepted",
            "faceMatch": {"score": rf(c.rng, 0.85, 0.99, 3), "result": "MATCH"},
            "liveness": {"passed": True, "score": rf(c.rng, 0.9, 1.0, 3)},
            "estimatedAge": c.rng.randint(38, 44),
        }
    )
    return b.build()


def liveness_sealed(c: Context) -> Flow:
    """The SDK's encrypted frame packet: nothing readable says it holds a face."""
    b = _b(c, "POST", f"{API}/api/onb/v2/pkt")
    b.bio("face_video_frames", "body (AES-encrypted liveness frames)", detectable=False)
    blob = hashlib.shake_256(new_hex(c.rng, 16).encode()).digest(1500)
    b.set_body(blob, "application/octet-stream")
    b.ok_json({"ok": True})
    return b.build()


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/enhet/v1/binding")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "bindingKeyId": b.other_id_value("bank_binding", "json bindingKeyId"),
            "pushToken": b.acct("fcm_token"),
            "kundeId": b.acct("bank_customer"),
            "model": "SM-S911B",
        }
    )
    b.ok_json({"bound": True, "at": iso(c)})
    return b.build()


def device_check_hashed(c: Context) -> Flow:
    """The risk check sends a SHA-256 of the ANDROID_ID under 'h'."""
    b = _b(c, "POST", f"{API}/api/r/c")
    b.json(
        {
            "h": b.id("aid_bank", "sha256", "json h (sha256)", detectable=False),
            "r": 0,
            "t": ms(c),
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def balances(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/konto/v1/oversikt")
    b.decoy("balances and a 30-day balance series")
    b.ok_json(
        {
            "kontoer": [
                {
                    "kontonr": "1503" + new_digits(c.rng, 7),
                    "saldo": rf(c.rng, 100, 90000, 2),
                    "historikk": [rf(c.rng, 0, 90000, 2) for _ in range(30)],
                }
                for _ in range(2)
            ]
        }
    )
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/konto/v1/transaksjoner?fra=2024-11-01")
    b.ok_json(
        {
            "transaksjoner": [
                {
                    "dato": iso(c),
                    "tekst": c.rng.choice(["KIWI GARDERMOEN", "VY", "NARVESEN OSL", "Lønn"]),
                    "belop": rf(c.rng, -900, -20, 2),
                }
                for _ in range(10)
            ]
        }
    )
    return b.build()


def customer_form(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/kunde/v1/opplysninger")
    b.decoy("customer form with self-declared gender and birth year: not biometric")
    b.json(
        {
            "kjonn": "K",
            "fodselsaar": 1983,
            "yrke": "Skiftleder bakkeoperasjoner",
            "adresse": {"postnr": "2060", "sted": "Gardermoen"},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/valuta/v1/kurser")
    b.decoy("exchange-rate series")
    b.ok_json({k: [rf(c.rng, 9, 12.5, 4) for _ in range(20)] for k in ("EUR", "USD", "GBP")})
    return b.build()


def push_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/push/v1/token")
    b.json({"token": b.acct("fcm_token"), "lang": "nb"})
    b.no_content()
    return b.build()


def card_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kort/v1")
    b.ok_json({"kort": [{"maskert": "**** " + new_digits(c.rng, 4), "type": "Visa"}]})
    return b.build()


def bankid_sign(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/bankid/v1/start")
    b.decoy("BankID session reference and nonce: no device id")
    b.json({"ref": rid(c.rng), "nonce": b64(new_hex(c.rng, 16))})
    b.ok_json({"redirect": "https://csfe.bankid.example/x"})
    return b.build()
