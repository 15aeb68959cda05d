"""Ordinary traffic between the apps: SMHI weather for the load-out, SL
departures, map tiles, crash reports with trace ids, a news article about face
recognition at arenas, a calendar sync, a food order for the crew, update checks.
None of it carries biometric data, viewing history or a device identifier."""

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


def smhi(c: Context) -> Flow:
    lon, lat = 18.083, 59.294  # the arena, Johanneshov
    b = _b(
        c,
        "smhi",
        "GET",
        f"https://opendata-download-metfcst.smhi.se/api/category/pmp3g/version/2/geotype/point/lon/{lon}/lat/{lat}/data.json",
    )
    b.decoy("forecast coordinates and a temperature series (weather, not a vector of a face)")
    b.ok_json(
        {
            "approvedTime": iso(c),
            "geometry": {"type": "Point", "coordinates": [[lon, lat]]},
            "timeSeries": [
                {
                    "validTime": iso(c),
                    "parameters": [{"name": "t", "unit": "Cel", "values": [rf(c.rng, -8, 22, 1)]}],
                }
                for _ in range(6)
            ],
        }
    )
    return b.build()


def sl_departures(c: Context) -> Flow:
    b = _b(
        c, "sl", "GET", "https://transport.integration.sl.se/v1/sites/9168/departures?forecast=60"
    )
    b.ok_json(
        {
            "departures": [
                {
                    "destination": c.rng.choice(["Hässelby strand", "Skarpnäck", "Farsta strand"]),
                    "display": f"{c.rng.randint(1, 15)} min",
                    "line": {"designation": "18", "transport_mode": "METRO"},
                    "journey": {"id": c.rng.randint(10**12, 10**13)},
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(13, 17)
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
    b = _b(c, "sentry", "POST", "https://o119204.ingest.sentry.io/api/4506612/envelope/")
    b.decoy("Sentry event / trace / span ids (crash report, not a device)")
    event_id = new_hex(c.rng, 32)
    header = {
        "event_id": event_id,
        "sent_at": iso(c),
        "sdk": {"name": "sentry.java.android", "version": "7.3.0"},
    }
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "release": "se.scenkoll.app@3.8.2+382",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join([js(header), js({"type": "event"}), js(event)]) + "\n"
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://www.nyheter-example.se/api/artikel/ansiktsigenkanning-arenor")
    b.decoy("a news article about face recognition at arenas (text about faces, no face data)")
    b.ok_json(
        {
            "rubrik": "IMY granskar ansiktsigenkänning vid arenor",
            "ingress": "Integritetsskyddsmyndigheten vill veta hur kameror vid evenemang används.",
            "publicerad": iso(c),
            "bild": f"https://img.nyheter-example.se/{new_hex(c.rng, 16)}.jpg",
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.nyheter-example.se/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def calendar_sync(c: Context) -> Flow:
    b = _b(
        c,
        "calendar",
        "GET",
        "https://kalender.example-mail.se/caldav/sync?token=" + new_hex(c.rng, 16),
    )
    b.ok_json(
        {
            "händelser": [
                {"titel": t, "start": iso(c), "plats": "Arenan"}
                for t in ("Produktionsmöte", "Ljudcheck", "Dörrar", "Load out")
            ]
        }
    )
    return b.build()


def crew_food(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.matbud-example.se/v1/orders")
    b.decoy("an order number and delivery coordinates (a shop order)")
    b.json(
        {
            "items": [{"sku": f"PIZ-{c.rng.randint(100, 999)}", "qty": c.rng.randint(1, 8)}],
            "leverans": {"lat": 59.2936, "lon": 18.0834, "text": "Lastkajen, fråga efter Karin"},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNummer": f"MB{c.rng.randint(10**6, 10**7)}", "eta": iso(c)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://api.scenkoll.example/app/version?plattform=android")
    b.decoy("a build's commit hash")
    b.ok_json({"senaste": "3.8.2", "commit": new_hex(c.rng, 40), "tvingande": False})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hjQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.se/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Stockholm"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    smhi,
    sl_departures,
    map_tile,
    sentry_crash,
    news_article,
    news_image,
    calendar_sync,
    crew_food,
    update_check,
    fonts,
    time_sync,
]
