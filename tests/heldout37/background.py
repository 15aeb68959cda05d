"""Ordinary background traffic of the set-37 phone: nothing sensitive, many look-alikes.

Connectivity checks (Android's generate_204), the ECB's daily reference-rate
XML (a price series), Tallinn's public-transport GPS feed (coordinate lists,
transport.tallinn.ee/gps.txt is a plain CSV), OpenStreetMap tiles, a Sentry
envelope (event and trace ids; format per develop.sentry.dev "Envelopes"), a
feature-flag fetch, a weather forecast and a news article about face
recognition at Riga airport (faces as a subject, not data).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, dalvik, iso, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.respond(204, None)
    return b.build()


def ecb_rates(c: Context) -> Flow:
    b = FB(c, "bank-rates", "GET", "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml")
    rows = "".join(
        f"<Cube currency='{cur}' rate='{rf(c.rng, 0.5, 30, 4)}'/>"
        for cur in ("USD", "JPY", "PLN", "SEK", "NOK", "UAH", "GBP", "CHF")
    )
    b.decoy("exchange-rate series")
    b.respond(
        200,
        "text/xml",
        f"<gesmes:Envelope><Cube><Cube time='2024-11-05'>{rows}</Cube></Cube>"
        "</gesmes:Envelope>".encode(),
    )
    return b.build()


def transit_gps(c: Context) -> Flow:
    b = FB(c, "transit", "GET", "https://transport.tallinn.ee/gps.txt")
    rng = c.rng
    lines = [
        f"{rng.choice([2, 3])},{rng.randint(1, 73)},{rng.randint(24600000, 24900000)},"
        f"{rng.randint(59380000, 59470000)},,{rng.randint(0, 359)},{rng.randint(1000, 9999)}"
        for _ in range(rng.randint(20, 40))
    ]
    b.decoy("vehicle coordinate list")
    b.respond(200, "text/plain", "\n".join(lines).encode())
    return b.build()


def osm_tile(c: Context) -> Flow:
    z = c.rng.choice([13, 14, 15])
    x, y = c.rng.randint(9300, 9400), c.rng.randint(4750, 4850)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("Kurjeris", "5.12.0"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.randrange(256) for _ in range(300))
    )
    return b.build()


def sentry_envelope(c: Context) -> Flow:
    event_id = rid(c.rng).replace("-", "")
    b = FB(c, "sentry", "POST", "https://o448122.ingest.sentry.io/api/5512734/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7,sentry_client=sentry.java.android/7.14.0,"
        "sentry_key=3f1c0a9e8b7d4c2a9e1f0b6d5c4a3b2e",
    )
    event = {
        "event_id": event_id,
        "timestamp": iso(c),
        "platform": "java",
        "level": "error",
        "release": "lt.ziurek.app@4.8.1+4810",
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
        "contexts": {
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]},
            "os": {"name": "Android", "version": "14"},
            "device": {"model": "moto g 2024", "manufacturer": "motorola", "battery_level": 71.0},
        },
    }
    lines = [jsb({"event_id": event_id, "sent_at": iso(c)}), jsb({"type": "event"}), jsb(event)]
    b.set_body(b"\n".join(lines), "application/x-sentry-envelope")
    b.decoy("trace and event ids")
    b.ok_json({"id": event_id})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = FB(
        c,
        "flags",
        "GET",
        "https://flags.ziurek.lt/v2/flags",
        [("platform", "android"), ("app_version", "4.8.1")],
    )
    b.ok_json(
        {
            "flags": {
                "new_player_ui": c.rng.random() < 0.5,
                "ads_preroll": True,
                "exp_bucket": c.rng.randint(0, 99),
                "req": rid(c.rng),
            }
        }
    )
    b.decoy("request id")
    return b.build()


def weather(c: Context) -> Flow:
    city = c.rng.choice(["Vilnius", "Riga", "Tallinn"])
    b = FB(
        c,
        "weather",
        "GET",
        "https://api.orai-example.lt/v1/forecast",
        [("place", city), ("lang", "uk")],
    )
    temps = [rf(c.rng, -6, 9, 1) for _ in range(24)]
    b.ok_json({"place": city, "hourly": {"t": temps, "wind": [rf(c.rng, 0, 12, 1) for _ in temps]}})
    b.decoy("numeric series")
    return b.build()


def news_article(c: Context) -> Flow:
    slug = c.rng.choice(["riga-airport-face-recognition-gates", "veido-atpazinimas-stotyse"])
    b = FB(c, "news", "GET", f"https://www.delfi-example.lv/api/articles/{slug}")
    b.ok_json(
        {
            "title": "Riga airport tests face recognition boarding gates",
            "body": "Passengers may opt in to have a face template matched at the gate...",
            "tags": ["face recognition", "biometrics", "privacy"],
            "related": [rid(c.rng) for _ in range(3)],
        }
    )
    b.decoy("article about faces")
    return b.build()


BENIGN = [
    generate_204,
    ecb_rates,
    transit_gps,
    osm_tile,
    sentry_envelope,
    feature_flags,
    weather,
    news_article,
    osm_tile,
    generate_204,
]
