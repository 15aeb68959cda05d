"""Conecta TV: the ISP's IPTV decoder in the Monterrey living room (a Totalplay /
Izzi-like fibre-and-TV bundle; the box is an Android TV decoder, Wi-Fi MAC with
OUI E8:B2:AC, a ZTE-style serial).

The box logs in to the operator's middleware with its MAC, serial and the
operator's STB id, and sends the MAC in a header on every portal call. When a
channel is tuned it reports a `cambio_canal` event with the channel and the
seconds spent on the previous one (`segundos`); the "continuar viendo" of the
VOD rental library comes back in a response. The operator's QoS probe posts
rows [canal, segundos, ts] keyed by the MD5 of the MAC. Channel lists, the EPG,
the firmware check and the parental PIN are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid

PORTAL = "https://mw.conectatv.example/stb/v2"
QOS = "https://qos.conectatv.example/q"
UA = "ConectaTV-STB/11.4 (Linux; Android 11; ZXV10 B866V2-H)"
CANALES = [
    (2, "Las Estrellas"),
    (5, "Canal 5"),
    (6, "Multimedios"),
    (7, "Azteca 7"),
    (12, "Info7"),
    (104, "TUDN"),
    (110, "ESPN"),
    (205, "Golden"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "conectatv-stb", method, f"{PORTAL}/{path}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 32))
    return b


def auth(c: Context) -> Flow:
    b = _b(c, "POST", "auth")
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serie": b.id("box_serial", where="json serie"),
            "stbId": b.id("box_stb_id", where="json stbId"),
            "firmware": "B866V2H_11.4.27",
            "contrato": b.acct("box_contrato"),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "region": "MTY", "paquete": "Entretenimiento HD"})
    return b.build()


def cambio_canal(c: Context) -> Flow:
    b = _b(c, "POST", "eventos")
    b.view("json tipo=cambio_canal + canal + segundos (channel watched)")
    prev, nuevo = c.rng.sample(CANALES, 2)
    b.json(
        {
            "tipo": "cambio_canal",
            "canalAnterior": prev[1],
            "segundos": c.rng.randint(20, 5400),
            "canal": nuevo[1],
            "numero": nuevo[0],
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def continuar_viendo(c: Context) -> Flow:
    b = _b(c, "GET", "vod/continuar")
    b.view("response json continuar[] (rentals with position)", direction="response")
    b.ok_json(
        {
            "continuar": [
                {"titulo": t, "posicionSeg": c.rng.randint(300, 5000), "rentadoEl": iso(c)}
                for t in c.rng.sample(
                    ["Nosotros los Nobles", "Roma", "Amores Perros", "Coco", "Sonora"], 2
                )
            ]
        }
    )
    return b.build()


def qos_opaco(c: Context) -> Flow:
    b = FB(c, "conectatv-stb", "POST", QOS, http_version="HTTP/1.1")
    b.header("user-agent", "cqos/1.3")
    k = b.id("box_mac", "md5", "json k (md5 MAC)", detectable=False)
    b.view("json r[] rows [canal, segundos, ts]", detectable=False)
    rows = [
        [c.rng.choice(CANALES)[0], c.rng.randint(20, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"k": k, "r": rows, "b": c.rng.randint(2000, 9000)})
    b.no_content()
    return b.build()


def canales(c: Context) -> Flow:
    b = _b(c, "GET", "canales?paquete=hd")
    b.ok_json({"canales": [{"numero": n, "nombre": nm, "hd": True} for n, nm in CANALES]})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"epg?canal={c.rng.choice(CANALES)[0]}&horas=6")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracionMin": c.rng.choice([30, 60, 120])}
                for t in ("Noticiero", "Telenovela", "Fútbol en vivo", "Película")
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", "firmware/check?actual=B866V2H_11.4.27")
    b.ok_json({"actualizar": False, "build": new_hex(c.rng, 40), "notas": "Mejoras de estabilidad"})
    return b.build()


def pin_parental(c: Context) -> Flow:
    b = _b(c, "POST", "control-parental/verificar")
    b.json({"pin": str(c.rng.randint(1000, 9999)), "clasificacion": "B15", "req": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
