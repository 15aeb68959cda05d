"""Meditation app with voice-emotion analysis ("Stillwater", fictional) + Amplitude.

The voice check-in records ten seconds of speech; the app uploads the clip for
emotion analysis, or (newer builds) only the vocal features it computed on
device: pitch statistics, jitter, shimmer, HNR and MFCC means (the classic
openSMILE / eGeMAPS-style descriptors). Listening history goes to the app's own
backend and to Amplitude's HTTP V2 API (`POST api2.amplitude.com/2/httpapi`
with `api_key` and `events[]` carrying `device_id`, `user_id`, `event_type`,
`time`, `event_properties`, `idfv`, `insert_id`, `session_id`; Amplitude docs).
Amplitude's iOS SDK uses the IDFV as `device_id` by default.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, fb, iso, ms, rf, rid, ua

API = "https://api.stillwater.app"
UA = ua("Stillwater", "iPadOS 17.5.1", "1903")
TRACKS = [
    ("med_101", "Body Scan for Kids", 600),
    ("sleep_014", "The Lighthouse Keeper", 1500),
    ("med_233", "Morning Breath", 300),
    ("sleep_031", "Rain on the Cabin", 2700),
]


def _base(c: Context, method: str, url: str) -> FB:
    b = fb(c, "stillwater", method, url)
    b.header("user-agent", UA)
    b.header("authorization", f"Bearer sw.{rid(c.rng).replace('-', '')}")
    return b


def voice_checkin(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/checkins/voice")
    boundary = "Boundary-" + rid(c.rng).upper()
    parts = [
        ("analysis", None, None, b"emotion,stress"),
        ("prompt", None, None, b"How are you feeling today?"),
        ("clip", "checkin.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 1000)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.bio("voice_sample", "multipart:clip (speech for emotion analysis)")
    b.ok_json({"checkinId": rid(c.rng), "emotion": {"calm": 0.61, "stressed": 0.22}})
    return b.build()


def vocal_features(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v2/checkins/voice-features")
    b.json(
        {
            "checkinId": rid(c.rng),
            "voice": {
                "pitchMeanHz": rf(c.rng, 90, 260, 1),
                "pitchStdHz": rf(c.rng, 8, 40, 1),
                "jitterLocal": rf(c.rng, 0.002, 0.02, 4),
                "shimmerLocalDb": rf(c.rng, 0.1, 0.9, 3),
                "hnrDb": rf(c.rng, 8, 25, 2),
                "speechRateSylPerSec": rf(c.rng, 2.5, 5.5, 2),
                "mfccMean": [round(c.rng.gauss(0, 10), 3) for _ in range(13)],
            },
            "model": "ser-egemaps-v2",
            "scores": {"valence": rf(c.rng, -1, 1, 3), "arousal": rf(c.rng, -1, 1, 3)},
        }
    )
    b.bio("voice_features", "body:voice.pitchMeanHz/jitterLocal/shimmerLocalDb/mfccMean")
    b.ok_json({"ok": True})
    return b.build()


def mood_slider(c: Context) -> Flow:
    b = _base(c, "POST", f"{API}/v1/checkins/mood")
    b.json({"mood": c.rng.randint(1, 5), "tags": ["tired", "grateful"], "at": iso(c)})
    b.decoy("self-reported mood slider (no voice)")
    b.ok_json({"ok": True})
    return b.build()


def listen_log(c: Context) -> Flow:
    tid, title, dur = c.rng.choice(TRACKS)
    b = _base(c, "POST", f"{API}/v1/me/sessions")
    b.json(
        {
            "completed": [
                {
                    "contentId": tid,
                    "title": title,
                    "listenedSec": c.rng.randint(60, dur),
                    "durationSec": dur,
                    "finishedAt": iso(c),
                }
            ]
        }
    )
    b.view("body:completed[].contentId/listenedSec")
    b.ok_json({"streak": c.rng.randint(1, 50)})
    return b.build()


def amplitude(c: Context, media: bool | None = None) -> Flow:
    media = c.rng.random() < 0.6 if media is None else media
    b = fb(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", UA)
    ev: dict[str, object] = {
        "user_id": b.acct("calm_user"),
        "device_id": b.id("idfv_calm", where="body:events[].device_id"),
        "time": ms(c),
        "platform": "iOS",
        "os_name": "ipados",
        "os_version": "17.5.1",
        "device_model": "iPad13,18",
        "idfv": b.id("idfv_calm", where="body:events[].idfv"),
        "insert_id": rid(c.rng),
        "session_id": ms(c) - 60000,
    }
    if media:
        tid, title, dur = c.rng.choice(TRACKS)
        ev["event_type"] = c.rng.choice(["Meditation Played", "Sleep Story Completed"])
        ev["event_properties"] = {
            "content_id": tid,
            "title": title,
            "progress_sec": c.rng.randint(0, dur),
            "duration_sec": dur,
        }
        b.view("body:events[].event_properties.content_id/progress_sec")
    else:
        ev["event_type"] = c.rng.choice(["Screen Viewed", "Paywall Shown", "Reminder Set"])
        ev["event_properties"] = {"screen": "home"}
    b.json({"api_key": "c2f4e0a1b7d94e44a1d0", "events": [ev]})
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def audio_fetch(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = fb(
        c,
        "stillwater",
        "GET",
        f"https://media.stillwater.app/audio/{tid}/128k/{c.rng.randint(0, 40)}.aac",
    )
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPad; U; CPU OS 17_5_1 like Mac OS X)")
    b.decoy("audio segment fetch")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _base(c, "GET", f"{API}/v1/catalog?section=kids&v={c.rng.randint(1, 9)}")
    b.decoy("catalogue")
    b.ok_json({"items": [{"id": t, "title": n, "sec": d} for t, n, d in TRACKS]})
    return b.build()
