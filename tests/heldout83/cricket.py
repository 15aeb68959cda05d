"""Boundary: a Bangladeshi cricket app (Toffee / Rabbithole sports-like) with live streams.

Fictional in-house backend. Live players report a heartbeat every 30-60 s with the
match and stream watched and seconds played (the pattern of Toffee's and T Sports'
web players and of Conviva-style session beacons); highlights have a watch log.
Scorecards, ball-by-ball numbers and win-probability series are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, ms, rf, rid, ua

API = "https://api.boundary.live"
MATCHES = ["BPL24-M31", "BANvSL-T20-2", "NEPvUAE-ODI-1", "BANvIND-T20-1"]


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "boundary", method, API + path, params)
    b.header("user-agent", ua("Boundary", "7.0.3"))
    return b


def live_hb(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/stream/hb")
    b.header("x-did", b.id("aid_cricket", where="header x-did"))
    b.view("json match_id + stream_id + watch_sec live heartbeat")
    b.json(
        {
            "match_id": c.rng.choice(MATCHES),
            "stream_id": f"live-{c.rng.randint(1, 4)}-bn",
            "session_id": rid(c.rng),
            "watch_sec": c.rng.choice([30, 60, 90, 120, 150]) * c.rng.randint(1, 20),
            "is_live": True,
            "commentary_lang": c.rng.choice(["bn", "en"]),
            "bitrate_kbps": c.rng.choice([800, 1500, 2800]),
            "ts": ms(c),
        }
    )
    b.ok_json({"next": 60})
    return b.build()


def highlights_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/highlights/watched")
    b.view("json watched[] clip_id + seconds_watched")
    clips = [
        {
            "clip_id": f"HL{c.rng.randint(1000, 9999)}",
            "seconds_watched": c.rng.randint(8, 240),
            "completed": c.rng.random() < 0.5,
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"watched": clips, "device": b.id("aid_cricket", where="json device")})
    b.no_content()
    return b.build()


def ga4_live(c: Context) -> Flow:
    from .measure import firebase

    m = c.rng.choice(MATCHES)
    ev: dict[str, str | int] = {
        "video_title": f"{m} live",
        "video_provider": "boundary",
        "video_current_time": c.rng.randint(60, 12000),
        "video_percent": 0,
        "live": 1,
    }
    return firebase(c, "cricket", [("video_progress", ev)], video=True)


def scorecard(c: Context) -> Flow:
    m = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"/v3/match/{m}/scorecard")
    b.decoy("ball-by-ball runs and over numbers (numeric series)")
    balls = [c.rng.choice([0, 0, 1, 1, 2, 4, 6, 0]) for _ in range(36)]
    b.ok_json(
        {
            "match_id": m,
            "innings": 1,
            "overs": 6.0,
            "balls": balls,
            "runs": sum(balls),
            "wkts": c.rng.randint(0, 4),
        }
    )
    return b.build()


def win_prob(c: Context) -> Flow:
    m = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"/v3/match/{m}/winprob")
    b.decoy("win-probability series per over")
    b.ok_json({"series": [rf(c.rng, 0.1, 0.9, 3) for _ in range(20)], "requestId": rid(c.rng)})
    return b.build()


def clip_thumb(c: Context) -> Flow:
    url = f"https://img.boundary.live/hl/HL{c.rng.randint(1000, 9999)}/thumb.jpg"
    b = FB(c, "boundary", "GET", url)
    b.decoy("highlight thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    return b.build()


def live_manifest(c: Context) -> Flow:
    url = f"https://live.boundary.live/{c.rng.choice(MATCHES)}/bn/master.m3u8"
    b = FB(c, "boundary", "GET", url, [("hdnts", f"exp={int(c.now) + 3600}~hmac={rid(c.rng)}")])
    b.decoy("live manifest fetch")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\n")
    return b.build()
