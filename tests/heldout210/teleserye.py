"""Panoorin: a teleserye and noontime-show streaming app (the mother's OPPO in Cebu).

The backend is Manila-built and its keys are Taglish, as local developers write
them: `napanood` (watched), `tuloy` (continue), `posisyon`, `tagal` (duration),
`kabanata` (episode), `palabas` (show), `segundo`. Watch progress and live
noontime-show heartbeats go to the app's backend; video events also go to GA4
through the Measurement Protocol, app-stream form (`firebase_app_id` and
`api_secret` in the URL, `app_instance_id` in the body, recommended events
`video_progress` / `video_complete` with `video_title`, `video_percent`,
`video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2). The catalogue, search, the "trending sa Pinas" counts, the programme
guide ("iskedyul") and HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.panoorin.example"
UA = ua("Panoorin", "6.2.0", "nanay")
SERYE = [
    ("ts201", "Batang Quiapo", 2700),
    ("ts214", "Pulang Araw", 2400),
    ("ts220", "Linlang", 2600),
    ("ts233", "Abot-Kamay na Pangarap", 2500),
    ("ts247", "Black Rider", 2700),
    ("ts252", "Lavender Fields", 2800),
]
LIVE = ["It's Showtime", "Eat Bulaga!", "TV Patrol", "24 Oras", "Unang Hirit", "ASAP"]
APP_ID = "1:804412776310:android:3c9e0a71b2d64f58"
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    f"{APP_ID}&api_secret=Qm7vRt2XcN9pLs4KwB8yZa"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "panoorin", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_panood", where="header x-device-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERYE)
    return sid, title, c.rng.randint(1, 180), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/panoorin-ph/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ph.panoorin.app")
    b.json(
        {
            "fid": b.id("panood_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804412776310/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/device/irehistro", device=False)
    b.json(
        {
            "androidId": b.id("aid_panood", where="json androidId"),
            "fid": b.id("panood_fid", where="json fid"),
            "modelo": "CPH2565",
            "wika": "ceb",
            "bansa": "PH",
        }
    )
    b.ok_json({"ok": True, "maxDevices": 3})
    return b.build()


def napanood_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/napanood/progress")
    b.view("json seryeId/kabanata/posisyon (watch progress)")
    b.json(
        {
            "seryeId": sid,
            "pamagat": title,
            "kabanata": ep,
            "posisyon": c.rng.randint(15, dur),
            "tagal": dur,
            "tapos": False,
            "oras": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tuloy_panoorin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/user/tuloy-panoorin?limit=10")
    b.view("response json tuloyPanoorin[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "seryeId": sid,
                "pamagat": title,
                "kabanata": ep,
                "posisyon": c.rng.randint(60, dur - 60),
                "tagal": dur,
                "hulingNapanood": iso(c),
            }
        )
    b.ok_json({"tuloyPanoorin": rows})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/heartbeat")
    b.view("json palabas + segundo_napanood (live show watch time)")
    b.json(
        {
            "palabas": c.rng.choice(LIVE),
            "segundo_napanood": c.rng.choice([30, 60, 60, 120]),
            "simula": iso(c),
            "kalidad": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"tuloy": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("panood_app_instance", where="json app_instance_id"),
            "user_id": b.acct("panood_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Episode {ep}",
                        "video_provider": "panoorin",
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
            "app_instance_id": b.id("panood_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Home", "Hanapin", "Profile", "Live"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact protobuf beacon: repeated (show number, episode, second, ts)."""
    b = _b(c, "POST", f"{API}/q/2", device=False)
    b.view("protobuf field 1 rows (show, episode, second, ts)", detectable=False)
    body = b""
    for _ in range(c.rng.randint(1, 3)):
        sid, _t, ep, dur = _ep(c)
        body += pb_msg(
            1,
            [
                pb_varint(1, int(sid[2:])),
                pb_varint(2, ep),
                pb_varint(3, c.rng.randint(10, dur)),
                pb_varint(4, ms(c)),
            ],
        )
    body += pb_bytes(9, "a6")
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def katalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalogo?genre=drama&page=1", device=False)
    b.decoy("catalogue with episode counts and durations (tagal)")
    b.ok_json(
        {
            "serye": [
                {
                    "seryeId": sid,
                    "pamagat": title,
                    "kabanata": 180,
                    "tagal": dur,
                    "poster": f"https://img.panoorin.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERYE
            ]
        }
    )
    return b.build()


def hanapin(c: Context) -> Flow:
    q = c.rng.choice(["quiapo", "lavender", "araw", "linlang"])
    b = _b(c, "GET", f"{API}/v3/hanapin?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "resulta": [
                {"seryeId": sid, "pamagat": title, "tagal": dur} for sid, title, dur in SERYE[:3]
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/trending-sa-pinas?period=7d", device=False)
    b.decoy("aggregate 'napanood' view counts (not one person's viewing)")
    b.ok_json(
        {
            "trending": [
                {"seryeId": sid, "pamagat": title, "napanood": c.rng.randint(10**5, 10**7)}
                for sid, title, _ in SERYE
            ]
        }
    )
    return b.build()


def iskedyul(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/live/iskedyul?araw=ngayon", device=False)
    b.decoy("programme guide start times and durations")
    b.ok_json(
        {
            "iskedyul": [
                {"palabas": t, "simula": iso(c), "tagal": c.rng.choice([30, 60, 90])}
                for t in LIVE[:4]
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERYE)[0]
    b = FB(
        c,
        "panoorin",
        "GET",
        f"https://vod.panoorin.example/{sid}/ep{c.rng.randint(1, 180):03d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
