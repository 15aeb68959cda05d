"""Batyr Quest: a casual game with the Russian ad stack (Yandex Mobile Ads,
myTarget, AppMetrica, MyTracker, Mintegral: sdk_ru) and Firebase Remote Config.

Firebase Remote Config fetch: POST firebaseremoteconfig.googleapis.com/v1/
projects/{n}/namespaces/firebase:fetch with appInstanceId, appId, countryCode,
languageCode, platformVersion, timeZone, packageName, sdkVersion
(firebase-android-sdk ConfigFetchHttpClient). The game's own backend (login,
camera telemetry, level tuning) is my invention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from . import sdk_ru
from .phone import FB, floats, ms, rf, ua

API = "https://api.batyr-games.example.kz"
PKG = "kz.batyrgames.quest"


def login(ctx: Context) -> Flow:
    b = FB(ctx, "batyr", "POST", API + "/v1/auth/guest")
    b.header("user-agent", ua("UnityPlayer", "2022.3.21f1"))
    b.json(
        {
            "device_uid": b.id("aid_game", where="body.device_uid"),
            "platform": "android",
            "build": 283,
            "lang": "ru",
        }
    )
    b.ok_json({"player": ctx.phone.game_player, "session": new_hex(ctx.rng, 32)})
    return b.build()


def remote_config(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "firebase",
        "POST",
        "https://firebaseremoteconfig.googleapis.com/v1/projects/884512370019/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(ctx.rng, 33))
    b.json(
        {
            "appInstanceId": b.id("game_fid", where="body.appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(ctx.rng, 60),
            "appId": "1:884512370019:android:" + new_hex(ctx.rng, 22),
            "countryCode": "KZ",
            "languageCode": "ru-KZ",
            "platformVersion": "34",
            "timeZone": "Asia/Almaty",
            "appVersion": "2.8.3",
            "packageName": PKG,
            "sdkVersion": "22.0.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json({"state": "UPDATE", "entries": {"ad_interval_sec": "90", "boss_hp": "1200"}})
    return b.build()


def yandex_ad(ctx: Context) -> Flow:
    return sdk_ru.yandex_ad(
        ctx, f"R-M-{new_digits(ctx.rng, 7, '4')}-{ctx.rng.randint(1, 9)}", "aid_game"
    )


def mytarget(ctx: Context) -> Flow:
    return sdk_ru.mytarget_ad(ctx, ctx.rng.choice(["1411208", "1411212"]), "aid_game")


def mytracker(ctx: Context) -> Flow:
    ev = ctx.rng.choice(["level_up", "session_start", "purchase"])
    return sdk_ru.mytracker_event(ctx, "81736592071538449012", "aid_game", ev)


def mtg_setting(ctx: Context) -> Flow:
    return sdk_ru.mintegral_setting(ctx, "218804", PKG)


def mtg_analytics(ctx: Context) -> Flow:
    return sdk_ru.mintegral_analytics(ctx, "218804", PKG, "aid_game")


def am_startup(ctx: Context) -> Flow:
    return sdk_ru.am_startup(ctx, "4630981", "aid_game")


def am_level(ctx: Context) -> Flow:
    ev = js({"level": ctx.rng.randint(1, 80), "stars": ctx.rng.randint(0, 3)})
    return sdk_ru.am_report(ctx, "4630981", [("level_complete", ev)]).build()


def camera_telemetry(ctx: Context) -> Flow:
    b = FB(ctx, "batyr", "POST", API + "/v1/telemetry/camera")
    b.json(
        {
            "player": ctx.phone.game_player,
            "samples": [
                {
                    "yaw": rf(ctx.rng, -180, 180, 2),
                    "pitch": rf(ctx.rng, -45, 60, 2),
                    "roll": 0.0,
                    "fov": 60,
                    "t": ms(ctx),
                }
                for _ in range(6)
            ],
        }
    )
    b.decoy("in-game camera yaw / pitch")
    b.no_content()
    return b.build()


def tuning(ctx: Context) -> Flow:
    b = FB(ctx, "batyr", "GET", API + "/v1/levels/tuning")
    b.param("level", str(ctx.rng.randint(1, 80)))
    b.decoy("difficulty model feature vector (no face context)")
    b.ok_json({"features": floats(ctx.rng, 64), "bias": rf(ctx.rng, -1, 1), "model": "dda-v4"})
    return b.build()


def leaderboard(ctx: Context) -> Flow:
    b = FB(ctx, "batyr", "GET", API + "/v1/leaderboard")
    b.params += [("season", "11"), ("top", "50")]
    b.decoy("leaderboard scores")
    b.ok_json(
        {
            "rows": [
                {"name": n, "score": ctx.rng.randint(1000, 99000)}
                for n in ["Алихан", "Dana_K", "Ерлан77", "Маша"]
            ]
        }
    )
    return b.build()


def purchase(ctx: Context) -> Flow:
    b = FB(ctx, "batyr", "POST", API + "/v1/iap/verify")
    b.json(
        {
            "orderId": order_no(ctx.rng),
            "sku": "gems_500",
            "price_micros": 1490000000,
            "currency": "KZT",
            "purchaseToken": new_hex(ctx.rng, 48),
        }
    )
    b.decoy("purchase order number")
    b.ok_json({"valid": True})
    return b.build()


DEV = [
    login,
    yandex_ad,
    mytarget,
    mytracker,
    mtg_setting,
    mtg_analytics,
    am_startup,
    yandex_ad,
    remote_config,
    am_level,
    mytarget,
    mtg_analytics,
]
BENIGN = [camera_telemetry, tuning, leaderboard, purchase, camera_telemetry]
