"""Banca del Golfo: the officer's own Italian bank, with selfie login.

Signing in takes a selfie: the app sends the JPEG as a data URI under `selfie`
with a liveness result (`vivacita`), or, on the newer flow, a 256-float face
template computed on the phone (`templateVolto`); the newest build sends that
template as protobuf packed floats under an unnamed field, and the
re-onboarding liveness step uploads its frames as nameless multipart parts.
A yearly re-verification goes to Onfido (`POST /v3.6/live_photos`, multipart
`file` = the selfie, `advanced_validation`; https://documentation.onfido.com/api/latest/#upload-live-photo).
Binding the phone sends its ANDROID_ID and the bank's own device key; the
accounts call carries a SHA-256 of the ANDROID_ID in `x-dfp` (opaque).
Transactions ("movimenti"), transfers, exchange rates and the ID document's
back side (no face) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import (
    b64,
    fake_jpeg,
    floats_b64,
    jwt,
    multipart,
    pb_bytes,
    pb_packed_floats,
    pb_varint,
)

from .phone import OB, floats, iso, ms, rf, rid, ua

API = "https://mobile.bancadelgolfo.example/mb/api"
ONFIDO = "https://api.eu.onfido.com/v3.6"
UA = ua("BancaDelGolfo", "7.8.0")


def _b(c: Context, method: str, url: str) -> OB:
    b = OB(c, "bancadelgolfo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(new_hex(c.rng, 32)))
    b.header("x-request-id", rid(c.rng))
    return b


def _jpeg(c: Context, size: int = 700) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), size)


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivo/associa")
    b.json(
        {
            "androidId": b.id("aid_banca", where="json androidId"),
            "chiaveDispositivo": b.id("banca_device_key", where="json chiaveDispositivo"),
            "modello": "SM-S911B",
            "root": False,
            "emulatore": False,
            "otpVia": "sms",
        }
    )
    b.ok_json({"associato": True, "scadenza": iso(c)})
    return b.build()


def selfie_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/accesso/selfie")
    b.bio("face_image", "json selfie (JPEG data URI) + vivacita")
    b.json(
        {
            "utente": b.acct("banca_user"),
            "selfie": "data:image/jpeg;base64," + b64(_jpeg(c)),
            "vivacita": {
                "punteggio": rf(c.rng, 0.85, 0.99, 3),
                "sfida": c.rng.choice(["sbatti gli occhi", "gira la testa", "sorridi"]),
            },
            "ts": iso(c),
        }
    )
    b.ok_json(
        {"esito": "OK", "somiglianza": rf(c.rng, 0.8, 0.99, 3), "sessione": new_hex(c.rng, 32)}
    )
    return b.build()


def face_template_login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/accesso/volto")
    b.bio("face_template", "json templateVolto (256 float32, base64)")
    b.json(
        {
            "utente": b.acct("banca_user"),
            "templateVolto": floats_b64(floats(c.rng, 256)),
            "versioneModello": "bg-face-3.1",
            "vivacita": rf(c.rng, 0.85, 0.99, 3),
        }
    )
    b.ok_json({"esito": "OK", "sessione": new_hex(c.rng, 32)})
    return b.build()


def face_login_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/a2")
    b.bio("face_template", "protobuf field 3 packed floats", detectable=False)
    body = (
        pb_bytes(1, new_hex(c.rng, 16))
        + pb_varint(2, ms(c))
        + pb_packed_floats(3, floats(c.rng, 256))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1) + pb_bytes(2, new_hex(c.rng, 32)))
    return b.build()


def liveness_frames(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/onb/f")
    b.bio("face_image", "multipart parts x1..x3 (liveness frames)", detectable=False)
    boundary = new_hex(c.rng, 32)
    parts = [(f"x{i}", f"{i}.dat", "application/octet-stream", _jpeg(c, 500)) for i in range(1, 4)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"passo": 4})
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = OB(c, "onfido", "POST", f"{ONFIDO}/live_photos")
    b.header("user-agent", "Onfido-Android-SDK/19.1.0")
    b.header(
        "authorization", "Bearer " + jwt({"exp": int(c.now) + 5400, "payload": new_hex(c.rng, 40)})
    )
    b.bio("face_image", "multipart file selfie.jpg (Onfido live_photos)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", _jpeg(c, 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json(
        {
            "id": rid(c.rng),
            "created_at": iso(c),
            "file_name": "selfie.jpg",
            "file_type": "image/jpeg",
            "file_size": 800,
        },
        status=201,
    )
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = OB(c, "onfido", "POST", f"{ONFIDO}/documents")
    b.header("user-agent", "Onfido-Android-SDK/19.1.0")
    b.header(
        "authorization", "Bearer " + jwt({"exp": int(c.now) + 5400, "payload": new_hex(c.rng, 40)})
    )
    b.decoy("ID document's back side (no face)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("type", None, None, b"national_identity_card"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"ITA"),
        ("file", "document_back.jpg", "image/jpeg", _jpeg(c, 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": rid(c.rng), "side": "back", "type": "national_identity_card"}, status=201)
    return b.build()


def accounts_hashed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/conti")
    b.header("x-dfp", b.id("aid_banca", "sha256", "header x-dfp", detectable=False))
    b.ok_json(
        {
            "conti": [
                {
                    "iban": "IT"
                    + new_digits(c.rng, 2)
                    + "X0306909606100000"
                    + new_digits(c.rng, 6),
                    "saldo": rf(c.rng, 200, 40000, 2),
                    "valuta": "EUR",
                }
            ]
        }
    )
    return b.build()


def saldo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/conti/saldo")
    b.ok_json({"disponibile": rf(c.rng, 200, 40000, 2), "contabile": rf(c.rng, 200, 40000, 2)})
    return b.build()


def movimenti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/conti/movimenti?da=2025-05-01&pagina=1")
    b.decoy("an account's transaction history (not viewing)")
    b.ok_json(
        {
            "movimenti": [
                {"data": iso(c)[:10], "descrizione": d, "importo": -rf(c.rng, 3, 120, 2)}
                for d in c.rng.sample(
                    [
                        "POS BAR PORTOFINO",
                        "PRELIEVO ATM BARCELONA",
                        "NETFLIX",
                        "PAGOPA",
                        "SUPERMERCATO",
                    ],
                    3,
                )
            ]
        }
    )
    return b.build()


def bonifico(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/bonifici")
    b.decoy("IBAN and transfer reference")
    b.json(
        {
            "beneficiario": "Condominio Via Balbi 12",
            "ibanBeneficiario": "IT"
            + new_digits(c.rng, 2)
            + "A0200801432000"
            + new_digits(c.rng, 8),
            "importo": rf(c.rng, 50, 900, 2),
            "causale": "Rata condominio giugno",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"cro": new_digits(c.rng, 11), "stato": "IN_LAVORAZIONE"})
    return b.build()


def cambio(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cambi?base=EUR")
    b.ok_json({"USD": rf(c.rng, 1.05, 1.15, 4), "GBP": rf(c.rng, 0.83, 0.87, 4), "CHF": 0.94})
    return b.build()


FLOWS = [saldo, movimenti, bonifico, cambio, onfido_document_back, saldo]
