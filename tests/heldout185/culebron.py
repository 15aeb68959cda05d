"""Culebrón: a telenovela app (Turkish, Mexican and Chilean novelas), on the iPhone.

The player posts "capítulos vistos" with the second reached and the share
watched; "mis novelas" returns the episodes left half-seen. A compact pixel
from the player carries pipe-joined rows behind one-letter keys. Reading
progress through the written recaps is reading, not watching. Episode
ratings averaged over all viewers, the cast gallery (actors' photos, not the
user's face) and the episode guide are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, ios_ua, iso, ms, rf

API = "https://api.culebron.example"
UA = ios_ua("Culebron", "3.1.4")
NOVELAS = [
    "Amor a la Turca",
    "Pituca sin Lucas",
    "La Reina del Flow",
    "Perdona Nuestros Pecados",
    "Yo Soy Betty",
]


def _b(c: Context, method: str, url: str, idfv: bool = True) -> FB:
    b = FB(c, "culebron", method, url)
    b.header("user-agent", UA)
    b.header("x-client-platform", "ios")
    if idfv:
        b.header("x-vendor-id", b.id("idfv_culebron", where="header x-vendor-id"))
    return b


def capitulo_visto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/historial/capitulos")
    b.view("json capituloVisto.segundoActual / porcentajeVisto")
    dur = c.rng.randint(2400, 3000)
    seg = c.rng.randint(30, dur)
    b.json(
        {
            "capituloVisto": {
                "novela": c.rng.choice(NOVELAS),
                "novelaId": c.rng.randint(100, 999),
                "capitulo": c.rng.randint(1, 180),
                "segundoActual": seg,
                "porcentajeVisto": round(100 * seg / dur, 1),
                "fecha": iso(c),
            }
        }
    )
    b.ok_json({"guardado": True})
    return b.build()


def mis_novelas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/usuario/mis-novelas")
    b.view("response json continuar[].segundoActual", direction="response")
    b.ok_json(
        {
            "continuar": [
                {
                    "novela": n,
                    "capitulo": c.rng.randint(1, 180),
                    "segundoActual": c.rng.randint(60, 2900),
                    "ultimaVista": iso(c),
                }
                for n in c.rng.sample(NOVELAS, 3)
            ]
        }
    )
    return b.build()


def pixel_opaco(c: Context) -> Flow:
    b = FB(c, "culebron", "GET", "https://px.culebron.example/p.gif")
    b.header("user-agent", UA)
    b.view("query r (pipe-joined novela|cap|sec rows)", detectable=False)
    rows = ";".join(
        f"{c.rng.randint(100, 999)}|{c.rng.randint(1, 180)}|{c.rng.randint(0, 2900)}"
        for _ in range(c.rng.randint(1, 3))
    )
    b.param("r", rows)
    b.param("t", str(ms(c)))
    b.param("u", b.id("idfv_culebron", "md5", "query u (md5 of IDFV)", detectable=False))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def rating(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/api/novelas/{c.rng.randint(100, 999)}/capitulos?incluir=rating",
        idfv=False,
    )
    b.decoy("episode guide with durations and average ratings over all viewers")
    b.ok_json(
        {
            "capitulos": [
                {
                    "capitulo": i,
                    "duracionSeg": c.rng.randint(2400, 3000),
                    "ratingPromedio": rf(c.rng, 3, 5, 1),
                }
                for i in range(1, 9)
            ]
        }
    )
    return b.build()


def elenco(c: Context) -> Flow:
    b = FB(
        c,
        "culebron",
        "GET",
        f"https://img.culebron.example/elenco/{c.rng.randint(100, 999)}/{new_hex(c.rng, 8)}.jpg",
    )
    b.header("user-agent", UA)
    b.decoy("cast gallery photo of an actor (a face, but no user's biometric data)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def favorita(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/usuario/favoritas", idfv=False)
    b.json({"novelaId": c.rng.randint(100, 999), "accion": "agregar"})
    b.ok_json({"ok": True})
    return b.build()


def resumen_leido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/resumenes/progreso-lectura", idfv=False)
    b.decoy("reading progress of a written episode recap (reading is not watching)")
    b.json(
        {
            "resumenId": f"res-{c.rng.randint(1000, 9999)}",
            "novela": c.rng.choice(NOVELAS),
            "capitulo": c.rng.randint(1, 180),
            "porcentajeLeido": c.rng.randint(5, 100),
            "leidoEn": iso(c),
        }
    )
    b.no_content()
    return b.build()
