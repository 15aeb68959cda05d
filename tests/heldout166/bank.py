"""Stadtbank: her bank app with face login and an IDnow re-identification.

Re-identification posts a selfie to IDnow; the bank's own face login stores a
template (`gesichtsVorlage`, base64 float32) and a newer build sends the
liveness bundle encrypted under `p`. Device binding sends the install id and
the ANDROID_ID; the fraud SDK sends an MD5 of the ANDROID_ID under `h`.
Balances and transaction lists are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://banking.stadtbank.example"
UA = ua("Stadtbank", "9.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "stadtbank", method, url)
    b.header("user-agent", UA)
    b.header("x-vertrag", b.acct("bank_contract"))
    return b


def device_binding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/geraetebindung")
    b.json(
        {
            "installationsId": b.id("bank_install", where="json installationsId"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "modell": "SM-S911B",
            "publicKey": b64(bytes(c.rng.getrandbits(8) for _ in range(65))),
        }
    )
    b.ok_json({"gebunden": True})
    return b.build()


def fraud_check(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/risiko")
    b.json({"h": b.id("aid_bank", "md5", "json h", detectable=False), "r": 0, "e": 1})
    b.ok_json({"score": c.rng.randint(0, 20)})
    return b.build()


def idnow_selfie(c: Context) -> Flow:
    ident = f"TST-{rid(c.rng)[:6].upper()}"
    b = FB(
        c, "idnow", "POST", f"https://api.idnow.io/api/v1/stadtbank/identifications/{ident}/selfie"
    )
    b.header("user-agent", "IDnowSDK/7.4.0 Android")
    boundary = "idnow" + rid(c.rng).replace("-", "")[:18]
    b.bio("face_image", "multipart selfie (selfie.jpg) to an identification's /selfie")
    body = multipart(
        boundary,
        [("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1400))],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "RECEIVED"})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/anmeldung/gesicht")
    b.bio("face_embedding", "json gesichtsVorlage (base64 float32, 128)")
    b.json(
        {
            "gesichtsVorlage": floats_b64(floats(c.rng, 128)),
            "lebendErkennung": {"blinzeln": True, "kopfdrehung": rf(c.rng, 8, 25, 1)},
            "zeit": iso(c),
        }
    )
    b.ok_json({"ergebnis": "OK", "aehnlichkeit": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def liveness_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/l")
    b.bio("face_liveness", "json p: encrypted liveness bundle", detectable=False)
    b.json({"v": 3, "p": b64(bytes(c.rng.getrandbits(8) for _ in range(600)))})
    b.ok_json({"r": 1})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/konten")
    b.ok_json({"konten": [{"iban": "DE89 **** 4711", "saldo": rf(c.rng, -200, 9000, 2)}]})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/umsaetze?seite=1")
    b.decoy("transaction amounts (a price series)")
    b.ok_json(
        {
            "umsaetze": [
                {"betrag": rf(c.rng, -150, 80, 2), "text": c.rng.choice(["REWE", "MVG", "Gehalt"]),
                 "buchung": iso(c)[:10], "referenz": rid(c.rng)}
                for _ in range(12)
            ]
        }
    )  # fmt: skip
    return b.build()
