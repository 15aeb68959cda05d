"""Sprechwerk, a language-learning app (fictional, api.sprechwerk.example.ch):
Dutch / French / Swiss-German courses with pronunciation scoring.

The pronunciation exercise uploads the spoken answer for speech-to-text and
gets back word and phoneme scores and a pitch (F0) contour: the audio is the
learner's voice, but nothing here builds or compares a speaker model (no
voiceprint, no enrolment): decoys. The short video lessons sync watch progress
(viewing history). Attribution is Adjust's iOS SDK (github.com/adjust/ios_sdk,
ADJPackageBuilder.m): form-encoded POST app.adjust.com/session with app_token,
idfv, att_status, created_at, device_type...; ATT was denied, so no idfa.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.sprechwerk.example.ch/v4"
UA = ua("Sprechwerk", "3.9.2", "3902")
PHRASES = [
    "Grüezi mitenand",
    "Je voudrais un café",
    "Ik werk op de intensive care",
    "Wo isch dr Bahnhof?",
    "Pourriez-vous répéter ?",
]


def pronunciation(c: Context) -> Flow:
    phrase = c.rng.choice(PHRASES)
    bnd = "Boundary-" + new_hex(c.rng, 32).upper()
    meta = urlencode({"expectedText": phrase, "lang": c.rng.choice(["de-CH", "fr-CH", "nl-NL"])})
    body = multipart(
        bnd,
        [
            ("meta", None, "application/x-www-form-urlencoded", meta.encode()),
            ("audio", "antwort.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 800)),
        ],
    )
    b = FB(c, "sprechwerk", "POST", f"{API}/exercises/{c.rng.randint(10000, 99999)}/speech")
    b.header("user-agent", UA)
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    words = [{"word": w, "score": c.rng.randint(40, 100)} for w in phrase.split()]
    b.ok_json(
        {
            "transcript": phrase,
            "overallScore": c.rng.randint(50, 100),
            "words": words,
            "pitchContourHz": [rf(c.rng, 90, 260, 1) for _ in range(40)],
            "requestId": rid(c.rng),
        }
    )
    b.decoy("spoken answer sent for speech-to-text scoring; pitch contour; no speaker model")
    return b.build()


def score_history(c: Context) -> Flow:
    b = FB(c, "sprechwerk", "GET", f"{API}/me/stats/aussprache?range=30d")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "scoreCurve": [c.rng.randint(55, 98) for _ in range(30)],
            "stimmlage": {"medianHz": rf(c.rng, 150, 230, 1), "spreadHz": rf(c.rng, 10, 40, 1)},
            "streakDays": c.rng.randint(1, 200),
        }
    )
    b.decoy("pronunciation score curve and median pitch ('stimmlage'): not a voiceprint")
    return b.build()


def lessons(c: Context) -> Flow:
    b = FB(c, "sprechwerk", "GET", f"{API}/courses/nl-fr/units?cursor={c.rng.randint(1, 40)}")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "units": [
                {
                    "id": c.rng.randint(100, 999),
                    "titre": t,
                    "videoDurationSec": c.rng.randint(60, 400),
                }
                for t in ("À l'hôpital", "Les horaires", "Au marché")
            ]
        }
    )
    b.decoy("course unit list with video durations")
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = FB(c, "sprechwerk", "GET", f"{API}/leagues/current")
    b.ok_json(
        {
            "league": "Saphir",
            "rows": [
                {
                    "rank": i,
                    "xp": c.rng.randint(100, 3000),
                    "name": f"learner{c.rng.randint(1, 9999)}",
                }
                for i in range(1, 11)
            ],
        }
    )
    b.decoy("weekly league ranks and XP series")
    return b.build()


def video_lesson_progress(c: Context) -> Flow:
    b = FB(c, "sprechwerk", "POST", f"{API}/me/video-progress")
    b.header("user-agent", UA)
    dur = c.rng.randint(60, 400)
    b.json(
        {
            "lessonVideoId": f"vl_{c.rng.randint(10000, 99999)}",
            "watchedSeconds": c.rng.randint(5, dur),
            "durationSeconds": dur,
            "watchedAt": iso(c),
            "completed": c.rng.random() < 0.4,
        }
    )
    b.view("lesson video watch progress: lessonVideoId + watchedSeconds + watchedAt")
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", "Sprechwerk/3902 CFNetwork/1496.0.7 Darwin/23.5.0")
    b.header("client-sdk", "ios4.38.4")
    b.form(
        [
            ("app_token", "q7w2kx9f3pds"),
            ("idfv", b.id("idfv_taal", where="form idfv")),
            ("att_status", "2"),
            ("tracking_enabled", "0"),
            ("bundle_id", "ch.example.sprechwerk"),
            ("created_at", iso(c).replace("Z", "Z+0100")),
            ("device_type", "iPhone"),
            ("device_name", "iPhone15,4"),
            ("os_name", "ios"),
            ("os_version", "17.5.1"),
            ("session_count", str(c.rng.randint(2, 300))),
            ("environment", "production"),
        ]
    )
    adid = b.id("adjust_adid", where="response adid", direction="response")
    b.ok_json(
        {
            "app_token": "q7w2kx9f3pds",
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()
