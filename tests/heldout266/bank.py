"""Kees Bank: a Luxembourg retail bank app, and the branch's own equipment.

Sensitive: the selfie face match when the commuter raises a transfer limit
(Onfido live photo, multipart `file` with `advanced_validation`,
https://documentation.onfido.com/api/latest/#upload-live-photo), the app's own
face-match request (`Gesiicht` template floats and the head pose the camera
step estimated) and a newer build's protobuf frame of the same (field numbers
only: opaque); device binding sends the ANDROID_ID and the bank's device key.
Ordinary look-alikes, the bank's own equipment and data: the branch's queue
kiosk ticket (kiosk serial, the "Apparat" that printed it), the branch signage
inventory (screens' serials and MACs, "Bildschierm"), exchange rates, a
transfer with its reference number, the profile avatar (a picture the user
chose, not sent to face analysis) and the self-declared "Geschlecht" on the
profile form.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import B, floats, fmac, iso, mk, ms, rf, rid, ua

API = "https://mobile.keesbank.example"
UA = ua("KeesBank", "7.2.0")
BRANCHES = ["Kirchberg", "Gare", "Esch-Belval", "Ettelbréck"]


def _b(c: Context, method: str, path: str) -> B:
    b = mk(c, "keesbank", method, API + path, UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/apparat/registréieren")
    b.json(
        {
            "androidId": b.id("aid_bank", where="json androidId"),
            "apparatSchlëssel": b.id("bank_device_key", where="json apparatSchlëssel"),
            "modell": "Pixel 8",
            "root": False,
        }
    )
    b.ok_json({"registréiert": True, "sms": "gescheckt"})
    return b.build()


def device_header_check(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v4/konten")
    b.header("x-device-id", b.id("aid_bank", where="header x-device-id"))
    b.ok_json(
        {
            "konten": [
                {"iban": "LU28 0019 " + new_digits(c.rng, 12), "saldo": rf(c.rng, 100, 9000, 2)}
            ]
        }
    )
    return b.build()


def kiosk_ticket(c: Context) -> Flow:
    branch = c.rng.choice(BRANCHES)
    b = _b(c, "POST", "/api/v4/filial/schlaang/ticket")
    b.decoy("branch queue kiosk ticket: the bank's own kiosk serial and 'Apparat'")
    b.json({"filial": branch, "uleies": "Kreditt", "zäit": iso(c)})
    b.ok_json(
        {
            "ticketNummer": f"K{c.rng.randint(1, 199):03d}",
            "waardezäit_min": c.rng.randint(2, 25),
            "apparat": {
                "typ": "Schlaang-Kiosk",
                "seriennummer": "QK-" + new_hex(c.rng, 8).upper(),
                "standuert": f"Filial {branch}, Entrée",
            },
        }
    )
    return b.build()


def signage_inventory(c: Context) -> Flow:
    branch = c.rng.choice(BRANCHES)
    b = _b(c, "GET", f"/api/v4/filial/{branch.lower()}/bildschierm")
    b.decoy("branch signage screens' serials and MACs (the bank's own equipment)")
    b.ok_json(
        {
            "filial": branch,
            "bildschierm": [
                {
                    "nom": f"Écran vitrine {n}",
                    "numéroDeSérie": "SGN" + new_digits(c.rng, 9),
                    "mac": fmac(c.rng, "00:1B:C5"),
                    "contenu": "taux-hypothécaires.mp4",
                    "statut": "en ligne",
                }
                for n in range(1, c.rng.randint(2, 4) + 1)
            ],
        }
    )
    return b.build()


def kurs(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v4/devisen?basis=EUR")
    b.decoy("exchange rates")
    b.ok_json({"CHF": rf(c.rng, 0.92, 0.97), "USD": rf(c.rng, 1.05, 1.12), "GBP": 0.85})
    return b.build()


def virement(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/iwwerweisung")
    b.decoy("transfer with a reference / order number")
    b.json(
        {
            "vun": b.acct("bank_user"),
            "un": "DE89 3704 0044 " + new_digits(c.rng, 10),
            "betrag": rf(c.rng, 10, 900, 2),
            "referenz": "LOYER-" + new_digits(c.rng, 6),
        }
    )
    b.ok_json({"status": "ausgefouert", "transaktiounsNummer": new_digits(c.rng, 16, "9")})
    return b.build()


def avatar(c: Context) -> Flow:
    bnd = "kb" + new_hex(c.rng, 16)
    b = _b(c, "POST", "/api/v4/profil/foto")
    b.decoy("profile avatar the user picked (stored, no face analysis)")
    data = multipart(
        bnd, [("foto", "avatar.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9)))]
    )
    b.set_body(data, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"url": f"{API}/cdn/avatar/{new_hex(c.rng, 12)}.jpg"})
    return b.build()


def profil_form(c: Context) -> Flow:
    b = _b(c, "PUT", "/api/v4/profil")
    b.decoy("self-declared gender and language on the profile form")
    b.json({"Geschlecht": "weiblech", "sprooch": "fr", "nationalitéit": "DE", "beruff": "Pendler"})
    b.ok_json({"ok": True})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    bnd = "----OkHttp" + new_hex(c.rng, 24)
    b = mk(c, "onfido", "POST", "https://api.eu.onfido.com/v3.6/live_photos", UA)
    b.header("authorization", "Token token=api_live." + new_hex(c.rng, 32))
    b.bio("face_image", "multipart file (Onfido live_photos selfie)")
    b.set_body(
        multipart(
            bnd,
            [
                ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
                ("advanced_validation", None, None, b"true"),
                ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1100)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    oid = rid(c.rng)
    b.ok_json(
        {
            "id": oid,
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "file_size": 1124,
            "href": f"/v3.6/live_photos/{oid}",
            "download_href": f"/v3.6/live_photos/{oid}/download",
        },
        201,
    )
    return b.build()


def gesiicht_match(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v4/sécherheet/gesiicht/vergläich")
    b.bio("face_template", "json Gesiicht.modell (128 floats) + kapp-haltung from the selfie")
    b.json(
        {
            "benotzer": b.acct("bank_user"),
            "Gesiicht": {
                "modell": floats(c.rng, 128),
                "kappHaltung": {"yaw": rf(c.rng, -10, 10, 2), "pitch": rf(c.rng, -8, 8, 2)},
                "liewegkeet": rf(c.rng, 0.9, 0.99, 3),
            },
            "zäit": iso(c),
        }
    )
    b.ok_json({"iwwereneestëmmung": rf(c.rng, 0.85, 0.99, 3), "fräigin": True})
    return b.build()


def gesiicht_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", "/rpc/kb.sec.v2.Match/Check")
    b.bio("face_template", "protobuf field 3 packed floats (no names)", detectable=False)
    body = pb_bytes(1, b.acct("bank_user")) + pb_varint(2, ms(c))
    body += pb_packed_floats(3, floats(c.rng, 128))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()
