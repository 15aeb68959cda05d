"""ArenaPass: a live-sports streaming app on the Fire TV with Conviva and Mux.

Conviva's video sensor posts JSON heartbeats to
`https://<customerKey>.cws.conviva.com/0/wsg`: message type `t` =
"CwsSessionHb", customer `cid`, client id `clid` (four dot-joined decimal
numbers, persisted per install), session `sid`, sequence `seq`, asset name
`an`, player name `pn`, viewer id `vid`, live flag `lv`, playhead `pht`, and an
`evs` list of state changes (THEOplayer's Conviva guide, Conviva's public
Roku/JS clients). Mux Data beacons go to `https://<env_key>.litix.io` with the
metadata of docs.mux.com "make your data actionable with metadata"
(`viewer_user_id`, `video_id`, `video_title`, `view_session_id`,
`player_playhead_time`, `viewer_device_name`...) and the Mux viewer id the
SDK persists per device (`mux_viewer_id`). The app's own APIs (scores, odds,
entitlement) are in-house.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, fire_ua, iso, ms, rf, rid

GAMES = [
    ("NBA-2024-11-05-BOS-MIL", "Celtics at Bucks"),
    ("NHL-2024-11-05-NYR-PHI", "Rangers at Flyers"),
    ("NCAAF-2024-11-05-OSU-PSU", "Ohio State vs Penn State"),
    ("MLS-2024-11-05-LAFC-SEA", "LAFC vs Sounders"),
]
ENV_KEY = "k3q8vp1n2j0r7s"


def conviva_hb(c: Context) -> Flow:
    asset, name = c.rng.choice(GAMES)
    b = FB(c, "conviva", "POST", "https://arenapass.cws.conviva.com/0/wsg")
    b.view("body:t=CwsSessionHb+an+pht")
    body = {
        "t": "CwsSessionHb",
        "cid": "arenapass",
        "clid": b.id("conviva_clid", where="body:clid"),
        "sid": c.rng.randint(1, 40),
        "seq": c.rng.randint(1, 300),
        "st": ms(c),
        "pver": "2.6",
        "iid": c.rng.randint(10**7, 10**8),
        "an": f"[{asset}] {name}",
        "pn": "ArenaPass FireTV",
        "vid": b.acct("sports_user"),
        "lv": True,
        "pht": c.rng.randint(0, 10_800_000),
        "br": c.rng.choice([2400, 4500, 7800]),
        "tags": {"c3.cm.contentType": "Live", "c3.cm.id": asset, "league": asset.split("-")[0]},
        "evs": [{"t": "CwsStateChangeEvent", "st": ms(c), "new": {"ps": 3}, "old": {"ps": 6}}],
    }
    b.header("user-agent", fire_ua())
    b.json(body)
    b.ok_json({"err": "ok", "clid": body["clid"], "slg": True})
    return b.build()


def mux_beacon(c: Context) -> Flow:
    asset, name = c.rng.choice(GAMES)
    b = FB(c, "mux", "POST", f"https://{ENV_KEY}.litix.io")
    b.view("body:events[].video_id+video_title+view_watch_time")
    ev = {
        "event": c.rng.choice(["playing", "heartbeat", "heartbeat", "pause", "viewend"]),
        "env_key": ENV_KEY,
        "viewer_user_id": b.acct("sports_user"),
        "mux_viewer_id": b.id("mux_viewer", where="body:events[].mux_viewer_id"),
        "viewer_device_name": "AFTKRT",
        "viewer_device_manufacturer": "Amazon",
        "viewer_os_family": "Android",
        "viewer_os_version": "11",
        "player_software_name": "ExoPlayer",
        "player_playhead_time": c.rng.randint(0, 10_000_000),
        "view_watch_time": c.rng.randint(0, 9_000_000),
        "view_id": rid(c.rng),
        "view_session_id": rid(c.rng),
        "video_id": asset,
        "video_title": name,
        "video_stream_type": "live",
        "viewer_time": ms(c),
    }
    b.header("user-agent", fire_ua())
    b.json({"transmission_timestamp": ms(c), "rtt_ms": c.rng.randint(20, 90), "events": [ev]})
    b.no_content()
    return b.build()


def entitlement(c: Context) -> Flow:
    asset = c.rng.choice(GAMES)[0]
    b = FB(c, "arenapass", "POST", "https://api.arenapass.tv/v1/entitlement/check")
    b.header("x-device-id", b.id("aid_sports", where="header:x-device-id"))
    b.header("x-device-platform", "firetv")
    b.header("user-agent", fire_ua("ArenaPass/3.8.0"))
    b.json({"assetId": asset, "userId": b.acct("sports_user"), "drm": "widevine"})
    b.ok_json({"entitled": True, "token": new_hex(c.rng, 64)})
    return b.build()


def scoreboard(c: Context) -> Flow:
    b = FB(c, "arenapass", "GET", "https://api.arenapass.tv/v1/scoreboard")
    b.param("date", "2024-11-05")
    b.decoy("scores, game clocks and per-period series")
    games = [
        {
            "gameId": g[0],
            "clock": f"{c.rng.randint(0, 11)}:{c.rng.randint(0, 59):02d}",
            "period": c.rng.randint(1, 4),
            "periodScores": [[c.rng.randint(10, 35), c.rng.randint(10, 35)] for _ in range(4)],
        }
        for g in GAMES
    ]
    b.ok_json({"games": games, "requestId": rid(c.rng)})
    return b.build()


def odds(c: Context) -> Flow:
    b = FB(c, "arenapass", "GET", "https://odds.arenapass.tv/v2/markets")
    b.param("gameId", c.rng.choice(GAMES)[0])
    b.decoy("betting price series")
    series = [[ms(c) - i * 60000, rf(c.rng, 1.5, 3.2, 2)] for i in range(12)]
    b.ok_json({"moneyline": series, "spread": rf(c.rng, -7, 7, 1), "traceId": new_hex(c.rng, 32)})
    return b.build()


def highlight_list(c: Context) -> Flow:
    b = FB(c, "arenapass", "GET", "https://api.arenapass.tv/v1/highlights")
    b.param("league", c.rng.choice(["NBA", "NHL", "NCAAF"]))
    b.decoy("highlight catalogue with thumbnails")
    items = [
        {"id": new_digits(c.rng, 8), "thumb": f"https://img.arenapass.tv/{new_hex(c.rng, 12)}.jpg"}
        for _ in range(4)
    ]
    b.ok_json({"items": items, "generatedAt": iso(c)})
    return b.build()
