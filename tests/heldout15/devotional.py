"""A devotional music app ("BhaktiSur"): song plays and listening history to
its own backend, Mixpanel events for plays, an encrypted stats beacon, and
catalogue, lyrics, panchang and audio-stream traffic.

Mixpanel: the Android SDK posts `data=<JSON array of events>` form-encoded to
api.mixpanel.com/track with properties token, distinct_id, $device_id, time,
mp_lib (Mixpanel "Ingestion API" and mixpanel-android AnalyticsMessages). The
app's backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rf, ua

API = "https://api.bhaktisur.in"
SONGS = [
    ("tr_88120", "Hanuman Chalisa", "Hariharan", 585),
    ("tr_90431", "Om Jai Jagdish Hare", "Anuradha Paudwal", 402),
    ("tr_77213", "Suprabhatam", "M. S. Subbulakshmi", 1234),
    ("tr_61002", "Achyutam Keshavam", "Vikram Hazra", 361),
    ("tr_55019", "Shiv Tandav Stotram", "Shankar Mahadevan", 512),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bhaktisur", method, API + path)
    b.header("user-agent", ua("BhaktiSur", "4.0.7"))
    return b


def song_play(c: Context) -> Flow:
    sid, title, artist, dur = c.rng.choice(SONGS)
    b = _b(c, "POST", "/v1/plays")
    b.view("json songId + listenedSec (song play log)")
    b.json(
        {
            "songId": sid,
            "title": title,
            "artist": artist,
            "listenedSec": c.rng.randint(20, dur),
            "durationSec": dur,
            "source": c.rng.choice(["home", "playlist", "search"]),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def history_sync(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/users/me/recently-played")
    b.header("x-device", b.id("aid_bhakti", where="header x-device"))
    b.view("json recent[].trackId + lastPlayedAt")
    recent = [
        {
            "trackId": s[0],
            "lastPlayedAt": ms(c) - c.rng.randint(10**5, 10**8),
            "progressSec": c.rng.randint(0, s[3]),
        }
        for s in c.rng.sample(SONGS, 3)
    ]
    b.json({"recent": recent})
    b.ok_json({"ok": True})
    return b.build()


def mixpanel(c: Context) -> Flow:
    sid, title, _, dur = c.rng.choice(SONGS)
    b = FB(c, "mixpanel", "POST", "https://api.mixpanel.com/track/")
    b.header("user-agent", "okhttp/3.14.9")
    b.view("form data events[Song Played].song_name + seconds_listened")
    props = {
        "token": new_hex(c.rng, 32),
        "distinct_id": b.acct("bhakti_user"),
        "$device_id": b.id("bhakti_instance", where="form data properties.$device_id"),
        "time": ms(c),
        "mp_lib": "android",
        "$lib_version": "7.3.1",
        "$os": "Android",
        "song_id": sid,
        "song_name": title,
        "seconds_listened": c.rng.randint(10, dur),
    }
    b.form([("data", js([{"event": "Song Played", "properties": props}])), ("ip", "1")])
    b.respond(200, "text/plain", b"1")
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/s")
    b.view("json z (encrypted listening stats)", detectable=False)
    b.json({"z": b64(c.rng.randbytes(240)), "v": 2})
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/home?deity=all&lang=hi")
    b.decoy("song catalogue with ids and durations")
    b.ok_json(
        {
            "rails": [
                {
                    "name": "Morning Aarti",
                    "songs": [{"id": s[0], "title": s[1], "dur": s[3]} for s in SONGS],
                }
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid, title, _, _ = c.rng.choice(SONGS)
    b = _b(c, "GET", f"/v1/lyrics/{sid}")
    b.ok_json(
        {
            "title": title,
            "lines": [{"t": i * 4.2, "l": "Jai Hanuman gyan gun sagar"} for i in range(6)],
        }
    )
    return b.build()


def panchang(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/panchang?lat={rf(c.rng, 12, 28, 3)}&lon={rf(c.rng, 72, 88, 3)}")
    b.decoy("coordinates and sunrise / tithi times")
    b.ok_json(
        {"tithi": "Ekadashi", "sunrise": "06:12", "sunset": "18:04", "rahuKaal": ["13:30", "15:00"]}
    )
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://audio.bhaktisur.in/hls/{new_hex(c.rng, 16)}/128k/seg{c.rng.randint(1, 60)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("audio segment")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
