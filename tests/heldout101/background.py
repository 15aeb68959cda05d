"""Ordinary traffic between the apps (HyperOS checks, weather, map tiles, CDN,
Sentry crash reports with trace ids, feature flags, currency rates). None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, floats, iso, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "https://connect.rom.miui.com/generate_204", http_version="HTTP/1.1"
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 14.5, 21.2, 2), rf(c.rng, -91.6, -89.4, 2)
    b = FB(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}",
    )
    b.decoy("coordinates and temperature series")
    b.ok_json({"hourly": {"temperature_2m": [rf(c.rng, 18, 36, 1) for _ in range(24)]}})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = FB(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def cdn(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://cdn.jsdelivr.net/gh/x/{new_hex(c.rng, 40)}/a.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o88213.ingest.sentry.io/api/771204/store/")
    b.decoy("event / trace ids")
    b.json(
        {
            "event_id": new_hex(c.rng, 32),
            "timestamp": iso(c),
            "level": "error",
            "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        }
    )
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/77/namespaces/firebase:fetch",
    )
    b.decoy("feature flags with embedding-like model weights (no face context)")
    b.ok_json(
        {
            "entries": {"nuevo_home": "true", "reco_pesos": str(floats(c.rng, 16))},
            "etag": rid(c.rng),
        }
    )
    return b.build()


def divisas(c: Context) -> Flow:
    b = FB(c, "fx", "GET", "https://api.frankfurter.app/latest?from=MXN&to=GTQ,USD")
    b.ok_json({"rates": {"GTQ": rf(c.rng, 0.38, 0.46), "USD": rf(c.rng, 0.05, 0.06)}})
    return b.build()


def noticia_rostros(c: Context) -> Flow:
    b = FB(
        c, "news", "GET", "https://noticias.example.mx/api/articulo/reconocimiento-facial-en-cdmx"
    )
    b.decoy("article about facial recognition")
    b.ok_json(
        {
            "titulo": "Debate sobre reconocimiento facial y biometría en el metro",
            "cuerpo": "Las cámaras con detección de rostro y landmarks faciales...",
            "id": rid(c.rng),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn,
    sentry,
    flags,
    divisas,
    noticia_rostros,
]
