"""Banco Arandu: Derlis's bank app (his own phone), with a selfie KYC by Onfido.

Opening a savings account online runs Onfido's SDK: the selfie goes to
`POST /v3/live_photos` (multipart `file`, `applicant_id`,
`advanced_validation`), a short face video to `POST /v3/live_videos`, and the
back of the Paraguayan cédula to `POST /v3/documents` (`type`
national_identity_card, `side` back: no face on it)
(https://documentation.onfido.com/api/latest/#upload-live-photo). The app's
own liveness step posts three frames as nameless multipart parts. Device
binding sends the ANDROID_ID and the bank's own device key; the balance call
carries a SHA-256 of the ANDROID_ID in a short header. Exchange rates, SIPAP
transfers, bill payments and the self-declared sex on the KYC form are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, jsb, jwt, multipart

from .phone import SB, iso, ms, rf, rid, ua

API = "https://app.bancoarandu.example"
ONFIDO = "https://api.onfido.com/v3"
UA = ua("BancoArandu", "3.9.4", "derlis")


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "bancoarandu", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _onfido(c: Context, path: str) -> SB:
    b = SB(c, "onfido", "POST", f"{ONFIDO}/{path}")
    b.header("user-agent", "Onfido-Android-SDK/19.2.0")
    b.header(
        "authorization",
        "Bearer " + jwt({"exp": int(c.now) + 5400, "uuid": new_hex(c.rng, 12), "app": PKG}),
    )
    return b


PKG = "py.bancoarandu.movil"


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dispositivo/vincular")
    b.json(
        {
            "androidId": b.id("aid_banco", where="json androidId"),
            "claveDispositivo": b.id("banco_device_key", where="json claveDispositivo"),
            "modelo": "Redmi 13C",
            "rooteado": False,
            "emulador": False,
        }
    )
    b.ok_json({"vinculado": True, "otpEnviado": True})
    return b.build()


def saldo_opaque(c: Context) -> Flow:
    """Balance call; header 'x-d' holds sha256 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/api/v2/cuentas")
    b.header("x-d", b.id("aid_banco", "sha256", "header x-d", detectable=False))
    b.ok_json(
        {
            "cuentas": [
                {
                    "nroCuenta": "0" + str(c.rng.randint(10**8, 10**9)),
                    "moneda": "PYG",
                    "saldo": c.rng.randint(100000, 25000000),
                }
            ]
        }
    )
    return b.build()


def onfido_live_photo(c: Context) -> Flow:
    b = _onfido(c, "live_photos")
    b.bio("face_image", "multipart file (Onfido live_photos selfie)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("advanced_validation", None, None, b"true"),
        ("file", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.respond(
        201,
        "application/json",
        jsb({"id": rid(c.rng), "file_name": "selfie.jpg", "file_type": "image/jpeg"}),
    )
    return b.build()


def onfido_live_video(c: Context) -> Flow:
    b = _onfido(c, "live_videos")
    b.bio("face_video", "multipart file (Onfido live_videos, head-turn challenge)")
    boundary = rid(c.rng)
    challenge = [
        {"type": "recite", "query": [c.rng.randint(1, 9) for _ in range(3)]},
        {"type": "movement", "query": "turnLeft"},
    ]
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("challenge", None, "application/json", jsb(challenge)),
        ("file", "video.mp4", "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 1500)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.respond(201, "application/json", jsb({"id": rid(c.rng), "file_type": "video/mp4"}))
    return b.build()


def onfido_document_back(c: Context) -> Flow:
    b = _onfido(c, "documents")
    b.decoy("cédula back side (no face)")
    boundary = rid(c.rng)
    parts = [
        ("applicant_id", None, None, b.acct("onfido_applicant").encode()),
        ("type", None, None, b"national_identity_card"),
        ("side", None, None, b"back"),
        ("issuing_country", None, None, b"PRY"),
        ("file", "cedula_dorso.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.respond(201, "application/json", jsb({"id": rid(c.rng), "side": "back"}))
    return b.build()


def prueba_vida(c: Context) -> Flow:
    """The bank's own liveness step: three camera frames, parts named f0..f2."""
    b = _b(c, "POST", f"{API}/api/v3/onb/pv")
    b.bio("face_image", "multipart parts f0..f2 (liveness frames)", detectable=False)
    boundary = rid(c.rng)
    parts = [
        (f"f{i}", f"{i}.bin", "application/octet-stream", fake_jpeg(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"paso": 4})
    return b.build()


# --- ordinary ----------------------------------------------------------------


def cotizacion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/cotizaciones")
    b.ok_json(
        {
            "fecha": iso(c)[:10],
            "USD": {"compra": c.rng.randint(7750, 7850), "venta": c.rng.randint(7860, 7950)},
            "BRL": {"compra": 1290, "venta": 1370},
            "ARS": {"compra": 6, "venta": 9},
        }
    )
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/transferencias/sipap")
    b.decoy("account numbers and transaction reference")
    b.json(
        {
            "cuentaOrigen": "0" + str(c.rng.randint(10**8, 10**9)),
            "bancoDestino": c.rng.choice(["ITAU", "CONTINENTAL", "UENO", "BASA"]),
            "cuentaDestino": str(c.rng.randint(10**9, 10**10)),
            "monto": c.rng.randint(50, 3000) * 1000,
            "moneda": "PYG",
            "concepto": "Pago alquiler Lambaré",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"referencia": f"SIPAP{c.rng.randint(10**9, 10**10)}", "estado": "PROCESADO"})
    return b.build()


def pago_ande(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/pagos/servicios")
    b.decoy("utility account number (NIS)")
    b.json(
        {
            "servicio": "ANDE",
            "nis": str(c.rng.randint(10**6, 10**7)),
            "monto": c.rng.randint(80, 900) * 1000,
            "t": ms(c),
        }
    )
    b.ok_json({"comprobante": new_hex(c.rng, 10).upper(), "estado": "PAGADO"})
    return b.build()


def kyc_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/onb/datos-personales")
    b.decoy("self-declared sex and birth date, cédula number")
    b.json(
        {
            "nombres": "Derlis Ramón",
            "apellidos": "Benítez Ayala",
            "sexo": "M",
            "fechaNacimiento": "1994-07-21",
            "ciudad": "San Lorenzo",
            "cedula": str(c.rng.randint(3 * 10**6, 6 * 10**6)),
            "ingresoMensual": rf(c.rng, 3, 12, 1),
        }
    )
    b.ok_json({"guardado": True})
    return b.build()
