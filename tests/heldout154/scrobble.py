"""Last.fm scrobbles from the producer's own phone (`track.scrobble` and
`track.updateNowPlaying`, the documented form: indexed `artist[0]`, `track[0]`,
`timestamp[0]`, with `api_key`, `sk` and `api_sig`). A scrobble is listening
history; charts and track info are not."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ua
from .playout import TRACKS

WS = "https://ws.audioscrobbler.com/2.0/"
KEY = "b25b959554ed76058ac220b7b2e0a026"


def _b(c: Context, method: str) -> FB:
    b = FB(c, "lastfm", method, WS, http_version="HTTP/1.1")
    b.header("user-agent", ua("SimpleLastFM", "2.3.1"))
    return b


def scrobble(c: Context) -> Flow:
    b = _b(c, "POST")
    b.view("form method=track.scrobble artist[i]/track[i]/timestamp[i]")
    pairs = [("method", "track.scrobble")]
    for i in range(c.rng.randint(1, 3)):
        artist, title = c.rng.choice(TRACKS)
        pairs += [
            (f"artist[{i}]", artist),
            (f"track[{i}]", title),
            (f"timestamp[{i}]", str(int(c.now) - 240 * (i + 1))),
        ]
    pairs += [("api_key", KEY), ("sk", b.acct("lastfm_session")), ("api_sig", new_hex(c.rng, 32))]
    b.form([*pairs, ("format", "json")])
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "POST")
    b.view("form method=track.updateNowPlaying artist/track/duration")
    artist, title = c.rng.choice(TRACKS)
    b.form(
        [
            ("method", "track.updateNowPlaying"),
            ("artist", artist),
            ("track", title),
            ("duration", str(c.rng.randint(150, 290))),
            ("api_key", KEY),
            ("sk", b.acct("lastfm_session")),
            ("api_sig", new_hex(c.rng, 32)),
            ("format", "json"),
        ]
    )
    b.ok_json({"nowplaying": {"track": {"#text": title}}})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET")
    b.base = WS + f"?method=geo.gettoptracks&country=ireland&api_key={KEY}&format=json"
    b.decoy("top tracks in Ireland (aggregate chart)")
    b.ok_json(
        {
            "tracks": {
                "track": [{"name": t, "playcount": c.rng.randint(10**4, 10**6)} for _, t in TRACKS]
            }
        }
    )
    return b.build()


def track_info(c: Context) -> Flow:
    artist, title = c.rng.choice(TRACKS)
    b = _b(c, "GET")
    b.params = [
        ("method", "track.getInfo"),
        ("artist", artist),
        ("track", title),
        ("api_key", KEY),
        ("format", "json"),
    ]
    b.decoy("track info with global listeners/playcount (catalogue, aggregate)")
    b.ok_json(
        {
            "track": {
                "name": title,
                "listeners": str(c.rng.randint(10**4, 10**6)),
                "duration": "215000",
            }
        }
    )
    return b.build()
