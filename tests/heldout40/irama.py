"""Irama: a Malaysian music and podcast app (Malay, Cantonese and English catalogue)
with its own listening log, Last.fm scrobbling for linked accounts, and Braze.

Sources: Last.fm track.scrobble (POST ws.audioscrobbler.com/2.0/, method,
artist[i], track[i], timestamp[i], album[i], api_key, sk, api_sig; Last.fm API
docs); Braze iOS SDK data requests (POST sdk.iad-05.braze.com/api/v3/data with
api_key, device_id, time, events[] and a device object carrying ios_idfv,
ios_idfa, ad_tracking_enabled; Braze Swift SDK docs). The app's own protobuf
play log has no field names at all (opaque by construction).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, cfnet, ios_ua, iso, ms, rid

API = "https://api.irama.fm"
UA = ios_ua("Irama", "8.4.0")
TRACKS = [
    ("t_90112", "Siti Nurhaliza", "Anta Permana", 254),
    ("t_77310", "陳奕迅", "富士山下", 259),
    ("t_81002", "Aina Abdul", "Semalam", 231),
    ("t_66051", "MIRROR", "Warrior", 236),
    ("t_55018", "Hindia", "Secukupnya", 244),
    ("t_70921", "容祖兒", "揮著翅膀的女孩", 243),
]
EPISODES = [("pod_4401", "Podcast Borak Santai", 3120), ("pod_5120", "講東講西", 2760)]


def _base(c: Context, method: str, path: str) -> FB:
    b = FB(c, "irama", method, API + path)
    b.header("user-agent", UA)
    return b


def play_log(c: Context) -> Flow:
    b = _base(c, "POST", "/v1/me/listening-history")
    b.header("x-device-id", b.id("idfv_irama", where="header x-device-id"))
    plays = []
    for _ in range(c.rng.randint(1, 6)):
        tid, artist, title, dur = c.rng.choice(TRACKS)
        plays.append(
            {
                "trackId": tid,
                "artist": artist,
                "title": title,
                "msPlayed": dur * 1000,
                "endedAt": iso(c),
                "source": c.rng.choice(["playlist", "radio", "search"]),
            }
        )
    b.json({"plays": plays})
    b.view("body plays[] (track, artist, msPlayed)")
    b.ok_json({"accepted": len(plays)})
    return b.build()


def podcast_progress(c: Context) -> Flow:
    eid, _name, dur = c.rng.choice(EPISODES)
    ep = c.rng.randint(1, 180)
    b = _base(c, "PUT", f"/v1/me/podcasts/{eid}/episodes/{ep}/progress")
    b.json({"position_sec": c.rng.randint(10, dur), "duration_sec": dur, "completed": False})
    b.view("path podcast episode + body position_sec")
    b.no_content()
    return b.build()


def scrobble(c: Context) -> Flow:
    _tid, artist, title, _dur = c.rng.choice(TRACKS)
    b = FB(c, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/")
    b.header("user-agent", cfnet("Irama", "840"))
    pairs = [
        ("method", "track.scrobble"),
        ("artist[0]", artist),
        ("track[0]", title),
        ("timestamp[0]", str(int(c.now) - 200)),
        ("api_key", "b25b959554ed76058ac220b7b2e0a026"),
        ("sk", "d580d57f32848f5dcf574d1ce18d78b2"),
    ]
    sig = hashlib.md5("".join(k + v for k, v in sorted(pairs)).encode()).hexdigest()
    b.form([*pairs, ("api_sig", sig), ("format", "json")])
    b.view("form method=track.scrobble artist[0]/track[0]")
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def pb_plays(c: Context) -> Flow:
    """Batched play events in protobuf, field numbers only."""
    b = _base(c, "POST", "/v2/ev")
    parts = []
    for _ in range(c.rng.randint(2, 5)):
        tid, _a, _t, dur = c.rng.choice(TRACKS)
        parts.append(pb_msg(1, [pb_bytes(1, tid), pb_varint(2, dur * 1000), pb_varint(3, ms(c))]))
    b.set_body(b"".join(parts), "application/x-protobuf")
    b.view("protobuf field 1 (track id + ms played, unnamed)", detectable=False)
    b.no_content()
    return b.build()


def braze(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data")
    b.header("user-agent", cfnet("Irama", "840"))
    b.header("x-braze-api-key", "4f1c0d2e-8a7b-4a63-9d0e-2b7f3c1a9e54")
    b.json(
        {
            "api_key": "4f1c0d2e-8a7b-4a63-9d0e-2b7f3c1a9e54",
            "device_id": b.id("braze_device", where="body device_id"),
            "time": int(c.now),
            "sdk_version": "9.2.0",
            "app_version": "8.4.0",
            "device": {
                "model": "iPhone14,7",
                "os_version": "17.5.1",
                "ios_idfv": b.id("idfv_irama", where="body device.ios_idfv"),
                "ios_idfa": b.id("idfa", where="body device.ios_idfa"),
                "ad_tracking_enabled": True,
                "time_zone": "Asia/Kuala_Lumpur",
            },
            "events": [{"name": "ss", "time": c.now, "session_id": rid(c.rng)}],
        },
        encoding="gzip",
    )
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def stream_chunk(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = FB(c, "irama", "GET", f"https://cdn.irama.fm/a/{tid}/aac_256/{c.rng.randint(0, 12)}.m4s")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(256)))
    b.decoy("audio chunk fetch")
    return b.build()


def lyrics(c: Context) -> Flow:
    tid, artist, title, _d = c.rng.choice(TRACKS)
    b = _base(c, "GET", f"/v1/lyrics/{tid}")
    lines = [{"t": i * 4.2, "l": f"{title} ... ({i})"} for i in range(8)]
    b.ok_json({"artist": artist, "synced": lines})
    b.decoy("lyrics fetch with a timestamp series")
    return b.build()


def charts(c: Context) -> Flow:
    b = _base(c, "GET", "/v1/charts/top50")
    b.param("region", c.rng.choice(["MY", "HK"]))
    rows = [
        {"rank": i + 1, "trackId": t[0], "plays": c.rng.randint(10**4, 10**6)}
        for i, t in enumerate(TRACKS)
    ]
    b.ok_json({"chart": rows, "generated": iso(c)})
    b.decoy("chart with play counts (everyone's, not the user's)")
    return b.build()
