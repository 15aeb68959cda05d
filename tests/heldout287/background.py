"""Ordinary traffic between the apps: connectivity checks, weather for Bastia /
Aiacciu / Xixón / Uviéu, map tiles, images, crash reports with trace ids,
update checks with commit hashes, bus times, a news feed. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf

CITIES = [(42.70, 9.45), (41.93, 8.74), (43.54, -5.66), (43.36, -5.85)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("city coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 4, 28, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.isula-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44102.ingest.sentry.io/api/6120877/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "durata < 0"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.isula-apps.example/v1/ultima?canale=stable")
    b.decoy("commit hash")
    b.ok_json({"versione": "3.2.0", "commit": new_hex(c.rng, 40), "note": "Currezzioni"})
    return b.build()


def bus_times(c: Context) -> Flow:
    stop = c.rng.randint(1, 300)
    b = _b(c, "bus", "GET", f"https://api.emtusa-xixon.example/v1/parada/{stop}/llegadas")
    b.ok_json(
        {
            "llegadas": [
                {"llinia": c.rng.choice(["10", "12", "18"]), "minutos": c.rng.randint(1, 20)}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.corsenetinfos.example/v1/articuli?rubrica=sport&t={ms(c)}"
    )
    b.ok_json(
        {
            "articuli": [
                {"id": c.rng.randint(10**5, 10**6), "titulu": t}
                for t in (
                    "U Sporting vince in Furiani",
                    "Tempu: sole in Balagna",
                    "Vapori in ritardu",
                )
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    sentry_crash,
    update_check,
    bus_times,
    fonts,
    news,
    weather,
    cdn_image,
    map_tile,
]
