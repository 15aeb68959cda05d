"""Ordinary traffic between the apps: connectivity checks, Ashgabat weather, map
tiles, cotton-price series from a commodity board, the national exam results
portal, a bazaar order with its order number, currency rates, crash reports with
trace ids, update checks. None of it carries biometric data, viewing history or
a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(37.96, 58.33), (37.94, 58.38), (39.08, 63.57), (41.84, 59.97)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )  # fmt: skip
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c, "weather", "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )  # fmt: skip
    b.decoy("city coordinates")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "timezone": "Asia/Ashgabat",
            "hourly": {"temperature_2m": [rf(c.rng, 5, 42, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    b = _b(
        c, "osm", "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )  # fmt: skip
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def pagta_bahasy(c: Context) -> Flow:
    b = _b(c, "birzha", "GET", "https://api.birzha-tm.example/v1/bahalar/pagta?aralyk=30g")
    b.decoy("cotton-price time series (timestamps and values)")
    t0 = ms(c) - 30 * 86400000
    b.ok_json(
        {
            "haryt": "pagta süýümi (I sort)",
            "pul": "USD/t",
            "hatar": [
                {"wagt": t0 + i * 86400000, "baha": rf(c.rng, 1650, 1900, 1)} for i in range(30)
            ],
        }
    )
    return b.build()


def exam_results(c: Context) -> Flow:
    b = _b(
        c,
        "synag",
        "GET",
        f"https://netije.bilim-tm.example/api/synag/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("exam results (scores, candidate number)")
    b.ok_json(
        {
            "dalaşgär": f"AŞ-{c.rng.randint(10000, 99999)}",
            "netijeler": [
                {"ders": d, "bal": c.rng.randint(40, 100)}
                for d in ("Matematika", "Türkmen dili", "Fizika", "Iňlis dili")
            ],
            "ýagdaýy": "kabul edildi",
        }
    )
    return b.build()


def bazar_order(c: Context) -> Flow:
    b = _b(c, "bazar", "POST", "https://api.bazar-tm.example/v2/sargyt")
    b.decoy("order number and delivery coordinates")
    lat, lon = PLACES[0]
    b.json(
        {
            "harytlar": [{"sku": f"NAN-{c.rng.randint(100, 999)}", "sany": 2}],
            "salgy": {"köçe": "Bitarap Türkmenistan şaýoly", "lat": lat, "lon": lon},
            "pul": "TMT",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"sargytBelgisi": order_no(c.rng), "jemi": rf(c.rng, 20, 400, 2)})
    return b.build()


def walyuta(c: Context) -> Flow:
    b = _b(c, "bank", "GET", "https://api.merkezibank-tm.example/v1/walyuta?sene=" + iso(c)[:10])
    b.ok_json({"USD": 3.5, "EUR": rf(c.rng, 3.7, 3.9, 4), "RUB": rf(c.rng, 0.035, 0.04, 5)})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.habar-tm.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/7712045/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "api"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://tazelik.tm-apps.example/v1/latest?kanal=stable")
    b.decoy("commit hash")
    b.ok_json(
        {"wersiýa": "3.1.2", "commit": new_hex(c.rng, 40), "bellik": "Ýalňyşlyklar düzedildi"}
    )
    return b.build()


def habarlar(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.habar-tm.example/v1/habarlar?bolum=sport&t={ms(c)}")
    b.ok_json(
        {
            "habarlar": [
                {"id": c.rng.randint(10**5, 10**6), "sözbaşy": t}
                for t in ("Aşgabatda bäsleşik", "Howa: güneşli", "Pagta ýygymy tamamlandy")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    pagta_bahasy,
    exam_results,
    bazar_order,
    walyuta,
    cdn_image,
    sentry_crash,
    update_check,
    habarlar,
    map_tile,
    cdn_image,
]
