"""Banco Levante: the dentist's own bank app (device binding, selfie check, accounts).

The selfie check posts her face to the bank's face-matching and liveness service
(`selfie` part, `prueba_vida` frames): biometric. A newer build sends the same
check as a JWE (opaque). Device binding carries the app's ANDROID_ID and the
bank SDK's install id. IBANs, balances, transfer amounts and OTP codes are
accounts and money, not device identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, b64url, fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://movil.bancolevante.example/api"
UA = ua("BancoLevante", "7.40.1")


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "bancolevante", method, url)
    b.header("user-agent", UA)
    b.header("x-cliente", b.acct("banco_user"))
    if device:
        b.header("x-device-id", b.id("aid_banco", where="header x-device-id"))
    return b


def selfie(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/biometria/verificacion-facial")
    b.bio("face_image", "multipart selfie + prueba_vida frames (face matching / liveness)")
    parts = [
        ("operacion", None, None, b"alta_dispositivo"),
        ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 900)),
        ("prueba_vida", "frame1.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500)),
    ]
    b.set_body(multipart("bl" + new_hex(c.rng, 12), parts), "multipart/form-data; boundary=bl")
    b.ok_json({"coincidencia": rf(c.rng, 0.91, 0.99, 3), "vivo": True, "resultado": "OK"})
    return b.build()


def selfie_jwe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s", device=False)
    b.bio("face_image", "body JWE compact (encrypted selfie)", detectable=False)
    segs = [
        b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM"}'),
        b64url(new_hex(c.rng, 128)),
        b64url(new_hex(c.rng, 12)),
        b64url(b64(fake_jpeg(c.rng.randint(0, 10**9), 700))),
        b64url(new_hex(c.rng, 16)),
    ]
    b.set_body(".".join(segs).encode(), "application/jose")
    b.ok_json({"r": 0})
    return b.build()


def vincular_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/dispositivos/vincular")
    b.json(
        {
            "id_instalacion": b.id("banco_install", where="json id_instalacion"),
            "modelo": "SM-S911B",
            "so": "Android 14",
            "push_token": "c" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 40),
        }
    )
    b.ok_json({"vinculado": True, "fecha": iso(c)})
    return b.build()


def posicion_global(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/posicion-global", device=False)
    b.decoy("IBANs and balances (accounts, not device ids)")
    b.ok_json(
        {
            "cuentas": [
                {
                    "iban": f"ES{new_digits(c.rng, 22)}",
                    "alias": a,
                    "saldo": rf(c.rng, 100, 40000, 2),
                }
                for a in ("Personal", "Clínica")
            ]
        }
    )
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/transferencias", device=False)
    b.decoy("a transfer to the dental lab: IBAN, amount, reference")
    b.json(
        {
            "destino": f"ES{new_digits(c.rng, 22)}",
            "importe": rf(c.rng, 50, 3000, 2),
            "concepto": "Factura LT-26",
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"estado": "pendiente_otp"})
    return b.build()
