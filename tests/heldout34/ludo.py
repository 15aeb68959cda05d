"""Ludo Bingwa (a casual ludo game, Nigeria / Kenya / Pakistan) with five ad SDKs.

Real SDK shapes: Google Mobile Ads `GET googleads.g.doubleclick.net/mads/gma`
with `rdid` (the GAID), `idtype=adid`, `is_lat` (as seen in public GMA
captures and IMA's documented `rdid`/`idtype`/`is_lat` parameters); Unity Ads
`publisher-config.unityads.unity3d.com/games/{gameId}/configuration` with
`advertisingTrackingId`, `limitAdTracking`, `androidId`, `idfi` (Unity-Ads-SDK
docs "All Parameters" table); Mintegral `openapi/ad/v3` with `gaid` in clear
and device info `dvi` in Mintegral's shuffled-alphabet base64; Pangle
`api/ad/union/sdk/get_ads/` whose body is `{"message": <encrypted>, "cypher": 3}`;
Transsion's Hisavana ad SDK (no public wire spec: JSON shape mine).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode, new_digits, new_hex
from tests.heldout.wire import b64, js

from .phone import FB, dalvik, ms, rf, rid

GAME_ID = "4837291"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", dalvik())
    return b


def admob(c: Context) -> Flow:
    b = _b(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    for k, v in [
        ("preqs", str(c.rng.randint(0, 9))),
        ("u_w", "393"),
        ("u_h", "851"),
        ("msid", "com.bingwa.ludo"),
        ("format", "320x50_mb"),
        ("js", "afma-sdk-a-v232400999.231710000.1"),
        ("correlator", new_digits(c.rng, 16)),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid (idtype=adid)"))
    b.param("idtype", "adid")
    b.param("is_lat", "false")
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def unity_config(c: Context) -> Flow:
    b = _b(
        c,
        "unityads",
        "GET",
        f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration",
    )
    b.param("advertisingTrackingId", b.id("gaid", where="query advertisingTrackingId"))
    b.param("limitAdTracking", "false")
    b.param("androidId", b.id("aid_game", where="query androidId"))
    for k, v in [
        ("deviceMake", "TECNO"),
        ("deviceModel", "TECNO CK6n"),
        ("platform", "android"),
        ("sdkVersion", "4900"),
        ("test", "false"),
    ]:
        b.param(k, v)
    b.ok_json({"enabled": True, "country": "NG", "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def unity_request(c: Context) -> Flow:
    b = _b(
        c, "unityads", "POST", f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    )
    b.json(
        {
            "advertisingTrackingId": b.id("gaid", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("unity_idfi", where="body.idfi"),
            "deviceMake": "TECNO",
            "connectionType": "cellular",
            "screenWidth": 1080,
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 9),
        }
    )
    b.ok_json({"correlationId": rid(c.rng), "placements": {"rewardedVideo": "m1"}})
    return b.build()


def mintegral(c: Context) -> Flow:
    b = _b(c, "mintegral", "GET", "https://net.rayjump.com/openapi/ad/v3")
    for k, v in [
        ("app_id", "118263"),
        ("unit_id", "402911"),
        ("platform", "1"),
        ("os_version", "13"),
        ("sdk_version", "MAL_16.5.41"),
        ("ad_num", "1"),
    ]:
        b.param(k, v)
    b.param("gaid", b.id("gaid", where="query gaid"))
    dvi = {
        "android_id": b.id_raw("aid_game", "custom_b64", "query dvi (Mintegral base64 JSON)"),
        "model": "TECNO CK6n",
    }
    b.param("dvi", encode(js(dvi), "custom_b64"))
    b.ok_json({"status": 1, "data": {"ads": []}})
    return b.build()


def pangle(c: Context) -> Flow:
    b = _b(c, "pangle", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/")
    b.id_raw("gaid", "pangle_cypher3", "body.message (Pangle-encrypted ad request)")
    b.json({"message": b64(bytes(c.rng.getrandbits(8) for _ in range(400))), "cypher": 3})
    b.ok_json({"cypher": 3, "message": b64(bytes(c.rng.getrandbits(8) for _ in range(80)))})
    return b.build()


def hisavana(c: Context) -> Flow:
    b = _b(c, "hisavana", "POST", "https://ssp.hisavana.com/ssp/v2/ad/request")
    b.json(
        {
            "app": {"pkg": "com.bingwa.ludo", "ver": "3.1.0"},
            "device": {
                "gaid": b.id("gaid", where="body.device.gaid"),
                "vaid": b.id("hisavana_vaid", where="body.device.vaid"),
                "androidId": b.id("aid_game", where="body.device.androidId"),
                "brand": "TECNO",
                "osType": "HiOS",
                "osVer": "13.1.0",
            },
            "slots": [{"codeSeatId": "HS" + new_digits(c.rng, 6), "type": "interstitial"}],
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"code": 0, "ads": []})
    return b.build()


def game_state(c: Context) -> Flow:
    b = _b(c, "ludo", "POST", "https://api.ludobingwa.com/v1/match/state")
    b.decoy("camera yaw/pitch and dice roll series")
    b.json(
        {
            "match": rid(c.rng),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 1),
                "pitch": rf(c.rng, -30, 60, 1),
                "zoom": rf(c.rng, 1, 2, 2),
            },
            "rolls": [c.rng.randint(1, 6) for _ in range(20)],
            "turn": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "ludo", "GET", "https://api.ludobingwa.com/v1/leaderboard?region=NG")
    b.decoy("leaderboard player ids and scores")
    b.ok_json(
        {
            "top": [
                {"player": "P" + new_digits(c.rng, 10), "coins": c.rng.randint(10**3, 10**6)}
                for _ in range(10)
            ]
        }
    )
    return b.build()


def coins_purchase(c: Context) -> Flow:
    b = _b(c, "ludo", "POST", "https://api.ludobingwa.com/v1/store/verify")
    b.decoy("purchase token and order number")
    b.json(
        {
            "orderId": "GPA.33" + new_digits(c.rng, 2) + "-" + new_digits(c.rng, 4),
            "token": new_hex(c.rng, 60),
            "sku": "coins_500",
        }
    )
    b.ok_json({"valid": True, "balance": c.rng.randint(500, 9000)})
    return b.build()


def avatar_pick(c: Context) -> Flow:
    b = _b(c, "ludo", "POST", "https://api.ludobingwa.com/v1/profile")
    b.decoy("self-declared gender and cartoon avatar on sign-up")
    b.json(
        {
            "nick": c.rng.choice(["Bingwa", "Mama Ludo", "Sultan"]),
            "gender": c.rng.choice(["male", "female"]),
            "avatar": f"avatar_{c.rng.randint(1, 24)}",
            "player": b.acct("game_user"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
