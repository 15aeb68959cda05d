"""Tūī Music: a global music streamer's Android app.

Finished tracks go to the app's event gateway (`ms_played`, `reason_end`);
Amplitude HTTP API v2 (`device_id`, `event_type: "Track Played"`) and Braze
(`/api/v3/data`, `device_id`, custom events) receive copies. The car head unit
relays its own protobuf play log. Search, "Top 50 Aotearoa" charts and artist
pages are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import iso, mk, ms, rid, ua

API = "https://gw.tuimusic.example"
UA = ua("TuiMusic", "8.9.12")
TRACKS = [
    "Six60 - Don't Forget Your Roots",
    "Benee - Supalonely",
    "Lorde - Royals",
    "Tones And I - Dance Monkey",
    "Stan Walker - Aotearoa",
    "L.A.B. - In The Air",
]


def _track(c: Context) -> str:
    return "tui:track:" + new_hex(c.rng, 22)


def end_song(c: Context) -> Flow:
    b = mk(c, "tuimusic", "POST", f"{API}/event-gateway/v1/events", UA)
    b.header("client-device", b.id("aid_tune", where="header client-device"))
    b.view("json events[] EndSong ms_played + track_uri")
    b.json(
        {
            "events": [
                {
                    "type": "EndSong",
                    "track_uri": _track(c),
                    "ms_played": c.rng.randint(5000, 240000),
                    "reason_end": "trackdone",
                    "context": "playlist",
                    "ts": ms(c),
                }
            ]
        },
        "gzip",
    )
    b.ok_json({"accepted": 1})
    return b.build()


def amplitude_played(c: Context) -> Flow:
    b = mk(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi", UA)
    b.view("json events[].event_type='Track Played' + event_properties")
    b.json(
        {
            "api_key": "5b9e6c1f0d8a4b2e9c7f3a1d6e8b0c24",
            "events": [
                {
                    "device_id": b.id("amp_device", where="json events[].device_id"),
                    "user_id": b.acct("tune_user"),
                    "event_type": "Track Played",
                    "time": ms(c),
                    "event_properties": {
                        "track_name": c.rng.choice(TRACKS),
                        "seconds_listened": c.rng.randint(10, 240),
                        "source": "radio",
                    },
                    "platform": "Android",
                }
            ],
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def braze_data(c: Context) -> Flow:
    b = mk(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data", UA)
    b.json(
        {
            "api_key": "c1b2d3e4-0000-4b5c-9d8e-7f6a5b4c3d2e",
            "device_id": b.id("braze_device", where="json device_id"),
            "time": int(c.now),
            "sdk_version": "30.4.0",
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "premium_paywall_seen", "p": {"plan": "Duo"}},
                    "time": c.now,
                }
            ],
        }
    )
    b.ok_json({"events": []})
    return b.build()


def car_playlog_opaque(c: Context) -> Flow:
    """The car head unit's play log, protobuf: serial in field 1, rows in field 5."""
    b = mk(c, "tuimusic-car", "POST", f"{API}/hu/v1/sync", "TuiAuto/3.1 (AAOS 13)")
    rows = b"".join(
        pb_bytes(5, pb_bytes(1, _track(c)) + pb_varint(2, c.rng.randint(5, 240000)))
        for _ in range(c.rng.randint(1, 4))
    )
    serial = b.id("car_serial", "protobuf", "protobuf field 1 (head unit serial)", detectable=False)
    b.view("protobuf field 5 rows (track, ms)", detectable=False)
    b.set_body(pb_bytes(1, serial) + pb_varint(2, ms(c)) + rows, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def search(c: Context) -> Flow:
    b = mk(c, "tuimusic", "GET", f"{API}/search/v2?q=waiata&limit=20", UA)
    b.decoy("search results with durations and play counts")
    b.ok_json(
        {
            "tracks": [
                {
                    "uri": _track(c),
                    "name": t,
                    "duration_ms": c.rng.randint(150000, 300000),
                    "playcount": c.rng.randint(10**4, 10**8),
                }
                for t in TRACKS
            ]
        }
    )
    return b.build()


def charts(c: Context) -> Flow:
    b = mk(c, "tuimusic", "GET", f"{API}/charts/v1/top50-nz", UA)
    b.decoy("Top 50 chart: streams summed over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": "Top 50 Aotearoa",
            "entries": [
                {"rank": i + 1, "track": t, "streams": c.rng.randint(10**4, 10**6)}
                for i, t in enumerate(TRACKS)
            ],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = mk(c, "tuimusic", "GET", f"https://audio-ak.tuimusic.example/{new_hex(c.rng, 40)}", UA)
    b.respond(200, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def lyrics(c: Context) -> Flow:
    b = mk(c, "tuimusic", "GET", f"{API}/lyrics/v1/{_track(c)}", UA)
    b.decoy("time-synced lyric lines (startTimeMs of lines, not of a listener)")
    b.ok_json(
        {
            "lines": [{"startTimeMs": i * 4200, "words": "Aotearoa"} for i in range(5)],
            "requestId": rid(c.rng),
            "at": iso(c),
        }
    )
    return b.build()
