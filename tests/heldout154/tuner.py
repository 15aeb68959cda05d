"""Tuner: the producer's own radio app (Irish stations live). Its listening log says
which station was tuned from when to when (a live-channel tuning log: listening
history); the stream itself, the station list and the station's now-playing are not.
Firebase Installations registers the app (its FID, an SDK device id)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, ua

API = "https://api.tunerapp.example/v1"
UA = ua("Tuner", "3.18.0")
STATIONS = ["lsfm", "rte-radio-1", "rte-2fm", "newstalk", "today-fm", "spin-1038", "rte-lyric"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tuner", method, url)
    b.header("user-agent", UA)
    return b


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/listening/sessions")
    b.view("json sessions[] station + tunedIn/tunedOut + secondsListened")
    start = ms(c) - c.rng.randint(600_000, 5_400_000)
    b.json(
        {
            "user": b.acct("tuner_user"),
            "deviceId": b.id("aid_tuner", where="json deviceId"),
            "sessions": [
                {
                    "station": c.rng.choice(STATIONS),
                    "tunedIn": start,
                    "tunedOut": ms(c),
                    "secondsListened": (ms(c) - start) // 1000,
                    "output": c.rng.choice(["bluetooth", "speaker"]),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def play_heartbeat(c: Context) -> Flow:
    """The player's analytics event every minute of live listening."""
    b = _b(c, "POST", "https://events.tunerapp.example/collect")
    b.view("json event=live_play_heartbeat with station and elapsed_s")
    b.json(
        {
            "event": "live_play_heartbeat",
            "ts": ms(c),
            "props": {
                "station": c.rng.choice(STATIONS),
                "elapsed_s": 60 * c.rng.randint(1, 90),
                "bitrate": 128,
                "foreground": c.rng.random() < 0.3,
            },
        }
    )
    b.no_content()
    return b.build()


def play_heartbeat_opaque(c: Context) -> Flow:
    """The same beacon from the lite build: numbered fields only."""
    b = _b(c, "POST", "https://events.tunerapp.example/c2")
    b.view("json numbered fields 1..4 (event code, station, seconds, ts)", detectable=False)
    b.json({"1": 7, "2": c.rng.choice(STATIONS), "3": 60 * c.rng.randint(1, 90), "4": ms(c)})
    b.no_content()
    return b.build()


def station_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stations?country=IE")
    b.decoy("station directory with logos and stream URLs")
    b.ok_json(
        {
            "stations": [
                {"id": s, "stream": f"https://streams.tunerapp.example/{s}.aac"} for s in STATIONS
            ]
        }
    )
    return b.build()


def stream_chunk(c: Context) -> Flow:
    s = c.rng.choice(STATIONS)
    b = FB(
        c, "tuner", "GET", f"https://streams.tunerapp.example/{s}/seg{c.rng.randint(1, 9999)}.aac"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def station_now(c: Context) -> Flow:
    s = c.rng.choice(STATIONS)
    b = _b(c, "GET", f"{API}/stations/{s}/now")
    b.decoy("a station's now-playing (the station's output, not the user's listening)")
    b.ok_json({"station": s, "artist": "Hozier", "title": "Too Sweet", "startedAt": iso(c)})
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/tuner-ie-4f21/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ie.tunerapp.radio")
    b.json(
        {
            "fid": b.id("tuner_app_instance", where="json fid"),
            "appId": "1:531288990217:android:6a1e0c3d9f2b7e44",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/531288990217/installations/x", "authToken": {"expiresIn": "604800s"}}
    )
    return b.build()
