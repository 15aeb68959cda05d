"""Background traffic of the phone: connectivity checks, fonts, clocks, maps,
weather widgets, crash reports - ordinary requests that carry nothing of the
three categories (some with trace ids, hashes and numbers that look like ids).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, req_id, rf


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23117RA68G Build/UKQ1.231003.002)")
    b.respond(204, None)
    return b.build()


def fonts(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "google-fonts",
        "GET",
        f"https://fonts.gstatic.com/s/roboto/v32/{new_hex(ctx.rng, 20)}.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(40))
    return b.build()


def weather(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "weather-widget",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [
            ("latitude", "53.48"),
            ("longitude", "-2.24"),
            ("hourly", "temperature_2m"),
            ("forecast_days", "1"),
        ],
    )
    b.ok_json({"hourly": {"temperature_2m": [rf(ctx.rng, 8, 22, 1) for _ in range(24)]}})
    return b.build()


def map_tile(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/15/{ctx.rng.randint(16000, 16400)}"
        f"/{ctx.rng.randint(10500, 10900)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(30))
    return b.build()


def crash_report(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o93021.ingest.sentry.io/api/4504/store/")
    b.json(
        {
            "event_id": new_hex(ctx.rng, 32),
            "timestamp": iso(ctx),
            "level": "error",
            "platform": "java",
            "release": "launcher@1.4.2+" + new_hex(ctx.rng, 40),
            "exception": {"values": [{"type": "NullPointerException", "value": "view was null"}]},
            "contexts": {
                "trace": {"trace_id": new_hex(ctx.rng, 32), "span_id": new_hex(ctx.rng, 16)}
            },
        }
    )
    b.decoy("event_id / trace_id / commit sha")
    b.ok_json({"id": new_hex(ctx.rng, 32)})
    return b.build()


def otel_trace(ctx: Context) -> Flow:
    b = FB(ctx, "otel", "POST", "https://otlp.eu01.nr-data.net/v1/traces")
    b.set_body(
        jsb(
            {
                "resourceSpans": [
                    {
                        "scopeSpans": [
                            {
                                "spans": [
                                    {
                                        "traceId": new_hex(ctx.rng, 32),
                                        "spanId": new_hex(ctx.rng, 16),
                                        "name": "GET /v2/config",
                                        "startTimeUnixNano": str(ms(ctx) * 10**6),
                                    }
                                ]
                            }
                        ]
                    }
                ]
            }
        ),
        "application/json",
    )
    b.decoy("trace ids")
    b.ok_json({})
    return b.build()


def news_article(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "news",
        "GET",
        "https://content.guardianapis.com/technology/2024/jun/20/facial-recognition-airports",
    )
    b.ok_json(
        {
            "response": {
                "content": {
                    "webTitle": "Facial recognition at airports: what travellers should know",
                    "fields": {
                        "bodyText": "Biometric boarding compares a face template "
                        "with the passport photo..."
                    },
                }
            }
        }
    )
    return b.build()


def shop(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "shop",
        "GET",
        f"https://shop.example-market.co.uk/api/orders/{ctx.rng.randint(10**7, 10**8)}",
    )
    b.ok_json(
        {
            "order": {
                "status": "dispatched",
                "items": 2,
                "total": rf(ctx.rng, 5, 90, 2),
                "tracking": "JD0002" + str(ctx.rng.randint(10**9, 10**10)),
            }
        }
    )
    b.decoy("order / tracking numbers")
    return b.build()


def chat(ctx: Context) -> Flow:
    b = FB(ctx, "chat", "POST", "https://chat.example-messenger.net/v1/messages")
    b.json(
        {
            "conversation": req_id(ctx.rng),
            "text": ctx.rng.choice(
                ["see you at 7", "did you watch the match?", "send me the face pack photo"]
            ),
            "client_msg_id": req_id(ctx.rng),
            "sent_at": iso(ctx),
        }
    )
    b.decoy("message uuids")
    b.ok_json({"ok": True})
    return b.build()


def time_api(ctx: Context) -> Flow:
    b = FB(ctx, "xiaomi-time", "GET", "https://time.mi.com/api/time")
    b.ok_json({"now": ms(ctx)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    fonts,
    weather,
    map_tile,
    crash_report,
    otel_trace,
    news_article,
    shop,
    chat,
    time_api,
]
