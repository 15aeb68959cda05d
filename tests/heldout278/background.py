"""Ordinary traffic between the apps: connectivity checks, weather for Almaty and
Istanbul, map tiles, prayer times, exchange rates, crash reports with trace
ids, update checks with commit hashes, UEY news, fonts. None of it carries
biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid

CITIES = [(43.24, 76.89), (41.01, 28.98), (43.35, 77.01)]


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
            "hourly": {"temperature_2m": [rf(c.rng, -5, 25, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
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


def prayer_times(c: Context) -> Flow:
    city = c.rng.choice(["Almaty", "Istanbul"])
    b = _b(
        c,
        "namaz",
        "GET",
        f"https://api.aladhan.com/v1/timingsByCity?city={city}&country=&method=13",
    )
    b.ok_json(
        {
            "data": {
                "timings": {
                    "Fajr": "05:41",
                    "Dhuhr": "12:58",
                    "Asr": "16:31",
                    "Maghrib": "18:52",
                    "Isha": "20:14",
                }
            }
        }
    )
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "rates", "GET", "https://api.kurs-ug.example/v1/latest?base=USD&symbols=KZT,TRY,CNY")
    b.ok_json(
        {
            "base": "USD",
            "rates": {"KZT": rf(c.rng, 470, 520, 2), "TRY": rf(c.rng, 30, 38, 2), "CNY": 7.24},
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51823.ingest.sentry.io/api/4507731/envelope/")
    b.decoy("trace / event ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.ug-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"nusxa": "5.2.1", "commit": new_hex(c.rng, 40), "izahat": "Xataliqlar tüzitildi"})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.uyghur-xewer.example/v1/xewerler?bet=1")
    b.ok_json(
        {
            "xewerler": [
                {"id": c.rng.randint(10**5, 10**6), "mawzu": t}
                for t in (
                    "ئالمۇتىدا نورۇز بايرىمى",
                    "Istanbulda muqam kechisi",
                    "Уйғур тили дәрсләри",
                )
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notonaskharabic/v33/RrQ5bpV-9Dd1b1OAGA6M9PkyDuVBePeKNaxcsss0Y7bwvc5krK0z9_Mnuw.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def bus(c: Context) -> Flow:
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.onay-transport.example/v1/stop/{c.rng.randint(100, 999)}/arrivals",
    )
    b.decoy("request id, stop number")
    b.header("x-request-id", rid(c.rng))
    b.ok_json(
        {"arrivals": [{"route": r, "min": c.rng.randint(1, 20)} for r in ("32", "86", "121")]}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, prayer_times, rates, sentry_crash, update_check, news,
    fonts, bus, weather, map_tile,
]  # fmt: skip
