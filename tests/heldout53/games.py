"""Two casual games from one studio (fictional api.tegelspel.example.nl): a tile
puzzle and a canal-boat racer, with rewarded ads. ATT was allowed for them.

Ordinary (decoys): level results with level timers, race replays with camera
yaw / pitch / roll per frame, leaderboards, rewarded-ad reward callbacks.
Device ids: the header bidding through Prebid Mobile iOS
(github.com/prebid/prebid-mobile-ios) posts an OpenRTB 2.5 request whose
device object carries `ifa` (IDFA), `lmt`, and `ext.atts` / `ext.ifv`; the
Unity Ads SDK's ad request carries advertisingTrackingId, limitAdTracking and
its own install id `idfi` (docs.unity.com/ads, the keys the issue names).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ZERO_IDFA, rf, rid, ua

API = "https://api.tegelspel.example.nl/v1"
UA = ua("Tegelspel", "1.18.0", "118")


def level_done(c: Context) -> Flow:
    b = FB(c, "tegelspel", "POST", f"{API}/levels/{c.rng.randint(1, 800)}/resultaat")
    b.header("user-agent", UA)
    b.json(
        {
            "tijdMs": c.rng.randint(20000, 400000),
            "zetten": c.rng.randint(10, 90),
            "sterren": c.rng.randint(1, 3),
            "boosters": {"hamer": c.rng.randint(0, 2)},
            "sessieId": rid(c.rng),
        }
    )
    b.ok_json({"munten": c.rng.randint(10, 200)})
    b.decoy("level timer, moves, session id")
    return b.build()


def replay(c: Context) -> Flow:
    frames = [
        {
            "t": i * 100,
            "yaw": rf(c.rng, -180, 180, 2),
            "pitch": rf(c.rng, -30, 10, 2),
            "roll": rf(c.rng, -5, 5, 2),
            "pos": [rf(c.rng, 0, 500, 1), 0.0, rf(c.rng, 0, 500, 1)],
            "speed": rf(c.rng, 0, 40, 1),
        }
        for i in range(25)
    ]
    b = FB(c, "tegelspel", "POST", f"{API}/race/replays")
    b.header("user-agent", UA)
    b.json(
        {"track": "Prinsengracht", "lapMs": c.rng.randint(40000, 90000), "camera": frames}, "gzip"
    )
    b.ok_json({"replayId": new_hex(c.rng, 12)})
    b.decoy("race replay: camera yaw/pitch/roll per frame (game camera, not a head pose)")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "tegelspel", "GET", f"{API}/leaderboards/weekly?around=me")
    b.ok_json(
        {
            "rows": [
                {
                    "rank": r,
                    "naam": f"speler{c.rng.randint(1, 99999)}",
                    "score": c.rng.randint(1000, 90000),
                }
                for r in range(1, 11)
            ]
        }
    )
    b.decoy("leaderboard")
    return b.build()


def reward(c: Context) -> Flow:
    b = FB(c, "tegelspel", "POST", f"{API}/ads/reward")
    b.header("user-agent", UA)
    b.json(
        {
            "placement": "rewarded_extra_lives",
            "rewardAmount": 3,
            "adNetwork": "unity",
            "impressionId": rid(c.rng),
            "watchedMs": c.rng.randint(15000, 30000),
        }
    )
    b.ok_json({"levens": 5})
    b.decoy("rewarded ad completion with watchedMs (an ad, not viewing history)")
    return b.build()


def prebid(c: Context) -> Flow:
    b = FB(c, "prebid", "POST", "https://prebid-server.rubiconproject.com/openrtb2/auction")
    b.header("user-agent", UA)
    device = {
        "ifa": b.id("idfa", where="body device.ifa"),
        "lmt": 0,
        "make": "Apple",
        "model": "iPhone15,4",
        "os": "iOS",
        "osv": "17.5.1",
        "w": 393,
        "h": 852,
        "pxratio": 3,
        "language": "nl",
        "connectiontype": 2,
        "ext": {"atts": 3, "ifv": b.id("idfv_game", where="body device.ext.ifv")},
    }
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "video": {"w": 393, "h": 852, "mimes": ["video/mp4"]},
                    "ext": {"prebid": {"storedrequest": {"id": "tegel-rewarded"}}},
                    "instl": 1,
                }
            ],
            "app": {
                "bundle": "nl.example.tegelspel",
                "ver": "1.18.0",
                "publisher": {"id": "28871"},
            },
            "device": device,
            "regs": {"ext": {"gdpr": 1}},
            "user": {"ext": {"consent": "CQ" + new_hex(c.rng, 40)}},
            "source": {"tid": rid(c.rng)},
        }
    )
    b.ok_json(
        {
            "id": rid(c.rng),
            "seatbid": [],
            "ext": {"responsetimemillis": {"rubicon": c.rng.randint(40, 300)}},
        }
    )
    return b.build()


def unity_ads(c: Context) -> Flow:
    b = FB(c, "unityads", "POST", "https://auction.unityads.unity3d.com/v6/games/4512299/requests")
    b.header("user-agent", UA)
    b.json(
        {
            "bundleId": "nl.example.tegelspel",
            "advertisingTrackingId": b.id("idfa", where="body advertisingTrackingId"),
            "limitAdTracking": False,
            "idfi": b.id("game_idfi", where="body idfi"),
            "deviceMake": "Apple",
            "deviceModel": "iPhone15,4",
            "osVersion": "17.5.1",
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 30),
            "auctionId": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "correlationId": rid(c.rng),
            "placements": {"rewardedVideo": {"mediaId": new_hex(c.rng, 24)}},
        }
    )
    return b.build()


def skan_zero(c: Context) -> Flow:
    """An ad-attribution ping from a game build sent before ATT was answered:
    the IDFA field holds Apple's all-zero value, which identifies nobody."""
    b = FB(c, "tegelspel", "POST", f"{API}/attribution/skan")
    b.header("user-agent", UA)
    b.json(
        {
            "idfa": ZERO_IDFA,
            "attStatus": 0,
            "skanVersion": "4.0",
            "conversionValue": c.rng.randint(0, 63),
            "coarseValue": c.rng.choice(["low", "medium", "high"]),
        }
    )
    b.no_content()
    b.decoy("all-zero IDFA (ATT not determined): no identifier")
    return b.build()
