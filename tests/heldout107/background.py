"""Ordinary traffic between the apps: connectivity checks, weather for Almaty and
Bishkek, map tiles, the National Bank's rate feed, crash reports with trace
ids, messenger chat, update checks, a news article about face recognition at
the metro, and a school's tablet roster. None of it is sensitive."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

AGENT = "okhttp/4.12.0"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    fb = FB(c, sdk, method, url)
    fb.header("user-agent", AGENT)
    return fb


def generate_204(c: Context) -> Flow:
    fb = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    fb.no_content()
    return fb.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(43.24, 76.89), (42.32, 69.59), (42.87, 74.59)])
    url = f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m"
    fb = _b(c, "weather", "GET", url)
    fb.decoy("forecast coordinates and a temperature series")
    fb.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -15, 10, 1) for _ in range(24)]},
        }
    )
    return fb.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    fb = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    fb.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return fb.build()


def nbk_rates(c: Context) -> Flow:
    fb = _b(c, "nbk", "GET", "https://nationalbank.kz/rss/get_rates.cfm?fdate=" + iso(c)[:10])
    fb.decoy("official exchange rates (price list)")
    rows = "".join(
        f"<item><title>{cur}</title><description>{rf(c.rng, 5, 520, 2)}</description></item>"
        for cur in ("USD", "EUR", "RUB", "KGS")
    )
    fb.respond(200, "application/xml", f"<rss><channel>{rows}</channel></rss>".encode())
    return fb.build()


def sentry_crash(c: Context) -> Flow:
    fb = _b(c, "sentry", "POST", "https://o450771.ingest.sentry.io/api/5512345/envelope/")
    fb.decoy("event / trace / span ids of a crash report")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "view is null"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    fb.set_body(env.encode() + b"\n", "application/x-sentry-envelope")
    fb.ok_json({"id": event_id})
    return fb.build()


def chat(c: Context) -> Flow:
    fb = _b(c, "chat", "POST", "https://api.messenger-kz.example/v1/send")
    fb.json(
        {
            "chat": rid(c.rng),
            "text": c.rng.choice(["Сәлем! Қашан келесің?", "Апа, мен жолдамын", "ок", "Келдим 👍"]),
            "sent_at": ms(c),
        }
    )
    fb.ok_json({"id": rid(c.rng)})
    return fb.build()


def update_check(c: Context) -> Flow:
    fb = _b(
        c, "updates", "GET", "https://updates.galaxystore-mirror.example/check?pkg=kz.tengesuper"
    )
    fb.decoy("build commit hash")
    fb.ok_json({"version": "24.47.0", "commit": new_hex(c.rng, 40)})
    return fb.build()


def face_news(c: Context) -> Flow:
    fb = _b(c, "news", "GET", "https://news-kz.example/api/articles/almaty-metro-face-pay")
    fb.decoy("news article about face recognition at metro turnstiles (text about faces)")
    fb.ok_json(
        {
            "title": "Алматы метросында бет арқылы төлеу сынақтан өтуде",
            "body": "Face ID турникеттері ... бет-әлпетті тану жүйесі ...",
            "published": iso(c),
        }
    )
    return fb.build()


def school_tablets(c: Context) -> Flow:
    fb = _b(c, "kundelik", "GET", "https://api.mektep-kundelik.example/v1/class/7b/tablets")
    fb.decoy("school class tablets with serials and MACs (school equipment, not the family's)")
    fb.ok_json(
        {
            "tablets": [
                {
                    "serial": "R9" + new_hex(c.rng, 9).upper(),
                    "mac": ":".join(new_hex(c.rng, 2) for _ in range(6)),
                }
                for _ in range(4)
            ]
        }
    )
    return fb.build()


def cafe_tv_playout(c: Context) -> Flow:
    fb = _b(c, "signage", "POST", "https://signage.example/v1/playout")
    fb.decoy("a café screen's proof-of-play log (a business's playout, not a person's viewing)")
    fb.json(
        {
            "screen": "cafe-dostyk-2",
            "clips": [{"id": c.rng.randint(100, 999), "played_at": iso(c)} for _ in range(3)],
        }
    )
    fb.no_content()
    return fb.build()


def avatar(c: Context) -> Flow:
    fb = _b(c, "cdn", "GET", f"https://img.messenger-kz.example/avatars/{new_hex(c.rng, 20)}.jpg")
    fb.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return fb.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    nbk_rates,
    sentry_crash,
    chat,
    chat,
    update_check,
    face_news,
    school_tablets,
    cafe_tv_playout,
    avatar,
    weather,
]
