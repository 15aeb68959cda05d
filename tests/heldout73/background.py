"""Ordinary background traffic of a phone in Vietnam: connectivity checks, time,
maps tiles, CDNs, feature flags, crash reports, e-commerce browsing. Nothing
here is sensitive; much of it carries look-alikes (request and trace ids,
order numbers, hashes, coordinate lists, numeric series)."""

from __future__ import annotations

import json
from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, rf, rid


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "system",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.respond(204, None)
    return b.build()


def osm_tile(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(26100, 26140), c.rng.randint(15320, 15360)
    b = FB(c, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(500))
    b.decoy("map tile")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o4505.ingest.sentry.io/api/4505/envelope/")
    ev = {"event_id": new_hex(c.rng, 32), "sent_at": iso(c)}
    item = {
        "level": "error",
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
    }
    body = "\n".join([json.dumps(ev), json.dumps({"type": "event"}), json.dumps(item)]).encode()
    b.set_body(body, "application/x-sentry-envelope")
    b.decoy("trace and event ids")
    b.ok_json({"id": ev["event_id"]})
    return b.build()


def remote_config(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/88019921/namespaces/firebase:fetch",
    )
    b.json(
        {
            "appId": "1:88019921:android:" + new_hex(c.rng, 16),
            "appVersion": "3.8.0",
            "countryCode": "VN",
            "languageCode": "vi-VN",
            "platformVersion": "34",
            "timeZone": "Asia/Ho_Chi_Minh",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json(
        {
            "entries": {"enable_4k": "false", "hb_interval_s": "30", "ab_home": "B"},
            "state": "UPDATE",
        }
    )
    b.decoy("feature flags")
    return b.build()


def shopee_browse(c: Context) -> Flow:
    b = FB(
        c,
        "shop",
        "GET",
        "https://shopee.vn/api/v4/recommend/recommend",
        params=[
            ("bundle", "daily_discover_main"),
            ("limit", "20"),
            ("offset", str(c.rng.randint(0, 200))),
        ],
    )
    b.ok_json(
        {
            "data": {
                "items": [
                    {
                        "itemid": c.rng.randint(10**9, 10**11),
                        "price": c.rng.randint(10, 900) * 100000,
                        "image": new_hex(c.rng, 32),
                    }
                    for _ in range(5)
                ]
            },
            "request_id": rid(c.rng),
        }
    )
    b.decoy("product recommendations viewed")
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://cdn.tuoitre.vn/zoom/480_300/{new_hex(c.rng, 8)}/{new_hex(c.rng, 32)}.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 500))
    b.decoy("news image")
    return b.build()


def news_face_article(c: Context) -> Flow:
    """A news article about face recognition at airports (not anyone's face data)."""
    b = FB(c, "news", "GET", "https://tuoitre.vn/api/article/" + str(c.rng.randint(10**9, 10**10)))
    b.ok_json(
        {
            "title": "Sân bay Tân Sơn Nhất thử nghiệm nhận diện khuôn mặt (face recognition)",
            "tags": ["face-id", "biometric", "sân bay"],
            "body": "Hành khách có thể làm thủ tục bằng khuôn mặt...",
        }
    )
    b.decoy("article about face recognition")
    return b.build()


def play_purchase(c: Context) -> Flow:
    b = FB(c, "play", "POST", "https://play-fe.googleapis.com/fdfe/acquire")
    b.json(
        {
            "orderId": order_no(c.rng),
            "sku": "vip_monthly",
            "priceMicros": 79000000000,
            "currency": "VND",
            "nonce": new_uuid(c.rng),
        }
    )
    b.decoy("order id and nonce")
    b.ok_json({"status": "OK"})
    return b.build()


def grab_eta(c: Context) -> Flow:
    b = FB(c, "maps", "POST", "https://p.grabtaxi.com/api/passenger/v3/eta")
    b.json(
        {
            "pickup": [rf(c.rng, 10.7, 10.8, 6), rf(c.rng, 106.6, 106.8, 6)],
            "dropoff": [rf(c.rng, 10.7, 10.8, 6), rf(c.rng, 106.6, 106.8, 6)],
            "polyline": [[rf(c.rng, 10.7, 10.8, 5), rf(c.rng, 106.6, 106.8, 5)] for _ in range(8)],
            "ts": ms(c),
        }
    )
    b.ok_json({"eta_s": c.rng.randint(120, 900), "trace": rid(c.rng)})
    b.decoy("coordinates and polyline")
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    osm_tile,
    sentry,
    remote_config,
    shopee_browse,
    cdn_image,
    news_face_article,
    play_purchase,
    grab_eta,
]
