"""Oro: a music streaming app on Mere's iPhone and her Apple Watch, with
Last.fm scrobbling switched on.

Plays are logged to the app's own `/v2/plays` (`track_id`, `ms_played`,
`ended_reason`), the watch app reports offline plays with its own IDFV, and the
Last.fm scrobble API gets `track[0]`, `artist[0]`, `timestamp[0]` as its public
documentation gives them. The iOS widget sends a gzip+base64 play blob under `q`
(opaque). Charts (Aotearoa Top 40, an aggregate), lyrics, search and the audio
file fetch itself are not listening history.
"""

from __future__ import annotations

import base64
import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import WB, ios_ua, iso, rid

API = "https://api.oro-music.example"
UA = ios_ua("Oro", "8.2.0")
WATCH_UA = "Oro WatchKit Extension/8.2.0 (Watch7,3; watchOS 11.1)"
TRACKS = [
    ("tr_5511", "Six60", "Don't Forget Your Roots"),
    ("tr_5532", "Sina Tafao", "Tama Samoa"),
    ("tr_5570", "Stan Walker", "Aotearoa"),
    ("tr_5583", "Lisi", "Fa'afetai"),
    ("tr_5601", "Kings", "Mahalo"),
    ("tr_5619", "Kapa Haka Tonga", "Ofa Atu"),
]


def _b(c: Context, method: str, url: str, watch: bool = False) -> WB:
    b = WB(c, "oro", method, url)
    b.header("user-agent", WATCH_UA if watch else UA)
    b.header("x-oro-user", b.acct("music_user"))
    return b


def plays(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/plays")
    b.view("json plays[] track_id + ms_played")
    b.json(
        {
            "install_id": b.id("music_install", where="json install_id"),
            "plays": [
                {
                    "track_id": t[0],
                    "ms_played": c.rng.randint(10_000, 240_000),
                    "ended_reason": c.rng.choice(["trackdone", "fwdbtn", "pause"]),
                    "played_at": iso(c),
                }
                for t in c.rng.sample(TRACKS, c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watch_offline_plays(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/watch/sync", watch=True)
    b.view("json offlinePlays[] trackId + listenedSec")
    b.json(
        {
            "watchVendorId": b.id("watch_idfv", where="json watchVendorId"),
            "offlinePlays": [
                {"trackId": t[0], "listenedSec": c.rng.randint(20, 240), "at": iso(c)}
                for t in c.rng.sample(TRACKS, 2)
            ],
        }
    )
    b.ok_json({"synced": 2})
    return b.build()


def scrobble(c: Context) -> Flow:
    _tid, artist, title = c.rng.choice(TRACKS)
    b = WB(c, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/")
    b.header("user-agent", UA)
    b.view("form track.scrobble artist[0] + track[0] + timestamp[0]")
    pairs = [
        ("method", "track.scrobble"),
        ("artist[0]", artist),
        ("track[0]", title),
        ("timestamp[0]", str(int(c.now))),
        ("api_key", "b25b959554ed76058ac220b7b2e0a026"),
        ("sk", hashlib.md5(rid(c.rng).encode()).hexdigest()),
    ]
    pairs.append(("api_sig", hashlib.md5(js(pairs).encode()).hexdigest()))
    b.form(pairs)
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def widget_blob(c: Context) -> Flow:
    """Home-screen widget: now-playing rows gzip'd and base64'd under `q` (opaque)."""
    b = _b(c, "GET", f"{API}/w")
    b.view("query q = base64(gzip(track, seconds))", detectable=False)
    rows = [[t[0], c.rng.randint(10, 240)] for t in c.rng.sample(TRACKS, 2)]
    b.param("q", base64.urlsafe_b64encode(gz(js(rows).encode())).decode())
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices")
    b.json(
        {
            "installId": b.id("music_install", where="json installId"),
            "identifierForVendor": b.id("idfv_music", where="json identifierForVendor"),
            "pairedWatch": {
                "identifierForVendor": b.id(
                    "watch_idfv", where="json pairedWatch.identifierForVendor"
                ),
                "model": "Watch7,3",
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/charts/aotearoa-top-40")
    b.decoy("national chart with play counts (aggregate over all listeners)")
    b.ok_json(
        {
            "chart": [
                {
                    "pos": i + 1,
                    "track_id": t[0],
                    "title": t[2],
                    "plays": c.rng.randint(10**4, 10**6),
                }
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    t = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v2/lyrics/{t[0]}")
    b.decoy("time-synced lyrics (offsets in ms): content fetch, not a listening report")
    b.ok_json({"lines": [{"startMs": i * 4200, "words": "..."} for i in range(6)]})
    return b.build()


def audio(c: Context) -> Flow:
    t = c.rng.choice(TRACKS)
    b = WB(c, "oro-cdn", "GET", f"https://audio.oro-music.example/{t[0]}/256.m4a")
    b.header("user-agent", "AppleCoreMedia/1.0.0.22B83 (iPhone; U; CPU OS 18_1 like Mac OS X)")
    b.header("range", "bytes=0-65535")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/search?q=stan+walker")
    b.ok_json({"tracks": [{"id": t[0], "artist": t[1], "title": t[2]} for t in TRACKS[:3]]})
    return b.build()
