"""Chorus: a social-audio app of live rooms and replays (Clubhouse-like).

The Clubhouse API sends `CH-DeviceID`, `CH-UserID`, `CH-AppVersion`,
`CH-Languages` headers on every call and joins a room with
`POST /api/join_channel {"channel": ...}` (https://github.com/stypr/clubhouse-py).
Joining or listing rooms fetches content; the listening-session report the
app sends when one leaves a room (room, seconds listened) and replay progress
are what a person listened to. Some builds batch those reports in msgpack
with one-letter keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, rid, ua

API = "https://www.chorus-rooms.example/api"
UA = ua("Chorus", "1.0.44")


def _b(c: Context, method: str, path: str, device: str = "header") -> FB:
    f = FB(c, "chorus", method, f"{API}/{path}")
    f.header("user-agent", UA)
    f.header("ch-appversion", "1.0.44")
    f.header("ch-languages", "de-DE,it-IT")
    f.header("ch-userid", f.acct("chorus_user"))
    if device == "header":
        f.header("ch-deviceid", f.id("chorus_device", where="header.ch-deviceid"))
    return f


def _room(c: Context) -> str:
    return "m" + "".join(c.rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(7))


def join_channel(c: Context) -> Flow:
    f = _b(c, "POST", "join_channel")
    f.json({"channel": _room(c), "attribution_source": "feed", "attribution_details": "e30="})
    f.ok_json({"token": rid(c.rng), "rtm_token": rid(c.rng), "users": [{"user_id": 1}]})
    return f.build()


def feed(c: Context) -> Flow:
    f = _b(c, "GET", "get_feed_v3", device="none")
    f.param("page_size", "20")
    f.ok_json({"items": [{"channel": {"channel": _room(c), "topic": "Jazz standards night"}}]})
    return f.build()


def listening_session(c: Context) -> Flow:
    f = _b(c, "POST", "log_listening_session", device="none")
    f.view("body.listening_session")
    f.json(
        {
            "listening_session": {
                "channel": _room(c),
                "topic": "Jazz standards night",
                "listen_seconds": c.rng.randint(30, 3600),
                "started_at": iso(c),
                "left_reason": "user",
            }
        }
    )
    f.no_content()
    return f.build()


def replay_progress(c: Context) -> Flow:
    f = _b(c, "POST", "replays/progress", device="none")
    f.view("body.replay_id+position_s")
    f.json(
        {
            "replay_id": _room(c),
            "position_s": c.rng.randint(10, 5400),
            "duration_s": 5400,
            "played_at": iso(c),
        }
    )
    f.no_content()
    return f.build()


def opaque_listen(c: Context) -> Flow:
    f = _b(c, "POST", "ev", device="none")
    f.view("msgpack.b[] (r, s)", detectable=False)
    f.set_body(
        mpack({"b": [{"r": _room(c), "s": c.rng.randint(30, 3600), "t": ms(c)}], "v": 3}),
        "application/x-msgpack",
    )
    f.no_content()
    return f.build()


def audio_chunk(c: Context) -> Flow:
    f = FB(
        c,
        "chorus",
        "GET",
        f"https://replays.chorus-rooms.example/r/{_room(c)}/seg{c.rng.randint(1, 400)}.aac",
    )
    f.header("user-agent", UA)
    f.respond(200, "audio/aac", b"\xff\xf1" + bytes(300))
    return f.build()


def profile(c: Context) -> Flow:
    f = _b(c, "POST", "get_profile", device="none")
    f.json({"user_id": int(f.acct("chorus_user"))})
    f.ok_json(
        {
            "user_profile": {
                "name": "Ines M.",
                "num_followers": 212,
                "photo_url": "https://cdn/x.jpg",
            }
        }
    )
    return f.build()
