"""Ordinary traffic between the apps: weather, map tiles, bus arrivals, crash
reports with trace ids, news (one about facial recognition at the stadiums),
chat, fonts, an update check. None of it carries biometric data, viewing
history or a device identifier of the family."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

OKHTTP = "okhttp/4.12.0"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", OKHTTP)
    return b


def conectividad(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def clima(c: Context) -> Flow:
    lat, lon = c.rng.choice([(-33.45, -70.66), (-33.05, -71.62), (-34.60, -58.38)])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 8, 31, 1) for _ in range(24)]},
        }
    )
    return b.build()


def tesela(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def micro(c: Context) -> Flow:
    b = _b(
        c,
        "transporte",
        "GET",
        f"https://api.micros-stgo.example/v1/paraderos/PA{c.rng.randint(100, 999)}/llegadas",
    )
    b.decoy("bus arrivals with bus plates and distances (public vehicles)")
    b.ok_json(
        {
            "servicios": [
                {
                    "recorrido": r,
                    "patente": f"FL{new_hex(c.rng, 2).upper()}-{c.rng.randint(10, 99)}",
                    "distanciaM": c.rng.randint(100, 3000),
                }
                for r in ("210", "405", "D09")
            ]
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450112.ingest.sentry.io/api/5521190/envelope/")
    b.decoy("event / trace ids of a crash report")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def noticia(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://www.noticias-cono-sur.example/api/articulos/reconocimiento-facial-estadios",
    )
    b.decoy("news article about facial recognition at stadiums (text about faces)")
    b.ok_json(
        {
            "titulo": "Tribuna Segura: el reconocimiento facial llega a los estadios",
            "cuerpo": (
                "El sistema compara el rostro de cada hincha con la base de datos"
                " de derecho de admisión…"
            ),
            "publicado": iso(c),
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.mensajeria.example/v1/mensajes")
    b.json(
        {
            "conversacion": rid(c.rng),
            "texto": c.rng.choice(["voy llegando", "¿che, venís?", "ya po"]),
            "enviado": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "estado": "entregado"})
    return b.build()


def fuentes(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def actualizacion(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.apps-cl.example/v1/latest?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "2.3.0", "commit": new_hex(c.rng, 40)})
    return b.build()


def fixture(c: Context) -> Flow:
    b = _b(c, "futbol", "GET", "https://api.resultados-futbol.example/v2/fixture?liga=primera-cl")
    b.decoy("fixtures with kick-off times and durations")
    b.ok_json(
        {
            "partidos": [
                {"local": "Colo-Colo", "visita": "U. de Chile", "hora": iso(c), "duracionMin": 90}
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    conectividad,
    clima,
    tesela,
    micro,
    sentry,
    noticia,
    chat,
    fuentes,
    actualizacion,
    fixture,
    clima,
    tesela,
]
