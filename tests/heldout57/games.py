"""Casual games on the iPad: replays, level timers, avatar makers, and rewarded
ads (the only apps the family allowed to track, so the IDFA is real here).

Sources: Unity Ads device info keys (advertisingTrackingId, limitAdTracking,
vendorIdentifier, idfi) as listed in Unity's public device-info spec and
`auction.unityads.unity3d.com` requests; AppLovin MAX `ms4.applovin.com/1.0/mediate?p=`
whose body the SDK encrypts (AppLovin-MAX-SDK-iOS issue #397 logs); SKAdNetwork
install postbacks carry no device id (Apple SKAdNetwork docs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import b64

from .phone import FB, iso, new, rf, rid, series, ua

API = "https://api.tuatara-games.example"
AGENT = ua("KiwiDash", "1.19", "119")


def _b(c: Context, method: str, path: str) -> FB:
    return new(c, "kiwidash", method, API + path, AGENT)


def replay(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/replays")
    n = c.rng.randint(20, 50)
    b.json(
        {
            "level": c.rng.randint(1, 80),
            "seed": c.rng.getrandbits(31),
            "inputs": [[i * 16, c.rng.choice(["L", "R", "J", "-"])] for i in range(n)],
            "camera": {
                "yaw": series(c.rng, 12, -180, 180),
                "pitch": series(c.rng, 12, -30, 30),
                "roll": series(c.rng, 12, -5, 5),
            },
            "durationMs": n * 16,
        }
    )
    b.ok_json({"replayId": rid(c.rng)})
    b.decoy("game replay: input timeline, camera yaw/pitch/roll")
    return b.build()


def level_timer(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/scores")
    b.json(
        {
            "level": c.rng.randint(1, 80),
            "timeMs": c.rng.randint(8000, 90000),
            "splits": series(c.rng, 6, 900, 15000, 0),
            "stars": c.rng.randint(0, 3),
        }
    )
    b.ok_json({"rank": c.rng.randint(1, 50000)})
    b.decoy("level timer and splits")
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/avatar")
    b.json(
        {
            "skinTone": c.rng.randint(0, 9),
            "hair": c.rng.choice(["curly", "buzz", "plaits"]),
            "eyeSize": rf(c.rng, 0, 1, 2),
            "noseWidth": rf(c.rng, 0, 1, 2),
            "mouthWidth": rf(c.rng, 0, 1, 2),
            "smile": rf(c.rng, 0, 1, 2),
            "gender": c.rng.choice(["boy", "girl", "other"]),
            "age": c.rng.randint(6, 12),
        }
    )
    b.no_content()
    b.decoy(
        "avatar maker sliders chosen by the child (eyeSize, smile...)"
        " and self-declared gender/age: not measured"
    )
    return b.build()


def unity_auction(c: Context) -> Flow:
    gid = c.rng.randint(4000000, 4999999)
    url = f"https://auction.unityads.unity3d.com/v6/games/{gid}/requests"
    b = new(c, "unity-ads", "POST", url, AGENT, [("deviceModel", "iPad13,18"), ("platform", "ios")])
    b.param("idfi", b.id("unity_idfi", where="query idfi"))
    b.json(
        {
            "advertisingTrackingId": b.id("idfa", where="body.advertisingTrackingId"),
            "limitAdTracking": False,
            "vendorIdentifier": b.id("idfv_games", where="body.vendorIdentifier"),
            "bundleId": "nz.tuatara.kiwidash",
            "language": "en_NZ",
            "timeZone": "Pacific/Auckland",
            "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}},
            "sessionDepth": c.rng.randint(1, 9),
            "requestId": rid(c.rng),
        }
    )
    b.ok_json(
        {"correlationId": rid(c.rng), "placements": {"rewardedVideo": {"mediaId": rid(c.rng)}}}
    )
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = new(
        c,
        "applovin",
        "POST",
        "https://ms4.applovin.com/1.0/mediate",
        AGENT,
        [("p", "1:" + rid(c.rng).replace("-", "") + ":" + b64(rid(c.rng))[:40])],
    )
    raw = b.id_raw("idfa", "custom_b64", "encrypted body (SDK cipher)")
    blob = encode('{"idfa":"' + raw + '","ts":' + str(int(c.now)) + "}", "custom_b64")
    b.set_body(blob.encode(), "application/json; charset=utf-8")
    b.ok_json({"ad_unit_id": "f109" + rid(c.rng)[:12], "ad_format": "REWARDED"})
    return b.build()


def skan_postback(c: Context) -> Flow:
    b = new(
        c,
        "skadnetwork",
        "POST",
        "https://postbacks.tuatara-games.example/.well-known/skadnetwork/report-attribution/",
        "com.apple.skadnetworkd/1.0",
    )
    b.json(
        {
            "version": "4.0",
            "ad-network-id": "4dzt52r2t5.skadnetwork",
            "source-identifier": "3041",
            "app-id": 1234567890,
            "transaction-id": rid(c.rng),
            "redownload": False,
            "fidelity-type": 1,
            "did-win": True,
            "attribution-signature": b64(rid(c.rng) + rid(c.rng)),
        }
    )
    b.respond(200, None)
    b.decoy("SKAdNetwork postback: transaction-id, signature (no device id)")
    return b.build()


def rewarded_grant(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/rewards")
    b.json(
        {"placement": "rewardedVideo", "reward": {"coins": 50}, "adCompleted": True, "at": iso(c)}
    )
    b.ok_json({"coins": c.rng.randint(50, 5000)})
    b.decoy("coins granted after a rewarded ad (an ad, not content viewing)")
    return b.build()
