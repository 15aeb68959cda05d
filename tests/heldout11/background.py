"""Ordinary background traffic of a Huawei phone without Google services:
connectivity checks, Huawei GRS routing, weather, Petal Maps tiles, AppGallery
update checks, crash reports, feature flags, CDN images. Nothing sensitive; the
look-alikes (trace ids, hashes, coordinate lists, numeric series, order
numbers) are there on purpose.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, UA_SYS, floats, iso, ms, rf, rid


def _b(ctx: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(ctx, sdk, method, url)
    b.header("user-agent", UA_SYS)
    return b


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "system",
        "GET",
        "http://connectivitycheck.platform.hicloud.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.respond(204, None)
    return b.build()


def grs(ctx: Context) -> Flow:
    b = _b(ctx, "system", "POST", "https://grs.dbankcloud.com/grs/v1/services/query")
    b.decoy("service routing query with a request id")
    b.json(
        {
            "services": ["com.huawei.cloud.hianalytics", "com.huawei.cloud.pushservice"],
            "ser_country": "KR",
            "reg_country": "KR",
            "requestId": rid(ctx.rng),
        }
    )
    b.ok_json(
        {
            "isSuccess": 1,
            "services": {"hianalytics": {"ROOT": "https://metrics1-dre.dt.dbankcloud.com"}},
        }
    )
    return b.build()


def weather(ctx: Context) -> Flow:
    lat, lon = rf(ctx.rng, 37.4, 37.7, 3), rf(ctx.rng, 126.8, 127.2, 3)
    b = _b(
        ctx,
        "weather",
        "GET",
        f"https://api.weather-svc.example.com/v2/forecast?lat={lat}&lon={lon}",
    )
    b.decoy("temperature series")
    b.ok_json({"hourly": [rf(ctx.rng, -2, 12, 1) for _ in range(24)], "updated": iso(ctx)})
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z, x, y = 15, ctx.rng.randint(27900, 27960), ctx.rng.randint(12680, 12720)
    b = _b(
        ctx, "petalmaps", "GET", f"https://mapapi.cloud.huawei.com/mapApi/v1/tile/{z}/{x}/{y}.pbf"
    )
    b.respond(200, "application/x-protobuf", bytes(ctx.rng.randint(0, 255) for _ in range(200)))
    return b.build()


def appgallery_update(ctx: Context) -> Flow:
    b = _b(ctx, "system", "POST", "https://store-dre.hispace.dbankcloud.com/hwmarket/api/clientApi")
    b.decoy("package list with version codes and sha256 of APKs")
    pkgs = ["com.stanlive.global", "fm.wavedial.app", "kr.metropass.mobile"]
    b.form(
        [
            ("method", "client.updateCheck"),
            (
                "pkgs",
                js(
                    [{"p": p, "v": 4021, "s": hashlib.sha256(p.encode()).hexdigest()} for p in pkgs]
                ),
            ),
        ]
    )
    b.ok_json({"list": [], "rtnCode": 0})
    return b.build()


def crash_report(ctx: Context) -> Flow:
    b = _b(ctx, "crash", "POST", "https://o4504.ingest.sentry.io/api/77123/envelope/")
    b.decoy("stack trace with hashes and trace ids")
    ev = js(
        {
            "event_id": rid(ctx.rng).replace("-", ""),
            "timestamp": iso(ctx),
            "platform": "java",
            "exception": {
                "values": [{"type": "IllegalStateException", "value": "FaceView not attached"}]
            },
            "contexts": {"trace": {"trace_id": rid(ctx.rng).replace("-", "")}},
        }
    )
    b.set_body(
        (
            js({"event_id": rid(ctx.rng).replace("-", "")})
            + "\n"
            + js({"type": "event"})
            + "\n"
            + ev
        ).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": rid(ctx.rng).replace("-", "")})
    return b.build()


def feature_flags(ctx: Context) -> Flow:
    b = _b(
        ctx,
        "flags",
        "GET",
        f"https://flags.configcat-example.com/configuration-files/{rid(ctx.rng)[:12]}/config_v6.json",
    )
    b.decoy("feature flags incl. face_unlock_v2 flag")
    b.ok_json(
        {
            "f": {"face_unlock_v2": {"v": {"b": True}}, "new_player": {"v": {"b": False}}},
            "etag": hashlib.md5(str(ms(ctx)).encode()).hexdigest(),
        }
    )
    return b.build()


def cdn_image(ctx: Context) -> Flow:
    b = _b(ctx, "cdn", "GET", f"https://img.cdn-static.example.net/p/{rid(ctx.rng)[:8]}.jpg?w=480")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 500))
    return b.build()


def time_sync(ctx: Context) -> Flow:
    b = _b(ctx, "system", "GET", "https://time.platform.hicloud.com/api/time")
    b.ok_json({"serverTime": ms(ctx)})
    return b.build()


def ml_model(ctx: Context) -> Flow:
    """An on-device model fetch listing its weights' checksums: vectors, no face."""
    b = _b(ctx, "system", "GET", "https://mlkit-dre.ai.dbankcloud.com/model/v1/ocr_latin/manifest")
    b.decoy("model manifest with a feature vector sample (text OCR, no face context)")
    b.ok_json(
        {
            "model": "ocr_latin",
            "ver": 12,
            "calib": floats(ctx.rng, 32),
            "sha256": hashlib.sha256(str(ctx.now).encode()).hexdigest(),
        }
    )
    return b.build()


def stock(ctx: Context) -> Flow:
    b = _b(
        ctx, "finance", "GET", "https://quotes.market-data.example.org/v1/chart/005930.KS?range=1d"
    )
    b.decoy("price series")
    b.ok_json({"close": [rf(ctx.rng, 70000, 74000, 0) for _ in range(30)], "ts": ms(ctx)})
    return b.build()


BENIGN = [
    generate_204,
    grs,
    weather,
    map_tile,
    appgallery_update,
    crash_report,
    feature_flags,
    cdn_image,
    time_sync,
    ml_model,
    stock,
    weather,
    map_tile,
    cdn_image,
]
