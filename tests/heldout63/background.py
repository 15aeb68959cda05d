"""Ordinary traffic between the apps: connectivity checks, weather, map tiles,
crash reports and traces, feature flags, news, recommendation vectors. None
of it carries biometric data, viewing history or a device identifier, though
much of it looks like it might (ids, hashes, coordinates, float vectors).
`warranty` (IMEI and serial, labelled) is the only identifier-bearing one.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, floats, iso, ms, rf, rid, ua


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "weather",
        "GET",
        "https://api.tenki-yoho.jp/v1/forecast",
        [("lat", str(rf(ctx.rng, 35.6, 35.7))), ("lon", str(rf(ctx.rng, 139.6, 139.8)))],
    )
    b.decoy("coordinates and hourly temperature series")
    b.ok_json({"hourly": [round(12 + ctx.rng.gauss(0, 2), 1) for _ in range(24)], "area": "東京"})
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z, x, y = 15, ctx.rng.randint(29090, 29110), ctx.rng.randint(12890, 12910)
    b = FB(ctx, "maps", "GET", f"https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png")
    b.decoy("map tile")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40))
    return b.build()


def crash_report(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o4504.ingest.sentry.io/api/118/envelope/")
    eid = new_hex(ctx.rng, 32)
    text = (
        f'{{"event_id":"{eid}","sent_at":"{iso(ctx)}"}}\n{{"type":"event"}}\n'
        f'{{"event_id":"{eid}","platform":"java","exception":{{"values":[{{"type":'
        f'"IllegalStateException","value":"player released"}}]}},"contexts":{{"trace":'
        f'{{"trace_id":"{new_hex(ctx.rng, 32)}","span_id":"{new_hex(ctx.rng, 16)}"}}}}}}\n'
    )
    b.set_body(text.encode(), "application/x-sentry-envelope")
    b.decoy("crash report with event / trace ids")
    b.ok_json({"id": eid})
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(
        ctx, "flags", "GET", "https://cdn.flags-cfg.jp/v1/app.json", [("rev", new_hex(ctx.rng, 7))]
    )
    b.decoy("feature flags with rollout hashes")
    b.ok_json({"new_player": True, "bucket": hashlib.md5(rid(ctx.rng).encode()).hexdigest()})
    return b.build()


def news_article(ctx: Context) -> Flow:
    b = FB(ctx, "news", "GET", f"https://news.nippon-daily.jp/articles/{new_digits(ctx.rng, 8)}")
    b.decoy("article about face recognition and voice assistants")
    body = "<h1>顔認証決済、コンビニで拡大 — face recognition landmarks, voiceprint login</h1>"
    b.respond(200, "text/html; charset=utf-8", body.encode())
    return b.build()


def reco_vector(ctx: Context) -> Flow:
    b = FB(ctx, "reco", "POST", "https://reco.shopping-jp.com/v1/similar")
    b.json({"item_embedding": floats(ctx.rng, 64), "k": 10, "req": rid(ctx.rng)})
    b.decoy("float vector without face context (product embedding)")
    b.ok_json({"items": [new_digits(ctx.rng, 9) for _ in range(5)]})
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = FB(ctx, "android", "GET", "https://time.android.com/", http_version="HTTP/1.1")
    b.respond(200, "text/plain", str(ms(ctx)).encode())
    return b.build()


def xperia_update(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "xperia",
        "GET",
        "https://fota.xperia-svc.jp/v2/check",
        [("model", "XQ-DQ44"), ("build", "67.1.A.2.118"), ("cdf", "1319-2193")],
    )
    b.decoy("OS update check with build numbers")
    b.ok_json({"update": False, "sha1": hashlib.sha1(rid(ctx.rng).encode()).hexdigest()})
    return b.build()


def warranty(ctx: Context) -> Flow:
    b = FB(ctx, "xperia", "POST", "https://care.xperia-svc.jp/v1/warranty/register")
    b.header("user-agent", ua("XperiaCare", "9.2.0"))
    b.json(
        {
            "imei": b.id("imei", where="body.imei"),
            "serialNo": b.id("serial", where="body.serialNo"),
            "model": "XQ-DQ44",
            "purchaseDate": "2024-07-12",
            "email": b.id("email", where="body.email"),
        }
    )
    b.ok_json({"warrantyUntil": "2025-07-12"})
    return b.build()


BENIGN = [
    generate_204,
    weather,
    map_tile,
    crash_report,
    flags,
    news_article,
    reco_vector,
    time_sync,
    xperia_update,
]
