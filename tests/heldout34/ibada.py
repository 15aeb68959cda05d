"""IbadaLive (a church and mosque streaming app, Nigeria / Kenya / Pakistan).

Fictional backend, key names mine: Yoruba (iwaasu = sermon, wiwo = watching,
akoko = time), Hausa (wa'azi = sermon, kallo = viewing, lokaci = time) and
English. Firebase Installations registration as the Firebase Android SDK
sends it (POST firebaseinstallations.googleapis.com/v1/projects/P/installations
with fid, appId, authVersion FIS_v2, sdkVersion; x-goog-api-key and
X-Android-Package headers), per firebase-android-sdk's
FirebaseInstallationServiceClient.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://api.ibadalive.ng"
SERMONS = [
    "rccg-holy-ghost-service",
    "dunamis-sunday",
    "tafsir-ramadan-day-12",
    "mfm-power-must-change-hands",
    "juma-khutbah-lahore",
]
SURAHS = ["al-kahf", "yasin", "ar-rahman", "al-mulk"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ibada", method, API + path)
    b.header("user-agent", ua("IbadaLive", "5.0.3"))
    return b


def iwaasu_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/iwaasu/wiwo")
    b.view("body (iwaasu_id, akoko_wiwo, gigun: sermon watch progress)")
    b.json(
        {
            "iwaasu_id": c.rng.choice(SERMONS),
            "akoko_wiwo": c.rng.randint(30, 5400),
            "gigun": 5400,
            "olumulo": b.acct("ibada_user"),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def kallo(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/waazi/kallo")
    b.view("form wa'azi/lokacin_kallo (sermon + seconds viewed)")
    b.form(
        [
            ("waazi", c.rng.choice(SERMONS)),
            ("lokacin_kallo", str(c.rng.randint(60, 3600))),
            ("tsawon", "3600"),
            ("rana", iso(c)),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()


def live_attendance(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/live/attendance-heartbeat")
    b.view("body (stream, watchedSeconds: live service attendance)")
    b.json(
        {
            "streamId": c.rng.choice(SERMONS),
            "watchedSeconds": c.rng.choice([60, 120, 300]),
            "event": "heartbeat",
            "sessionId": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def quran_listen(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/quran/listening-history")
    b.view("body.history[] (surah, reciter, seconds listened)")
    hist = [
        {
            "surah": s,
            "qari": "mishary-alafasy",
            "listened_sec": c.rng.randint(30, 1200),
            "at": iso(c),
        }
        for s in c.rng.sample(SURAHS, 2)
    ]
    b.json({"history": hist})
    b.ok_json({"saved": 2})
    return b.build()


def fis(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ibadalive-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "ng.ibadalive.app")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("ibada_fid", where="body.fid"),
            "appId": "1:73419:android:" + new_hex(c.rng, 22),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/73419/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def device_reg(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/push/register")
    b.json(
        {
            "android_id": b.id("aid_ibada", where="body.android_id"),
            "topic": "live-alerts",
            "lang": c.rng.choice(["yo", "ha", "en", "ur"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def prayer_times(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/salat/times?city=kano")
    b.decoy("prayer time table")
    b.ok_json(
        {"fajr": "05:12", "dhuhr": "12:41", "asr": "15:59", "maghrib": "18:33", "isha": "19:45"}
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/services/upcoming")
    b.decoy("service schedule (what is on, not what was watched)")
    b.ok_json({"items": [{"title": s, "starts": iso(c), "durationMin": 90} for s in SERMONS]})
    return b.build()


def bible_verse(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/daily-verse?lang=yo")
    b.decoy("daily verse text")
    b.ok_json({"ref": "Orin Dafidi 23:1", "text": "Oluwa ni oluso-agutan mi"})
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(c, "ibada", "GET", f"https://cdn.ibadalive.ng/posters/{new_hex(c.rng, 12)}.jpg")
    b.decoy("sermon poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
