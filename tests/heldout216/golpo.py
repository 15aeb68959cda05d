"""Golpo: a Bengali web-series streaming app (Hoichoi / Chorki-like), on the
daughter's Pixel 8 in London.

The backend is built in Kolkata and Dhaka: paths and keys are romanised Bengali
as developers there write them (`dekha` = watching, `porbo` = episode,
`somoy` = time, `shesh` = finished, `chalu_rakhun` = continue watching,
`khoja` = search) mixed with English. Watch progress goes to the app's backend;
video events also go to GA4 through the Measurement Protocol, app-stream form
(`firebase_app_id` and `api_secret` in the URL, `app_instance_id` in the body,
events `video_progress` / `video_complete` with `video_title`,
`video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2). Catalogue, search, "sobcheye beshi dekha" (most watched) counts,
trailers metadata and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.golpo-stream.example"
UA = ua("Golpo", "6.2.0", "didi")
SERIES = [
    ("gs210", "ফেলুদা ফেরত", 1800),
    ("gs224", "Byomkesh: Notun Adhyay", 2400),
    ("gs231", "Mohanagar", 2100),
    ("gs245", "Taqdeer", 1900),
    ("gs252", "Karagar", 2300),
    ("gs268", "Kolkata Chronicles", 2000),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:802146390517:android:3f9c21ab07d4e6c2&api_secret=Qm8vR2xLt5nPz0aWc7Ke4d"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "golpo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-bhasha", "bn")
    if device:
        b.header("x-device-id", b.id("aid_golpo", where="header x-device-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIES)
    return sid, title, c.rng.randint(1, 10), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/golpo-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.golpo.stream")
    b.json(
        {
            "fid": b.id("golpo_fid", where="json fid"),
            "appId": "1:802146390517:android:3f9c21ab07d4e6c2",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/802146390517/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device/nibondhon", device=False)
    b.json(
        {
            "android_id": b.id("aid_golpo", where="json android_id"),
            "fid": b.id("golpo_fid", where="json fid"),
            "model": "Pixel 8",
            "desh": "GB",
            "bhasha": "bn",
        }
    )
    b.ok_json({"safol": True, "max_device": 3})
    return b.build()


def dekha_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/dekha/progress")
    b.view("json series_id/porbo/dekha_somoy")
    b.json(
        {
            "series_id": sid,
            "naam": title,
            "porbo": ep,
            "dekha_somoy": c.rng.randint(15, dur),
            "mot_somoy": dur,
            "shesh": False,
            "somoy": iso(c),
        }
    )
    b.no_content()
    return b.build()


def chalu_rakhun(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/user/chalu-rakhun?limit=10")
    b.view("response json chalu_rakhun[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "series_id": sid,
                "naam": title,
                "porbo": ep,
                "dekha_somoy": c.rng.randint(60, dur - 60),
                "mot_somoy": dur,
                "shesh_dekha": iso(c),
            }
        )
    b.ok_json({"chalu_rakhun": rows})
    return b.build()


def dekha_itihas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/user/dekha-itihas?page=1")
    b.view("response json itihas[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"series_id": sid, "naam": title, "porbo": ep, "tarikh": iso(c)})
    b.ok_json({"itihas": items, "page": 1})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("golpo_app_instance", where="json app_instance_id"),
            "user_id": b.acct("golpo_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Porbo {ep}",
                        "video_provider": "golpo",
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
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("golpo_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Home", "Khoja", "Profile", "Notun"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [series, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIES)[0][2:]), c.rng.randint(1, 10), c.rng.randint(10, 2400), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def opaque_device(c: Context) -> Flow:
    """Entitlement check; header 'x-k' holds md5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v3/subscription/status", device=False)
    b.header("x-k", b.id("aid_golpo", "md5", "header x-k", detectable=False))
    b.ok_json({"plan": "yearly", "mulyo": "£29.99", "meyad": "2027-01-14"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogue?dhoron=thriller&page=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "series": [
                {
                    "series_id": sid,
                    "naam": title,
                    "mot_porbo": 8,
                    "mot_somoy": dur,
                    "poster": f"https://img.golpo-stream.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIES
            ]
        }
    )
    return b.build()


def khoja(c: Context) -> Flow:
    q = c.rng.choice(["feluda", "byomkesh", "karagar", "thriller"])
    b = _b(c, "GET", f"{API}/v3/khoja?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"fol": [{"series_id": s, "naam": t, "mot_somoy": d} for s, t, d in SERIES[:3]]})
    return b.build()


def beshi_dekha(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top/sobcheye-beshi-dekha?period=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"series_id": s, "naam": t, "dekha_hoyeche": c.rng.randint(10**4, 10**6)}
                for s, t, _ in SERIES
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIES)[0]
    b = FB(
        c,
        "golpo",
        "GET",
        f"https://vod.golpo-stream.example/{sid}/e{c.rng.randint(1, 10):02d}/720p/"
        f"seg-{c.rng.randint(1, 400)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
