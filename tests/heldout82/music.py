"""Her own music and podcast app (OPM, Bollywood, true-crime podcasts): truly listening history.

The backend (api.himig-audio.com, fictional) receives a listen log (Hinglish
keys: `suna`, `kitni_der`) and podcast progress syncs; Amplitude receives
"Episode Played" events (HTTP V2 API: POST api2.amplitude.com/2/httpapi
{api_key, events[{device_id, event_type, event_properties, session_id,
insert_id}]}, amplitude.com/docs/apis/analytics/http-v2; the Android SDK's
device_id is a random UUID + "R"). Decoys: charts, new releases, lyrics,
search, audio segment fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.himig-audio.com"
UA = ua("Himig", "6.0.4")
TRACKS = [
    ("t-88121", "Mundo - IV of Spades"),
    ("t-44310", "Kesariya - Arijit Singh"),
    ("t-90022", "Pasilyo - SunKissed Lola"),
    ("t-11870", "Tum Hi Ho - Arijit Singh"),
]
PODS = [
    ("pd-301", "Kuwentong Krimen"),
    ("pd-512", "The Ranveer Show"),
    ("pd-733", "Wake Up With Jim & Saab"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "himig", method, API + path)
    b.header("user-agent", UA)
    b.header("x-trace-id", rid(c.rng))
    return b


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/me/plays")
    plays = [
        {
            "track": t,
            "naam": n,
            "suna_at": iso(c),
            "kitni_der_ms": c.rng.randint(20000, 260000),
            "source": c.rng.choice(["playlist", "radio", "album"]),
        }
        for t, n in c.rng.sample(TRACKS, 2)
    ]
    b.json({"plays": plays, "offline": False})
    b.view("body.json.plays[].track+kitni_der_ms")
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    pid, _name = c.rng.choice(PODS)
    b = _b(c, "PUT", f"/v1/me/podcasts/{pid}/episodes/{c.rng.randint(100, 400)}/progress")
    b.json(
        {
            "resume_at_sec": c.rng.randint(60, 5400),
            "played_pct": c.rng.randint(1, 100),
            "updated": ms(c),
            "speed": c.rng.choice([1.0, 1.25, 1.5]),
        }
    )
    b.view("path.episode+body.json.resume_at_sec")
    b.ok_json({"ok": True})
    return b.build()


def amplitude(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    pid, name = c.rng.choice(PODS)
    ev = {
        "device_id": b.acct("amp_device"),
        "user_id": b.acct("music_user"),
        "event_type": c.rng.choice(["Episode Played", "Episode Completed"]),
        "time": ms(c),
        "event_properties": {
            "show_id": pid,
            "show": name,
            "episode_number": c.rng.randint(100, 400),
            "listened_seconds": c.rng.randint(30, 4000),
        },
        "session_id": ms(c) - 600000,
        "insert_id": rid(c.rng),
        "platform": "Android",
        "os_name": "android",
        "device_model": "SM-A546E",
    }
    b.json({"api_key": new_hex(c.rng, 32), "events": [ev]})
    b.other_id("amp_device", where="body.json.events[].device_id")
    b.view("body.json.events[].event_type+event_properties.show_id+listened_seconds")
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/charts/top?market={c.rng.choice(['PH', 'IN'])}")
    b.ok_json(
        {
            "tracks": [
                {
                    "id": t,
                    "title": n,
                    "streams": c.rng.randint(10**5, 10**7),
                    "durationMs": c.rng.randint(150000, 300000),
                }
                for t, n in TRACKS
            ]
        }
    )
    b.decoy("top chart with stream counts (everyone's plays, fetched)")
    return b.build()


def lyrics(c: Context) -> Flow:
    t, n = c.rng.choice(TRACKS)
    b = _b(c, "GET", f"/v1/lyrics/{t}")
    b.ok_json({"lines": [{"startMs": i * 4000, "words": "..."} for i in range(8)], "track": n})
    b.decoy("synced lyrics with time offsets")
    return b.build()


def audio_segment(c: Context) -> Flow:
    b = FB(
        c,
        "himig",
        "GET",
        f"https://cdn.himig-audio.com/a/{new_hex(c.rng, 16)}/seg-{c.rng.randint(1, 60)}.aac",
    )
    b.respond(200, "audio/aac", b"\xff\xf1" + bytes(30))
    b.decoy("audio segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(
        c, "GET", f"/v1/search?q={c.rng.choice(['arijit', 'opm', 'true+crime'])}&types=track,show"
    )
    b.ok_json({"tracks": [t for t, _ in TRACKS[:2]], "shows": [p for p, _ in PODS[:2]]})
    b.decoy("search results")
    return b.build()
