"""Sangeet: a music app (JioSaavn / Gaana-like) with listening history.

Plays are logged in-house (`stream_log` with song id, listened seconds, source),
"recently played" is synced, and MoEngage gets "Song Played" events with its
`query_params` device block (sdks.py). Lyrics, playlists and album art are
fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from . import sdks
from .phone import FB, iso, ms, rid, ua

HOST = "https://www.sangeet.example.in"
MOE_APP = "SNGT0KQ2V8XL4R1MOE"
SONGS = [
    ("sg_8812", "Lover", "Diljit Dosanjh"),
    ("sg_1203", "Tum Hi Ho", "Arijit Singh"),
    ("sg_7731", "Chogada", "Darshan Raval"),
    ("sg_4420", "Belageddu", "Vijay Prakash"),
    ("sg_9901", "Malare", "Vijay Yesudas"),
    ("sg_3357", "Brown Munde", "AP Dhillon"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "sangeet", method, HOST + path)
    b.header("user-agent", ua("Sangeet", "8.11.0"))
    return b


def stream_log(c: Context) -> Flow:
    """JioSaavn-style `api.php?__call=` endpoint; the log is a JSON string in a form field."""
    sid, _, _ = c.rng.choice(SONGS)
    b = _b(c, "POST", "/api.php")
    b.params += [("__call", "stats.logStream"), ("_format", "json"), ("ctx", "android")]
    b.view("form:stream_log (json-in-form)")
    rec = {
        "song_id": sid,
        "listened_secs": c.rng.randint(5, 260),
        "duration": c.rng.randint(180, 300),
        "source": c.rng.choice(["radio", "playlist", "search"]),
        "played_at": iso(c),
    }
    b.form([("stream_log", js([rec])), ("uid", c.phone.music_user)])
    b.ok_json({"status": "success"})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/user/recently-played")
    b.view("json:recent")
    b.json(
        {
            "recent": [
                {
                    "id": s,
                    "artist": a,
                    "lastPlayedAt": ms(c) - c.rng.randint(0, 10**7),
                    "playCount": c.rng.randint(1, 40),
                }
                for s, _, a in c.rng.sample(SONGS, 3)
            ]
        }
    )
    b.no_content()
    return b.build()


def moe_song_played(c: Context) -> Flow:
    sid, title, artist = c.rng.choice(SONGS)
    attrs = {
        "song_id": sid,
        "song_name": title,
        "artist": artist,
        "listen_duration": c.rng.randint(10, 280),
        "language": "punjabi",
    }
    return sdks.moengage(c, "aid_music", MOE_APP, "Song Played", attrs, True)


def moe_app_open(c: Context) -> Flow:
    return sdks.moengage(c, "aid_music", MOE_APP, "MOE_APP_OPENED", {"source": "launcher"}, False)


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/podcast/progress")
    b.view("json:episodeId+positionSec")
    b.json(
        {
            "showId": "pod_kahaniyan",
            "episodeId": f"e{c.rng.randint(1, 180)}",
            "positionSec": c.rng.randint(20, 3000),
            "updatedAt": ms(c),
        }
    )
    b.no_content()
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", "/api.php")
    b.params += [("__call", "lyrics.getLyrics"), ("lyrics_id", sid)]
    b.decoy("lyrics with timestamps (LRC)")
    b.ok_json({"lyrics": "[00:12.30] ...\n[00:18.02] ...", "song": title})
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", "/api.php")
    b.params += [("__call", "playlist.getDetails"), ("listid", str(c.rng.randint(10**6, 10**7)))]
    b.decoy("playlist with song durations")
    b.ok_json({"songs": [{"id": s, "duration": c.rng.randint(150, 320)} for s, _, _ in SONGS]})
    return b.build()


def album_art(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = FB(c, "sangeet-cdn", "GET", f"https://c.sangeetcdn.example.in/art/{sid}_500x500.jpg")
    b.decoy("album art")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(40) + b"\xff\xd9")
    return b.build()


def ad_config(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/ads/config")
    b.params.append(("trace", rid(c.rng)))
    b.ok_json({"audio_ads": True, "freq": 3})
    return b.build()
