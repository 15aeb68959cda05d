"""Ordinary traffic between the apps: connectivity checks, Warsaw weather, map
tiles, crash reports with trace ids, fonts, update checks with commit hashes, a
roadside-assistance news feed and a supplier's sign-up form. None of it carries
biometric data, viewing history or a device identifier of the tester."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


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
    lat, lon = rf(c.rng, 52.1, 52.35, 2), rf(c.rng, 20.85, 21.2, 2)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("coordinates and a forecast series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 3, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
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


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51290.ingest.sentry.io/api/6612044/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "release": "pl.warsztatpro@3.8.1",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "BluetoothSocketException", "value": "read failed"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.warsztatpro.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.2", "commit": new_hex(c.rng, 40)})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.czas-example.pl/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Warsaw"})
    return b.build()


def news_thumb(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.motoryzacja-news.example/{new_hex(c.rng, 24)}/w320.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def news_feed(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.motoryzacja-news.example/v1/artykuly?kategoria=serwis")
    b.decoy("articles incl. one about face recognition at fuel stations: text, not biometric data")
    b.ok_json(
        {
            "artykuly": [
                {"id": c.rng.randint(10**5, 10**6), "tytul": t}
                for t in (
                    "Rozpoznawanie twarzy na stacjach paliw?",
                    "Nowe stawki OC 2025",
                    "Jak sprawdzić czujniki TPMS",
                )
            ]
        }
    )
    return b.build()


def supplier_signup(c: Context) -> Flow:
    b = _b(c, "hurtownia", "POST", "https://b2b.hurtownia-czesci.example/api/rejestracja")
    b.decoy("a sign-up form with a self-declared gender field: not biometric")
    b.json(
        {
            "firma": "Warsztat Kowalczyk",
            "nip": "5" + str(c.rng.randint(10**8, 10**9)),
            "plec": "M",
            "telefon": "+48" + str(c.rng.randint(5 * 10**8, 8 * 10**8)),
            "zgody": {"marketing": False},
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"status": "OCZEKUJE"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    fonts,
    update_check,
    time_sync,
    news_thumb,
    news_feed,
    supplier_signup,
    weather,
    map_tile,
]
