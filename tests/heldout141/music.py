"""Riverbend Music (Galaxy): streaming music with Mixpanel and Adjust.

Track plays are reported with `ms_played`, track uri and end reason, and the
"recently played" shelf comes back in responses: listening history. Mixpanel
`Song Played` events carry the same. Lyrics, playlists, the new-release shelf,
"Top 50 USA" and the equaliser curve are look-alikes. The Adjust session carries
the GAID, the app's ANDROID_ID and Adjust's own adid.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, pb_bytes, pb_varint

from . import sdkwire
from .phone import FB, android_ua, iso, ms, rf, rid

API = "https://api.riverbendmusic.example"
UA = android_ua("Riverbend", "9.1.14")
TRACKS = [
    ("trk:4iV5W9uYEdYUVa79Axb7Rh", "Mr. Brightside"),
    ("trk:0VjIjW4GlUZAMYd2vXMi3b", "Blinding Lights"),
    ("trk:7qiZfU4dY1lWllzX7mPBI3", "Shape of You"),
    ("trk:3n3Ppam7vgaVa1iaRUc9Lp", "Hey Ya!"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "riverbend", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def play_event(c: Context) -> Flow:
    uri, _ = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/events/playback")
    b.view("json track_uri + ms_played + reason_end")
    b.json(
        {
            "track_uri": uri,
            "ms_played": c.rng.randint(1000, 240000),
            "reason_start": "trackdone",
            "reason_end": c.rng.choice(["trackdone", "fwdbtn", "endplay"]),
            "shuffle": False,
            "ts": iso(c),
            "user_id": b.acct("music_user"),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/player/recently-played?limit=10")
    b.view("response json items[] (track, played_at)", direction="response")
    b.ok_json({"items": [{"track": {"uri": u, "name": n}, "played_at": iso(c)} for u, n in TRACKS]})
    return b.build()


def mixpanel_played(c: Context) -> Flow:
    uri, name = c.rng.choice(TRACKS)
    return sdkwire.mixpanel(
        c,
        "music",
        "Song Played",
        {"track_name": name, "track_uri": uri, "ms_played": c.rng.randint(3000, 200000)},
        True,
    )


def mixpanel_ui(c: Context) -> Flow:
    return sdkwire.mixpanel(c, "music", "Playlist Created", {"tracks": c.rng.randint(1, 30)}, False)


def adjust_session(c: Context) -> Flow:
    return sdkwire.adjust(c, "music", "aid_music")


def play_log_protobuf(c: Context) -> Flow:
    """Offline play log flushed as protobuf: field numbers only, no names."""
    b = _b(c, "POST", f"{API}/gabo/v1/batch")
    b.view("protobuf field 1 track id, 2 ms, 3 epoch (no readable names)", detectable=False)
    body = b"".join(
        pb_bytes(1, uri.split(":")[1])
        + pb_varint(2, c.rng.randint(5000, 200000))
        + pb_varint(3, int(c.now))
        for uri, _ in c.rng.sample(TRACKS, 2)
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def lyrics(c: Context) -> Flow:
    uri, name = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"{API}/v1/lyrics/{uri.split(':')[1]}")
    b.decoy("time-synced lyric lines with startTimeMs (content fetch)")
    b.ok_json({"lines": [{"startTimeMs": i * 4100, "words": f"{name} line {i}"} for i in range(6)]})
    return b.build()


def top50(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top-50-usa")
    b.decoy("Top 50 USA with stream counts (aggregate over all listeners)")
    b.ok_json(
        {
            "tracks": [
                {"uri": u, "name": n, "streams": c.rng.randint(10**6, 10**8)} for u, n in TRACKS
            ]
        }
    )
    return b.build()


def equaliser(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/me/settings/equalizer")
    b.decoy("equaliser curve (float vector, not biometric)")
    b.json(
        {"preset": "custom", "bands": [rf(c.rng, -6, 6, 1) for _ in range(10)], "updatedAt": ms(c)}
    )
    b.no_content()
    return b.build()
