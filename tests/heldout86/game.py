"""Two games she plays between shows: a 3D island racer and an online Scopa card
game. Ads through Unity Ads and Google AdMob carry the GAID and, in Unity's
case, the ANDROID_ID and its installation id (Unity Ads parameter reference:
advertisingTrackingId, limitAdTracking, androidId, idfi "ID for
installation"); AdMob's /mads/gma request carries rdid and is_lat (Google
Mobile Ads SDK). Decoys: the racer's chase-camera yaw/pitch/roll and car
telemetry, the avatar editor's face-shape choices, leaderboards and a Play
purchase with its order number.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import ms, order_no, req_id, rf

from .phone import FB, ua

RACER = "https://api.corsaisola-game.com"
SCOPA = "https://api.scopalive-example.it"
GAME_ID = "5512093"


def unity_config(c: Context) -> Flow:
    url = f"https://publisher-config.unityads.unity3d.com/games/{GAME_ID}/configuration"
    b = FB(c, "unityads", "GET", url)
    b.params += [
        ("advertisingTrackingId", b.id("gaid", where="query.advertisingTrackingId")),
        ("limitAdTracking", "false"),
        ("deviceMake", "samsung"),
        ("deviceModel", "SM-S921B"),
        ("idfi", c.phone.unity_install),
        ("sdkVersion", "4120"),
        ("platform", "android"),
    ]
    b.other_id("unity_install", "query.idfi")
    b.ok_json({"enabled": True, "placements": [{"id": "rewardedVideo"}]})
    return b.build()


def unity_auction(c: Context) -> Flow:
    url = f"https://auction.unityads.unity3d.com/v6/games/{GAME_ID}/requests"
    b = FB(c, "unityads", "POST", url, [("deviceModel", "SM-S921B"), ("platform", "android")])
    body = {
        "advertisingTrackingId": b.id("gaid", where="body.json.advertisingTrackingId"),
        "androidId": b.id("aid_game", where="body.json.androidId"),
        "limitAdTracking": False,
        "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
        "screenWidth": 1080,
        "screenHeight": 2340,
        "connectionType": "wifi",
        "sessionDepth": c.rng.randint(1, 20),
    }
    b.json(body)
    b.ok_json({"auctionId": req_id(c.rng), "media": {}})
    return b.build()


def admob_gma(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.params += [
        ("format", "320x50_mb"),
        ("rdid", b.id("gaid", where="query.rdid")),
        ("is_lat", "0"),
        ("msid", "it.scopalive.app"),
        ("u_w", "412"),
        ("u_h", "915"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def camera_telemetry(c: Context) -> Flow:
    b = FB(c, "corsaisola", "POST", f"{RACER}/v2/telemetry/lap")
    b.header("user-agent", ua("CorsaIsola", "1.18.0"))
    frames = [
        {
            "t": i * 100,
            "cam": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -20, 20, 2),
                "roll": rf(c.rng, -5, 5, 2),
            },
            "speedKmh": rf(c.rng, 40, 230, 1),
        }
        for i in range(12)
    ]
    b.json({"lapMs": c.rng.randint(60000, 95000), "track": "gozo-coast", "frames": frames})
    b.decoy("chase-camera yaw/pitch/roll and speed of a racing game lap")
    b.ok_json({"rank": c.rng.randint(1, 5000)})
    return b.build()


def avatar_edit(c: Context) -> Flow:
    b = FB(c, "corsaisola", "PUT", f"{RACER}/v2/avatar")
    b.json(
        {
            "faceShape": c.rng.randint(0, 7),
            "eyes": c.rng.choice(["almond", "round"]),
            "skinTone": c.rng.randint(1, 6),
            "hair": "bob",
            "helmet": "scirocco-red",
        }
    )
    b.decoy("avatar editor: chosen face shape and skin tone of a cartoon driver")
    b.ok_json({"ok": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "scopalive", "GET", f"{SCOPA}/classifica", [("stagione", "autunno")])
    rows = [
        {"pos": i + 1, "nick": f"giocatore{c.rng.randint(1, 999)}", "punti": 3000 - i * 37}
        for i in range(10)
    ]
    b.ok_json({"classifica": rows})
    b.decoy("leaderboard")
    return b.build()


def scopa_move(c: Context) -> Flow:
    b = FB(c, "scopalive", "POST", f"{SCOPA}/partita/{c.rng.randint(10**6, 10**7)}/mossa")
    b.json(
        {
            "carta": f"{c.rng.randint(1, 10)}{c.rng.choice('CDBS')}",
            "presa": [],
            "ts": ms(c),
            "player": c.phone.game_user,
        }
    )
    b.decoy("card game move")
    b.ok_json({"ok": True})
    return b.build()


def purchase(c: Context) -> Flow:
    b = FB(c, "scopalive", "POST", f"{SCOPA}/acquisti/verifica")
    b.json({"orderId": order_no(c.rng), "sku": "mazzo_oro", "purchaseToken": req_id(c.rng)})
    b.decoy("Play purchase verification with order number")
    b.ok_json({"valid": True})
    return b.build()
