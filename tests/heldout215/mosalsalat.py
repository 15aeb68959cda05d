"""Mosalsalaty: an Egyptian series streaming app, Shahid / Watch iT style, on the
son's Pixel 7 in Riyadh (Ramadan series and the live Egyptian channels).

The backend is Egyptian-built: keys are Franco-Arabic (`mosalsal`, `7al2a` =
episode, `makan` = position, `modda` = duration, `2anah` = channel, `kamel` =
finished) with some Arabic titles. Watch progress and live heartbeats go to the
app's backend; video events also go to GA4 through the Measurement Protocol
(app stream: `firebase_app_id`, `api_secret`, `app_instance_id`, events
`video_progress` / `video_complete` with `video_title`, `video_percent`,
`video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
Firebase Installations registers the app (`fid`, FIS_v2). Adjust sessions and
events are form posts to app.adjust.com with `gps_adid` and `android_uuid` (the
SDK's parameter names). The catalogue, search, the "top 10 in Egypt" counts,
the EPG and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.mosalsalaty.example"
UA = ua("Mosalsalaty", "6.2.0", "ebn")
MOSALSALAT = [
    ("m2101", "الحشاشين", 2700),
    ("m2102", "Ne3ma El Afoukato", 2500),
    ("m2103", "El Hefny", 2400),
    ("m2104", "جعفر العمدة", 2900),
    ("m2105", "Kamel El Adad", 2300),
    ("m2106", "Al Kabeer Awi 8", 1800),
]
QANAWAT = ["ON", "CBC", "MBC Masr", "DMC", "Al Hayah", "Nile Drama", "Sada El Balad"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:730215884012:android:3c9e41a07b2d55e0&api_secret=Qe8vR2mLx0TnPz4sWk9Y3b"
)
ADJUST_TOKEN = "q7m2x4kd9fz4"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "mosalsalaty", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-gehaz-id", b.id("aid_mosalsal", where="header x-gehaz-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    mid, title, dur = c.rng.choice(MOSALSALAT)
    return mid, title, c.rng.randint(1, 30), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/mosalsalaty-eg/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.mosalsalaty.app")
    b.json(
        {
            "fid": b.id("mosalsal_fid", where="json fid"),
            "appId": "1:730215884012:android:3c9e41a07b2d55e0",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/730215884012/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def sagel_gehaz(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/agheza/sagel", device=False)
    b.json(
        {
            "androidId": b.id("aid_mosalsal", where="json androidId"),
            "fid": b.id("mosalsal_fid", where="json fid"),
            "model": "Pixel 7",
            "lo8a": "ar",
            "balad": "SA",
        }
    )
    b.ok_json({"tamam": True, "a2sa_agheza": 3})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik("ebn"))
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("gps_adid", b.id("gaid_ebn", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("mosalsal_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", iso(c)),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 80))),
            ("device_type", "phone"),
            ("os_name", "android"),
            ("country", "SA"),
            ("language", "ar"),
        ]
    )
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": new_hex(c.rng, 32)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik("ebn"))
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", c.rng.choice(["abc1de", "sub7rm"])),
            ("gps_adid", b.id("gaid_ebn", where="form gps_adid")),
            ("android_uuid", b.id("mosalsal_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c)),
            ("callback_params", '{"plan":"ramadan_bundle"}'),
            ("environment", "production"),
        ]
    )
    b.ok_json({"app_token": ADJUST_TOKEN, "message": "Event tracked"})
    return b.build()


def moshahda_progress(c: Context) -> Flow:
    mid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v3/moshahda/ta2adom")
    b.view("json mosalsalId/7al2a/makan")
    b.json(
        {
            "mosalsalId": mid,
            "3enwan": title,
            "7al2a": ep,
            "makan": c.rng.randint(15, dur),
            "modda": dur,
            "kamel": False,
            "wa2t": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kamel_moshahda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/mosta5dem/kamel-moshahda?limit=10")
    b.view("response json kamel[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        mid, title, ep, dur = _ep(c)
        rows.append(
            {
                "mosalsalId": mid,
                "3enwan": title,
                "7al2a": ep,
                "makan": c.rng.randint(60, dur - 60),
                "modda": dur,
                "shoftoFe": iso(c),
            }
        )
    b.ok_json({"kamel": rows})
    return b.build()


def sigel_moshahda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/mosta5dem/sigel-el-moshahda?safha=1")
    b.view("response json sigel[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        mid, title, ep, _dur = _ep(c)
        items.append({"mosalsalId": mid, "3enwan": title, "7al2a": ep, "tare5": iso(c)})
    b.ok_json({"sigel": items, "safha": 1})
    return b.build()


def live_nabd(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/live/nabd")
    b.view("json 2anah + sawany (live channel watch time)")
    b.json(
        {
            "2anah": c.rng.choice(QANAWAT),
            "sawany": c.rng.choice([30, 60, 60, 120]),
            "bedaya": iso(c),
            "gawda": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"kamel": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("mosalsal_app_instance", where="json app_instance_id"),
            "user_id": b.acct("mosalsal_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - الحلقة {ep}",
                        "video_provider": "mosalsalaty",
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
            "app_instance_id": b.id("mosalsal_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Re2eseya", "Ba7s", "Ramadan", "Live"]),
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
        [int(c.rng.choice(MOSALSALAT)[0][1:]), c.rng.randint(1, 30), c.rng.randint(10, 2900), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/katalog?no3=ramadan-2025&safha=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "mosalsalat": [
                {
                    "mosalsalId": mid,
                    "3enwan": title,
                    "3adad_el7ala2at": 30,
                    "modda": dur,
                    "poster": f"https://img.mosalsalaty.example/p/{mid}.jpg",
                }
                for mid, title, dur in MOSALSALAT
            ]
        }
    )
    return b.build()


def ba7s(c: Context) -> Flow:
    q = c.rng.choice(["hashashin", "afoukato", "الكبير", "kamel"])
    b = _b(c, "GET", f"{API}/v3/ba7s?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "nata2eg": [
                {"mosalsalId": mid, "3enwan": title, "modda": dur}
                for mid, title, dur in MOSALSALAT[:3]
            ]
        }
    )
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top10?balad=EG&modda=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"mosalsalId": mid, "3enwan": title, "moshahdat": c.rng.randint(10**5, 10**7)}
                for mid, title, _ in MOSALSALAT
            ]
        }
    )
    return b.build()


def gadwal(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/live/gadwal?2anah={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "baramg": [
                {"3enwan": t, "bedaya": iso(c), "modda": c.rng.choice([30, 60, 90])}
                for t in ("El Hekaya", "Al Ashera Masa2an", "Mosalsal El Fagr", "Ramez")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    mid = c.rng.choice(MOSALSALAT)[0]
    b = FB(
        c,
        "mosalsalaty",
        "GET",
        f"https://vod.mosalsalaty.example/{mid}/e{c.rng.randint(1, 30):02d}/720p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
