"""Ordinary background traffic of the Xperia: connectivity and time checks,
weather, map tiles, transit routes, crash reports, feature flags, news. Nothing
here is sensitive; much of it looks like identifiers or series (trace ids,
commit hashes, coordinate lists, temperature series, an article about faces).
Sentry envelope format: develop.sentry.dev/sdk/envelopes (header line with
event_id and sent_at, item header, event JSON).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid, ua, webview_ua


def _b(c: Context, sdk: str, method: str, url: str, agent: str = "") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", agent or ua("Dalvik/2.1.0", "14"))
    return b


def generate_204(c: Context) -> Flow:
    b = _b(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204")
    b.no_content()
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "android", "GET", "https://time.android.com/")
    b.respond(200, "text/plain", str(ms(c)).encode())
    return b.build()


def weather(c: Context) -> Flow:
    url = "https://api.tenki-forecast.jp/v2/forecast"
    b = _b(c, "tenki", "GET", url)
    b.params = [("lat", f"{rf(c.rng, 35.55, 35.75)}"), ("lon", f"{rf(c.rng, 139.6, 139.85)}")]
    b.decoy("hourly temperature series and coordinates")
    b.ok_json(
        {
            "hourly": [rf(c.rng, 8, 22, 1) for _ in range(24)],
            "pop": [c.rng.randint(0, 90) for _ in range(8)],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z, x, y = 15, 29100 + c.rng.randint(0, 20), 12900 + c.rng.randint(0, 20)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def transit(c: Context) -> Flow:
    b = _b(c, "norikae", "GET", "https://api.norikae-navi.jp/v1/route?from=渋谷&to=新宿&t=0830")
    b.decoy("route polyline coordinate list")
    line = [[rf(c.rng, 35.65, 35.70, 6), rf(c.rng, 139.69, 139.71, 6)] for _ in range(30)]
    b.ok_json({"routes": [{"fare": 170, "mins": 7, "polyline": line}]})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    url = "https://o4507.ingest.sentry.io/api/4507771/envelope/"
    b = _b(c, "sentry", "POST", url)
    eid = rid(c.rng).replace("-", "")
    head = {
        "event_id": eid,
        "sent_at": iso(c),
        "sdk": {"name": "sentry.java.android", "version": "7.14.0"},
    }
    event = {
        "event_id": eid,
        "level": "error",
        "release": "jp.hoshifuri.chronicle@2.31.0+231",
        "contexts": {
            "trace": {"trace_id": rid(c.rng).replace("-", ""), "span_id": rid(c.rng)[:16]}
        },
        "exception": {"values": [{"type": "IllegalStateException", "value": "texture not ready"}]},
        "dist": hashlib.sha1(str(c.rng.random()).encode()).hexdigest(),
    }
    b.decoy("trace ids, event id, commit hash")
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(event)
    b.set_body(body, "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def flags(c: Context) -> Flow:
    b = _b(c, "flags", "GET", "https://cfg.animaru.tv/v1/flags?app=android&v=5.12.0")
    b.decoy("feature flags with rollout hashes")
    b.ok_json(
        {
            "flags": {"new_player": True, "acr_prompt": False},
            "etag": hashlib.md5(str(c.now).encode()).hexdigest(),
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://news.example-shimbun.jp/articles/" + str(c.rng.randint(10**6, 10**7)),
        webview_ua(),
    )
    b.decoy("article about face recognition")
    html = (
        "<html><body><h1>顔認証決済、コンビニで拡大</h1>"
        "<p>face recognition landmarks embedding 記事</p></body></html>"
    )
    b.respond(200, "text/html; charset=utf-8", html.encode())
    return b.build()


def xperia_update(c: Context) -> Flow:
    b = _b(
        c,
        "sony-update",
        "GET",
        "https://fota.update-xperia.example.jp/v1/check?model=XQ-DQ44&build=68.1.A.2.170",
    )
    b.ok_json({"update": False, "checked": iso(c)})
    return b.build()


def font_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", "https://fonts.gstatic.com/s/notosansjp/v52/NotoSansJP-Regular.woff2")
    b.respond(200, "font/woff2", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


BENIGN = [
    generate_204,
    time_sync,
    weather,
    map_tile,
    transit,
    sentry_crash,
    flags,
    news,
    xperia_update,
    font_cdn,
]
