"""Tunehall: the manager's music app, scrobbling to her Last.fm account.

Scrobbles follow the Last.fm API (`track.scrobble` with `artist[i]`,
`track[i]`, `timestamp[i]`; `track.updateNowPlaying`): listening history.
The app's own sync packs plays as msgpack in base64 under `d` (opaque).
Adjust sessions carry the GAID, ANDROID_ID and Adjust's own `adid` in reply.
Charts and lyrics are catalogue.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, mpack

from .phone import FB, iso, ms, rid, ua

UA = ua("Tunehall", "5.3.2")
LASTFM = "https://ws.audioscrobbler.com/2.0/"
TRACKS = [
    ("Mogwai", "Ritchie Sacramento"),
    ("Chvrches", "The Mother We Share"),
    ("Arab Strap", "The First Big Weekend"),
    ("Belle and Sebastian", "The Boy with the Arab Strap"),
    ("Young Fathers", "Toy"),
    ("Cocteau Twins", "Heaven or Las Vegas"),
]


def scrobble(c: Context) -> Flow:
    b = FB(c, "tunehall", "POST", LASTFM, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("form artist[i] / track[i] / timestamp[i] (track.scrobble)")
    pairs = [("method", "track.scrobble")]
    for i, (artist, track) in enumerate(c.rng.sample(TRACKS, c.rng.randint(1, 3))):
        pairs += [
            (f"artist[{i}]", artist),
            (f"track[{i}]", track),
            (f"timestamp[{i}]", str(int(c.now) - 240 * i)),
        ]
    pairs += [
        ("api_key", "7b1e0c55d2a94f3e8c6b0a1d2e3f4a5b"),
        ("sk", new_hex(c.rng, 32)),
        ("api_sig", new_hex(c.rng, 32)),
        ("format", "json"),
    ]
    b.form(pairs)
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def now_playing(c: Context) -> Flow:
    artist, track = c.rng.choice(TRACKS)
    b = FB(c, "tunehall", "POST", LASTFM, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("form method=track.updateNowPlaying artist / track")
    b.form(
        [
            ("method", "track.updateNowPlaying"),
            ("artist", artist),
            ("track", track),
            ("duration", str(c.rng.randint(150, 420))),
            ("api_key", "7b1e0c55d2a94f3e8c6b0a1d2e3f4a5b"),
            ("sk", new_hex(c.rng, 32)),
            ("api_sig", new_hex(c.rng, 32)),
        ]
    )
    b.ok_json({"nowplaying": {"track": {"#text": track}}})
    return b.build()


def play_sync(c: Context) -> Flow:
    b = FB(c, "tunehall", "POST", "https://sync.tunehall.example/s")
    b.header("user-agent", UA)
    b.header(
        "x-th-i",
        b.id("aid_music", "sha1", where="header x-th-i (sha1 of ANDROID_ID)", detectable=False),
    )
    rows = [[a[:3], t, ms(c)] for a, t in c.rng.sample(TRACKS, 2)]
    b.view("base64 msgpack under d (plays)", detectable=False)
    b.json({"d": b64(mpack(rows)), "n": len(rows)})
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", "Tunehall/5.3.2 adjust android4.38.2")
    b.form(
        [
            ("app_token", "9hq7zk4t1xts"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", rid(c.rng)),
            ("android_id", b.id("aid_music", where="form android_id")),
            ("session_count", str(c.rng.randint(2, 300))),
            ("created_at", iso(c)),
            ("environment", "production"),
        ]
    )
    b.other_id("music_adid", where="response json adid", direction="response")
    b.ok_json({"adid": c.phone.music_adid, "timestamp": iso(c)})
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(c, "tunehall", "GET", "https://api.tunehall.example/v1/charts/scotland?limit=20")
    b.header("user-agent", UA)
    b.decoy("chart of most played tracks in Scotland: aggregate play counts")
    b.ok_json(
        {
            "chart": [
                {"artist": a, "track": t, "plays": c.rng.randint(10**4, 10**6)} for a, t in TRACKS
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    artist, track = c.rng.choice(TRACKS)
    b = FB(
        c,
        "tunehall",
        "GET",
        "https://api.tunehall.example/v1/lyrics"
        f"?artist={artist.replace(' ', '+')}&track={track.replace(' ', '+')}",
    )
    b.header("user-agent", UA)
    b.decoy("lyrics fetch with synced line times (content, not a listening report)")
    b.ok_json({"lines": [{"t": 12.4 * i, "text": "..."} for i in range(5)], "trace": rid(c.rng)})
    return b.build()
