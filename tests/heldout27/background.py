"""Ordinary traffic between the apps: MagicOS connectivity and update checks,
weather, map tiles, crash reports with trace ids, news, feature flags. None of
it carries biometric data, viewing history or a device identifier; much of it
carries look-alikes (event ids, hashes, coordinates, numeric series).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, jsb

from .phone import FB, dalvik, iso, ms, rf, rid

FINGERPRINT = "HONOR/BVL-N49/HNBVL:14/HONORBVL-N49/8.0.0.154C431:user/release-keys"


def generate_204(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "os",
        "GET",
        "http://connectivitycheck.platform.hihonorcloud.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.respond(204, None)
    b.decoy("captive-portal check")
    return b.build()


def update_check(ctx: Context) -> Flow:
    b = FB(
        ctx, "os", "POST", "https://update.platform.hihonorcloud.com/sp_ard_common/v2/Check.action"
    )
    b.json(
        {
            "rules": {
                "FingerPrint": FINGERPRINT,
                "PackageType": "increment",
                "Language": "tr-tr",
            },
            "components": [{"name": "BVL-N49 8.0.0.154", "sha256": new_hex(ctx.rng, 64)}],
        }
    )
    b.decoy("OS update check with build fingerprint and package hash")
    b.ok_json({"status": "1", "components": []})
    return b.build()


def weather(ctx: Context) -> Flow:
    lat, lon = rf(ctx.rng, 40.9, 41.1, 3), rf(ctx.rng, 28.9, 29.2, 3)
    b = FB(
        ctx,
        "weather",
        "GET",
        "https://api.open-meteo.com/v1/forecast",
        [("latitude", str(lat)), ("longitude", str(lon)), ("hourly", "temperature_2m")],
    )
    b.decoy("weather forecast with a temperature series")
    b.ok_json({"hourly": {"temperature_2m": [rf(ctx.rng, 6, 19, 1) for _ in range(24)]}})
    return b.build()


def map_tile(ctx: Context) -> Flow:
    z, x, y = 15, ctx.rng.randint(19020, 19060), ctx.rng.randint(12280, 12320)
    b = FB(ctx, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.decoy("map tile")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + ctx.rng.randbytes(200))
    return b.build()


def sentry(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o450123.ingest.sentry.io/api/5566001/envelope/")
    eid = new_hex(ctx.rng, 32)
    head = {
        "event_id": eid,
        "sent_at": iso(ctx),
        "sdk": {"name": "sentry.java.android", "version": "7.14.0"},
    }
    event = {
        "event_id": eid,
        "level": "error",
        "platform": "java",
        "contexts": {
            "trace": {"trace_id": new_hex(ctx.rng, 32), "span_id": new_hex(ctx.rng, 16)},
            "device": {"manufacturer": "HONOR", "model": "BVL-N49"},
        },
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    body = jsb(head) + b"\n" + jsb({"type": "event"}) + b"\n" + jsb(event)
    b.set_body(body, "application/x-sentry-envelope")
    b.header("x-sentry-auth", "Sentry sentry_version=7, sentry_key=" + new_hex(ctx.rng, 32))
    b.decoy("crash report with event/trace ids")
    b.ok_json({"id": eid})
    return b.build()


def news(ctx: Context) -> Flow:
    b = FB(
        ctx, "news", "GET", "https://haber.ornek-gazete.com.tr/api/teknoloji/yuz-tanima-havalimani"
    )
    b.decoy("news article about face recognition at airports")
    b.ok_json(
        {
            "baslik": "Havalimanlarında yüz tanıma ile biniş yaygınlaşıyor",
            "ozet": "Biyometrik biniş sistemi yüz şablonu ile çalışıyor...",
            "yayin": iso(ctx),
        }
    )
    return b.build()


def cdn_image(ctx: Context) -> Flow:
    b = FB(ctx, "cdn", "GET", f"https://statik.ornek-cdn.com.tr/banner/{new_hex(ctx.rng, 12)}.jpg")
    b.decoy("banner image")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.randint(0, 10**6), 300))
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(ctx, "flags", "GET", "https://flags.ornek-cdn.com.tr/v1/android/flags.json")
    b.header("if-none-match", '"' + new_hex(ctx.rng, 16) + '"')
    b.decoy("feature flags with etag")
    b.ok_json({"yeni_odeme": True, "ab_grubu": ctx.rng.choice(["A", "B"]), "rev": ms(ctx)})
    return b.build()


def fx_ticker(ctx: Context) -> Flow:
    b = FB(ctx, "finance", "GET", "https://piyasa.ornek-gazete.com.tr/api/altin?aralik=1h")
    b.decoy("gold price series")
    b.ok_json(
        {"gram_altin": [rf(ctx.rng, 3300, 3420, 2) for _ in range(30)], "istek": rid(ctx.rng)}
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    update_check,
    weather,
    map_tile,
    sentry,
    news,
    cdn_image,
    flags,
    fx_ticker,
]
