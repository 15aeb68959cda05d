"""Sheger Radio & Podcasts (fictional backend): FM streams and Amharic podcasts.

Episode progress goes to the backend with Firebase's installation id; Firebase
Analytics logs `podcast_listen`. Show transcripts (reading) and the station's
now-playing card (what is on air for everyone) are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://api.shegerradio.example"
UA = ua("ShegerRadio", "2.2.0")
SHOWS = ["Yehager Wuloch", "Oduu Galgalaa", "Tech Talk Addis", "የጨዋታ ሰዓት"]


def progress(c: Context) -> Flow:
    b = FB(c, "shegerradio", "PUT", f"{API}/v1/episodes/{c.rng.randint(1000, 9999)}/progress")
    b.header("user-agent", UA)
    b.header("x-device-android-id", b.id("aid_radio", where="header x-device-android-id"))
    b.view("json show / listened_seconds / completed (podcast progress)")
    b.json(
        {
            "show": c.rng.choice(SHOWS),
            "listened_seconds": c.rng.randint(30, 3600),
            "completed": False,
            "updated": iso(c),
        }
    )
    b.no_content()
    return b.build()


def firebase_listen(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.view("form en=podcast_listen ep.show ep.position_sec (Firebase event)")
    b.form(
        [
            ("app_instance_id", b.id("fid", where="form app_instance_id")),
            ("en", "podcast_listen"),
            ("ep.show", c.rng.choice(SHOWS)),
            ("ep.position_sec", str(c.rng.randint(0, 3600))),
            ("_et", str(c.rng.randint(100, 9000))),
        ]
    )
    b.no_content()
    return b.build()


def transcript(c: Context) -> Flow:
    b = FB(c, "shegerradio", "GET", f"{API}/v1/episodes/{c.rng.randint(1000, 9999)}/transcript")
    b.header("user-agent", UA)
    b.decoy("episode transcript with timestamps: text to read, not a listening report")
    b.ok_json({"lines": [{"t": i * 7.5, "text": "እንኳን ደህና መጡ"} for i in range(5)]})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = FB(c, "shegerradio", "GET", f"{API}/v1/stations/fm102/now")
    b.header("user-agent", UA)
    b.decoy("the station's now-playing card: on air for everyone")
    b.ok_json(
        {"show": c.rng.choice(SHOWS), "started": iso(c), "listeners": c.rng.randint(100, 9000)}
    )
    return b.build()


def fis_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/sheger-radio/installations",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "fid": b.id("fid", where="json fid"),
            "appId": "1:44019:android:9c1e",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "installations/x", "refreshToken": "3_AS" + str(ms(c))})
    return b.build()
