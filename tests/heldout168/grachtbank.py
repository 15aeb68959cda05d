"""Grachtbank: a Dutch bank's app.

It binds the phone at log-in (ANDROID_ID, a device-binding key id) and sends a
device-risk fingerprint whose hashed ANDROID_ID sits under an opaque key. New
joint-account holders record a selfie for the account opening check. Transactions
(amount series), the ATM finder (coordinates) and payment requests are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://app.grachtbank.example"
UA = ua("Grachtbank", "8.12.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "grachtbank", method, url)
    b.header("user-agent", UA)
    b.header("x-correlation-id", rid(c.rng))
    return b


def apparaat_binden(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/apparaatbinding")
    b.json(
        {
            "klant": b.acct("bank_user"),
            "apparaatSleutelId": b.id("bank_binding", where="json apparaatSleutelId"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "root": False,
        }
    )
    b.ok_json({"gebonden": True})
    return b.build()


def risico_fingerprint(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/r")
    b.json(
        {
            "a": b.id("aid_bank", "md5", "json a (md5 of ANDROID_ID)", detectable=False),
            "b": rf(c.rng, 0, 1, 3),
            "c": [c.rng.randint(0, 255) for _ in range(6)],
        }
    )
    b.ok_json({"s": 0})
    return b.build()


def selfie_rekening(c: Context) -> Flow:
    boundary = "grachtbank" + new_hex(c.rng, 16)
    parts = [
        ("aanvraag", None, "application/json", b'{"type":"gezamenlijke-rekening"}'),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1100)),
    ]
    b = _b(c, "POST", f"{API}/api/v1/onboarding/gezichtscontrole")
    b.bio("face_image", "multipart selfie to onboarding/gezichtscontrole")
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "in-behandeling"})
    return b.build()


def transacties(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/api/v2/rekeningen/NL{c.rng.randint(10, 99)}GRCH0{c.rng.randint(10**8, 10**9)}"
        "/transacties",
    )
    b.decoy("transactions: amounts and dates (a series, not biometric)")
    b.ok_json(
        {"transacties": [{"bedrag": rf(c.rng, -120, 40, 2), "datum": iso(c),
                          "omschrijving": c.rng.choice(["Albert Heijn", "NS", "Colruyt"])}
                         for _ in range(8)]}
    )  # fmt: skip
    return b.build()


def geldautomaten(c: Context) -> Flow:
    lat, lon = rf(c.rng, 52.05, 52.12), rf(c.rng, 5.05, 5.15)
    b = _b(c, "GET", f"{API}/api/v1/geldautomaten?lat={lat}&lon={lon}")
    b.decoy("ATM finder with coordinates (the bank's equipment)")
    b.ok_json({"automaten": [{"id": f"GA-{c.rng.randint(1000, 9999)}", "lat": lat, "lon": lon}]})
    return b.build()


def betaalverzoek(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/betaalverzoeken")
    b.decoy("payment request: amount, description and a request id")
    b.json({"bedrag": rf(c.rng, 5, 60, 2), "omschrijving": "Pizza vrijdag", "id": rid(c.rng)})
    b.ok_json({"link": f"https://betaal.grachtbank.example/{new_hex(c.rng, 12)}"})
    return b.build()
