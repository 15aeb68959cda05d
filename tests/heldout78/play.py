"""A karaoke / singing game (pitch scoring, lyric timing, vocal-range quiz: decoys,
not voiceprints), a kids' building game (camera yaw/pitch, avatar face sliders,
leaderboards: decoys) and the ad SDKs the games embed (truly device ids: GAID,
ANDROID_ID).

Sources: Google Mobile Ads SDK ad request query parameters (rdid = the advertising
id, idtype=adid, is_lat) as seen in public GMA request captures and ad-blocker
filter discussions; Unity Ads Android SDK device info (github.com/Unity-Technologies/
unity-ads-android: DeviceInfo.getAdvertisingTrackingId / isLimitAdTrackingEnabled,
sent as advertisingTrackingId / limitAdTracking); the game backends are in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid, ua

KARA = "https://api.chantonsensemble-example.com"
GAME = "https://api.blocville-example.com"


def pitch_score(c: Context) -> Flow:
    b = FB(c, "karaoke", "POST", f"{KARA}/v2/performances/score")
    b.header("user-agent", ua("ChantonsEnsemble", "6.1.0"))
    b.json(
        {
            "songId": "s" + str(c.rng.randint(1000, 9999)),
            "player": c.rng.choice(["Maëlle", "Papa"]),
            "pitch_hz": [rf(c.rng, 180, 420, 1) for _ in range(24)],
            "target_midi": [c.rng.randint(57, 72) for _ in range(24)],
            "score": c.rng.randint(40, 100),
            "stars": c.rng.randint(1, 5),
            "at": ms(c),
        }
    )
    b.decoy("karaoke pitch contour vs target notes and score (singing game, not a voiceprint)")
    b.ok_json({"rank": c.rng.randint(1, 50)})
    return b.build()


def lyrics(c: Context) -> Flow:
    b = FB(c, "karaoke", "GET", f"{KARA}/v2/songs/s{c.rng.randint(1000, 9999)}/lyrics.lrc")
    b.decoy("timed lyrics of a song (catalogue)")
    b.respond(200, "text/plain", b"[00:12.30]Frere Jacques\n[00:15.80]Dormez-vous\n")
    return b.build()


def vocal_range(c: Context) -> Flow:
    b = FB(c, "karaoke", "POST", f"{KARA}/v2/me/vocal-range")
    b.json(
        {
            "lowest_note": c.rng.choice(["G3", "A3", "C4"]),
            "highest_note": c.rng.choice(["E5", "G5"]),
            "voice_type": c.rng.choice(["soprano", "alto", "baritone"]),
            "quiz_version": 3,
        }
    )
    b.decoy("vocal-range quiz result (notes, a voice-type category: no voice model)")
    b.ok_json({"suggested_songs": 12})
    return b.build()


def camera_orbit(c: Context) -> Flow:
    b = FB(c, "game", "POST", f"{GAME}/v1/worlds/{new_hex(c.rng, 8)}/replay")
    b.json(
        {
            "frames": [
                {
                    "t": i * 33,
                    "yaw": rf(c.rng, -180, 180, 2),
                    "pitch": rf(c.rng, -60, 60, 2),
                    "roll": 0.0,
                    "pos": [rf(c.rng, 0, 64, 2) for _ in range(3)],
                }
                for i in range(6)
            ]
        }
    )
    b.decoy("game camera yaw/pitch/roll and positions (not head pose)")
    b.no_content()
    return b.build()


def avatar(c: Context) -> Flow:
    b = FB(c, "game", "PUT", f"{GAME}/v1/me/avatar")
    b.json(
        {
            "face": {
                "eyeSize": rf(c.rng, 0, 1, 2),
                "jawWidth": rf(c.rng, 0, 1, 2),
                "smile": rf(c.rng, 0, 1, 2),
                "noseLength": rf(c.rng, 0, 1, 2),
            },
            "skinTone": "#C68642",
            "hat": "castor",
            "expression": "happy",
        }
    )
    b.decoy("cartoon avatar face sliders chosen by hand (not measured from a face)")
    b.ok_json({"ok": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "game", "GET", f"{GAME}/v1/leaderboards/weekly", [("limit", "25")])
    b.decoy("leaderboard with player ids and scores")
    b.ok_json(
        {
            "entries": [
                {"playerId": new_hex(c.rng, 12), "score": c.rng.randint(100, 9999)}
                for _ in range(5)
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()


def gma_ad(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    gaid = b.id("gaid", where="query rdid (with idtype=adid)")
    for k, v in [
        ("format", "320x50_mb"),
        ("rdid", gaid),
        ("idtype", "adid"),
        ("is_lat", "0"),
        ("app_name", "1.ca.blocville.android"),
        ("u_w", "1280"),
        ("u_h", "800"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.header("user-agent", ua("Blocville", "1.44"))
    b.respond(200, "text/html; charset=UTF-8", b"<html><body>ad</body></html>")
    return b.build()


def unity_ad(c: Context) -> Flow:
    """Unity Ads v6 auction request: device facts in the query, ids in the JSON body."""
    b = FB(
        c,
        "unity-ads",
        "POST",
        "https://auction.unityads.unity3d.com/v6/games/4412870/requests",
        [("deviceModel", "SM-X710"), ("platform", "android"), ("sdkVersion", "4120"),
         ("stores", "google"), ("screenWidth", "1600"), ("screenHeight", "2560"),
         ("connectionType", "wifi"), ("networkType", "0")],
    )  # fmt: skip
    gaid = b.id("gaid", where="json advertisingTrackingId")
    b.json(
        {"bundleId": "ca.blocville.android", "bundleVersion": "1.44",
         "advertisingTrackingId": gaid, "limitAdTracking": False, "coppa": True,
         "deviceMake": "samsung", "language": "fr_CA", "timeZone": "America/Toronto",
         "placements": {"rewardedVideo": {"adTypes": ["VIDEO"]}}, "sessionDepth": 3}
    )  # fmt: skip
    b.ok_json({"correlationId": rid(c.rng), "placements": {}})
    return b.build()


def game_session(c: Context) -> Flow:
    b = FB(c, "game", "POST", f"{GAME}/v1/sessions")
    aid = b.id("aid_games", where="json device.android_id")
    b.json(
        {
            "device": {"android_id": aid, "model": "SM-X710", "os": "14"},
            "session": rid(c.rng),
            "started": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def anticheat_opaque(c: Context) -> Flow:
    b = FB(c, "game", "POST", f"{GAME}/v1/ac")
    raw = b.id_raw("aid_games", "xor", "body (xor-obfuscated attestation blob)")
    blob = bytes(ch ^ 0x37 for ch in ("ac1|" + raw + "|" + str(ms(c))).encode())
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()
