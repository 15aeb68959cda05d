"""Two casual games the tester plays on breaks (ATT allowed): Adjust attribution
and Unity Ads requests carry his IDFA, the games' IDFV and the SDKs' own ids;
game telemetry carries camera yaw/pitch, scores and prices (decoys).

Sources: Adjust iOS SDK, ADJPackageBuilder.m (github.com/adjust/ios_sdk: POST
app.adjust.com/session form body with idfa, idfv, tracking_enabled, ios_uuid,
app_token, environment, created_at, session_count, device_type, device_name,
os_name, os_version); Unity Ads SDK iOS auction request (advertisingTrackingId,
limitAdTracking, idfi = Unity's install id, deviceMake, deviceModel, osVersion,
gameId). Game backends are fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, new_hex, rf, rid, sdk_ua, ua


def adjust_session(c: Context) -> Flow:
    kind = c.rng.choice(["session", "event", "session"])
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{kind}")
    b.header("client-sdk", "ios4.38.2")
    b.header("user-agent", sdk_ua("KabelKing", "2.3.1"))
    pairs = [
        ("app_token", "k9x" + new_hex(c.rng, 9)),
        ("environment", "production"),
        ("created_at", iso(c) + "+0100"),
        ("idfa", b.id("idfa", where="form idfa")),
        ("idfv", b.id("idfv_games", where="form idfv")),
        ("tracking_enabled", "1"),
        ("att_status", "3"),
        ("ios_uuid", c.phone.adjust_uuid),
        ("bundle_id", "pl.example.kabelking"),
        ("app_version", "2.3.1"),
        ("device_type", "iPhone"),
        ("device_name", c.phone.model),
        ("os_name", "ios"),
        ("os_version", "17.5.1"),
        ("session_count", str(c.rng.randint(3, 90))),
    ]
    b.other_id("adjust_uuid", "form ios_uuid (Adjust's install UUID)")
    if kind == "event":
        pairs.append(("event_token", "lvl" + new_hex(c.rng, 3)))
    b.form(pairs)
    b.ok_json({"message": "Session tracked", "timestamp": iso(c), "adid": new_hex(c.rng, 32)})
    return b.build()


def unity_auction(c: Context) -> Flow:
    game = c.rng.choice(["4417021", "5120988"])
    b = FB(c, "unity-ads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{game}/requests")
    for k, v in [
        ("advertisingTrackingId", b.id("idfa", where="query advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("idfi", c.phone.unity_idfi),
        ("deviceMake", "Apple"),
        ("deviceModel", c.phone.model),
        ("platform", "ios"),
        ("osVersion", "17.5.1"),
        ("sdkVersion", "4120"),
        ("gameId", game),
    ]:
        b.param(k, v)
    b.other_id("unity_idfi", "query idfi (Unity Ads install id)")
    vendor = {
        "vendorIdentifier": b.id("idfv_games", where="json device.vendorIdentifier (IDFV)"),
        "screenWidth": 1170,
        "screenHeight": 2532,
        "language": "pl_PL",
        "timeZone": "Europe/Warsaw",
    }
    b.json(
        {
            "device": vendor,
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 30),
            "auctionId": rid(c.rng),
        }
    )
    b.ok_json({"auctionId": rid(c.rng), "media": {}})
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "game", "POST", "https://telemetry.kabelking.example.pl/v1/batch")
    b.header("user-agent", ua("KabelKing", "231"))
    frames = [
        {
            "t": i * 33,
            "cam": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -60, 60, 2),
                "roll": 0.0,
                "fov": 70,
            },
            "pos": [rf(c.rng, -50, 50, 2), 1.7, rf(c.rng, -50, 50, 2)],
        }
        for i in range(12)
    ]
    b.set_body(
        jsb({"level": c.rng.randint(1, 80), "frames": frames, "sessionId": rid(c.rng)}),
        "application/json",
        "gzip",
    )
    b.ok_json({"ok": True})
    b.decoy("game camera yaw / pitch / roll and player positions: not head pose of a face")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "game", "GET", "https://api.kabelking.example.pl/v1/leaderboard", [("week", "48")])
    b.ok_json(
        {
            "top": [
                {"nick": f"gracz{c.rng.randint(100, 999)}", "score": c.rng.randint(1000, 99999)}
                for _ in range(10)
            ],
            "me": {"rank": c.rng.randint(100, 9000)},
        }
    )
    b.decoy("leaderboard scores")
    return b.build()


def store_prices(c: Context) -> Flow:
    b = FB(c, "game", "GET", "https://api.sudoku-pro.example.cz/v2/store")
    b.ok_json(
        {
            "items": [
                {"sku": f"coins_{n}", "cena": rf(c.rng, 4.99, 99.99, 2), "mena": "CZK"}
                for n in (100, 500, 1200)
            ],
            "priceHistory": [rf(c.rng, 19, 29, 2) for _ in range(14)],
        }
    )
    b.decoy("in-game store prices and a price history")
    return b.build()


def puzzle_progress(c: Context) -> Flow:
    b = FB(c, "game", "POST", "https://api.sudoku-pro.example.cz/v2/progress")
    b.json(
        {
            "puzzle": c.rng.randint(1, 900),
            "cells": [c.rng.randint(0, 9) for _ in range(81)],
            "elapsedMs": c.rng.randint(30000, 900000),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("sudoku grid and elapsed time")
    return b.build()


DEV = [adjust_session, unity_auction, adjust_session]
DECOYS = [camera_telemetry, leaderboard, store_prices, puzzle_progress]
