"""Ordinary traffic between the apps: AEMET weather, map tiles, CDN images,
crash envelopes with trace ids, Renfe timetables, chat, update checks. None of
it carries biometric data, viewing history or a household device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import HB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> HB:
    b = HB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = HB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def aemet(c: Context) -> Flow:
    muni = c.rng.choice(["28079", "08019"])
    b = _b(
        c,
        "weather",
        "GET",
        f"https://opendata.aemet.es/opendata/api/prediccion/especifica/municipio/horaria/{muni}",
    )
    b.ok_json(
        {
            "temperatura": [rf(c.rng, 4, 26, 1) for _ in range(24)],
            "probPrecipitacion": [c.rng.randint(0, 100) for _ in range(24)],
        }
    )
    return b.build()


def tesela(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(
        c,
        "maps",
        "GET",
        f"https://tiles.mapas-ejemplo.example/{z}/{x}/{y}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def imagen_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.cdn-ejemplo.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o301144.ingest.sentry.io/api/4504112/envelope/")
    b.decoy("crash envelope with event / trace ids")
    eid = new_hex(c.rng, 32)
    env = "\n".join(
        [
            js({"event_id": eid, "sent_at": iso(c)}),
            js({"type": "event"}),
            js(
                {
                    "event_id": eid,
                    "level": "error",
                    "platform": "java",
                    "contexts": {"trace": {"trace_id": new_hex(c.rng, 32)}},
                    "exception": {"values": [{"type": "NullPointerException"}]},
                }
            ),
        ]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def renfe(c: Context) -> Flow:
    b = _b(
        c,
        "renfe",
        "GET",
        "https://horarios.trenes-ejemplo.example/v1/horarios?origen=MAD&destino=BCN",
    )
    b.decoy("train timetable with times and durations")
    b.ok_json(
        {
            "trenes": [
                {
                    "salida": iso(c),
                    "duracion_min": c.rng.choice([150, 165, 190]),
                    "precio": rf(c.rng, 19, 90, 2),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.mensajeria-ejemplo.example/v1/mensajes")
    b.json(
        {
            "conversacion": rid(c.rng),
            "texto": c.rng.choice(["¿cenamos?", "ya llego", "vale 👍"]),
            "enviado": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def actualizacion(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.apps-ejemplo.example/v1/latest")
    b.decoy("commit hash")
    b.ok_json({"version": "2.4.1", "commit": new_hex(c.rng, 40)})
    return b.build()


def hora(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://hora.ntp-ejemplo.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Madrid"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    aemet,
    tesela,
    imagen_cdn,
    sentry,
    renfe,
    chat,
    actualizacion,
    hora,
    imagen_cdn,
    tesela,
]
