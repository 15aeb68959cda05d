"""Ordinary traffic between the apps: connectivity checks, weather (PAGASA-style
typhoon bulletins), map tiles, fonts, a news article about face filters, Sentry
crash envelopes with trace ids, a GCash-style bill-pay receipt, a jeepney route.
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


def typhoon_bulletin(c: Context) -> Flow:
    b = _b(c, "weather", "GET", "https://api.panahon.example/v1/bagyo?rehiyon=VII")
    b.decoy("storm track coordinates")
    b.ok_json(
        {
            "pangalan": "Bagyong Kristine",
            "track": [[rf(c.rng, 10, 16, 2), rf(c.rng, 120, 127, 2)] for _ in range(8)],
            "signal": c.rng.randint(1, 3),
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


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://balita.example/api/articles/ai-face-filters-sa-tiktok")
    b.decoy("article about face filters and face recognition (text about faces)")
    b.ok_json(
        {
            "title": "Paano gumagana ang face filters?",
            "body": "Ang face landmarks ay...",
            "published": iso(c),
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o50213.ingest.sentry.io/api/4504/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "PlayerView is null"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def bill_pay(c: Context) -> Flow:
    b = _b(c, "billspay", "POST", "https://pay.bayadcenter.example/v1/bills")
    b.decoy("biller account number and reference (accounts, not devices)")
    b.json(
        {
            "biller": "MERALCO",
            "account_no": str(c.rng.randint(10**9, 10**10)),
            "amount": rf(c.rng, 800, 5000, 2),
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"receipt": "BC" + new_hex(c.rng, 10).upper()})
    return b.build()


def jeep_route(c: Context) -> Flow:
    b = _b(c, "commute", "GET", "https://api.sakay.example/v2/route?from=Cubao&to=Makati")
    b.decoy("route polyline coordinates")
    b.ok_json(
        {
            "legs": [
                {
                    "mode": "JEEP",
                    "pts": [
                        [rf(c.rng, 14.55, 14.63, 5), rf(c.rng, 121.0, 121.06, 5)] for _ in range(6)
                    ],
                }
            ]
        }
    )
    return b.build()


def cdn_thumb(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.kabayanplus.example/thumb/{new_hex(c.rng, 24)}/w320.jpg")
    b.decoy("episode thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/poppins/v20/pxiEyp8kv8JHgFVrJJfecg.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://oras.pagasa.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Manila"})
    return b.build()


def messenger(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["asan ka na?", "otw na po", "salamat te!", "kaon ta"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, typhoon_bulletin, map_tile, news_article, sentry_crash, bill_pay,
    jeep_route, cdn_thumb, fonts, time_sync, messenger, cdn_thumb, map_tile,
]  # fmt: skip
