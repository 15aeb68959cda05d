"""Ordinary traffic between the apps: connectivity checks, weather for Valletta /
Victoria / Sliema, Gozo Channel ferry times, bus arrivals near a stop (with
coordinates), map tiles, news in Maltese, crash reports with trace ids, update
checks with commit hashes, a pastizzi order, fonts and an AR heritage game
that syncs its camera pose. None of it carries biometric data, viewing history
or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(35.8989, 14.5146), (36.0443, 14.2512), (35.9122, 14.5042), (36.0230, 14.2980)]


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


def captive_ios(c: Context) -> Flow:
    b = FB(c, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1")
    b.header("user-agent", "CaptiveNetworkSupport-481.100.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,wind_speed_10m",
    )
    b.decoy("coordinates of a town")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 12, 34, 1) for _ in range(24)],
                "wind_speed_10m": [rf(c.rng, 2, 40, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def ferry(c: Context) -> Flow:
    b = _b(c, "ferry", "GET", "https://api.vapur-ghawdex.example/v1/skeda?minn=Mgarr&lil=Cirkewwa")
    b.ok_json(
        {
            "vjaġġi": [
                {
                    "tluq": f"{h:02d}:{m:02d}",
                    "vapur": c.rng.choice(["Malita", "Gaudos", "Ta' Pinu"]),
                }
                for h, m in (
                    (c.rng.randint(5, 23), c.rng.choice([0, 15, 30, 45])) for _ in range(5)
                )
            ]
        }
    )
    return b.build()


def bus(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(c, "bus", "GET", f"https://api.karozza.example/v2/waqfiet/qrib?lat={lat}&lon={lon}")
    b.decoy("coordinates and bus stop ids")
    b.ok_json(
        {
            "waqfiet": [
                {
                    "id": c.rng.randint(1000, 9999),
                    "isem": n,
                    "rotot": [str(c.rng.randint(1, 310)) for _ in range(3)],
                    "minuti": c.rng.randint(1, 25),
                }
                for n in ("Valletta B", "Triq il-Kbira", "Belt Victoria")
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
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


def news(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.ahbarijiet-mt.example/v1/artikli?kategorija=lokali&t={ms(c)}",
    )
    b.ok_json(
        {
            "artikli": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "titlu": t,
                    "ritratt": f"https://img.ahbarijiet-mt.example/{new_hex(c.rng, 16)}.jpg",
                }
                for t in (
                    "Festa f'Ħaż-Żebbuġ",
                    "Traffiku fil-Kostiera",
                    "Il-Vapur lejn Għawdex jittardja",
                )
            ]
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.ahbarijiet-mt.example/{new_hex(c.rng, 16)}.jpg")
    b.decoy("news photo (image fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o447120.ingest.de.sentry.io/api/5521907/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
        },
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.mt-apps.example/v1/latest?kanal=stabbli")
    b.decoy("commit hash")
    b.ok_json({"verzjoni": "3.1.0", "commit": new_hex(c.rng, 40), "noti": "Titjib żgħir"})
    return b.build()


def pastizzi(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.ordna-issa.example/v2/ordnijiet")
    b.decoy("order number and delivery address")
    b.json(
        {
            "oġġetti": [
                {"sku": f"PAST-{c.rng.randint(100, 999)}", "kwantità": c.rng.randint(2, 12)}
            ],
            "munita": "EUR",
            "indirizz": "Triq ir-Repubblika, Il-Belt Valletta",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"numruOrdni": order_no(c.rng), "total": rf(c.rng, 3, 30, 2)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNr5TRA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def ar_game(c: Context) -> Flow:
    b = _b(c, "ar-game", "POST", "https://api.hagarqim-ar.example/v1/sessjoni/poza")
    b.decoy("AR camera pose (position / rotation of the phone camera, not a face)")
    b.json(
        {
            "livell": c.rng.randint(1, 12),
            "kamera": {
                "pos": [rf(c.rng, -3, 3, 3) for _ in range(3)],
                "rot": {
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -60, 60, 2),
                    "roll": rf(c.rng, -20, 20, 2),
                },
                "fov": 63.5,
            },
            "ankri": [rid(c.rng) for _ in range(2)],
            "punti": c.rng.randint(0, 5000),
        }
    )
    b.ok_json({"salvat": True})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(
        c,
        "config",
        "GET",
        "https://config.mt-apps.example/v2/flags?app=xandirplus&platform=android",
    )
    b.decoy("feature flags and experiment ids")
    b.ok_json(
        {
            "flags": {"live_dvr": True, "skeda_ġdida": c.rng.random() < 0.5},
            "esperimenti": [rid(c.rng)],
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    captive_ios,
    weather,
    ferry,
    bus,
    map_tile,
    news,
    news_image,
    sentry_crash,
    update_check,
    pastizzi,
    fonts,
    ar_game,
    remote_config,
    weather,
    map_tile,
]
