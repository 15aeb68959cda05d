"""Panood+: a Filipino streaming app (teleseryes, PBA live) in the personal profile.

Watch progress and live-game heartbeats go to the app's backend in Taglish keys
(`panood` = watching, `tagal` = duration, `natapos` = finished, `ituloy` =
continue). Video events also go to GA4 through the Measurement Protocol,
app-stream form (`firebase_app_id`, `api_secret`, `app_instance_id`, events
`video_progress` / `video_complete` with `video_title`, `video_percent`,
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events);
the app registers with Firebase Installations (`fid`, FIS_v2) and AppsFlyer
(`advertiserId`, `uid`, `android_id`, as the Android SDK names them). The
player's compact beacon sends nameless rows. Catalogue rails, search, the PBA
box scores (players' minutes), the schedule, thumbnails and HLS segments are
content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import PB, dalvik, iso, ms, rid, ua

API = "https://api.panoodplus.example"
UA = ua("PanoodPlus", "5.12.0")
APP_ID = "1:730215844901:android:3c0e5f9a1b27d64e"
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    f"{APP_ID}&api_secret=Qm3vT8kZp1LxR0wa9eNc2u"
)
SERYE = [
    ("t201", "Batang Quiapo", 2400),
    ("t202", "Pamilya Sagrado", 2300),
    ("t203", "Black Rider", 2500),
    ("t204", "Lavender Fields", 2400),
    ("t205", "Abot-Kamay na Pangarap", 2100),
    ("t206", "Linlang", 2700),
]
TEAMS = ["Ginebra", "San Miguel", "Magnolia", "TNT", "Meralco", "Rain or Shine", "NLEX"]


def _b(c: Context, method: str, url: str, device: bool = True) -> PB:
    b = PB(c, "panoodplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_panood", where="header x-device-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERYE)
    return sid, title, c.rng.randint(1, 180), dur


def _game(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(TEAMS, 2)
    return c.rng.randint(9000, 9999), home, away


def firebase_installation(c: Context) -> Flow:
    b = PB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/panoodplus-ph/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ph.panoodplus.app")
    b.json(
        {
            "fid": b.id("panood_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/730215844901/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = PB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ph.panoodplus.app"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("panood_af_uid", where="json uid"),
            "android_id": b.id("aid_panood", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.12.0",
            "brand": "samsung",
            "model": "SM-A356E",
            "lang_code": "fil",
            "country": "PH",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = PB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ph.panoodplus.app"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "af_complete_registration", "promo_tap"]),
            "eventValue": '{"af_revenue":"149","af_currency":"PHP","plan":"Premium Buwanan"}',
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("panood_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/panood/progress")
    b.view("json seryeId/episode/posisyon/tagal (watch progress)")
    b.json(
        {
            "seryeId": sid,
            "pamagat": title,
            "episode": ep,
            "posisyon": c.rng.randint(15, dur),
            "tagal": dur,
            "natapos": False,
            "oras": iso(c),
        }
    )
    b.no_content()
    return b.build()


def pba_heartbeat(c: Context) -> Flow:
    gid, home, away = _game(c)
    b = _b(c, "POST", f"{API}/v2/live/pba/heartbeat")
    b.view("json gameId + sekondaNapanood (live game watch time)")
    b.json(
        {
            "gameId": gid,
            "laro": f"{home} vs {away}",
            "sekondaNapanood": c.rng.choice([30, 60, 60, 120]),
            "kalidad": c.rng.choice(["720p", "1080p", "auto"]),
            "oras": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def ituloy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/user/ituloy-ang-panonood?limit=10")
    b.view("response json ituloy[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "seryeId": sid,
                "pamagat": title,
                "episode": ep,
                "posisyon": c.rng.randint(60, dur - 60),
                "tagal": dur,
                "huliNapanood": iso(c),
            }
        )
    b.ok_json({"ituloy": rows})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = PB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title/video_percent")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("panood_app_instance", where="json app_instance_id"),
            "user_id": b.acct("panood_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} Ep. {ep}",
                        "video_provider": "panoodplus",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = PB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("panood_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Home", "Hanapin", "PBA Live", "Profile"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/b/2", device=False)
    b.view("json x[] rows (title, episode, second, ts)", detectable=False)
    rows = [
        [int(c.rng.choice(SERYE)[0][1:]), c.rng.randint(1, 180), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"x": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?profile=main", device=False)
    b.decoy("catalogue rails with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "rails": [
                {
                    "pamagat": r,
                    "items": [
                        {"seryeId": s, "pamagat": t, "tagal": d, "poster": f"/p/{s}.jpg"}
                        for s, t, d in SERYE
                    ],
                }
                for r in ("Trending Ngayon", "Bagong Episode", "Pinoy Action")
            ]
        }
    )
    return b.build()


def hanapin(c: Context) -> Flow:
    q = c.rng.choice(["batang", "lavender", "linlang", "ginebra"])
    b = _b(c, "GET", f"{API}/v2/hanapin?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"resulta": [{"seryeId": s, "pamagat": t, "tagal": d} for s, t, d in SERYE[:3]]})
    return b.build()


def box_score(c: Context) -> Flow:
    gid, home, away = _game(c)
    b = _b(c, "GET", f"{API}/v2/pba/games/{gid}/boxscore", device=False)
    b.decoy("players' minutes and points (a game's stats, not viewing)")
    b.ok_json(
        {
            "laro": f"{home} vs {away}",
            "quarter": c.rng.randint(1, 4),
            "players": [
                {"pangalan": n, "min": c.rng.randint(5, 40), "pts": c.rng.randint(0, 35)}
                for n in ("Thompson", "Brownlee", "Fajardo", "Perez", "Pogoy")
            ],
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/pba/schedule?week=current", device=False)
    b.ok_json(
        {
            "games": [
                {"gameId": _game(c)[0], "tipoff": iso(c), "venue": "Smart Araneta Coliseum"}
                for _ in range(3)
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    sid = c.rng.choice(SERYE)[0]
    b = PB(c, "panoodplus", "GET", f"https://img.panoodplus.example/p/{sid}/w480.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERYE)[0]
    b = PB(
        c,
        "panoodplus",
        "GET",
        f"https://vod.panoodplus.example/{sid}/e{c.rng.randint(1, 180):03d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
