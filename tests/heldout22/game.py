"""A casual game ("Potager Pixel") with ad mediation.

Sources: ironSource's init call `init.supersonicads.com/sdk/v` carries
`applicationKey`, `advertisingId`, `advertisingIdType=GAID`,
`isLimitAdTrackingEnabled` and device fields in the query; its event batches go
to `outcome-ssp.supersonicads.com/mediation` as `{"table":..,"data":<base64
JSON>}` (as seen in public traffic captures of the ironSource Android SDK).
AdMob's GMA request `googleads.g.doubleclick.net/mads/gma` carries the ad id as
`rdid` with `idtype=adid` and `is_lat` (Google Mobile Ads SDK traffic, also
documented by the IMA/PAL "rdid" parameter). AppLovin event pixels
`rt.applovin.com/4.0/pix` send `idfa` (the GAID on Android) and `dnt`.
Ogury (presage.io) and Teads request bodies are modelled, not verified field by
field. The game's own backend uses a protobuf session message and JSON.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, js, pb_bytes, pb_varint

from .phone import FB, dalvik, ms, rf, rid

API = "https://api.potager-pixel.com"
PKG = "com.potagerpixel.game"


def ironsource_init(c: Context) -> Flow:
    b = FB(c, "ironsource", "GET", "https://init.supersonicads.com/sdk/v")
    for k, v in [("platform", "android"), ("applicationKey", "1c3f9a2bd"), ("sdkVersion", "8.4.0")]:
        b.param(k, v)
    b.param("advertisingId", b.id("gaid", where="query advertisingId"))
    for k, v in [
        ("advertisingIdType", "GAID"),
        ("isLimitAdTrackingEnabled", "false"),
        ("deviceOS", "android"),
        ("deviceOSVersion", "34"),
        ("deviceModel", "SM-A546B"),
        ("connectionType", "wifi"),
        ("bundleId", PKG),
    ]:
        b.param(k, v)
    b.header("user-agent", dalvik())
    b.ok_json({"providerOrder": {"rewardedVideo": ["ironSource", "AppLovin", "AdMob"]}})
    return b.build()


def ironsource_events(c: Context) -> Flow:
    b = FB(
        c,
        "ironsource",
        "POST",
        "https://outcome-ssp.supersonicads.com/mediation",
        [("adUnit", "3")],
    )
    inner = {
        "advertisingId": b.id("gaid", where="base64 json data.advertisingId"),
        "advertisingIdType": "GAID",
        "events": [{"eventId": c.rng.choice([1001, 1100, 1200]), "timestamp": ms(c)}],
        "deviceModel": "SM-A546B",
    }
    b.json({"table": "super.dwh.mediation_events", "data": b64(js(inner))})
    b.ok_json({})
    return b.build()


def admob(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("format", "interstitial_mb"),
        ("msid", PKG),
        ("sdkv", "afma-sdk-a-v242402999.231700000.1"),
        ("ms", b64(bytes(c.rng.getrandbits(8) for _ in range(30)))),
        ("u_sd", "2.625"),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.header("user-agent", dalvik())
    b.ok_json({"ad_networks": []})
    return b.build()


def applovin_pix(c: Context) -> Flow:
    b = FB(c, "applovin", "GET", "https://rt.applovin.com/4.0/pix")
    b.param("event", c.rng.choice(["landing", "imp", "cimp"]))
    b.param("platform", "android")
    b.param("model", "SM-A546B")
    b.param("idfa", b.id("gaid", where="query idfa (GAID on Android)"))
    b.param("dnt", "false")
    b.param("package_name", PKG)
    b.respond(200, "image/gif", b"GIF89a")
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    body = {
        "ad_unit_id": "8b2f3c91d0e4a7b1",
        "ad_format": "REWARDED",
        "device_info": {
            "model": "SM-A546B",
            "brand": "samsung",
            "idfa": b.id("gaid", where="json device_info.idfa"),
            "dnt": False,
            "compass_random_token": b.id(
                "applovin_uuid", where="json device_info.compass_random_token"
            ),
        },
        "app_info": {"package_name": PKG, "app_version": "2.7.1"},
    }
    b.json(body, encoding="gzip")
    b.ok_json({"ads": []})
    return b.build()


def ogury(c: Context) -> Flow:
    b = FB(c, "ogury", "POST", "https://ms-ads.presage.io/v1/ad")
    b.json(
        {
            "sdk_version": "5.6.0",
            "asset_key": "OGY-3F21A9C",
            "device": {
                "aaid": b.id("gaid", where="json device.aaid"),
                "install_id": b.id("ogury_install", where="json device.install_id"),
                "os": "android",
            },
            "ad_unit": {"id": "potager_inter", "type": "interstitial"},
        }
    )
    b.ok_json({"ad": []})
    return b.build()


def teads(c: Context) -> Flow:
    b = FB(c, "teads", "POST", "https://a.teads.tv/sdk/v5/ad", [("pid", "184512")])
    b.json(
        {
            "app": {"bundle": PKG, "version": "2.7.1"},
            "device": {
                "advertisingId": b.id("gaid", where="json device.advertisingId"),
                "limitAdTracking": False,
            },
            "placement": {"format": "inread"},
        }
    )
    b.ok_json({"ads": []})
    return b.build()


def session_pb(c: Context) -> Flow:
    """Game telemetry in protobuf: field numbers only, no key names."""
    b = FB(c, "potager", "POST", f"{API}/t/v2")
    aid = b.id("aid_game", "protobuf", where="protobuf field 3 (string)", detectable=False)
    msg = (
        pb_varint(1, ms(c))
        + pb_bytes(2, PKG)
        + pb_bytes(3, aid)
        + pb_varint(4, c.rng.randint(1, 60))
    )
    b.set_body(msg, "application/x-protobuf")
    b.no_content()
    return b.build()


def login(c: Context) -> Flow:
    b = FB(c, "potager", "POST", f"{API}/v1/auth/guest")
    b.json({"deviceId": b.id("aid_game", where="json deviceId"), "platform": "android"})
    b.ok_json({"playerId": b.acct("game_user"), "token": rid(c.rng)})
    return b.build()


def progression(c: Context) -> Flow:
    b = FB(c, "potager", "PUT", f"{API}/v1/joueur/progression")
    b.decoy("game progress sync (level, stars, position in level: not media)")
    b.json(
        {
            "niveau": c.rng.randint(1, 300),
            "etoiles": c.rng.randint(0, 3),
            "progress": rf(c.rng, 0, 1, 2),
            "position": c.rng.randint(0, 40),
            "duree": c.rng.randint(20, 400),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def camera(c: Context) -> Flow:
    b = FB(c, "potager", "POST", f"{API}/v1/replay/camera")
    b.decoy("in-game camera yaw/pitch/roll series")
    rows = [
        {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2), "roll": 0.0}
        for _ in range(20)
    ]
    b.json({"camera": rows})
    b.no_content()
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "potager", "GET", f"{API}/v1/classement", [("semaine", "11")])
    b.decoy("leaderboard: player names and scores")
    b.ok_json(
        {
            "top": [
                {"pseudo": f"jardinier{i}", "score": c.rng.randint(1000, 90000)} for i in range(10)
            ]
        }
    )
    return b.build()


def achat(c: Context) -> Flow:
    b = FB(c, "potager", "POST", f"{API}/v1/achats/verifier")
    b.decoy("in-app purchase receipt with a Play order number")
    b.json({"orderId": order_no(c.rng), "produit": "sac_de_graines_500", "jeton": b64(rid(c.rng))})
    b.ok_json({"valide": True})
    return b.build()
