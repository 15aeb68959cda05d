"""Spreebank: Jonas's own bank app (Pixel 8).

Account opening runs a video-less selfie KYC: the app posts the selfie as a
base64 JPEG under `selfie` together with the ID card's front (the first-party
KYC service matches the faces server-side). Face login computes a face
template on the phone; a newer build ships it as protobuf packed floats (no
field names). Device binding sends the ANDROID_ID and the bank's own device
key. Balance, transfers, the self-declared salutation (Anrede) and the
profile picture (no face analysis) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, pb_bytes, pb_packed_floats

from .phone import JB, floats, iso, ms, rf, rid, ua

API = "https://app.spreebank.example"
UA = ua("Spreebank", "9.4.0")


def _b(c: Context, method: str, url: str) -> JB:
    b = JB(c, "spreebank", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _iban(c: Context) -> str:
    return "DE" + "".join(str(c.rng.randint(0, 9)) for _ in range(20))


def geraet_binden(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/geraet/binden")
    b.json(
        {
            "kunde": b.acct("bank_user"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "geraeteSchluessel": b.id("bank_geraet", where="json geraeteSchluessel"),
            "modell": "Pixel 8",
            "gerootet": False,
        }
    )
    b.ok_json({"gebunden": True})
    return b.build()


def selfie_kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kyc/selfie")
    b.bio("face_image", "json selfie (base64 JPEG for face match against ID photo)")
    b.json(
        {
            "vorgang": rid(c.rng),
            "selfie": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
            "ausweisVorderseite": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "lebendigkeit": {"blinzeln": True, "kopfdrehung": True},
            "zeit": iso(c),
        }
    )
    b.ok_json({"status": "IN_PRUEFUNG"})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/login/gesicht")
    b.bio("face_template", "json gesichtsTemplate (256 float32, base64)")
    b.json(
        {
            "kunde": b.acct("bank_user"),
            "gesichtsTemplate": floats_b64(floats(c.rng, 256)),
            "templateVersion": "sb-face-3",
            "zeit": ms(c),
        }
    )
    b.ok_json({"ok": True, "token": new_hex(c.rng, 32)})
    return b.build()


def face_login_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/l")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def kontostand(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/konten")
    b.ok_json(
        {"konten": [{"iban": _iban(c), "saldo": rf(c.rng, 100, 25000, 2), "waehrung": "EUR"}]}
    )
    return b.build()


def ueberweisung(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/ueberweisungen")
    b.decoy("IBAN and end-to-end reference")
    b.json(
        {
            "von": _iban(c),
            "an": _iban(c),
            "betrag": rf(c.rng, 10, 900, 2),
            "verwendungszweck": "Miete Dezember",
            "endToEndId": rid(c.rng),
        }
    )
    b.ok_json({"referenz": f"SB{c.rng.randint(10**9, 10**10)}", "status": "AUSGEFUEHRT"})
    return b.build()


def profil(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/api/v2/profil")
    b.decoy("self-declared salutation and birth date")
    b.json({"anrede": "Herr", "geburtsdatum": "1986-07-02", "plz": "10245"})
    b.ok_json({"gespeichert": True})
    return b.build()


def profilbild(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/profil/bild")
    b.decoy("profile picture upload (no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.spreebank.example/p/{new_hex(c.rng, 20)}.jpg"})
    return b.build()
