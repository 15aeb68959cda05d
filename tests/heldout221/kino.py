"""KinoDim: a Ukrainian series and film streamer (Megogo / Kyivstar TV-like) on
the son's Redmi in Kraków.

The backend uses Ukrainian transliteration in paths and keys (`perehliad` =
viewing, `prodovzhyty` = continue, `pozytsiia` = position, `tryvalist` =
duration, `seriia` = episode, `kanal`). Watch progress and live-channel
heartbeats go to the backend; video events also go to GA4 through the
Measurement Protocol (`firebase_app_id` / `api_secret` in the URL,
`app_instance_id` in the body, events `video_progress`, `video_complete` with
`video_title`, `video_percent`, `video_current_time`). The app registers with
Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2). Adjust tracks
sessions and events (form bodies to app.adjust.com/session and /event with
`app_token`, `gps_adid`, `android_uuid`, `created_at`, `event_token`,
`callback_params` / `partner_params` as JSON strings). Catalogue, search, the
EPG, the "top of the week" counts and HLS segments are content fetches.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.kinodim.example"
UA = ua("KinoDim", "6.12.0", "syn")
SERIALY = [
    ("s2101", "Спіймати Кайдаша", 2700),
    ("s2117", "Кріпосна", 2800),
    ("s2120", "Папік", 2500),
    ("s2134", "Останній москаль", 1500),
    ("s2141", "Слуга народу", 1600),
    ("s2156", "Перші ластівки", 2900),
]
KANALY = ["1+1 Україна", "ICTV2", "СТБ", "Новий канал", "Суспільне", "Рада", "Еспресо"]
FIREBASE_APP = "1:804417730526:android:2c5fe91d0a7b44e3"
MP = (
    f"https://www.google-analytics.com/mp/collect?firebase_app_id={FIREBASE_APP}"
    "&api_secret=Rk2qXa7WvN0pLm4TbY9cSd"
)
ADJUST_TOKEN = "v3k9q2m1xz7c"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kinodim", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "uk-UA")
    if device:
        b.header("x-prystrii-id", b.id("aid_kino", where="header x-prystrii-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALY)
    return sid, title, c.rng.randint(1, 40), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kinodim-ua/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "ua.kinodim.tv")
    b.json(
        {
            "fid": b.id("kino_fid", where="json fid"),
            "appId": FIREBASE_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804417730526/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/prystroi/reiestratsiia", device=False)
    b.json(
        {
            "androidId": b.id("aid_kino", where="json androidId"),
            "firebaseInstallationId": b.id("kino_fid", where="json firebaseInstallationId"),
            "model": "23117RA68G",
            "mova": "uk",
            "krainaPerebuvannia": "PL",
        }
    )
    b.ok_json({"ok": True, "maksPrystroiv": 5})
    return b.build()


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("syn"))
    b.header("client-sdk", "android4.38.3")
    return b


def _adjust_common(c: Context, b: FB) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJUST_TOKEN),
        ("gps_adid", b.id("gaid_syn", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("kino_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", iso(c).replace("Z", "Z+0000")),
        ("sent_at", iso(c).replace("Z", "Z+0000")),
        ("environment", "production"),
        ("package_name", "ua.kinodim.tv"),
        ("app_version", "6.12.0"),
        ("device_manufacturer", "Xiaomi"),
        ("device_name", "23117RA68G"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("language", "uk"),
        ("country", "PL"),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = _adjust_common(c, b)
    pairs += [("session_count", str(c.rng.randint(2, 300))), ("needs_response_details", "1")]
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": new_hex(c.rng, 32), "timestamp": iso(c)})
    return b.build()


def adjust_watch_event(c: Context) -> Flow:
    """Adjust event 'seriia_perehlianuta' with the episode in callback_params."""
    sid, title, ep, dur = _ep(c)
    b = _adjust(c, "event")
    b.view("form callback_params seriial/seriia/sekund_perehliadu")
    pairs = _adjust_common(c, b)
    pairs += [
        ("event_token", "k7x2pq"),
        ("event_count", str(c.rng.randint(1, 90))),
        (
            "callback_params",
            js(
                {
                    "seriial_id": sid,
                    "seriial": title,
                    "seriia": str(ep),
                    "sekund_perehliadu": str(c.rng.randint(300, dur)),
                }
            ),
        ),
        ("partner_params", js({"content_type": "serial", "content_id": sid})),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": new_hex(c.rng, 32)})
    return b.build()


def adjust_subscribe(c: Context) -> Flow:
    b = _adjust(c, "event")
    pairs = _adjust_common(c, b)
    pairs += [
        ("event_token", "p0d9tz"),
        ("revenue", "199.0"),
        ("currency", "UAH"),
        ("callback_params", js({"taryf": "Легкий", "zamovlennia": rid(c.rng)})),
    ]
    b.decoy("subscription order uuid in callback_params")
    b.form(pairs)
    b.ok_json({"app_token": ADJUST_TOKEN})
    return b.build()


def perehliad_prohres(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/perehliad/prohres")
    b.view("json serialId/seriia/pozytsiia (watch progress)")
    b.json(
        {
            "serialId": sid,
            "nazva": title,
            "seriia": ep,
            "pozytsiia": c.rng.randint(15, dur),
            "tryvalist": dur,
            "zaversheno": False,
            "chas": iso(c),
        }
    )
    b.no_content()
    return b.build()


def prodovzhyty(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/korystuvach/prodovzhyty-perehliad?limit=10")
    b.view("response json prodovzhyty[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "nazva": title,
                "seriia": ep,
                "pozytsiia": c.rng.randint(60, dur - 60),
                "tryvalist": dur,
                "perehlianutoO": iso(c),
            }
        )
    b.ok_json({"prodovzhyty": rows})
    return b.build()


def istoriia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/korystuvach/istoriia-perehliadiv?storinka=1")
    b.view("response json istoriia[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"serialId": sid, "nazva": title, "seriia": ep, "data": iso(c)})
    b.ok_json({"istoriia": items, "storinka": 1})
    return b.build()


def efir_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/efir/heartbeat")
    b.view("json kanal + sekund (live channel watch time)")
    b.json(
        {
            "kanal": c.rng.choice(KANALY),
            "sekund": c.rng.choice([30, 60, 60, 120]),
            "pochatok": iso(c),
            "yakist": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"prodovzhuvaty": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("kino_app_instance", where="json app_instance_id"),
            "user_id": b.acct("kino_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title}. Серія {ep}",
                        "video_provider": "kinodim",
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
            "app_instance_id": b.id("kino_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Holovna", "Poshuk", "Profil", "Efir"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [serial, episode, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/pb/2", device=False)
    b.view("json q[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIALY)[0][1:]), c.rng.randint(1, 40), c.rng.randint(10, 2900), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def kataloh(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kataloh?zhanr=komediia&storinka=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "seriialy": [
                {
                    "serialId": sid,
                    "nazva": title,
                    "serii": 40,
                    "tryvalist": dur,
                    "poster": f"https://img.kinodim.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALY
            ]
        }
    )
    return b.build()


def poshuk(c: Context) -> Flow:
    q = c.rng.choice(["кайдаш", "слуга", "ластівки", "кріпосна"])
    b = _b(c, "GET", f"{API}/api/v3/poshuk?q={quote(q)}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "rezultaty": [
                {"serialId": sid, "nazva": title, "tryvalist": dur}
                for sid, title, dur in SERIALY[:3]
            ]
        }
    )
    return b.build()


def top_tyzhnia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/tyzhden", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"serialId": sid, "nazva": title, "perehliadiv": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALY
            ]
        }
    )
    return b.build()


def prohrama(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/efir/prohrama?kanal={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "prohrama": [
                {"nazva": t, "pochatok": iso(c), "tryvalist": c.rng.choice([30, 60, 90])}
                for t in ("ТСН", "Єдині новини", "Світське життя", "Танці з зірками")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALY)[0]
    b = FB(
        c,
        "kinodim",
        "GET",
        f"https://vod.kinodim.example/{sid}/e{c.rng.randint(1, 40):02d}/1080p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
