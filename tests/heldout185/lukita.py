"""Lukita: an Argentine fintech wallet (CVU, QR payments) that provisions the
family's smartwatch for tap-to-pay.

Linking the watch sends its serial and Bluetooth address ("equipo vinculado");
token refreshes name the watch serial in a header. Adjust's SDK reports
sessions in its form encoding (`gps_adid`, `android_uuid`, `app_token`,
`created_at`). A risk check sends a SHA-256 of the ANDROID_ID under `f`. The
"prueba de vida" (raising limits) sends the 468-point face mesh its liveness
module computes, with head pose and blink; a later build sends only a
128-float face embedding, float32 + base64, under `v`. The
shop's POS terminal serial in a QR payment (the merchant's equipment), CVU /
alias account numbers and the dollar price series are not device identifiers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import floats_b64

from .phone import FB, floats, iso, ms, points3, rf, rid, ua

API = "https://api.lukita.example"
UA = ua("Lukita", "4.6.2")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lukita", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def vincular_reloj(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/billetera/equipos/vincular")
    b.json(
        {
            "equipo": {
                "tipo": "SMARTWATCH",
                "marca": "Galaxy Watch6",
                "numeroSerie": b.id("watch_serial", where="json equipo.numeroSerie"),
                "direccionBluetooth": b.id("watch_mac", where="json equipo.direccionBluetooth"),
            },
            "telefono": {"androidId": b.id("aid_lukita", where="json telefono.androidId")},
            "medioPago": "PREPAGA_VISA",
        }
    )
    b.ok_json({"vinculado": True, "tokenId": "tkn_" + new_hex(c.rng, 20)})
    return b.build()


def refrescar_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/billetera/tokens/refrescar")
    b.header("x-wearable-serial", b.id("watch_serial", where="header x-wearable-serial"))
    b.json({"tokenId": "tkn_" + new_hex(c.rng, 20), "motivo": "VENCIMIENTO"})
    b.ok_json({"ok": True, "vence": iso(c)})
    return b.build()


def equipos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/billetera/equipos")
    mac = b.id("watch_mac", "nosep", "response json equipos[0].bt", direction="response")
    b.ok_json(
        {"equipos": [{"tipo": "SMARTWATCH", "alias": "Reloj de Cata", "bt": mac, "activo": True}]}
    )
    return b.build()


def adjust_sesion(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("app_token", "q8x2lk" + new_hex(c.rng, 6)),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("lukita_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 90))),
            ("environment", "production"),
            ("needs_response_details", "1"),
        ]
    )
    b.ok_json({"app_token": "q8x2lk", "timestamp": iso(c)})
    return b.build()


def riesgo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/riesgo/eval")
    b.json(
        {
            "f": b.id("aid_lukita", "sha256", "json f (sha256 of ANDROID_ID)", detectable=False),
            "e": 1,
            "t": ms(c),
        }
    )
    b.ok_json({"nivel": "BAJO"})
    return b.build()


def pago_qr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pagos/qr")
    b.decoy("the shop's POS terminal serial (merchant equipment, not the family's)")
    b.json(
        {
            "comercio": "Almacén Don Tito",
            "terminalSerie": "PAX" + new_digits(c.rng, 10),
            "monto": c.rng.randint(800, 25000),
            "moneda": "ARS",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"estado": "APROBADO", "operacion": new_digits(c.rng, 12)})
    return b.build()


def transferencia(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/transferencias")
    b.decoy("CVU / alias of a payee (account numbers)")
    b.json(
        {
            "cvuDestino": "0000003100" + new_digits(c.rng, 12),
            "alias": c.rng.choice(["tomi.lomo.mate", "sol.playa.rojo"]),
            "monto": c.rng.randint(1000, 90000),
            "concepto": "VAR",
        }
    )
    b.ok_json({"id": rid(c.rng), "estado": "ENVIADA"})
    return b.build()


def cotizacion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cotizaciones?par=USD-ARS&tipo=mep")
    b.decoy("dollar MEP price series")
    b.ok_json({"compra": [rf(c.rng, 1000, 1200, 2) for _ in range(24)], "actualizado": iso(c)})
    return b.build()


def prueba_de_vida(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/identidad/prueba-de-vida")
    b.bio("face_landmarks", "json mallaFacial (468 [x,y,z] face mesh) + poseCabeza")
    b.json(
        {
            "sesion": rid(c.rng),
            "mallaFacial": points3(c.rng, 468),
            "poseCabeza": {k: rf(c.rng, -20, 20, 2) for k in ("yaw", "pitch", "roll")},
            "parpadeoDetectado": True,
            "motivo": "AUMENTO_LIMITE",
        }
    )
    b.ok_json({"vivo": True, "puntaje": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def rostro_opaco(c: Context) -> Flow:
    """Later build: a 128-float face embedding, float32 + base64, under `v`."""
    b = _b(c, "POST", f"{API}/v1/i/c")
    b.bio("face_embedding", "json v (base64 float32, 128 floats)", detectable=False)
    b.json({"v": floats_b64(floats(c.rng, 128)), "s": rid(c.rng), "k": 2})
    b.ok_json({"r": True})
    return b.build()


def sticker(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/perfil/avatares?set=mate")
    b.decoy("cartoon avatar stickers (drawn faces, nobody's biometric data)")
    b.ok_json(
        {"avatares": [f"https://img.lukita.example/av/{new_hex(c.rng, 8)}.png" for _ in range(6)]}
    )
    return b.build()
