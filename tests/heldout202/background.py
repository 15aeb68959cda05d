"""Ordinary traffic between the apps: connectivity checks, weather for Asunción /
Ciudad del Este / Filadelfia, map tiles, images, crash reports with trace ids,
update checks with commit hashes, the Guaraní exchange rate, the news, a time
sync, bus times in Asunción. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import SB, iso, ms, rf

CIUDADES = [(-25.28, -57.63), (-25.51, -54.61), (-22.35, -60.03), (-25.34, -57.51)]


def _b(c: Context, sdk: str, method: str, url: str) -> SB:
    b = SB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = SB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def clima(c: Context) -> Flow:
    lat, lon = c.rng.choice(CIUDADES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=America%2FAsuncion",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 22, 41, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 3, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
    z = c.rng.randint(9, 16)
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


def imagen(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.noticias-py-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44172.ingest.sentry.io/api/5528130/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "py.tekopora.tape@4.1.3",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def actualizacion(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://apps.tekopora.example/v1/ultima?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "4.1.4", "commit": new_hex(c.rng, 40), "notas": "Correcciones"})
    return b.build()


def cambios(c: Context) -> Flow:
    b = _b(c, "cambios", "GET", "https://api.cotizaciones-py.example/v1/hoy")
    b.ok_json(
        {
            "fecha": iso(c)[:10],
            "dolar": {"compra": c.rng.randint(7760, 7820), "venta": c.rng.randint(7840, 7900)},
            "real": {"compra": 1300, "venta": 1360},
            "peso": {"compra": 6, "venta": 8},
        }
    )
    return b.build()


def noticias(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.noticias-py.example/v1/portada?t={ms(c)}")
    b.ok_json(
        {
            "notas": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in (
                    "Crecida del río Paraguay mejora la navegación",
                    "Récord de exportación de carne a Taiwán",
                    "Olimpia y Cerro empatan en el superclásico",
                )
            ]
        }
    )
    return b.build()


def hora(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.tekopora.example/v1/ahora")
    b.ok_json({"epochMs": ms(c), "zona": "America/Asuncion"})
    return b.build()


def colectivos(c: Context) -> Flow:
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.colectivos-asu.example/v1/paradas/{c.rng.randint(1, 900)}/llegadas",
    )
    b.decoy("bus positions and ETA minutes")
    b.ok_json(
        {
            "llegadas": [
                {
                    "linea": c.rng.choice(["12", "30", "31", "56", "Ñandutí 2"]),
                    "minutos": c.rng.randint(1, 25),
                    "posicion": {"lat": rf(c.rng, -25.35, -25.25, 5), "lon": -57.6},
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def fuentes(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    clima,
    mapa,
    mapa,
    imagen,
    sentry,
    actualizacion,
    cambios,
    noticias,
    hora,
    colectivos,
    fuentes,
]
