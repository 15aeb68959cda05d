"""Davvi Bánku: a Nordic bank app with a BankID-style identity check (the father's Samsung).

Onboarding reads the passport's NFC chip (MRZ data and the DG2 portrait) and
takes a selfie: the selfie goes to Onfido as a live photo (multipart `file`,
`advanced_validation`; https://documentation.onfido.com/api/latest/#upload-live-photo),
the chip portrait goes to the bank's own face-match service with the MRZ. Face
login sends a face template computed on the phone; a newer build sends it as
protobuf packed floats. Device binding sends ANDROID_ID, the bank's key and the
advertising id (its fraud engine). The MRZ text alone, the self-declared
gender (`sohkabealli`) on the profile form, transfers and exchange rates are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, multipart, pb_bytes, pb_packed_floats

from .phone import FB, floats, iso, rf, rid, ua

API = "https://mobil.davvibanku.example"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("DavviBanku", "7.2.0", "ahcci")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "davvibanku", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/gaskaoapmi/cadnat")
    b.json(
        {
            "androidId": b.id("aid_banku", where="json androidId"),
            "deviceKey": b.id("banku_device_key", where="json deviceKey"),
            "advertisingId": b.id("gaid_ahcci", where="json advertisingId"),
            "rooted": False,
        }
    )
    b.ok_json({"cadnojuvvon": True})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = FB(c, "onfido", "POST", f"{ONFIDO}/live_photos")
    b.header("user-agent", "onfido-android-sdk/19.2.0")
    b.header("authorization", "Bearer eyJ" + new_hex(c.rng, 60))
    b.bio("face_image", "multipart file (Onfido live_photos selfie)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, rid(c.rng).encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
        },
        201,
    )
    return b.build()


def chip_portrait(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identitehta/passa/ámadadju".replace("á", "a"))
    b.bio("face_image", "json ámadadjugovva (passport chip DG2 portrait for face match)")
    b.json(
        {
            "mrz": {
                "dokumeanta": "P<NOR",
                "nummar": "FJ" + str(c.rng.randint(10**6, 10**7)),
                "gustovaš": "2031-05-14",
            },
            "ámadadjugovva": "data:image/jpeg;base64,"
            + b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "gáldu": "DG2",
        }
    )
    b.ok_json({"ámadadjuVástida": True, "skoara": rf(c.rng, 0.9, 0.99, 3)})
    return b.build()


def face_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/sisaiskkadeapmi/amadadju")
    b.bio("face_template", "json ámadadju.template (256 float32, base64) + liveness")
    b.json(
        {
            "geavaheaddji": b.acct("banku_user"),
            "ámadadju": {
                "template": floats_b64(floats(c.rng, 256)),
                "version": "fm-3.1",
                "liveness": rf(c.rng, 0.85, 0.99, 3),
            },
            "áigi": iso(c),
        }
    )
    b.ok_json({"dohkkehuvvon": True, "token": new_hex(c.rng, 32)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/s")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = pb_bytes(1, new_hex(c.rng, 16)) + pb_packed_floats(3, floats(c.rng, 256))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_bytes(1, b"ok"))
    return b.build()


def mrz_only(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/identitehta/passa/mrz")
    b.decoy("passport MRZ text (no image)")
    b.json({"mrz": "P<NORSARA<<ANTE<MATHIS<<<<<<<<<<<<<<<<<<<<<<", "riika": "NOR"})
    b.ok_json({"gustovaš": True})
    return b.build()


def profile_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/profiila")
    b.decoy("self-declared gender (sohkabealli) and birth date")
    b.json(
        {
            "ovdanamma": "Ánte Mathis",
            "goargu": "Sara",
            "sohkabealli": "almmái",
            "riegádanbeaivi": "1971-09-02",
            "gielda": "Guovdageaidnu",
        }
    )
    b.ok_json({"vurkejuvvon": True})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/sirdin")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "gos": "1503" + str(c.rng.randint(10**6, 10**7)),
            "gosa": "FI21 1234 5600 000785",
            "supmi": rf(c.rng, 100, 5000, 2),
            "ruhta": "NOK",
            "čilgehus": "Skohter láigu",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referánsa": f"TX{c.rng.randint(10**9, 10**10)}"})
    return b.build()


def balance_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kontot")
    b.header("x-dk", b.id("aid_banku", "md5", "header x-dk", detectable=False))
    b.ok_json(
        {
            "kontot": [
                {
                    "nummar": "1503" + str(c.rng.randint(10**6, 10**7)),
                    "saldo": rf(c.rng, 1000, 90000, 2),
                }
            ]
        }
    )
    return b.build()
