"""A casual puzzle game paid for by ads: AdMob, ironSource, Unity Ads, Criteo and
Adform requests carrying the advertising id, plus gameplay telemetry (camera
yaw / pitch, level scores: decoys).

Sources: AdMob / Google Mobile Ads `mads/gma` ad requests carry the GAID as
`rdid` with `idtype=adid` and `is_lat` (as documented in network analyses of the
GMA SDK); ironSource mediation init `init.supersonicads.com/sdk/v` query with
`applicationKey`, `advId`, `advIdType`; Unity Ads configuration request
parameters `advertisingTrackingId`, `limitAdTracking`, `androidId`, `idfi`
(Unity Ads SDK parameter tables); Criteo Publisher SDK CDB call
`bidder.criteo.com/inapp/v2` with `user.deviceId`, `deviceIdType` "gaid",
`deviceOs` (criteo/ios-publisher-sdk CR_ApiQueryKeys, android-publisher-sdk);
OpenRTB 2.5 `device.ifa` / `device.lmt` for the Adform exchange call.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, blob, ms, rf, rid, ua

PKG = "nl.puzzelpret.blokken"


def admob(ctx: Context) -> Flow:
    b = FB(ctx, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("format", "320x50_mb"),
        ("output", "html"),
        ("region", "mobile_app"),
        ("app_name", f"112.android.{PKG}"),
        ("msid", PKG),
        ("js", "afma-sdk-a-v232400999.231710000.1"),
        ("u_w", "800"),
        ("u_h", "1280"),
        ("is_lat", "0"),
        ("idtype", "adid"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query.rdid"))
    b.param("request_id", rid(ctx.rng))
    b.header("user-agent", "Mozilla/5.0 (Linux; Android 13; TB370FU Build/TP1A.220624.014; wv)")
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def ironsource_init(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "ironsource",
        "GET",
        "https://init.supersonicads.com/sdk/v",
        [
            ("platform", "android"),
            ("applicationKey", "1a2b3c4dd"),
            ("sdkVersion", "7.9.0"),
            ("advIdType", "GAID"),
        ],
    )
    b.param("advId", b.id("gaid", where="query.advId"))
    b.param("mt", "0")
    b.ok_json({"response": b64(blob(ctx.rng, 200))})
    return b.build()


def ironsource_events(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "ironsource",
        "POST",
        "https://outcome-ssp.supersonicads.com/mediation",
        [("adUnit", "3")],
    )
    raw = b.id_raw("is_uid", "aes_b64", where="body.data (encrypted event batch)")
    del raw
    b.json({"table": "super.dwh.mediation_events", "data": b64(blob(ctx.rng, 300))})
    b.no_content()
    return b.build()


def unity_config(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "unity-ads",
        "GET",
        "https://publisher-config.unityads.unity3d.com/games/5123987/configuration",
    )
    b.param("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_game", where="query.androidId"))
    b.param("idfi", b.id("unity_idfi", where="query.idfi"))
    for k, v in [
        ("deviceMake", "LENOVO"),
        ("deviceModel", "TB370FU"),
        ("platform", "android"),
        ("sdkVersionName", "4.12.2"),
        ("screenWidth", "1600"),
        ("screenHeight", "2560"),
    ]:
        b.param(k, v)
    b.ok_json({"enabled": True, "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def criteo(ctx: Context) -> Flow:
    b = FB(ctx, "criteo", "POST", "https://bidder.criteo.com/inapp/v2")
    b.json(
        {
            "id": rid(ctx.rng),
            "publisher": {"bundleId": PKG, "cpId": "B-061417"},
            "user": {
                "deviceId": b.id("gaid", where="body.user.deviceId"),
                "deviceIdType": "gaid",
                "deviceModel": "TB370FU",
                "deviceOs": "android",
                "lmt": "0",
                "uspIab": "1---",
            },
            "sdkVersion": "6.0.0",
            "profileId": 235,
            "slots": [
                {"impId": rid(ctx.rng)[:16], "placementId": "puzzel_banner", "sizes": ["320x50"]}
            ],
        },
        ctype="text/plain",
    )
    b.ok_json({"slots": []})
    return b.build()


def adform(ctx: Context) -> Flow:
    b = FB(ctx, "adform", "POST", "https://adx.adform.net/adx/openrtb", [("mid", "1184722")])
    b.json(
        {
            "id": rid(ctx.rng),
            "imp": [{"id": "1", "banner": {"w": 320, "h": 50}, "tagid": "1184722"}],
            "app": {"bundle": PKG, "name": "Puzzelpret"},
            "device": {
                "ifa": b.id("gaid", where="body.device.ifa"),
                "lmt": 0,
                "os": "android",
                "osv": "13",
                "make": "LENOVO",
                "model": "TB370FU",
                "ua": "Mozilla/5.0 (Linux; Android 13)",
            },
            "regs": {"ext": {"gdpr": 1}},
            "user": {"ext": {"consent": "CP" + rid(ctx.rng).replace("-", "")}},
        }
    )
    b.no_content()
    return b.build()


def adform_hashed(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "adform",
        "GET",
        "https://track.adform.net/Serving/TrackPoint/",
        [("pm", "2241907"), ("ADFPageName", "level_complete")],
    )
    b.param("adid_md5", b.id("gaid", "md5", where="query.adid_md5"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def camera(ctx: Context) -> Flow:
    b = FB(ctx, "puzzelpret", "POST", "https://telemetry.puzzelpret-example.nl/v1/cam")
    b.header("user-agent", ua("UnityPlayer", "2022.3.21f1"))
    b.json(
        {
            "level": ctx.rng.randint(1, 200),
            "camera": [
                {
                    "yaw": rf(ctx.rng, -180, 180, 2),
                    "pitch": rf(ctx.rng, -45, 45, 2),
                    "roll": 0.0,
                    "fov": 60,
                }
                for _ in range(6)
            ],
        }
    )
    b.decoy("game camera yaw/pitch series")
    b.no_content()
    return b.build()


def level(ctx: Context) -> Flow:
    b = FB(ctx, "puzzelpret", "POST", "https://telemetry.puzzelpret-example.nl/v1/level")
    b.json(
        {
            "level": ctx.rng.randint(1, 200),
            "score": ctx.rng.randint(100, 99999),
            "moves": ctx.rng.randint(5, 60),
            "duration_ms": ctx.rng.randint(20_000, 400_000),
            "ts": ms(ctx),
        }
    )
    b.decoy("level result with score and duration")
    b.no_content()
    return b.build()


def shop(ctx: Context) -> Flow:
    b = FB(ctx, "puzzelpret", "GET", "https://api.puzzelpret-example.nl/v1/shop", [("cur", "EUR")])
    b.ok_json(
        {
            "items": [
                {"sku": f"coins_{n}", "price": round(n / 100 * 0.99, 2)}
                for n in (100, 550, 1200, 5000)
            ]
        }
    )
    b.decoy("in-app price list")
    return b.build()


def rewarded_video(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "unity-ads",
        "GET",
        f"https://cdn-creatives-cf-prd.acquire.unity3dusercontent.com/{rid(ctx.rng)}/video.mp4",
    )
    b.respond(200, "video/mp4", blob(ctx.rng, 300))
    b.decoy("ad creative video download")
    return b.build()
