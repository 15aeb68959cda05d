"""PulsoFit: the companion app of a cheap fitness band on the son's Galaxy A15
in Cusco.

The app binds the band by its BLE MAC and serial, sends the MAC in a header on
every sync, and relays the band's raw dump as protobuf (no field names on the
wire). Remote config is keyed by an MD5 of the ANDROID_ID under a one-letter
form field. Steps, heart rate, SpO2 at altitude, sleep, watch faces ("caras
del reloj", not faces) and raise-to-wake wrist angles are ordinary data here.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.pulsofit.example"
UA = ua("PulsoFit", "2.3.1", "hijo")
CARAS = ["Inca Dorado", "Deportivo", "Minimal", "Machu Picchu", "Número Grande"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "pulsofit", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-id-instalacion", b.id("banda_install", where="header x-id-instalacion"))
    return b


def vincular(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/pulsera/vincular")
    b.json(
        {
            "usuarioId": b.acct("banda_user"),
            "macPulsera": b.id("banda_mac", where="json macPulsera"),
            "serialPulsera": b.id("banda_serial", where="json serialPulsera"),
            "androidId": b.id("aid_banda", where="json androidId"),
            "nombre": "B7 Pro Band",
            "firmware": "2.0.14",
        }
    )
    b.ok_json({"codigo": 0, "mensaje": "ok"})
    return b.build()


def info_pulsera(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v2/pulsera/info")
    mac = b.id("banda_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json(
        {"codigo": 0, "data": {"mac": mac, "bateria": c.rng.randint(5, 100), "ultimaSync": iso(c)}}
    )
    return b.build()


def sincronizar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/datos/sincronizar", install=False)
    b.header("x-mac-pulsera", b.id("banda_mac", "nosep_upper", "header x-mac-pulsera"))
    b.json(
        {
            "pasos": [c.rng.randint(0, 150) for _ in range(24)],
            "ritmoCardiaco": [c.rng.randint(55, 130) for _ in range(24)],
            "spo2": [c.rng.randint(88, 97) for _ in range(6)],
            "suenoMin": c.rng.randint(300, 540),
            "inicio": ms(c),
        },
        "gzip",
    )
    b.ok_json({"codigo": 0})
    return b.build()


def volcado_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v3/raw", install=False)
    body = (
        pb_bytes(1, b.id("banda_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("banda_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_packed_floats(4, [rf(c.rng, 0, 2) for _ in range(16)])
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c", install=False)
    b.form(
        [
            ("p", "pe.pulsofit.app"),
            ("q", b.id("aid_banda", "md5", "form q", detectable=False)),
            ("v", "2.3.1"),
        ]
    )
    b.ok_json({"f": {"spo2": True, "clima": True}})
    return b.build()


def cara_reloj(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/esfera/enviar", install=False)
    b.decoy("watch face (not a face)")
    b.json(
        {
            "caraId": c.rng.randint(100, 999),
            "caraNombre": c.rng.choice(CARAS),
            "colorCara": c.rng.choice(["#d4af37", "#d91023", "#ffffff"]),
        }
    )
    b.ok_json({"codigo": 0})
    return b.build()


def levantar_muneca(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/app/v2/ajustes/levantar-muneca", install=False)
    b.decoy("wrist pitch / roll angles (not a head pose)")
    b.json(
        {
            "activo": True,
            "pitch": rf(c.rng, 10, 45, 1),
            "roll": rf(c.rng, -30, 30, 1),
            "yaw": rf(c.rng, -10, 10, 1),
        }
    )
    b.ok_json({"codigo": 0})
    return b.build()


def resumen_dia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v2/datos/dia?fecha=hoy", install=False)
    b.ok_json(
        {
            "pasos": c.rng.randint(1000, 16000),
            "km": rf(c.rng, 0.5, 12, 2),
            "kcal": c.rng.randint(100, 900),
            "fcReposo": c.rng.randint(50, 72),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v2/ota/verificar?modelo=B7P&ver=2.0.14", install=False)
    b.ok_json({"ultima": "2.0.16", "md5": rid(c.rng).replace("-", ""), "tamano": 204000})
    return b.build()
