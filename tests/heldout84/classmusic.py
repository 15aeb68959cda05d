"""A licensed class-music app (fictional "StudioBeats Pro", in-house backend).

What plays in the studio is the CLASS's music, chosen for tempo, and the app
reports it for licence royalties (in Australia, OneMusic Australia's fitness
licence asks venues for usage reports: track, artist, duration, plays; in NZ,
OneMusic NZ does the same). These are venue usage reports and playlist
metadata, not the instructor's own listening: decoys for viewing_history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

HOST = "https://api.studiobeats.example.com"
TRACKS = [
    "Levels (Workout Mix)",
    "Titanium 132bpm",
    "Stronger (Remix)",
    "Kiss Kiss",
    "Wake Me Up 128",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "classmusic", method, HOST + path)
    b.header("user-agent", ua("StudioBeats", "3.4"))
    b.header("x-licence-venue", "VEN-" + str(c.rng.randint(10000, 99999)))
    return b


def _track(c: Context) -> dict[str, object]:
    return {
        "isrc": "AU"
        + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)),
        "title": c.rng.choice(TRACKS),
        "durationMs": c.rng.randint(150000, 330000),
        "bpm": c.rng.choice([120, 128, 132, 140, 150]),
        "cleanVersion": True,
    }


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", f"/v2/playlists/{rid(c.rng)}")
    b.ok_json(
        {"name": "RPM Climb Week 48", "tracks": [_track(c) for _ in range(10)], "totalMs": 2700000}
    )
    b.decoy("class playlist: track durations and BPM")
    return b.build()


def usage_report(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/licensing/usage")
    plays = [
        dict(_track(c), playedAt=iso(c), playedMs=c.rng.randint(60000, 300000), room="Studio 2")
        for _ in range(c.rng.randint(6, 12))
    ]
    b.json(
        {
            "venue": "Pulse Collective Ponsonby",
            "classType": "RPM",
            "headcount": c.rng.randint(8, 30),
            "plays": plays,
            "reportPeriodEnd": iso(c),
        }
    )
    b.ok_json({"accepted": len(plays)})
    b.decoy("venue music-licence usage report: what played to the class, not personal listening")
    return b.build()


def now_playing(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/studio/now-playing")
    t = _track(c)
    b.json(
        {
            "room": "Studio 2",
            "track": t,
            "positionMs": c.rng.randint(0, int(t["durationMs"])),  # type: ignore[call-overload]
            "speakerZone": "main",
            "volumeDb": -12,
            "ts": ms(c),
        }
    )
    b.no_content()
    b.decoy("studio now-playing status for the room's display (venue playback)")
    return b.build()


def bpm_search(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/search")
    b.param("bpm_min", "125")
    b.param("bpm_max", "140")
    b.param("q", c.rng.choice(["climb", "sprint", "cooldown"]))
    b.ok_json({"results": [_track(c) for _ in range(8)]})
    b.decoy("music catalogue search results")
    return b.build()


def cue_sheet(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/classes/{rid(c.rng)}/cues")
    cues = [
        {
            "trackIndex": i,
            "startMs": i * 240000,
            "cue": c.rng.choice(["seated climb", "sprint", "recover"]),
            "resistance": c.rng.randint(3, 9),
        }
        for i in range(8)
    ]
    b.json({"cues": cues})
    b.ok_json({"saved": True})
    b.decoy("choreography cue sheet with track offsets")
    return b.build()


def track_embedding(c: Context) -> Flow:
    from tests.heldout.wire import floats_b64

    from .phone import floats

    b = _b(c, "POST", "/v2/recommend/similar")
    b.json(
        {
            "seed": _track(c),
            "audioEmbedding": floats_b64(floats(c.rng, 128)),
            "model": "musicnn-128",
            "energy": c.rng.choice(["build", "peak", "cooldown"]),
        }
    )
    b.ok_json({"tracks": [_track(c) for _ in range(5)]})
    b.decoy("audio embedding of a music TRACK for recommendations (no voice, no speaker)")
    return b.build()
