"""Last.fm scrobbles of the mechanic's own music (the scrobbler app on his phone),
plus his own music app's play log, which batches plays as msgpack.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, ua

WS = "https://ws.audioscrobbler.com/2.0/"
TRACKS = [
    ("Dżem", "Whisky"),
    ("Perfect", "Autobiografia"),
    ("Okean Elzy", "Без бою"),
    ("Kult", "Arahja"),
    ("Lady Pank", "Mniej niż zero"),
]


def scrobble(c: Context) -> Flow:
    b = FB(c, "lastfm", "POST", WS)
    b.header("user-agent", ua("Scrobbler", "2.1"))
    b.view("form track.scrobble artist[0] track[0] timestamp[0]")
    artist, track = c.rng.choice(TRACKS)
    b.form(
        [
            ("method", "track.scrobble"),
            ("artist[0]", artist),
            ("track[0]", track),
            ("timestamp[0]", str(int(c.now) - c.rng.randint(60, 400))),
            ("api_key", new_hex(c.rng, 32)),
            ("sk", b.acct("lastfm_sk")),
            ("api_sig", new_hex(c.rng, 32)),
            ("format", "json"),
        ]
    )
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = FB(c, "lastfm", "POST", WS)
    b.header("user-agent", ua("Scrobbler", "2.1"))
    b.view("form track.updateNowPlaying artist + track")
    artist, track = c.rng.choice(TRACKS)
    b.form(
        [
            ("method", "track.updateNowPlaying"),
            ("artist", artist),
            ("track", track),
            ("api_key", new_hex(c.rng, 32)),
            ("sk", b.acct("lastfm_sk")),
            ("api_sig", new_hex(c.rng, 32)),
        ]
    )
    b.ok_json({"nowplaying": {"ignoredMessage": {"code": "0"}}})
    return b.build()


def play_log_msgpack(c: Context) -> Flow:
    b = FB(c, "muzyka", "POST", "https://log.muzyka-app.example/e")
    b.header("user-agent", ua("Muzyka", "9.0.1"))
    b.view("msgpack array of [track number, seconds, ts] with one-letter keys", detectable=False)
    b.set_body(
        mpack(
            {
                "a": [
                    [c.rng.randint(10**6, 10**7), c.rng.randint(20, 300), int(c.now)]
                    for _ in range(3)
                ],
                "v": 2,
            }
        ),
        "application/octet-stream",
    )
    b.no_content()
    return b.build()


def chart(c: Context) -> Flow:
    b = FB(c, "lastfm", "GET", WS + "?method=geo.gettoptracks&country=poland&format=json")
    b.header("user-agent", ua("Scrobbler", "2.1"))
    b.decoy("country top-tracks chart: an aggregate over all listeners")
    b.ok_json(
        {
            "tracks": {
                "track": [
                    {"name": t, "listeners": str(c.rng.randint(10**4, 10**6))} for _, t in TRACKS
                ]
            }
        }
    )
    return b.build()
