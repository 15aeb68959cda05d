"""Mobile game "Tank Frontier" with Yandex Mobile Ads, Mintegral and Pangle.

Sources:
- Yandex Mobile Ads SDK: ad host `https://mobile.yandexadexchange.net`, query
  parameters `uuid` (AppMetrica uuid) and `mauid` appended by the SDK (decompiled
  com.yandex.mobile.ads classes in the code corpus); the `google_aid` /
  `ad_unit_id` names follow the SDK's AdRequest parameters.
- Mintegral `GET /openapi/ad/v3` query: `app_id`, `unit_id`, `sign`, `platform`,
  `os_version`, `package_name`, `ad_type`, `gaid`, `dvi` (device info in a shuffled
  base64 alphabet), `sdk_version=MAL_...`, `screen_size`, `network_type`
  (captured requests in a public test script, rayjump.com).
- Pangle `POST https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/?aid=1371&
  device_platform=android&version_code=...` with an encrypted body
  (`{"message","cypher"}`) (decompiled Pangle SDK in the code corpus).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, js

from .phone import FB, dalvik, ms, rf

UA = dalvik()
GAME = "https://api.tankfrontier.games"


def yandex_ad(ctx: Context) -> Flow:
    b = FB(ctx, "yandex-mobile-ads", "GET", "https://mobile.yandexadexchange.net/v4/ad")
    b.params = [
        ("ad_unit_id", "R-M-2817733-" + str(ctx.rng.randint(1, 6))),
        ("ad_type", ctx.rng.choice(["interstitial", "rewarded", "banner"])),
        ("uuid", b.id("game_ym_uuid", where="query.uuid", detectable=False)),
        ("google_aid", b.id("gaid", where="query.google_aid")),
        ("limit_ad_tracking", "0"),
        ("app_id", "com.tankfrontier.game"),
        ("app_version", "2.18.0"),
        ("sdk_version", "7.8.0"),
        ("manufacturer", "Xiaomi"),
        ("model", "23129RAA4G"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("screen_width", "1080"),
        ("screen_height", "2400"),
        ("charset", "UTF-8"),
        ("locale", "ru_RU"),
    ]
    b.header("user-agent", UA)
    b.ok_json(
        {
            "native": {
                "ads": [
                    {
                        "adType": "app",
                        "info": {
                            "renderTrackingUrl": "https://yandex.ru/an/rtb/" + new_hex(ctx.rng, 40)
                        },
                    }
                ]
            }
        }
    )
    return b.build()


def mintegral_ad(ctx: Context) -> Flow:
    b = FB(ctx, "mintegral", "GET", "https://sg-de.rayjump.com/openapi/ad/v3")
    dvi_doc = js(
        {
            "android_id": b.id_raw("aid_game", "custom_b64", "query.dvi|custom_b64.android_id"),
            "oaid": b.id_raw("oaid", "custom_b64", "query.dvi|custom_b64.oaid"),
            "imei": "",
            "mac": "",
        }
    )
    b.params = [
        ("app_id", "146021"),
        ("unit_id", new_digits(ctx.rng, 7)),
        ("sign", new_hex(ctx.rng, 32)),
        ("platform", "1"),
        ("os_version", "14"),
        ("package_name", "com.tankfrontier.game"),
        ("app_version_name", "2.18.0"),
        ("orientation", "2"),
        ("model", "23129RAA4G"),
        ("brand", "Redmi"),
        ("gaid", b.id("gaid", where="query.gaid")),
        ("mnc", "01"),
        ("mcc", "460"),
        ("network_type", "9"),
        ("language", "zh-CN"),
        ("timezone", "GMT+08:00"),
        ("sdk_version", "MAL_16.5.21"),
        ("screen_size", "1080x2400"),
        ("ad_num", "1"),
        ("tnum", "1"),
        ("only_impression", "1"),
        ("ping_mode", "1"),
        ("ad_type", "287"),
        ("offset", "0"),
        ("req_type", "2"),
        ("dvi", encode(dvi_doc, "custom_b64")),
        ("sys_id", b.id("game_mtg_sysid", where="query.sys_id", detectable=False)),
    ]
    b.header("user-agent", UA)
    b.ok_json(
        {
            "status": 1,
            "msg": "success",
            "data": {"ads": [{"id": new_digits(ctx.rng, 9), "title": "Merge Farm"}]},
        }
    )
    return b.build()


def pangle_ad(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "pangle",
        "POST",
        "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/",
        [("aid", "1371"), ("device_platform", "android"), ("version_code", "5800")],
    )
    b.id_raw("gaid", "aes", "body.json.message (AES)")
    b.id_raw("aid_game", "aes", "body.json.message (AES)")
    b.header("user-agent", UA)
    b.json({"message": "3" + b64(ctx.rng.randbytes(1100)), "cypher": 3})
    b.ok_json({"message": b64(ctx.rng.randbytes(700)), "cypher": 3, "status_code": 20000})
    return b.build()


def login(ctx: Context) -> Flow:
    b = FB(ctx, "tankfrontier", "POST", f"{GAME}/v1/auth/guest")
    b.header("user-agent", UA)
    b.json(
        {
            "deviceId": b.id("aid_game", where="body.json.deviceId"),
            "adId": b.id("gaid", where="body.json.adId"),
            "platform": "android",
            "store": "mi",
        }
    )
    b.ok_json({"playerId": b.acct("game_player"), "token": new_hex(ctx.rng, 40)})
    return b.build()


def telemetry(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "tankfrontier", "POST", f"{GAME}/v1/telemetry/match")
    b.header("user-agent", UA)
    b.json(
        {
            "matchId": new_hex(r, 16),
            "map": "desert_02",
            "ticks": [
                {
                    "t": i * 250,
                    "cam": {
                        "yaw": rf(r, -180, 180, 2),
                        "pitch": rf(r, -30, 60, 2),
                        "roll": 0.0,
                        "fov": 62,
                    },
                    "pos": [rf(r, 0, 500, 2), rf(r, 0, 500, 2)],
                    "hp": r.randint(0, 100),
                }
                for i in range(12)
            ],
        }
    )
    b.no_content()
    b.decoy("camera yaw/pitch/roll and positions in a game")
    return b.build()


def leaderboard(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "tankfrontier", "GET", f"{GAME}/v1/leaderboard", [("season", "14"), ("top", "20")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "rows": [
                {"rank": i + 1, "name": f"tank{new_digits(r, 4)}", "elo": 2400 - i * 13}
                for i in range(20)
            ]
        }
    )
    b.decoy("leaderboard")
    return b.build()


def iap(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "tankfrontier", "POST", f"{GAME}/v1/iap/verify")
    b.header("user-agent", UA)
    b.json({"orderNo": order_no(r), "sku": "gems_500", "price": 30.0, "ts": ms(ctx)})
    b.ok_json({"granted": True})
    b.decoy("purchase receipt with an order number")
    return b.build()
