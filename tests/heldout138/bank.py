"""Caisse Boréale: the tester's bank (fictional backend) with a selfie check through Onfido.

On a new-device login the bank asks for a selfie: Onfido's Canadian region
takes it as a live photo (`/v3.6/live_photos`, multipart `file`,
https://documentation.onfido.com/api/latest/#upload-live-photo). The bank's own
step-up sends an on-device face template (`gabarit_visage`, base64 float32) and,
in its hardened SDK, an encrypted selfie blob under `p` (opaque). Login and step-up
calls carry the app's ANDROID_ID in `x-id-appareil`. Accounts, transfers and a branch
locator with coordinates are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, new_builder, rf, rid, ua

API = "https://api.caisseboreale.example/mobile/v2"
UA = ua("CaisseBoreale", "9.14.0")


def _b(c: Context, method: str, path: str, device: bool = False) -> FB:
    """The device header rides only on login and step-up calls (device binding)."""
    b = new_builder(c, "caisseboreale", method, f"{API}{path}", UA)
    if device:
        b.header("x-id-appareil", b.id("aid_bank", where="header x-id-appareil"))
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def onfido_live_photo(c: Context) -> Flow:
    boundary = "onfido" + new_hex(c.rng, 16)
    b = new_builder(
        c, "onfido", "POST", "https://api.ca.onfido.com/v3.6/live_photos", "okhttp/4.12.0"
    )
    b.header("authorization", "Token token=api_live_ca." + new_hex(c.rng, 40))
    b.bio("face_image", "multipart file selfie.jpg to /live_photos (liveness / face match)")
    body = multipart(
        boundary,
        [
            ("applicant_id", None, None, rid(c.rng).encode()),
            ("advanced_validation", None, None, b"true"),
            ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "file_name": "selfie.jpg", "created_at": iso(c)}, 201)
    return b.build()


def face_template(c: Context) -> Flow:
    b = _b(c, "POST", "/authentification/visage", device=True)
    b.bio("face_template", "json gabarit_visage (base64 float32 face template)")
    b.json(
        {
            "membre": b.acct("bank_member"),
            "gabarit_visage": floats_b64(floats(c.rng, 128)),
            "version_modele": "fv-2.3",
            "vivacite": rf(c.rng, 0.9, 1.0, 3),
        }
    )
    b.ok_json({"resultat": "correspondance", "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def sealed_selfie(c: Context) -> Flow:
    b = _b(c, "POST", "/s", device=True)
    b.bio("face_image", "json p (encrypted selfie blob, nothing readable)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(1200))
    b.json({"k": new_hex(c.rng, 32), "p": b64(blob), "n": new_hex(c.rng, 24)})
    b.ok_json({"ok": 1})
    return b.build()


def accounts(c: Context) -> Flow:
    b = _b(c, "GET", "/comptes")
    b.decoy("account balances and a 30-day balance series")
    b.ok_json(
        {
            "comptes": [{"type": "epargne", "solde": rf(c.rng, 100, 9000, 2)}],
            "historique_solde": [rf(c.rng, 1000, 4000, 2) for _ in range(30)],
        }
    )
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", "/virements-interac")
    b.decoy("Interac e-transfer to a client's email with a reference number")
    b.json(
        {
            "destinataire": "facturation@agence-lumen.example",
            "montant": rf(c.rng, 50, 2000, 2),
            "reference": f"CA{c.rng.randint(10**9, 10**10)}",
        }
    )
    b.ok_json({"statut": "envoye"})
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(
        c, "GET", f"/succursales?lat={rf(c.rng, 45.4, 45.6, 4)}&lon={rf(c.rng, -73.7, -73.5, 4)}"
    )
    b.decoy("branch locator coordinates")
    b.ok_json({"succursales": [{"nom": "Plateau", "lat": 45.5231, "lon": -73.5817}]})
    return b.build()


def device_login(c: Context) -> Flow:
    b = _b(c, "POST", "/connexion/appareil", device=True)
    b.json({"membre": b.acct("bank_member"), "plateforme": "android", "horodatage": iso(c)})
    b.ok_json({"etape_suivante": "selfie", "jeton": rid(c.rng)})
    return b.build()


BIO = [onfido_live_photo, face_template, sealed_selfie, face_template]
ALL_ORDINARY = [accounts, transfer, branches, accounts]
