"""EkraniPlay: a Georgian TV and series streaming app (the son's Pixel 8 in Athens).

The backend is Georgian-built: paths and keys are romanised Georgian (`nakhva` =
viewing, `gagrdzeleba` = continue, `khangrdzlivoba` = duration, `pozicia` =
position, `epizodi`, `sezoni`, `arkhi` = channel, `tsamebi` = seconds) and
titles are in Mkhedruli. Watch progress and live-channel heartbeats go to the
backend; video events also go to GA4 through the Measurement Protocol
(app-stream form: `firebase_app_id` and `api_secret` in the URL,
`app_instance_id` in the body, `video_progress` / `video_complete` with
`video_title`, `video_percent`, `video_current_time`). The app registers with
Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2). Adjust's Android
SDK v4 posts form-encoded packages to app.adjust.com/session and /event
(`app_token`, `gps_adid`, `android_uuid`, `created_at`, `event_token`,
`callback_params` as a JSON string); the session answer returns the `adid`
Adjust assigned. Catalogue, search, EPG, "most watched" counts and HLS
segments are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.ekraniplay.example"
UA = ua("EkraniPlay", "5.2.0", "vazhi")
PKG = "ge.ekraniplay.app"
SERIALS = [
    ("s301", "ჩვენი ეზო", 2600),
    ("s317", "თბილისური ისტორიები", 2400),
    ("s322", "მთის სოფელი", 3000),
    ("s334", "ბათუმის ღამეები", 2700),
    ("s348", "სამი და", 2900),
    ("s356", "ძველი ქალაქი", 3200),
]
ARKHEBI = ["იმედი", "რუსთავი 2", "მთავარი", "პირველი არხი", "ფორმულა", "TV პირველი", "POSTV"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:730146285512:android:3c9e7a10b5f24d61&api_secret=Qm8vLr2XpT0aHy5NcW4jZe"
)
ADJUST_TOKEN = "k7x2m9q4vb8c"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "ekraniplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "ka-GE")
    if device:
        b.header("x-mowyobiloba-id", b.id("aid_seriali", where="header x-mowyobiloba-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int, int]:
    sid, title, dur = c.rng.choice(SERIALS)
    return sid, title, c.rng.randint(1, 4), c.rng.randint(1, 40), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ekraniplay-ge/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", PKG)
    b.header("user-agent", dalvik("vazhi"))
    b.json(
        {
            "fid": b.id("seri_fid", where="json fid"),
            "appId": "1:730146285512:android:3c9e7a10b5f24d61",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/730146285512/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/mowyobilobebi/registracia", device=False)
    b.json(
        {
            "androidId": b.id("aid_seriali", where="json androidId"),
            "firebaseInstallationId": b.id("seri_fid", where="json firebaseInstallationId"),
            "modeli": "Pixel 8",
            "ena": "ka",
            "qveyana": "GR",
        }
    )
    b.ok_json({"ok": True, "maqsimumi": 5})
    return b.build()


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik("vazhi"))
    b.header("client-sdk", "android4.38.2")
    return b


def _adjust_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJUST_TOKEN),
        ("gps_adid", b.id("gaid_vazhi", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("seri_android_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", iso(c).replace("Z", "+0200")),
        ("sent_at", iso(c).replace("Z", "+0200")),
        ("package_name", PKG),
        ("app_version", "5.2.0"),
        ("device_type", "phone"),
        ("device_name", "Pixel 8"),
        ("os_name", "android"),
        ("os_version", "15"),
        ("api_level", "35"),
        ("language", "ka"),
        ("country", "GR"),
        ("environment", "production"),
        ("needs_response_details", "1"),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(b, c)
    pairs += [("session_count", str(c.rng.randint(2, 300))), ("attribution_deeplink", "1")]
    b.form(pairs)
    adid = b.id("seri_adjust_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJUST_TOKEN,
            "adid": adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    """An Adjust event with callback params naming the episode watched."""
    sid, title, season, ep, _ = _ep(c)
    b = _adjust(c, "event")
    b.view("form callback_params serialis_saxeli/sezoni/epizodi (episode watched)")
    pairs = _adjust_common(b, c)
    pairs += [
        ("event_token", "x3f9ad"),
        ("event_count", str(c.rng.randint(1, 500))),
        ("session_count", str(c.rng.randint(2, 300))),
        (
            "callback_params",
            js(
                {
                    "serialis_id": sid,
                    "serialis_saxeli": title,
                    "sezoni": str(season),
                    "epizodi": str(ep),
                    "naqurebi_procenti": str(c.rng.choice([50, 90, 100])),
                }
            ),
        ),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN, "timestamp": iso(c), "message": "Event tracked"})
    return b.build()


def nakhva_progress(c: Context) -> Flow:
    sid, title, season, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/nakhva/progresi")
    b.view("json serialisId/epizodi/pozicia")
    b.json(
        {
            "serialisId": sid,
            "satauri": title,
            "sezoni": season,
            "epizodi": ep,
            "pozicia": c.rng.randint(15, dur),
            "khangrdzlivoba": dur,
            "dasrulda": False,
            "dro": iso(c),
        }
    )
    b.no_content()
    return b.build()


def gagrdzeleba(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/momkhmarebeli/gagrdzeleba?limiti=10")
    b.view("response json gagrdzeleba[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, season, ep, dur = _ep(c)
        rows.append(
            {
                "serialisId": sid,
                "satauri": title,
                "sezoni": season,
                "epizodi": ep,
                "pozicia": c.rng.randint(60, dur - 60),
                "khangrdzlivoba": dur,
                "bolos_nanakhi": iso(c),
            }
        )
    b.ok_json({"gagrdzeleba": rows})
    return b.build()


def istoria(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/momkhmarebeli/nakhvis-istoria?gverdi=1")
    b.view("response json istoria[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, season, ep, _dur = _ep(c)
        items.append(
            {
                "serialisId": sid,
                "satauri": title,
                "sezoni": season,
                "epizodi": ep,
                "tarighi": iso(c),
            }
        )
    b.ok_json({"istoria": items, "gverdi": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/live/guliscema")
    b.view("json arkhi + tsamebi (live channel watch time)")
    b.json(
        {
            "arkhi": c.rng.choice(ARKHEBI),
            "tsamebi": c.rng.choice([30, 60, 60, 120]),
            "dasatskisi": iso(c),
            "khariskhi": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"gagrdzele": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, season, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("seri_app_instance", where="json app_instance_id"),
            "user_id": b.acct("seri_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - სეზონი {season}, ეპიზოდი {ep}",
                        "video_provider": "ekraniplay",
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
            "app_instance_id": b.id("seri_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["mtavari", "dzebna", "profili", "live"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [serial, season, episode, second, ts] rows under 'd'."""
    b = _b(c, "POST", f"{API}/p/2", device=False)
    b.view("json d[] rows", detectable=False)
    rows = [
        [
            int(c.rng.choice(SERIALS)[0][1:]),
            c.rng.randint(1, 4),
            c.rng.randint(1, 40),
            c.rng.randint(10, 3200),
            ms(c),
        ]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by a SHA-1 of the ANDROID_ID in a one-letter header."""
    b = _b(c, "GET", f"{API}/api/v3/konfig?v=5.2.0", device=False)
    b.header("x-h", b.id("aid_seriali", "sha1", "header x-h", detectable=False))
    b.ok_json({"reklama": False, "4k": True, "chat": False})
    return b.build()


def katalogi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalogi?zhanri=drama&gverdi=1", device=False)
    b.decoy("catalogue rail with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "serialebi": [
                {
                    "serialisId": sid,
                    "satauri": title,
                    "epizodebi": 40,
                    "khangrdzlivoba": dur,
                    "posteri": f"https://img.ekraniplay.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALS
            ]
        }
    )
    return b.build()


def dzebna(c: Context) -> Flow:
    q = c.rng.choice(["ეზო", "ბათუმი", "სამი", "ქალაქი"])
    b = _b(c, "GET", f"{API}/api/v3/dzebna?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "shedegebi": [
                {"serialisId": sid, "satauri": title, "khangrdzlivoba": dur}
                for sid, title, dur in SERIALS[:3]
            ]
        }
    )
    return b.build()


def top_nanakhi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/yvelaze-nanakhi?periodi=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"serialisId": sid, "satauri": title, "nakhvebi": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALS
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/live/programa?arkhi={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "programa": [
                {"satauri": t, "dasatskisi": iso(c), "khangrdzlivoba": c.rng.choice([30, 60, 90])}
                for t in ("ქრონიკა", "იმედის დღე", "კურიერი", "ფორმულა სპორტი")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALS)[0]
    b = FB(
        c,
        "ekraniplay",
        "GET",
        f"https://vod.ekraniplay.example/{sid}/s{c.rng.randint(1, 4)}e{c.rng.randint(1, 40):02d}/"
        f"1080p/seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
