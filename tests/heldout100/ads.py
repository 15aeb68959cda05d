"""The puzzle game's ad and attribution SDKs (ATT allowed): Adjust's iOS SDK
posts form bodies to app.adjust.com/session and /event with app_token,
idfa, idfv, created_at, os_name, device_type, tracking_enabled, att_status
(adjust/ios_sdk, ADJPackageBuilder.m), and Firebase Analytics' app instance
id via the GA4 Measurement Protocol for apps (app_instance_id, firebase_app_id;
developers.google.com/analytics/devguides/collection/protocol/ga4). Her
paired watch (serial) and earbuds (BLE MAC) in the fitness companion app.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua


def _adjust(ctx: Context, path: str, extra: list[tuple[str, str]]) -> Flow:
    b = FB(ctx, "adjust", "POST", "https://app.adjust.com" + path)
    b.header("user-agent", ua("Alpentuerme", "1.8.0"))
    b.header("client-sdk", "ios4.38.0")
    pairs = [
        ("app_token", "2fm9gkqubvpc"),
        ("idfa", b.id("idfa", where="form idfa")),
        ("idfv", b.id("idfv_game", where="form idfv")),
        ("created_at", iso(ctx).replace("Z", "Z+0100")),
        ("environment", "production"),
        ("os_name", "ios"),
        ("os_version", "17.1.2"),
        ("device_type", "iPhone"),
        ("hardware_name", "iPhone15,2"),
        ("tracking_enabled", "1"),
        ("att_status", "3"),
        ("session_count", str(ctx.rng.randint(1, 90))),
    ]
    b.form(pairs + extra)
    adid = b.id("adjust_adid", where="response adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(ctx)})
    return b.build()


def adjust_session(ctx: Context) -> Flow:
    return _adjust(ctx, "/session", [])


def adjust_event(ctx: Context) -> Flow:
    return _adjust(ctx, "/event", [("event_token", "x7k2ab"), ("event_count", "3")])


def ga4_app(ctx: Context) -> Flow:
    b = FB(ctx, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.param("firebase_app_id", "1:4815162342:ios:" + new_hex(ctx.rng, 16))
    b.param("api_secret", new_hex(ctx.rng, 22))
    b.json(
        {
            "app_instance_id": b.id("ga_instance", where="json app_instance_id"),
            "timestamp_micros": ms(ctx) * 1000,
            "events": [
                {"name": "level_end", "params": {"level": ctx.rng.randint(1, 80), "success": True}}
            ],
        }
    )
    b.no_content()
    return b.build()


def watch_pair(ctx: Context) -> Flow:
    b = FB(ctx, "wear", "POST", "https://api.pulsalpin-example.ch/v1/devices")
    b.header("user-agent", ua("PulsAlpin", "3.2"))
    b.json(
        {
            "watch": {
                "serialNumber": b.id("watch_serial", where="json watch.serialNumber"),
                "fw": "10.1",
            },
            "earbuds": {
                "bluetoothAddress": b.id("buds_mac", where="json earbuds.bluetoothAddress")
            },
            "pairedAt": iso(ctx),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watch_sync(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "wear", "PUT", "https://api.pulsalpin-example.ch/v1/sync")
    b.header("x-watch-sn", b.id("watch_serial", where="header x-watch-sn"))
    b.json({"steps": r.randint(100, 20000), "hr": [r.randint(55, 120) for _ in range(12)]})
    b.no_content()
    return b.build()


def buds_fw(ctx: Context) -> Flow:
    b = FB(ctx, "wear", "GET", "https://api.pulsalpin-example.ch/v1/firmware")
    b.param("blemac", b.id("buds_mac", "nosep", where="query blemac"))
    b.param("model", "PA-Buds2")
    b.ok_json({"latest": "2.4.1"})
    return b.build()


def ad_opaque(ctx: Context) -> Flow:
    b = FB(ctx, "ads", "POST", "https://ads.alpentuerme-game.example.com/b")
    enc = b.id("idfa", "custom_b64", where="body token (custom alphabet)", detectable=False)
    b.set_body(("t=" + enc).encode(), "text/plain")
    b.no_content()
    return b.build()


DEV = [
    adjust_session,
    watch_sync,
    ga4_app,
    adjust_event,
    buds_fw,
    watch_pair,
    ad_opaque,
    adjust_session,
]
