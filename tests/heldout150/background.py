"""Ordinary traffic between the apps on the manager's phone: weather over Lisbon,
map tiles, connectivity checks, crash envelopes with trace ids, an e-book reader's
page progress (reading is not viewing), a taxi quote, fonts and config fetches.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
           http_version="HTTP/1.1")  # fmt: skip
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 38.69, 38.74, 3), rf(c.rng, -9.17, -9.10, 3)
    query = f"latitude={lat}&longitude={lon}&hourly=wind_speed_10m"
    b = _b(c, "weather", "GET", f"https://api.open-meteo.com/v1/forecast?{query}")
    b.decoy("coordinates and an hourly series")
    b.ok_json({"latitude": lat, "longitude": lon,
               "hourly": {"wind_speed_10m": [rf(c.rng, 0, 40, 1) for _ in range(24)]}})  # fmt: skip
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(13, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o99021.ingest.sentry.io/api/4507712/envelope/")
    b.decoy("crash envelope with event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    env = "\n".join([
        js({"event_id": event_id, "sent_at": iso(c)}),
        js({"type": "event"}),
        js({"event_id": event_id, "level": "error", "platform": "java",
            "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
            "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]}}),
    ]) + "\n"  # fmt: skip
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def ebook_progress(c: Context) -> Flow:
    b = _b(c, "leitor", "POST", "https://api.leitor-livros.example/v1/leitura/progresso")
    b.decoy("e-book reading position (reading is not viewing history)")
    b.json({"livro_id": f"bk{c.rng.randint(100, 999)}", "pagina": c.rng.randint(1, 400),
            "percentagem": c.rng.randint(1, 100), "lido_em": iso(c)})  # fmt: skip
    b.no_content()
    return b.build()


def taxi_quote(c: Context) -> Flow:
    b = _b(c, "taxi", "POST", "https://api.taxi-lisboa.example/v2/quotes")
    b.decoy("pickup and drop coordinates, a fare estimate and a quote id")
    b.json({"pickup": [rf(c.rng, 38.70, 38.72, 5), rf(c.rng, -9.15, -9.13, 5)],
            "dropoff": [38.7742, -9.1342], "requestId": rid(c.rng)})  # fmt: skip
    b.ok_json({"fareEur": rf(c.rng, 12, 25, 2), "etaMin": c.rng.randint(3, 15)})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(c, "config", "GET", "https://config.miradouro.example/v1/flags?app=pms")
    b.decoy("feature flags with experiment ids")
    b.ok_json({"flags": {"newRack": True, "faceClockIn": True}, "experiment": rid(c.rng)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(120)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.miradouro.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Lisbon"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, sentry, ebook_progress, taxi_quote,
    remote_config, fonts, time_sync, weather, sentry,
]  # fmt: skip
