"""A community radio app (Yucatán / Quiché) that logs what was listened to, with
some keys in Yucatec Maya ("u'uy" = hear, "k'iin" = day/time) and K'iche'
("tatab'ej" = listen) beside Spanish ones ("escuchado", "programa", "seg").
The backend and its key names are our own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms, rid, ua

API = "https://radio.kaaxmaya.example"
PROGRAMS = ["k-tsikbal", "u-yool-kaab", "tzijob-qachuu", "noticias-maya", "son-jarana"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kaax", method, API + path)
    b.header("user-agent", ua("RadioKaax", "1.4"))
    return b


def escuchado(c: Context) -> Flow:
    b = _b(c, "POST", "/api/escuchado")
    b.view("json escuchado: programa + seg_escuchados")
    b.json(
        {
            "programa": c.rng.choice(PROGRAMS),
            "seg_escuchados": c.rng.randint(60, 3600),
            "k'iin": ms(c),
            "instalacion": c.phone.radio_install,
        }
    )
    b.other_id("radio_install", "json instalacion (install id)")
    b.no_content()
    return b.build()


def uuy(c: Context) -> Flow:
    b = _b(c, "POST", "/api/u_uy")
    b.view("Maya keys only (u_uy / k'iin), no Spanish or English hint", detectable=False)
    b.json({"u_uy": c.rng.choice(PROGRAMS), "jayp'eel": c.rng.randint(60, 3600), "k'iin": ms(c)})
    b.no_content()
    return b.build()


def tatabej(c: Context) -> Flow:
    b = _b(c, "POST", "/api/tatabej")
    b.view("K'iche' key plus podcast episodio / minutos_escuchados")
    b.json(
        {
            "tatab'ej": {
                "episodio": c.rng.choice(PROGRAMS),
                "minutos_escuchados": c.rng.randint(1, 58),
            },
            "android_id": b.id("aid_radio", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def programacion(c: Context) -> Flow:
    b = _b(c, "GET", "/api/programacion")
    b.decoy("programme schedule")
    b.ok_json({"hoy": [{"programa": p, "hora": f"{6 + i}:00"} for i, p in enumerate(PROGRAMS)]})
    return b.build()


def stream_chunk(c: Context) -> Flow:
    b = FB(c, "kaax", "GET", f"https://stream.kaaxmaya.example/live/{new_hex(c.rng, 6)}.aac")
    b.decoy("audio stream chunk")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def donativo(c: Context) -> Flow:
    b = _b(c, "POST", "/api/donativo")
    b.decoy("donation with order number")
    b.json({"monto": c.rng.choice([50, 100, 200]), "moneda": "GTQ", "folio": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
