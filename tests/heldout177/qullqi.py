"""Qullqi: a Yape / Plin style wallet (qullqi: "silver, money" in Quechua).

Payments go to a phone number or a QR; above S/ 500 the wallet asks for a
selfie (`fotoSelfie` multipart to its identity check). A cheaper Android build
sends its face-liveness burst under numeric keys ("1", "2"...) with nothing
naming a face. Adjust's SDK opens a session with `gps_adid` and its
`android_uuid` and gets its `adid` back. Phone numbers, hashed contacts, QR
strings and operation numbers are accounts and transactions, not device ids.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, dalvik, iso, ms, rf, ua

API = "https://api.qullqi.example"
UA = ua("Qullqi", "2.30.4")


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "qullqi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if device:
        b.header("x-qq-device", b.id("aid_qullqi", where="header x-qq-device"))
    return b


def selfie(c: Context) -> Flow:
    boundary = "qq" + new_hex(c.rng, 20)
    b = _b(c, "POST", f"{API}/v2/identidad/selfie", device=True)
    b.bio("face_image", "multipart fotoSelfie (identity check selfie)")
    b.set_body(
        multipart(
            boundary,
            [
                ("dni", None, None, b.acct("dni").encode()),
                ("motivo", None, None, b"limite_diario"),
                ("fotoSelfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"validado": True, "nivel": 2})
    return b.build()


def rafaga_numerica(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/x/9")
    b.bio("face_image", 'json "1" / "2" (liveness frames under numeric keys)', detectable=False)
    b.json(
        {
            "1": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "2": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "3": ms(c),
        }
    )
    b.ok_json({"0": 1})
    return b.build()


def adjust_sesion(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.3")
    b.header("user-agent", dalvik())
    form = [
        ("app_token", new_hex(c.rng, 12)),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("adjust_uuid", where="form android_uuid")),
        ("created_at", iso(c)),
        ("device_name", "23021RAAEG"),
        ("device_manufacturer", "Xiaomi"),
        ("os_name", "android"),
        ("os_version", "13"),
        ("country", "PE"),
        ("language", "es"),
        ("session_count", str(c.rng.randint(2, 80))),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    adid = b.id("adjust_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivo")
    b.json(
        {
            "idAndroid": b.id("aid_qullqi", where="json idAndroid"),
            "celular": b.acct("celular"),
            "correo": b.id("email", where="json correo"),
            "modelo": "Redmi Note 12",
            "version": "2.30.4",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pago_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pagos/qr", device=True)
    b.decoy("merchant QR payload and operation number")
    b.json(
        {
            "qr": "000201010211" + new_digits(c.rng, 30) + "5303604",
            "monto": rf(c.rng, 1, 120, 2),
            "mensaje": c.rng.choice(["menú", "pasaje", "chicha morada", "pan"]),
        }
    )
    b.ok_json({"nroOperacion": new_digits(c.rng, 8), "estado": "PAGADO"})
    return b.build()


def pago_celular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pagos/celular")
    b.decoy("receiver's phone number (an account, not a device)")
    b.json(
        {
            "destino": "9" + new_digits(c.rng, 8),
            "monto": rf(c.rng, 1, 300, 2),
            "interoperable": c.rng.choice(["YAPE", "PLIN", "QULLQI"]),
        }
    )
    b.ok_json({"nroOperacion": new_digits(c.rng, 8), "destinatario": "Juan C. M."})
    return b.build()


def contactos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/contactos/coincidencias")
    b.decoy("SHA-256 of contacts' phone numbers (accounts)")
    nums = ["9" + new_digits(c.rng, 8) for _ in range(8)]
    b.json({"hashes": [hashlib.sha256(("+51" + n).encode()).hexdigest() for n in nums]})
    b.ok_json({"enQullqi": c.rng.randint(0, 8)})
    return b.build()


def movimientos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/movimientos?pagina=1")
    b.ok_json(
        {
            "movimientos": [
                {"monto": rf(c.rng, -200, 200, 2), "fecha": iso(c), "glosa": "Yapeo"}
                for _ in range(6)
            ],
            "saldo": rf(c.rng, 10, 2000, 2),
        }
    )
    return b.build()
