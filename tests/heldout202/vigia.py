"""Vigía: the CCTV cloud viewer Liz uses to review the depot's cameras at work.

She lists cameras, looks at motion / "person detected" events (counts, no
face data), requests recorded clips of a camera between two times, seeks in
them (`posicion`), downloads a clip and moves a PTZ camera (pan / tilt /
zoom `posicion`). Reviewing security footage is a content fetch for work,
not a report of what a person watched; a camera snapshot is not a face
sent for analysis. All ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, fake_mp4

from .phone import SB, iso, rf, rid, ua

API = "https://vigia-cloud.example/api"
UA = ua("Vigia", "6.4.1", "liz")
CAMARAS = ["Andén 1", "Andén 3", "Portón Norte", "Depósito Frío", "Playa de Camiones"]


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "vigia", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def camaras(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sitios/cde-deposito/camaras")
    b.ok_json(
        {
            "camaras": [
                {"canal": i + 1, "nombre": n, "estado": "en_linea", "resolucion": "4MP"}
                for i, n in enumerate(CAMARAS)
            ]
        }
    )
    return b.build()


def eventos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sitios/cde-deposito/eventos?tipo=persona&desde=hoy")
    b.decoy("'person detected' event counts (no face data)")
    b.ok_json(
        {
            "eventos": [
                {
                    "canal": c.rng.randint(1, 5),
                    "tipo": c.rng.choice(["persona_detectada", "movimiento", "cruce_linea"]),
                    "personas": c.rng.randint(1, 4),
                    "hora": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def reproducir(c: Context) -> Flow:
    canal = c.rng.randint(1, 5)
    b = _b(c, "POST", f"{API}/v3/grabaciones/reproducir")
    b.decoy("CCTV playback request with seek position (footage review, content fetch)")
    b.json(
        {
            "sitio": "cde-deposito",
            "canal": canal,
            "desde": iso(c),
            "duracionSeg": c.rng.choice([300, 600, 1800]),
            "posicion": c.rng.randint(0, 300),
            "velocidad": c.rng.choice([1, 2, 4]),
        }
    )
    b.ok_json(
        {
            "url": f"https://vigia-cloud.example/hls/{new_hex(c.rng, 24)}/index.m3u8",
            "expira": 600,
        }
    )
    return b.build()


def clip(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/grabaciones/clip/{new_hex(c.rng, 16)}.mp4")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def captura(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/camaras/{c.rng.randint(1, 5)}/captura.jpg")
    b.decoy("camera snapshot (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))
    return b.build()


def ptz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/camaras/{c.rng.randint(1, 5)}/ptz")
    b.decoy("pan / tilt / zoom position")
    b.json(
        {
            "posicion": {
                "pan": rf(c.rng, -180, 180, 1),
                "tilt": rf(c.rng, -30, 90, 1),
                "zoom": rf(c.rng, 1, 20, 1),
            },
            "preset": c.rng.choice([None, 1, 2, 3]),
        }
    )
    b.no_content()
    return b.build()
