"""The library-card vendor: remote card registration with a face match, card printing.

A patron registering for a library card remotely takes a selfie and a photo of
an ID document in the library's web form; the vendor's face-match API compares
them (`kasvovertailu`, multipart `selfie` + `henkilokortti`, answer with a
similarity). The coordinator's phone relays the cases the web form flagged for
a manual retry. The vendor's kiosk variant sends the patron's face template
instead, as packed floats in an unnamed protobuf field. Card printing (card
number, the holder's printed photo as on any ID card, not analysed) and card
stock are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, chrome, floats, iso, rf, rid

API = "https://api.korttipalvelu.example/v2"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "card-vendor", method, url)
    b.header("user-agent", chrome())
    b.header("authorization", "ApiKey " + new_hex(c.rng, 40))
    return b


def kasvovertailu(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/tunnistus/kasvovertailu")
    b.bio("face_image", "multipart selfie + henkilokortti images, response samankaltaisuus")
    boundary = "----WebKitFormBoundary" + new_hex(c.rng, 16)
    parts = [
        ("hakemus", None, None, f"H-{new_digits(c.rng, 7)}".encode()),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ("henkilokortti", "kortti.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "tulos": c.rng.choice(["vastaa", "vastaa", "tarkista"]),
            "samankaltaisuus": rf(c.rng, 0.55, 0.98, 3),
            "elavyys": rf(c.rng, 0.7, 0.99, 3),
            "tapaus": rid(c.rng),
        }
    )
    return b.build()


def pohja_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k/3")
    b.bio("face_template", "protobuf field 2 packed floats (kiosk face template)", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(2, floats(c.rng, 256)) + pb_varint(3, 1)
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1) + pb_bytes(2, new_hex(c.rng, 12)))
    return b.build()


def korttitulostus(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kortit/tulostus")
    b.decoy("card number and the photo printed on the card (not analysed)")
    b.json(
        {
            "korttinumero": new_digits(c.rng, 10, "2"),
            "nimi": c.rng.choice(["Aino Virtanen", "Matti Korhonen", "Elsa Nieminen"]),
            "kuva": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + new_hex(c.rng, 40),
            "tulostin": "Kortti-tulostin Asiakaspalvelu",
            "pohja": "Kalevatalo 2024",
        }
    )
    b.ok_json({"tyo": rid(c.rng), "tila": "jonossa"})
    return b.build()


def korttivarasto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/varasto?toimipiste=kalevatalo")
    b.decoy("blank card stock (inventory)")
    b.ok_json(
        {"aihioita": c.rng.randint(100, 3000), "nauhat": c.rng.randint(1, 12), "paivitetty": iso(c)}
    )
    return b.build()
