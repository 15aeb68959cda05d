"""Hīkoi Fit: a fitness app with a Fitbit-like watch and on-demand workout classes.

The watch syncs through the app (its BLE MAC and serial); on-demand classes
report watch progress (`watchedSeconds` per class); an opaque remote-config
call keys on a SHA-256 of the ANDROID_ID under `k`. GPS runs, heart-rate
series, sleep stages and the voice coach's transcripts are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_uuid

from .phone import FB, iso, mk, ms, rf, ua

API = "https://api.hikoifit.example"
UA = ua("HikoiFit", "6.1.0")
CLASSES = ["20-min HIIT with Tama", "Yoga for Surfers", "Core Blast", "Mau rākau basics"]


def _b(c: Context, method: str, url: str) -> FB:
    b = mk(c, "hikoifit", method, url, UA)
    b.header("x-hf-install", b.id("fit_install", where="header x-hf-install"))
    return b


def watch_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/1/user/-/trackers/sync")
    b.json(
        {
            "tracker": {
                "serialNumber": b.id("watch_serial", where="json tracker.serialNumber"),
                "bluetoothMac": b.id("watch_mac", where="json tracker.bluetoothMac"),
                "firmware": "212.1.4",
            },
            "heartRate": [c.rng.randint(55, 140) for _ in range(20)],
            "start": ms(c),
        },
        "gzip",
    )
    b.ok_json({"accepted": True})
    return b.build()


def class_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/classes/{new_uuid(c.rng)}/progress")
    b.view("json watchedSeconds (on-demand workout class video)")
    b.json(
        {
            "className": c.rng.choice(CLASSES),
            "watchedSeconds": c.rng.randint(30, 1800),
            "completed": c.rng.random() < 0.3,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/c")
    b.form(
        [
            ("k", b.id("aid_fit", "sha256", "form k (sha256 of ANDROID_ID)", detectable=False)),
            ("v", "6.1.0"),
        ]
    )
    b.ok_json({"f": {"sleep_score": True}})
    return b.build()


def gps_run(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/activities")
    b.decoy("GPS track of a run (coordinates, not biometric)")
    lat, lon = rf(c.rng, -33.95, -33.85, 5), rf(c.rng, 151.15, 151.3, 5)
    b.json(
        {
            "type": "run",
            "points": [[round(lat + i * 1e-4, 5), round(lon + i * 1e-4, 5)] for i in range(12)],
            "distanceM": c.rng.randint(2000, 12000),
        }
    )
    b.ok_json({"id": c.rng.randint(10**7, 10**8)})
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/1.2/user/-/sleep/date/today.json")
    b.ok_json(
        {
            "stages": {"deep": c.rng.randint(40, 100), "rem": c.rng.randint(50, 120)},
            "efficiency": c.rng.randint(80, 98),
        }
    )
    return b.build()


def coach_transcript(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/coach/voice-note")
    b.decoy("voice note transcribed to text (speech recognition, no speaker model)")
    b.json(
        {
            "transcript": "felt strong today, knee a bit sore",
            "lang": "en-AU",
            "confidence": rf(c.rng, 0.7, 0.99, 2),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
