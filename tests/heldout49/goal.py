"""A football app: live scores, match minute, "most watched" highlight
rankings (decoys); the highlight player's Firebase / GA4 video events and its
own watch log are true viewing history; the Firebase installation id is a device id.

GA4 recommended video events: video_start / video_progress / video_complete
with video_title, video_percent, video_current_time, video_duration
(support.google.com/analytics "Enhanced measurement events"). Firebase
Installations: POST firebaseinstallations.googleapis.com/v1/projects/{p}/installations
with {fid, appId, authVersion, sdkVersion}
(firebase-android-sdk, FirebaseInstallationServiceClient).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.goli-live.example"
TEAMS = [
    "Al Ahly",
    "Zamalek",
    "Al Hilal",
    "Al Nassr",
    "Gor Mahia",
    "AFC Leopards",
    "Pyramids",
    "Ittihad",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "goli", method, API + path)
    b.header("user-agent", ua("Goli", "8.3.0"))
    return b


def live(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/matches/live")
    b.decoy("live scores with match minute (dakika) and possession: a sports feed")
    b.ok_json(
        {
            "mechi": [
                {
                    "home": c.rng.choice(TEAMS),
                    "away": c.rng.choice(TEAMS),
                    "score": [c.rng.randint(0, 4), c.rng.randint(0, 4)],
                    "dakika": c.rng.randint(1, 95),
                    "possession": c.rng.randint(30, 70),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/highlights/most-watched?region=" + c.rng.choice(["EG", "SA", "KE"]))
    b.decoy("'most watched' highlight ranking: global view counts and watch_time, not this user's")
    b.ok_json(
        {
            "top": [
                {
                    "rank": i + 1,
                    "video_id": f"HL{c.rng.randint(10000, 99999)}",
                    "views": c.rng.randint(10**4, 10**7),
                    "avg_watch_time_s": c.rng.randint(20, 180),
                    "thumb": f"https://img.goli-live.example/{i}.jpg",
                }
                for i in range(10)
            ]
        }
    )
    return b.build()


def clip_fetch(c: Context) -> Flow:
    b = FB(
        c,
        "goli",
        "GET",
        f"https://vod.goli-live.example/hl/HL{c.rng.randint(10000, 99999)}/720p/"
        f"seg_{c.rng.randint(1, 40)}.ts",
    )
    b.header("user-agent", ua("Goli", "8.3.0"))
    b.decoy("video segment fetch of a highlight: a CDN download")
    b.respond(200, "video/mp2t", bytes(c.rng.randrange(256) for _ in range(400)))
    return b.build()


def ga4_video(c: Context) -> Flow:
    b = FB(c, "firebase_analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", ua("Goli", "8.3.0"))
    pct = c.rng.choice([10, 25, 50, 75, 100])
    name = "video_complete" if pct == 100 else c.rng.choice(["video_start", "video_progress"])
    b.json(
        {
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{c.rng.choice(TEAMS)} vs {c.rng.choice(TEAMS)} | Magoli",
                        "video_percent": pct,
                        "video_current_time": c.rng.randint(0, 300),
                        "video_duration": 300,
                    },
                }
            ],
            "timestamp_micros": ms(c) * 1000,
        }
    )
    b.view("json:events[].name=video_progress + video_title + video_percent")
    b.no_content()
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/me/mushahadat")
    b.json(
        {
            "mushahadat": [
                {
                    "clip": f"HL{c.rng.randint(10000, 99999)}",
                    "shahadt_lehad": c.rng.randint(5, 300),
                    "fe": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.view(
        "json:mushahadat[].clip+shahadt_lehad (Arabizi 'views' / 'watched until')", detectable=False
    )
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/goli-live/installations",
    )
    b.header("x-android-package", "com.goli.live")
    b.json(
        {
            "fid": b.id("goal_fid", where="json:fid"),
            "appId": "1:4021:android:9ab3",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/4021/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/push/register")
    b.json(
        {
            "device_id": b.id("aid_goal", where="json:device_id"),
            "teams": [c.rng.choice(TEAMS)],
            "lang": "ar",
        }
    )
    b.no_content()
    return b.build()
