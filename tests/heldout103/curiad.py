"""Curiad: a music-streaming app for Welsh, Irish and Gaelic music.

Plays are reported to the app's own API in Welsh (`trac_id`, `eiliadau_gwrando` =
seconds listened, `chwaraewyd_am` = played at) and scrobbled to Last.fm
(`track.scrobble` with `artist[0]`, `track[0]`, `timestamp[0]`,
https://www.last.fm/api/show/track.scrobble). "Recently played" comes back in an
answer. Braze gets engagement events with its `device_id`. Charts (counts over
all listeners), lyrics, playlists and audio chunks are not listening history.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import sdks
from .phone import FB, iso, rid, ua

API = "https://api.curiad.example"
UA = ua("Curiad", "6.2.0")
TRACKS = [
    ("Adwaith", "Fel i Fod"),
    ("Gwenno", "Tresor"),
    ("Yws Gwynedd", "Sebona Fi"),
    ("Clannad", "Theme from Harry's Game"),
    ("Runrig", "Alba"),
    ("Julie Fowlis", "Hùg Air A' Bhonaid Mhòir"),
    ("Kneecap", "H.O.O.D."),
    ("Skipinnish", "Walking On The Waves"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "curiad", method, url)
    b.header("user-agent", UA)
    b.header("x-curiad-dyfais", b.id("aid_curiad", where="header x-curiad-dyfais"))
    return b


def gwrando(c: Context) -> Flow:
    artist, track = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/gwrando")
    b.view("json trac_id + eiliadau_gwrando + chwaraewyd_am")
    b.json(
        {
            "trac_id": f"trc{c.rng.randint(10**6, 10**7)}",
            "artist": artist,
            "teitl": track,
            "eiliadau_gwrando": c.rng.randint(20, 300),
            "chwaraewyd_am": iso(c),
            "ffynhonnell": c.rng.choice(["rhestr_chwarae", "albwm", "radio"]),
        }
    )
    b.no_content()
    return b.build()


def lastfm_scrobble(c: Context) -> Flow:
    artist, track = c.rng.choice(TRACKS)
    b = FB(c, "lastfm", "POST", "https://ws.audioscrobbler.com/2.0/")
    b.header("user-agent", UA)
    b.view("form method=track.scrobble artist[0] track[0] timestamp[0]")
    pairs = [
        ("method", "track.scrobble"),
        ("artist[0]", artist),
        ("track[0]", track),
        ("timestamp[0]", str(int(c.now) - c.rng.randint(30, 300))),
        ("api_key", new_hex(c.rng, 32)),
        ("sk", new_hex(c.rng, 32)),
    ]
    sig = hashlib.md5("".join(k + v for k, v in sorted(pairs)).encode()).hexdigest()
    b.form([*pairs, ("api_sig", sig), ("format", "json")])
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def chwaraewyd_yn_ddiweddar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fi/chwaraewyd-yn-ddiweddar")
    b.view("response json traciau[].chwaraewyd_am (recently played)", direction="response")
    b.ok_json(
        {
            "traciau": [
                {"artist": a, "teitl": t, "chwaraewyd_am": iso(c)}
                for a, t in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def braze_engagement(c: Context) -> Flow:
    event = {
        "name": "ce",
        "data": {"n": "playlist_followed", "p": {"playlist": "Cymraeg Cŵl"}},
        "time": c.now,
    }
    return sdks.braze_data(c, "curiad_braze", [event])


def braze_listen(c: Context) -> Flow:
    artist, track = c.rng.choice(TRACKS)
    event = {
        "name": "ce",
        "data": {
            "n": "track_listened",
            "p": {"artist": artist, "track": track, "seconds_listened": c.rng.randint(30, 280)},
        },
        "time": c.now,
    }
    return sdks.braze_data(
        c, "curiad_braze", [event], view="json events[].data.p (track_listened, seconds_listened)"
    )


def siart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/siart?wythnos=48")
    b.decoy("chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "siart": [
                {"safle": i + 1, "artist": a, "teitl": t, "chwarae": c.rng.randint(1000, 90000)}
                for i, (a, t) in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def geiriau(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/traciau/trc{c.rng.randint(10**6, 10**7)}/geiriau")
    b.decoy("time-synced lyrics: offsets within a song, not a listener's position")
    b.ok_json(
        {
            "llinellau": [
                {"ms": 12000, "testun": "Dwi'n dal i fod yma"},
                {"ms": 15800, "testun": "er gwaetha pawb a phopeth"},
            ]
        }
    )
    return b.build()


def rhestr_chwarae(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rhestrau-chwarae/{rid(c.rng)}")
    b.ok_json(
        {
            "enw": "Cymraeg Cŵl",
            "traciau": [
                {"artist": a, "teitl": t, "hyd": c.rng.randint(150, 320)} for a, t in TRACKS[:5]
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "curiad",
        "GET",
        f"https://sain.curiad.example/{new_hex(c.rng, 24)}/{c.rng.randint(0, 40)}.m4a",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
