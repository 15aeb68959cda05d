"""VekhoPunjab: a Punjabi OTT app (films, web series, live gurbani kirtan from
Sri Harmandir Sahib) on the son's Pixel 8 in Brampton.

The backend speaks romanised Punjabi: `dekhna` (watching), `kadi` (episode),
`thaan` (position, seconds), `lambai` (duration), `jaari-rakho` (continue
watching), `itihaas` (history), `suchi` (catalogue), `khoj` (search),
`kirtan/sidha` (live kirtan). Watch progress and the live-kirtan heartbeat go
to the backend; the player's compact beacon sends positional rows. The app
carries four SDKs:

* Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2) and GA4 events
  through the Measurement Protocol, app-stream form (`firebase_app_id`,
  `api_secret`, `app_instance_id`, recommended events `video_progress` /
  `video_complete` with `video_title`, `video_percent`, `video_current_time`);
* CleverTap (India region `in1.clevertap-prod.com/a1`): a JSON array whose
  first element is the meta header (`g` = the CleverTap ID "__" + 32 hex,
  `type` "meta", `af` app fields, `id` account id, `tk` token) followed by
  events (`type` "event", `evtName`, `evtData`, `ep`, `s`, `pg`);
* AppsFlyer launches (`advertiserId`, AppsFlyer's `uid`).

Catalogue rails, search results, the hukamnama of the day, the top-10 counts and
HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.vekhopunjab.example"
UA = ua("VekhoPunjab", "6.2.0", "puttar")
TITLES = [
    ("f201", "Jatt & Juliet 3", "film", 8100),
    ("f214", "Carry On Jatta 3", "film", 8700),
    ("w310", "Pind Di Kudi", "series", 2400),
    ("w322", "Yaar Anmulle", "series", 2100),
    ("w337", "Sardar Ji Da Dhaba", "series", 1800),
    ("f245", "Ardaas Sarbat De Bhale Di", "film", 7900),
]
KIRTAN = ["Sri Harmandir Sahib, Amritsar", "Gurdwara Bangla Sahib", "Takht Sri Kesgarh Sahib"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:80421193517:android:4c1b0e9a73d2f615&api_secret=Qp8zLw3nR5tYxK2vBf7sHd"
)
CT_ACCOUNT = "W8R-6K4-Z75Z"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "vekhopunjab", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_ott", where="header x-device-id"))
    return b


def _title(c: Context) -> tuple[str, str, int, int]:
    tid, name, kind, dur = c.rng.choice(TITLES)
    return tid, name, (c.rng.randint(1, 12) if kind == "series" else 0), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/vekhopunjab-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.vekhopunjab.ott")
    b.json(
        {
            "fid": b.id("ott_fid", where="json fid"),
            "appId": "1:80421193517:android:4c1b0e9a73d2f615",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/80421193517/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/jantar/darj-karo", device=False)
    b.json(
        {
            "androidId": b.id("aid_ott", where="json androidId"),
            "firebaseInstallationId": b.id("ott_fid", where="json firebaseInstallationId"),
            "model": "Pixel 8",
            "bhasha": "pa",
            "desh": "CA",
        }
    )
    b.ok_json({"theek": True, "vadh_ton_vadh_jantar": 3})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.vekhopunjab.ott"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("puttar"))
    b.json(
        {
            "advertiserId": b.id("gaid_puttar", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("ott_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.2.0",
            "model": "Pixel 8",
            "brand": "google",
            "lang_code": "pa",
            "country": "CA",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dekhna_progress(c: Context) -> Flow:
    tid, name, kadi, dur = _title(c)
    b = _b(c, "POST", f"{API}/v3/dekhna/progress")
    b.view("json titleId/naam/kadi/thaan (watch progress)")
    b.json(
        {
            "titleId": tid,
            "naam": name,
            "kadi": kadi,
            "thaan": c.rng.randint(20, dur),
            "lambai": dur,
            "pura_hoya": False,
            "samaa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def jaari_rakho(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/varton-wala/jaari-rakho?had=10")
    b.view("response json jaari_rakho[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        tid, name, kadi, dur = _title(c)
        rows.append(
            {
                "titleId": tid,
                "naam": name,
                "kadi": kadi,
                "thaan": c.rng.randint(60, dur - 60),
                "lambai": dur,
                "aakhri_vaar_dekhia": iso(c),
            }
        )
    b.ok_json({"jaari_rakho": rows})
    return b.build()


def itihaas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/varton-wala/dekhan-da-itihaas?panna=1")
    b.view("response json itihaas[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        tid, name, kadi, _dur = _title(c)
        items.append({"titleId": tid, "naam": name, "kadi": kadi, "dekhia": iso(c)})
    b.ok_json({"itihaas": items, "panna": 1})
    return b.build()


def kirtan_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/kirtan/sidha/dhadkan")
    b.view("json sthan + sunia_sec (live kirtan watch time)")
    b.json(
        {
            "sthan": c.rng.choice(KIRTAN),
            "raag": c.rng.choice(["Asa Di Vaar", "Rehras Sahib", "Kirtan Sohila", "Raag Bilawal"]),
            "sunia_sec": c.rng.choice([30, 60, 60, 120]),
            "shuru": iso(c),
            "quality": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"jaari": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, kadi, dur = _title(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("ott_app_instance", where="json app_instance_id"),
            "user_id": b.acct("ott_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": title + (f" - Kadi {kadi}" if kadi else ""),
                        "video_provider": "vekhopunjab",
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
            "app_instance_id": b.id("ott_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Mukh Panna", "Khoj", "Kirtan", "Profile"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def _ct(c: Context, events: list[dict]) -> FB:
    b = FB(
        c,
        "clevertap",
        "POST",
        f"https://in1.clevertap-prod.com/a1?os=Android&t=70102&z={CT_ACCOUNT}&ts={int(c.now)}",
    )
    b.header("user-agent", dalvik("puttar"))
    b.header("x-clevertap-account-id", CT_ACCOUNT)
    b.header("x-clevertap-token", "a6b-4c2")
    meta = {
        "g": b.id("ott_ct_id", where="json [0].g (CleverTap ID in the meta header)"),
        "type": "meta",
        "af": {
            "Build": "620",
            "Version": "6.2.0",
            "OS Version": "14",
            "SDK Version": 70102,
            "Make": "Google",
            "Model": "Pixel 8",
            "Carrier": "Rogers",
            "useIP": False,
            "wdt": 2.6,
            "hgt": 5.8,
            "dpi": 420,
            "cc": "ca",
        },
        "id": CT_ACCOUNT,
        "tk": "a6b-4c2",
        "l_ts": int(c.now) - c.rng.randint(100, 90000),
        "f_ts": 1727000000 + c.rng.randint(0, 10**6),
        "ddnd": False,
        "rtl": [],
        "rn": False,
    }
    b.json([meta, *events])
    b.ok_json({"g": "", "arp": {"j": c.rng.randint(10**8, 10**9)}})
    return b


def clevertap_watched(c: Context) -> Flow:
    _, title, kadi, dur = _title(c)
    evt = {
        "evtName": "Video Watched",
        "evtData": {
            "Title": title,
            "Kadi": kadi,
            "Watch Time (sec)": c.rng.randint(60, dur),
            "Genre": c.rng.choice(["Comedy", "Drama", "Devotional", "Romance"]),
        },
        "type": "event",
        "ep": int(c.now),
        "s": int(c.now) - c.rng.randint(60, 3000),
        "pg": c.rng.randint(1, 12),
    }
    b = _ct(c, [evt])
    b.view("json [1].evtName=Video Watched + evtData.Title / Watch Time")
    return b.build()


def clevertap_app_launched(c: Context) -> Flow:
    evt = {
        "evtName": "App Launched",
        "evtData": {"Source": c.rng.choice(["organic", "push"])},
        "type": "event",
        "ep": int(c.now),
        "s": int(c.now),
        "pg": 1,
    }
    b = _ct(c, [evt])
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [title, episode, second, ts] rows under 'p'."""
    b = _b(c, "POST", f"{API}/px/2", device=False)
    b.view("json p[] rows (title number, episode, second)", detectable=False)
    rows = [
        [int(c.rng.choice(TITLES)[0][1:]), c.rng.randint(0, 12), c.rng.randint(10, 8000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"p": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def suchi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/suchi?shreni=comedy&panna=1", device=False)
    b.decoy("catalogue rail with durations (content fetch)")
    b.ok_json(
        {
            "rail": [
                {
                    "titleId": tid,
                    "naam": name,
                    "kism": kind,
                    "lambai": dur,
                    "poster": f"https://img.vekhopunjab.example/p/{tid}_w360.jpg",
                }
                for tid, name, kind, dur in TITLES
            ]
        }
    )
    return b.build()


def khoj(c: Context) -> Flow:
    q = c.rng.choice(["jatt", "diljit", "ardaas", "pind"])
    b = _b(c, "GET", f"{API}/v3/khoj?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "nateeje": [
                {"titleId": tid, "naam": name, "lambai": dur} for tid, name, _k, dur in TITLES[:3]
            ]
        }
    )
    return b.build()


def top_das(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/top-10?desh=CA", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"titleId": tid, "naam": name, "vekhe_gaye": c.rng.randint(10**4, 10**6)}
                for tid, name, _k, _d in TITLES
            ]
        }
    )
    return b.build()


def hukamnama(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/kirtan/hukamnama/aj", device=False)
    b.decoy("hukamnama of the day (content)")
    b.ok_json(
        {
            "mitti": iso(c)[:10],
            "ang": c.rng.randint(1, 1430),
            "raag": "ਰਾਗੁ ਸੋਰਠਿ",
            "gurmukhi": "ਸੋਰਠਿ ਮਹਲਾ ੫ ॥",
            "audio": "https://cdn.vekhopunjab.example/hukam/aj.mp3",
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    tid = c.rng.choice(TITLES)[0]
    b = FB(
        c,
        "vekhopunjab",
        "GET",
        f"https://vod.vekhopunjab.example/{tid}/hls/720p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "androidx.media3.exoplayer/1.3.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
