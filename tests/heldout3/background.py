"""Everything else the phone does while the apps run: connectivity checks, an OEM
update check, messaging, crash reporting, maps, fonts. Mostly negatives; the OEM
update check carries the IMEI (labelled)."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, okhttp, rf


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android:connectivity",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)")
    b.respond(204, None)
    return b.build()


def oem_update(ctx: Context) -> Flow:
    """An OEM firmware check identifies the handset by its IMEI (fictional host)."""
    b = FB(
        ctx, "oem:fota", "POST", "https://ota.oem-updates.example/v2/check", http_version="HTTP/1.1"
    )
    b.header("user-agent", "FotaAgent/4.3 (SM-A546B)")
    if ctx.rng.random() < 0.5:
        b.json(
            {
                "imei": b.id("imei", where="body.imei"),
                "model": "SM-A546B",
                "csc": "EUX",
                "fw": "A546BXXS6BXE1",
            }
        )
    else:
        b.json(
            {
                "deviceId": "IMEI:" + b.id("imei", where="body.deviceId (IMEI: prefix)"),
                "model": "SM-A546B",
                "fw": "A546BXXS6BXE1",
            }
        )
    b.ok_json({"update": False, "next_check_h": 24})
    return b.build()


def chat_poll(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "messenger",
        "GET",
        "https://chat.messenger-example.net/v1/sync",
        [("cursor", new_hex(ctx.rng, 20))],
    )
    b.header("user-agent", okhttp())
    b.ok_json(
        {
            "messages": [
                {
                    "id": new_uuid(ctx.rng),
                    "from": "Mum",
                    "text": "Call me later x",
                    "ts": int(ctx.now),
                }
            ]
        }
    )
    return b.build()


def chat_image(ctx: Context) -> Flow:
    b = FB(
        ctx, "messenger", "GET", f"https://media.messenger-example.net/m/{new_hex(ctx.rng, 32)}.jpg"
    )
    b.header("user-agent", okhttp())
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(24), 700))
    return b.build()


def sentry(ctx: Context) -> Flow:
    key = new_hex(ctx.rng, 32)
    b = FB(
        ctx,
        "sentry",
        "POST",
        f"https://o4504.ingest.sentry.io/api/{ctx.rng.randint(10**6, 10**7)}/envelope/",
    )
    b.header("user-agent", "sentry.java.android/7.8.0")
    b.header(
        "x-sentry-auth",
        f"Sentry sentry_version=7,sentry_client=sentry.java.android/7.8.0,sentry_key={key}",
    )
    eid = new_hex(ctx.rng, 32)
    env = (
        jsb({"event_id": eid, "sent_at": "2024-06-11T10:20:00Z"})
        + b"\n"
        + jsb({"type": "event"})
        + b"\n"
        + jsb(
            {
                "event_id": eid,
                "level": "error",
                "platform": "java",
                "release": "app@2.0.1",
                "exception": {
                    "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
                },
                "contexts": {
                    "trace": {"trace_id": new_hex(ctx.rng, 32), "span_id": new_hex(ctx.rng, 16)},
                    "os": {"name": "Android", "version": "14"},
                },
            }
        )
    )
    b.set_body(env, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def osm_tile(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/15/{16370 + ctx.rng.randint(0, 20)}/{10890 + ctx.rng.randint(0, 20)}.png",  # noqa: E501
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "osmdroid/6.1.18 app")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + new_hex(ctx.rng, 200).encode())
    return b.build()


def fonts(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "gstatic:fonts",
        "GET",
        f"https://fonts.gstatic.com/s/inter/v13/{new_hex(ctx.rng, 20)}.woff2",
    )
    b.header(
        "user-agent",
        "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/125.0 Mobile Safari/537.36",  # noqa: E501
    )
    b.respond(200, "font/woff2", b"wOF2" + new_hex(ctx.rng, 100).encode())
    return b.build()


def calendar(ctx: Context) -> Flow:
    b = FB(ctx, "caldav", "REPORT", "https://caldav.mail-example.org/dav/calendars/user/personal/")
    b.header("user-agent", "DAVx5/4.3.16-ose (2024/05/23; dav4jvm; okhttp/4.12.0) Android/14")
    b.set_body(
        b'<?xml version="1.0"?><c:calendar-query xmlns:c="urn:ietf:params:xml:ns:caldav"/>',
        "application/xml",
    )
    b.respond(207, "application/xml", b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"/>')
    return b.build()


def shop_search(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "shop",
        "GET",
        "https://api.shop-example.com/v2/search",
        [
            ("q", ctx.rng.choice(["running shoes", "headphones", "face cream", "tv stand"])),
            ("page", "1"),
        ],
    )
    b.header("user-agent", okhttp())
    b.ok_json(
        {
            "items": [
                {"sku": new_hex(ctx.rng, 10), "price": rf(ctx.rng, 5, 200, 2)} for _ in range(6)
            ]
        }
    )
    return b.build()


def geocode(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "nominatim",
        "GET",
        "https://nominatim.openstreetmap.org/reverse",
        [
            ("lat", str(rf(ctx.rng, 51.4, 51.6, 5))),
            ("lon", str(rf(ctx.rng, -0.2, 0.0, 5))),
            ("format", "jsonv2"),
        ],
    )
    b.header("user-agent", "app/1.0")
    b.ok_json(
        {"display_name": "Whitechapel Road, London", "place_id": ctx.rng.randint(10**7, 10**8)}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    chat_poll,
    chat_image,
    sentry,
    osm_tile,
    fonts,
    calendar,
    shop_search,
    geocode,
    chat_poll,
]
