"""An ad-funded mobile game with Google AdMob, ironSource (Unity LevelPlay) and
Mintegral.

Sources: the Google Mobile Ads SDK's ad request `GET googleads.g.doubleclick.net/
mads/gma` carrying the advertising id as `rdid` with `idtype=adid` and
`is_lat` (seen in AdMob traffic studies, e.g. the android-aaid corpus this
project measures); ironSource's init call `init.supersonicads.com/sdk/v` with
`applicationKey`, `applicationUserId`, `advertisingId`, `advertisingIdType`
(ironSource mediation SDK); Mintegral's ad load `GET hb.rayjump.com/load` /
`net.rayjump.com/openapi/ad/v3` with `gaid`, `platform`, `package_name` and the
encrypted device-info blob `dvi` (Mintegral-official docs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_hex
from tests.heldout.wire import b64

from .phone import FB, ms, rf, rid

PKG = "com.pixelfarm.merge.dragons"


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("preqs", str(c.rng.randint(0, 40))),
        ("u_sd", "3.5"),
        ("u_w", "411"),
        ("u_h", "905"),
        ("msid", PKG),
        ("an", f"12.4.0.android.{PKG}"),
        ("format", "320x50_mb"),
        ("net", "wi"),
        ("u_tz", "60"),
        ("client_sdk", "1"),
        ("js", "afma-sdk-a-v241199999.234310000.1"),
        ("rdid", b.id("gaid", where="query:rdid")),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("request_id", rid(c.rng)),
    ]:
        b.param(k, v)
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def ironsource_init(c: Context) -> Flow:
    b = FB(c, "ironsource", "GET", "https://init.supersonicads.com/sdk/v")
    for k, v in [
        ("platform", "android"),
        ("applicationKey", "1c4f3a9bd"),
        ("applicationUserId", b.id("game_iron_uid", where="query:applicationUserId")),
        ("sdkVersion", "8.3.0"),
        ("advertisingId", b.id("gaid", where="query:advertisingId")),
        ("advertisingIdType", "GAID"),
        ("isLimitAdTrackingEnabled", "false"),
        ("mobileCarrier", "Telekom.de"),
        ("deviceOS", "Android"),
    ]:
        b.param(k, v)
    b.ok_json(
        {"configurations": {"adUnits": {"rewardedVideo": {"placements": [{"placementId": 0}]}}}}
    )
    return b.build()


def ironsource_events(c: Context) -> Flow:
    b = FB(c, "ironsource", "POST", "https://outcome-ssp.supersonicads.com/mediation")
    b.param("adUnit", "3")
    ev = [
        {"eventId": c.rng.choice([1000, 1003, 3002]), "timestamp": ms(c), "provider": "Mintegral"}
    ]
    b.json(
        {
            "table": "super.dwh.mediation_events",
            "data": b64(str(ev)),
            "advertisingId": b.id("gaid", where="body:advertisingId"),
            "advertisingIdType": "GAID",
            "sessionId": rid(c.rng),
            "appKey": "1c4f3a9bd",
        }
    )
    b.ok_json({})
    return b.build()


def mintegral_load(c: Context) -> Flow:
    b = FB(c, "mintegral", "GET", "https://hb.rayjump.com/load")
    raw = b.id_raw(
        "aid_game", "mtg_dvi_cipher", where="query:dvi (Mintegral encrypted device info)"
    )
    dvi = encode(f'{{"android_id":"{raw}","oaid":""}}', "custom_b64")
    for k, v in [
        ("app_id", "158812"),
        ("unit_id", "1642701"),
        ("platform", "1"),
        ("os_version", "14"),
        ("package_name", PKG),
        ("brand", "OnePlus"),
        ("model", "CPH2581"),
        ("gaid", b.id("gaid", where="query:gaid")),
        ("dvi", dvi),
        ("sign", new_hex(c.rng, 32)),
        ("ad_num", "1"),
        ("ts", str(ms(c))),
    ]:
        b.param(k, v)
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def game_analytics(c: Context) -> Flow:
    b = FB(c, "pixelfarm-api", "POST", "https://t.pixelfarm-example.io/e")
    b.json(
        {
            "k1": b.id("aid_game", where="body:k1 (meaningless key)", detectable=False),
            "k2": "merge",
            "k3": c.rng.randint(1, 80),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "pixelfarm-api", "POST", "https://t.pixelfarm-example.io/v1/session/camera")
    b.json(
        {
            "sessionId": rid(c.rng),
            "samples": [
                {
                    "yaw": rf(c.rng, -180, 180, 1),
                    "pitch": rf(c.rng, -45, 45, 1),
                    "roll": 0.0,
                    "zoom": rf(c.rng, 0.5, 2.0, 2),
                }
                for _ in range(5)
            ],
        }
    )
    b.decoy("game camera yaw/pitch/roll")
    b.no_content()
    return b.build()


def level_progress(c: Context) -> Flow:
    b = FB(c, "pixelfarm-api", "POST", "https://api.pixelfarm-example.io/v2/progress")
    b.json(
        {
            "player": b.acct("game_user"),
            "level": c.rng.randint(1, 300),
            "stars": c.rng.randint(0, 3),
            "coins": c.rng.randint(0, 99999),
            "durationMs": c.rng.randint(20000, 300000),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def shop_prices(c: Context) -> Flow:
    b = FB(c, "pixelfarm-api", "GET", "https://api.pixelfarm-example.io/v2/shop")
    b.decoy("shop catalogue with price series")
    b.ok_json(
        {
            "items": [
                {"sku": f"gems_{n}", "price": p, "priceHistory": [p, round(p * 1.2, 2)]}
                for n, p in ((100, 0.99), (550, 4.99), (1200, 9.99))
            ]
        }
    )
    return b.build()
