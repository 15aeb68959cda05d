"""Wavelet's scrobbles and its own listening logs: Last.fm `track.scrobble` form
posts (`artist[i]`, `track[i]`, `timestamp[i]`, `api_sig`; Last.fm API docs), a
recently-played sync, a protobuf listen log without field names (opaque), and
the e-mail login."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .music import _sdk, _track
from .phone import FB, cfnet, iso, ms, rid


def lastfm_scrobble(c: Context) -> Flow:
    b = _sdk(c, "lastfm", "https://ws.audioscrobbler.com/2.0/")
    b.view("body.form artist[i]/track[i]/timestamp[i] (track.scrobble)")
    pairs = [("method", "track.scrobble")]
    for i in range(c.rng.randint(1, 3)):
        title, artist, album, dur, _ = _track(c)
        ts = int(c.now) - (i + 1) * dur
        pairs += [
            (f"artist[{i}]", artist),
            (f"track[{i}]", title),
            (f"album[{i}]", album),
            (f"timestamp[{i}]", str(ts)),
            (f"duration[{i}]", str(dur)),
        ]
    pairs += [
        ("api_key", "a91f3c0e7d5b2846c1f0e9d8b7a6c5d4"),
        ("sk", rid(c.rng).replace("-", "")),
        ("api_sig", rid(c.rng).replace("-", "")),
        ("format", "json"),
    ]
    b.form(pairs)
    b.ok_json({"scrobbles": {"@attr": {"accepted": 1, "ignored": 0}}})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = FB(c, "wavelet", "PUT", "https://api.wavelet.fm/v1/me/recently-played")
    b.header("user-agent", cfnet("Wavelet", "52011"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("body.json.items[] (trackId, playedAt, progressMs)")
    items = []
    for _ in range(c.rng.randint(2, 6)):
        _, _, _, dur, tid = _track(c)
        items.append(
            {
                "trackId": tid,
                "playedAt": iso(c),
                "progressMs": c.rng.randint(0, dur * 1000),
                "context": "playlist:" + rid(c.rng)[:8],
            }
        )
    b.json({"items": items})
    b.no_content()
    return b.build()


def listen_log_pb(c: Context) -> Flow:
    b = FB(c, "wavelet", "POST", "https://log.wavelet.fm/v1/ingest")
    b.header("user-agent", cfnet("Wavelet", "52011"))
    b.view("body.protobuf 1.2 (track uri, ms played: no field names)", detectable=False)
    _, _, _, dur, tid = _track(c)
    body = pb_msg(
        1,
        [
            pb_bytes(1, rid(c.rng)),
            pb_bytes(2, tid),
            pb_varint(3, c.rng.randint(10, dur) * 1000),
            pb_varint(4, ms(c)),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", b"")
    return b.build()


def login(c: Context) -> Flow:
    b = FB(c, "wavelet", "POST", "https://api.wavelet.fm/v1/auth/login")
    b.header("user-agent", cfnet("Wavelet", "52011"))
    b.json(
        {"email": b.id("email", where="body.json.email"), "password": "\u2022" * 8, "client": "ios"}
    )
    b.ok_json({"token": rid(c.rng), "userId": b.acct("music_user")})
    return b.build()
