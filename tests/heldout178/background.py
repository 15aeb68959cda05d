"""Ordinary traffic between the apps: weather for Tbilisi and Batumi, the National
Bank's official rates, map tiles, crash envelopes with trace ids, family chat in three
scripts, a news article about face recognition, a sign-up form with a declared gender,
a thumbnail CDN and update checks. None of it carries biometric data, viewing history
or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [("Tbilisi", 41.72, 44.78), ("Batumi", 41.64, 41.63), ("Yerevan", 40.18, 44.51)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    url = "https://connectivitycheck.gstatic.com/generate_204"
    b = FB(c, "android", "GET", url, http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    _, lat, lon = c.rng.choice(CITIES)
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m"
    b = _b(c, "weather", "GET", url)
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 2, 30, 1) for _ in range(24)]},
        }
    )
    return b.build()


def nbg_rates(c: Context) -> Flow:
    url = "https://nbg.gov.ge/gw/api/ct/monetarypolicy/currencies/ka/json/?date=" + iso(c)[:10]
    b = _b(c, "nbg", "GET", url)
    b.decoy("official exchange rates: a float series")
    b.ok_json(
        [
            {
                "currencies": [
                    {"code": k, "quantity": q, "rate": rf(c.rng, lo, hi, 4), "name": n}
                    for k, q, lo, hi, n in (
                        ("USD", 1, 2.65, 2.8, "აშშ დოლარი"),
                        ("AMD", 1000, 6.8, 7.2, "სომხური დრამი"),
                        ("RUB", 100, 2.7, 3.1, "რუსული რუბლი"),
                    )
                ]
            }
        ]
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    url = (
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png"
    )
    b = _b(c, "osm", "GET", url)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    url = f"https://img.tsisperi.example/thumbs/{new_hex(c.rng, 24)}/w360.jpg"
    b = _b(c, "cdn", "GET", url)
    b.decoy("a series thumbnail (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450118.ingest.sentry.io/api/5561207/envelope/")
    b.decoy("event, trace and span ids of a crash envelope")
    event_id = new_hex(c.rng, 32)
    header = {"event_id": event_id, "sent_at": iso(c)}
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join([js(header), js({"type": "event"}), js(event)]) + "\n"
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def family_chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(
                [
                    "ბებო, როგორ ხარ?",
                    "Երեկոյան կզանգեմ",
                    "kviras batumshi vart",
                    "Привет из Еревана",
                ]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def news_article(c: Context) -> Flow:
    url = f"https://news.example-ambebi.example/api/article/{c.rng.randint(10**5, 10**6)}"
    b = _b(c, "news", "GET", url)
    b.decoy("a news article about face recognition cameras (text about faces, no face data)")
    b.ok_json(
        {
            "satauri": "სახის ამოცნობის კამერები თბილისის მეტროში",
            "teksti": "Face recognition, landmarks and embeddings: the ministry explains ...",
            "gamoqveynda": iso(c),
        }
    )
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "forms", "POST", "https://forms.example-club.example/v1/register")
    b.decoy("sign-up form with a self-declared gender and birth year")
    b.json(
        {
            "saxeli": "Nino",
            "sqesi": c.rng.choice(["mdedrobiti", "mamrobiti"]),
            "dabadebis_weli": c.rng.randint(1950, 2005),
            "qalaqi": c.rng.choice(["Tbilisi", "Batumi"]),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "4.9.0", "commit": new_hex(c.rng, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    url = "https://fonts.gstatic.com/s/notosansgeorgian/v44/PlIaFke5O6RzLfvNNVSitxkr76PRHBC4Ytyq.woff2"
    b = _b(c, "gfonts", "GET", url)
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    nbg_rates,
    map_tile,
    thumbnail,
    sentry_crash,
    family_chat,
    news_article,
    signup,
    update_check,
    fonts,
    weather,
    map_tile,
    family_chat,
]
