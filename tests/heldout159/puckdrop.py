"""PuckDrop: an NHL app on the parent's Pixel 8 (live games, highlights, scores).

Live games play through the app's player with Mux Data (the beacon's view fields:
`video_id`, `video_title`, `view_watch_time`, `player_playhead_time`, `viewer_user_id`
set by the app to its install id). Highlights are YouTube embeds: the IFrame player's
`/api/stats/watchtime` ping (`docid`, `cmt`, `st`, `et`) and IMA pre-rolls whose ad
request carries `rdid` / `idtype=adid`. Braze gets custom events and the device
object; Firebase Analytics keeps the app instance id. Scores, shot maps (rink x/y),
standings and betting odds are ordinary look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, android_ua, bearer, iso, ms, rf, rid

API = "https://api.puckdrop.example"
UA = android_ua("PuckDrop", "12.3.1")
TEAMS = ["TOR", "VAN", "MTL", "EDM", "OTT", "CGY", "WPG", "BOS"]
WEB_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8; wv) AppleWebKit/537.36 "
    "Chrome/129.0.6668.100 Mobile Safari/537.36"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "puckdrop", method, url)
    b.header("user-agent", UA)
    b.header("x-puck-device", b.id("aid_puck", where="header x-puck-device"))
    return b


def _game(c: Context) -> str:
    return f"20240{c.rng.randint(20100, 21300)}"


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/stream/heartbeat")
    b.header("authorization", bearer(c.rng))
    b.view("json gameId + streamPositionSec heartbeat")
    b.json(
        {
            "gameId": _game(c),
            "feed": c.rng.choice(["HOME", "AWAY", "FRENCH"]),
            "eventType": "heartbeat",
            "streamPositionSec": c.rng.randint(0, 9000),
            "bitrateKbps": c.rng.choice([2500, 4500, 6500]),
            "ts": iso(c),
        }
    )
    b.ok_json({"concurrencyOk": True})
    return b.build()


def mux_view(c: Context) -> Flow:
    b = FB(c, "mux-data", "POST", f"https://{new_hex(c.rng, 6)}.litix.io/")
    b.header("user-agent", UA)
    b.view("json events[].view_watch_time, video_id, player_playhead_time")
    viewer = b.id("mux_viewer", where="json metadata.viewer_user_id")
    b.json(
        {
            "metadata": {
                "env_key": new_hex(c.rng, 26),
                "viewer_user_id": viewer,
                "player_name": "PuckDrop ExoPlayer",
                "video_id": _game(c),
                "video_title": f"{c.rng.choice(TEAMS)} @ {c.rng.choice(TEAMS)}",
                "video_stream_type": "live",
            },
            "events": [
                {
                    "e": "viewend" if c.rng.random() < 0.3 else "playing",
                    "view_id": rid(c.rng),
                    "view_watch_time": c.rng.randint(1000, 5_000_000),
                    "player_playhead_time": c.rng.randint(0, 9_000_000),
                    "viewer_time": ms(c),
                }
            ],
        }
    )
    b.ok_json({})
    return b.build()


def yt_watchtime(c: Context) -> Flow:
    doc = "".join(
        c.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        for _ in range(11)
    )
    st = rf(c.rng, 0, 120, 3)
    et = round(st + c.rng.uniform(5, 10), 3)
    params = [
        ("ns", "yt"),
        ("el", "embedded"),
        ("cpn", new_hex(c.rng, 16)),
        ("ver", "2"),
        ("docid", doc),
        ("cmt", str(et)),
        ("st", str(st)),
        ("et", str(et)),
        ("len", "183.4"),
        ("state", "playing"),
        ("volume", "100"),
        ("c", "WEB_EMBEDDED_PLAYER"),
        ("cbr", "Chrome"),
    ]
    b = FB(c, "youtube-embed", "GET", "https://www.youtube.com/api/stats/watchtime", params)
    b.header("user-agent", WEB_UA)
    b.view("path api/stats/watchtime, query docid/cmt/st/et")
    b.no_content()
    return b.build()


def ima_ad_request(c: Context) -> Flow:
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    for k, v in [
        ("iu", "/21775744923/puckdrop/highlights"),
        ("sz", "640x360"),
        ("gdfp_req", "1"),
        ("env", "vp"),
        ("output", "vast"),
        ("unviewed_position_start", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
    ]:
        b.param(k, v)
    b.param("rdid", b.id("gaid", where="query rdid"))
    b.param("idtype", "adid")
    b.param("is_lat", "0")
    b.param("an", "com.puckdrop.android")
    b.header("user-agent", WEB_UA)
    b.respond(200, "text/xml", b'<?xml version="1.0"?><VAST version="4.1"><Ad id="1"/></VAST>')
    return b.build()


def braze(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data/")
    b.header("user-agent", UA)
    b.header("x-braze-api-key", rid(c.rng))
    b.json(
        {
            "device_id": b.id("braze_did", where="json device_id"),
            "time": int(c.now),
            "api_key": rid(c.rng),
            "sdk_version": "30.4.0",
            "app_version": "12.3.1",
            "device": {
                "android_version": "34",
                "model": "Pixel 8",
                "carrier": "Rogers",
                "google_ad_id": b.id("gaid", where="json device.google_ad_id"),
                "ad_tracking_enabled": True,
                "time_zone": "America/Vancouver",
                "locale": "en_CA",
            },
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "favorite_team_set", "p": {"team": c.rng.choice(TEAMS)}},
                    "time": rf(c.rng, c.now - 30, c.now, 3),
                    "session_id": rid(c.rng),
                }
            ],
            "respond_with": {"config": {"config_time": 0}},
        }
    )
    b.ok_json({"config": {"time": int(c.now), "events_blacklist": []}})
    return b.build()


def braze_watched(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data/")
    b.header("user-agent", UA)
    b.view("json events[].data.p watched_highlight seconds_watched")
    b.json(
        {
            "device_id": b.id("braze_did", where="json device_id"),
            "time": int(c.now),
            "api_key": rid(c.rng),
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": "watched_highlight",
                        "p": {
                            "clip_id": f"hl_{c.rng.randint(10**5, 10**6)}",
                            "seconds_watched": c.rng.randint(3, 180),
                            "completed": c.rng.random() < 0.5,
                        },
                    },
                    "time": rf(c.rng, c.now - 30, c.now, 3),
                    "session_id": rid(c.rng),
                }
            ],
        }
    )
    b.ok_json({})
    return b.build()


def firebase_batch(c: Context) -> Flow:
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.decoy("screen_view events (no content watched)")
    fid = b.id(
        "firebase_iid", where="protobuf-ish body app_instance_id (hex in field)", detectable=False
    )
    body = (
        b"\x0a\x9b\x01\x08\x01\x12\x0bscreen_view\x1a\x12\x0a\x0bfirebase_screen\x12\x06Scores"
        + b"\x92\x02\x20"
        + fid.encode()
        + b"\xa2\x01\x14com.puckdrop.android"
    )
    b.set_body(body, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/scores?date=2024-11-{c.rng.randint(1, 28):02d}")
    b.decoy("scores, period clock, shots")
    b.ok_json(
        {
            "games": [
                {
                    "id": _game(c),
                    "home": h,
                    "away": c.rng.choice(TEAMS),
                    "homeScore": c.rng.randint(0, 6),
                    "awayScore": c.rng.randint(0, 6),
                    "period": c.rng.randint(1, 3),
                    "clock": f"{c.rng.randint(0, 19):02d}:{c.rng.randint(0, 59):02d}",
                }
                for h in TEAMS[:4]
            ]
        }
    )
    return b.build()


def shot_map(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/games/{_game(c)}/shots")
    b.decoy("rink x/y shot coordinates (not landmarks)")
    b.ok_json(
        {
            "shots": [
                {
                    "x": rf(c.rng, -100, 100, 1),
                    "y": rf(c.rng, -42.5, 42.5, 1),
                    "type": c.rng.choice(["wrist", "slap", "snap", "tip-in"]),
                    "shooterId": c.rng.randint(8470000, 8490000),
                }
                for _ in range(20)
            ]
        }
    )
    return b.build()


def odds(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/odds/{_game(c)}")
    b.decoy("moneyline price series")
    b.ok_json(
        {
            "moneyline": [
                {"t": iso(c), "home": rf(c.rng, 1.5, 3.2, 2), "away": rf(c.rng, 1.5, 3.2, 2)}
                for _ in range(12)
            ]
        }
    )
    return b.build()


def highlights_rail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/highlights?team={c.rng.choice(TEAMS)}")
    b.decoy("highlight catalogue with durations and thumbnails")
    b.ok_json(
        {
            "items": [
                {
                    "clipId": f"hl_{c.rng.randint(10**5, 10**6)}",
                    "durationSec": c.rng.randint(30, 240),
                    "thumb": f"https://img.puckdrop.example/{new_hex(c.rng, 12)}.jpg",
                    "views": c.rng.randint(1000, 900000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
