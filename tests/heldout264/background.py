"""Ordinary traffic between the apps: connectivity checks, weather for Harare /
Bulawayo / Lilongwe, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a prepaid electricity token (meter and token
numbers), kombi fares, exchange rates, church service times and news. None of
it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(-17.83, 31.05), (-20.15, 28.58), (-13.96, 33.79), (-18.97, 32.67)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("city coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
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
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.nhau-cdn.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44102.ingest.sentry.io/api/5501922/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "no network"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.zimapps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.8.0", "commit": new_hex(c.rng, 40), "zvitsva": "Kugadzirisa"})
    return b.build()


def zesa_token(c: Context) -> Flow:
    b = _b(c, "zesa", "POST", "https://api.magetsi-pay.example/v2/tokens")
    b.decoy("meter number and 20-digit electricity token")
    b.json(
        {
            "meter": new_digits(c.rng, 11, "3"),
            "amount": rf(c.rng, 2, 40, 2),
            "currency": "USD",
            "reference": rid(c.rng),
        }
    )
    token = new_digits(c.rng, 20)
    b.ok_json(
        {
            "token": " ".join(token[i : i + 4] for i in range(0, 20, 4)),
            "units_kwh": rf(c.rng, 10, 250, 1),
            "receipt": f"ZETDC{c.rng.randint(10**8, 10**9)}",
        }
    )
    return b.build()


def kombi_fares(c: Context) -> Flow:
    b = _b(c, "kombi", "GET", f"https://api.kombi-routes.example/v1/route/{c.rng.randint(1, 90)}")
    b.ok_json(
        {
            "nzira": c.rng.choice(
                ["Copacabana - Budiriro", "Market Square - Mbare", "Town - Nkulumane"]
            ),
            "mari": c.rng.choice([0.5, 1.0, 1.5]),
            "maminitsi": c.rng.randint(5, 40),
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://api.mitengo.example/v1/rates?base=USD")
    b.ok_json(
        {
            "date": iso(c)[:10],
            "rates": {"ZWG": rf(c.rng, 13, 27, 2), "MWK": rf(c.rng, 1730, 1760, 1), "ZAR": 18.2},
        }
    )
    return b.build()


def church_times(c: Context) -> Flow:
    b = _b(c, "church", "GET", "https://api.kereke-yedu.example/v1/services?city=harare")
    b.ok_json(
        {
            "minamato": [
                {"zuva": "Svondo", "nguva": "09:00", "nzvimbo": "Mabvuku"},
                {"zuva": "Chitatu", "nguva": "18:00", "nzvimbo": "Highfield"},
            ]
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.nhau-dzezuva.example/v1/articles?cat=sport&t={ms(c)}")
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in (
                    "Warriors draw in Harare",
                    "Flames prepare for Lilongwe qualifier",
                    "Rains expected in Matabeleland",
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
    zesa_token,
    kombi_fares,
    fx_rates,
    church_times,
    fonts,
    news,
    cdn_image,
]
