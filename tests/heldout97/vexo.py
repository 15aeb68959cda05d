"""Vexo: a Galician public-service streamer and radio (TVG / Radio Galega-like).

Galician keys: visto (watched), retomar (resume), posicion, duracion,
escoitado (listened), emisora, episodio; the device header X-Dispositivo.
Firebase Installations (sdks.py). Key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.vexo.gal"
PKG = "gal.vexo.app"
PROGRAMAS = ["Luar", "Land Rober", "Bandeira vermella", "Fariña", "Augasquentes"]
PODCASTS = ["A Reportaxe", "Diario Cultural", "Pensando en ti"]


def _dev(b: FB) -> None:
    b.header("x-dispositivo", b.id("aid_vexo", where="header:x-dispositivo"))
    b.header("user-agent", ua("Vexo", "2.11.4"))


def visto(c: Context) -> Flow:
    b = FB(c, "vexo", "POST", API + "/v1/historial")
    b.view("json:visto[].posicion")
    dur = c.rng.randint(1500, 5400)
    b.json(
        {
            "visto": [
                {
                    "id": f"tvg{c.rng.randint(10**5, 10**6)}",
                    "programa": c.rng.choice(PROGRAMAS),
                    "posicion": c.rng.randint(20, dur),
                    "duracion": dur,
                    "data": iso(c),
                }
            ]
        }
    )
    _dev(b)
    b.no_content()
    return b.build()


def retomar(c: Context) -> Flow:
    vid = f"tvg{c.rng.randint(10**5, 10**6)}"
    b = FB(c, "vexo", "POST", f"{API}/v1/retomar/{vid}")
    b.view("form:posicion (resume point)")
    b.form([("posicion", str(c.rng.randint(10, 4000))), ("ts", str(ms(c)))])
    _dev(b)
    b.no_content()
    return b.build()


def escoitado(c: Context) -> Flow:
    b = FB(c, "vexo", "POST", API + "/radio/v1/escoitado")
    b.view("json:escoitado_seg/emisora/programa")
    b.json(
        {
            "emisora": c.rng.choice(["radio-galega", "rg-musica", "rg-son-galicia"]),
            "programa": c.rng.choice([*PODCASTS, "Informativo"]),
            "escoitado_seg": c.rng.randint(30, 3600),
            "inicio": iso(c),
            "directo": c.rng.random() < 0.6,
        }
    )
    _dev(b)
    b.no_content()
    return b.build()


def podcast_pos(c: Context) -> Flow:
    b = FB(c, "vexo", "PUT", API + "/podcast/v1/progreso")
    b.view("json:episodio/posicion/completado")
    body = {
        "episodio": f"pod-{c.rng.randint(1000, 9999)}",
        "serie": c.rng.choice(PODCASTS),
        "posicion": c.rng.randint(0, 3000),
        "completado": c.rng.random() < 0.3,
    }
    b.set_body(jsb(body), "application/json; charset=utf-8")
    _dev(b)
    b.no_content()
    return b.build()


def firebase(c: Context) -> Flow:
    return sdks.firebase_install(c, "vexo", PKG, "vexo_fid")


def radio_chunk(c: Context) -> Flow:
    b = FB(c, "vexo", "GET", "https://streaming.vexo.gal/rg/live.aac", http_version="HTTP/1.1")
    b.header("icy-metadata", "1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def artigo(c: Context) -> Flow:
    b = FB(c, "vexo", "GET", API + f"/noticias/{c.rng.randint(10**5, 10**6)}")
    b.decoy("news article about facial recognition (text, no face data)")
    b.ok_json(
        {
            "titulo": "O aeroporto de Santiago proba o recoñecemento facial no embarque",
            "corpo": "A tecnoloxía compara a cara do pasaxeiro coa foto do DNI...",
            "id": rid(c.rng),
        }
    )
    return b.build()


def programacion(c: Context) -> Flow:
    b = FB(c, "vexo", "GET", API + "/v1/programacion", [("canle", "tvg"), ("dia", "hoxe")])
    b.ok_json(
        {"grella": [{"hora": f"{20 + i}:00", "titulo": p} for i, p in enumerate(PROGRAMAS[:4])]}
    )
    return b.build()
