"""Ordinary traffic between the apps: connectivity checks, the weather for
Suva / Lautoka / Labasa / Auckland and cyclone alerts with the storm's track,
map tiles, an airtime balance, chat messages, the news, church service times
and temple aarti times, inter-island ferry sailings with the vessel's
position, crash reports with trace ids and update checks. None of it carries
biometric data, viewing history or a device identifier.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [
    ("Suva", -18.14, 178.44),
    ("Lautoka", -17.62, 177.45),
    ("Labasa", -16.43, 179.37),
    ("Auckland", -36.85, 174.76),
]


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


def met_forecast(c: Context) -> Flow:
    name, lat, lon = c.rng.choice(CITIES)
    b = _b(
        c, "weather", "GET", f"https://api.metservice-viti.example/v2/forecast?lat={lat}&lon={lon}"
    )
    b.ok_json(
        {
            "koro": name,
            "draki": [
                {
                    "siga": iso(c)[:10],
                    "max": rf(c.rng, 26, 33, 1),
                    "min": rf(c.rng, 20, 25, 1),
                    "uca": rf(c.rng, 0, 40, 1),
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def cyclone_alert(c: Context) -> Flow:
    b = _b(c, "weather", "GET", "https://api.metservice-viti.example/v2/cyclone/active")
    b.decoy("cyclone track positions and times (weather)")
    b.ok_json(
        {
            "name": "TC Rae",
            "category": c.rng.randint(1, 3),
            "warning": "Gale warning for Lau and Lomaiviti groups",
            "track": [
                {
                    "position": {"lat": rf(c.rng, -20, -15, 2), "lon": rf(c.rng, 178, 181, 2)},
                    "time": iso(c),
                }
                for _ in range(5)
            ],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(9, 15)
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


def airtime_balance(c: Context) -> Flow:
    b = _b(c, "telco", "GET", "https://selfcare.vodafone-viti.example/api/v1/balance")
    b.decoy("airtime and data bundle with expiry duration")
    b.ok_json(
        {
            "airtime": rf(c.rng, 0, 30, 2),
            "data": {
                "remainingMb": c.rng.randint(0, 6000),
                "duration": "7 days",
                "expires": iso(c),
            },
        }
    )
    return b.build()


def chat_message(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.talanoa-chat.example/v1/messages")
    b.json(
        {
            "thread": rid(c.rng),
            "text": c.rng.choice(
                [
                    "Bula vinaka!",
                    "Kaise ho mausi?",
                    "Drua won!! 🏉",
                    "Lotu ena 10 na kaloko",
                    "Vinaka vakalevu",
                ]
            ),
            "clientMsgId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"delivered": True, "serverId": new_hex(c.rng, 16)})
    return b.build()


def news(c: Context) -> Flow:
    lang = c.rng.choice(["en", "fj", "hif"])
    b = _b(c, "news", "GET", f"https://api.viti-news.example/v1/stories?lang={lang}&limit=20")
    b.ok_json(
        {
            "stories": [
                {"id": c.rng.randint(10**5, 10**6), "headline": h}
                for h in (
                    "Sugar cane crushing season begins",
                    "Ferry delays to Savusavu",
                    "Drua squad named",
                )
            ]
        }
    )
    return b.build()


def lotu_times(c: Context) -> Flow:
    b = _b(c, "church", "GET", "https://api.lotu-viti.example/v1/gauna-ni-lotu?koro=Suva")
    b.decoy("church service times and the parish history (schedule)")
    b.ok_json(
        {
            "valenilotu": "Centenary Methodist Church, Suva",
            "history": "Founded 1835; current building opened 1964.",
            "gauna_ni_lotu": [
                {"siga": "Sigatabu", "gauna": t, "duration": 90}
                for t in ("07:00", "10:00", "18:00")
            ],
        }
    )
    return b.build()


def mandir_aarti(c: Context) -> Flow:
    b = _b(c, "temple", "GET", "https://api.mandir-samay.example/v1/aarti?shahar=Labasa")
    b.decoy("temple aarti times (schedule)")
    b.ok_json(
        {
            "mandir": "Shree Sanatan Dharam Mandir, Labasa",
            "aarti_samay": [
                {"naam": n, "samay": t} for n, t in (("Mangla", "05:30"), ("Sandhya", "18:30"))
            ],
            "agla_tyohar": {"naam": "Holi", "tarikh": "2025-03-14"},
        }
    )
    return b.build()


def ferry(c: Context) -> Flow:
    b = _b(c, "ferry", "GET", "https://api.ferries-fiji.example/v1/sailings?route=NATOVI-NABOUWALU")
    b.decoy("ferry sailings with durations and the vessel's position")
    b.ok_json(
        {
            "sailings": [
                {
                    "vessel": "MV Spirit of Harmony",
                    "depart": iso(c),
                    "duration": "4h30m",
                    "seats": c.rng.randint(0, 200),
                }
                for _ in range(3)
            ],
            "vessel_position": {
                "lat": rf(c.rng, -17.5, -16.8, 4),
                "lon": rf(c.rng, 178.3, 178.7, 4),
            },
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o442871.ingest.sentry.io/api/5521934/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "UnknownHostException", "value": "Unable to resolve host"}]
        },
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.viti-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.9.1", "commit": new_hex(c.rng, 40), "notes": "Vakavinakataki"})
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.viti-news.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.suva-bus.example/v1/stops/{c.rng.randint(1, 300)}/next")
    b.ok_json(
        {
            "routes": [
                {"route": r, "min": c.rng.randint(1, 25)} for r in ("Nausori", "Raiwaqa", "Lami")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    met_forecast,
    cyclone_alert,
    map_tile,
    airtime_balance,
    chat_message,
    news,
    lotu_times,
    mandir_aarti,
    ferry,
    sentry_crash,
    update_check,
    news_image,
    bus_times,
    chat_message,
    met_forecast,
    map_tile,
]
