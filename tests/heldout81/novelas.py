"""Novelaz: a Colombian telenovela app running on the family's Chromecast with
Google TV. Its in-house backend logs "reproducción" heartbeats per "capítulo";
device registration sends the TV's serial and Wi-Fi MAC; Mixpanel media events
(Mixpanel Android `/track` format, see sdks.py). The backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from . import sdks
from .phone import FB, iso, ms, rid, tv_ua

API = "https://api.novelaz.com.co"
SHOWS = [
    ("nv-101", "Amor en Cartagena", 120), ("nv-207", "La Reina del Café", 95),
    ("nv-318", "Pasión Llanera", 80), ("nv-422", "Hermanos del Valle", 110),
]  # fmt: skip


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "novelaz", method, API + path, http_version="HTTP/1.1")
    b.header("user-agent", tv_ua("Novelaz", "3.4.0"))
    b.header("x-plataforma", "googletv")
    return b


def registro_tv(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/dispositivos")
    b.json(
        {
            "dispositivo": {
                "tipo": "googletv",
                "modelo": "Chromecast HD",
                "numeroSerie": b.id("tv_serial", where="body.json.dispositivo.numeroSerie"),
                "mac_wifi": b.id("tv_mac", where="body.json.dispositivo.mac_wifi"),
                "android_id": b.id("aid_tv", where="body.json.dispositivo.android_id"),
            },
            "pais": "CO",
        }
    )
    b.ok_json({"registrado": True, "token": rid(c.rng)})
    return b.build()


def reproduccion(c: Context) -> Flow:
    sid, name, n = c.rng.choice(SHOWS)
    b = _b(c, "POST", "/api/v1/reproduccion/eventos")
    b.header("x-dispositivo", b.id("aid_tv", where="header.x-dispositivo"))
    b.json(
        {
            "evento": c.rng.choice(["inicio", "latido", "latido", "pausa", "fin"]),
            "telenovela": name,
            "capitulo_id": f"{sid}-c{c.rng.randint(1, n):03d}",
            "temporada": 1,
            "segundos_reproducidos": c.rng.randint(0, 2700),
            "posicion": c.rng.randint(0, 2700),
            "momento": iso(c),
        }
    )
    b.view("body.json.capitulo_id+segundos_reproducidos")
    b.no_content()
    return b.build()


def historial(c: Context) -> Flow:
    """The TV asks for its 'seguir viendo' row; the answer lists what was watched."""
    b = _b(c, "GET", "/api/v1/perfil/seguir-viendo")
    rows = [
        {"capitulo_id": f"{s}-c{c.rng.randint(1, n):03d}", "visto_pct": c.rng.randint(5, 95)}
        for s, _, n in c.rng.sample(SHOWS, 3)
    ]
    b.ok_json({"seguir_viendo": rows, "actualizado": ms(c)})
    b.view("response.json.seguir_viendo[].capitulo_id+visto_pct", direction="response")
    return b.build()


def mixpanel(c: Context) -> Flow:
    _sid, name, n = c.rng.choice(SHOWS)
    props = {
        "telenovela": name,
        "capítulo": c.rng.randint(1, n),
        "tiempo_visto_seg": c.rng.randint(30, 2700),
        "pantalla": "reproductor",
    }
    where = "body.form.data|json[].properties.telenovela+capítulo+tiempo_visto_seg"
    return sdks.mixpanel_track(c, "tv_mp_device", [("Capítulo visto", props)], view=where)


def opaque_pb(c: Context) -> Flow:
    """A protobuf beacon without schema: numbers and a content code, nothing named."""
    sid, _, n = c.rng.choice(SHOWS)
    body = pb_varint(1, 7) + pb_msg(
        2, [pb_bytes(1, f"{sid}c{c.rng.randint(1, n)}"), pb_varint(2, c.rng.randint(0, 2700))]
    )
    b = _b(c, "POST", "/b/1")
    b.set_body(body, "application/x-protobuf")
    b.view("body.protobuf.2 (unnamed fields)", detectable=False)
    b.no_content()
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v1/guia?canal=caracol&dia=hoy")
    slots = [{"hora": f"{h:02d}:00", "programa": c.rng.choice(SHOWS)[1]} for h in range(18, 23)]
    b.ok_json({"guia": slots})
    b.decoy("EPG guide (what airs, not what was watched)")
    return b.build()


def caratula(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(c, "novelaz_cdn", "GET", f"https://cdn.novelaz.com.co/caratulas/{sid}_1280x720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 400))
    b.decoy("thumbnail fetch")
    return b.build()


def cast_sesion(c: Context) -> Flow:
    """The TV's session handshake in protobuf: its serial in an unnamed field."""
    b = _b(c, "POST", "/rpc/sesion.v1.Sesion/Abrir")
    serial = b.id("tv_serial", "protobuf", where="body.protobuf.3", detectable=False)
    body = pb_varint(1, 2) + pb_bytes(2, "googletv") + pb_bytes(3, serial) + pb_varint(4, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()
