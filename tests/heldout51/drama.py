"""A short-drama video app (Thai / Taiwanese series, in-house backend): watch
logs, playback heartbeats and continue-watching sync (true viewing history),
an encrypted play beacon (opaque), trailers and hot rankings (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_mp4

from .phone import mk, ms, rid

API = "https://api.lakorn-duanjia.com"
APP = "LakornShort"


def watch_log(c: Context) -> Flow:
    b = mk(c, "drama", "POST", f"{API}/v1/watch/log", APP, "3.4.0")
    b.view("json episode_id + watch_seconds + series in a watch log")
    b.header("x-did", b.id("drama_did", where="header x-did"))
    b.json(
        {
            "series_id": new_digits(c.rng, 6),
            "episode_id": new_digits(c.rng, 8),
            "ep": c.rng.randint(1, 80),
            "watch_seconds": c.rng.randint(20, 120),
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = mk(c, "drama", "POST", f"{API}/v1/play/heartbeat", APP, "3.4.0")
    b.view("json play heartbeat: video_id, position_ms, state playing")
    b.json(
        {
            "video_id": new_digits(c.rng, 8),
            "position_ms": c.rng.randint(0, 120000),
            "state": "playing",
            "android_id": b.id("aid_drama", where="json android_id"),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = mk(c, "drama", "GET", f"{API}/v1/user/continue_watching", APP, "3.4.0")
    b.view("response continue_watching list with progress", direction="response")
    b.ok_json(
        {
            "continue_watching": [
                {
                    "series": "รักนี้ต้องลุ้น",
                    "ep": c.rng.randint(1, 40),
                    "progress": round(c.rng.random(), 2),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def play_beacon_opaque(c: Context) -> Flow:
    b = mk(c, "drama", "POST", f"{API}/v1/b", APP, "3.4.0")
    b.view("encrypted play beacon under key p", detectable=False)
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(160))), "v": 2})
    b.no_content()
    return b.build()


def trailer(c: Context) -> Flow:
    b = mk(
        c,
        "drama",
        "GET",
        f"https://v.lakorn-cdn.com/trailer/{new_hex(c.rng, 16)}.mp4",
        APP,
        "3.4.0",
    )
    b.decoy("trailer video fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 800))
    return b.build()


def hot_rank(c: Context) -> Flow:
    b = mk(c, "drama", "GET", f"{API}/v1/rank/hot", APP, "3.4.0")
    b.decoy("hot series ranking with total play counts and 'most watched' badges")
    b.ok_json(
        {
            "list": [
                {
                    "series_id": new_digits(c.rng, 6),
                    "play_count": c.rng.randint(10**4, 10**8),
                    "badge": "最多人看",
                    "trace": rid(c.rng),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
