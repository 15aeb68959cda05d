"""GharTV: a Nepali teleserial and live-TV / news streamer (the mother's Redmi
Note 13 in Pokhara).

The backend is Nepali-built: paths and keys are romanised Nepali (`herne` =
watch, `herieko` = watched, `bhag` = episode, `sthiti` = position, `awadhi` =
duration, `sirshak` = title, `chyanal` = channel, `khoj` = search) mixed with
English. Watch progress and live-channel heartbeats go to the app's backend;
video events also go to GA4 through the Measurement Protocol, app-stream form
(`firebase_app_id` and `api_secret` in the URL, `app_instance_id` in the body,
recommended events `video_progress` / `video_complete` with `video_title`,
`video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2) and tracks sessions and a subscription event with Adjust
(`app.adjust.com/session` and `/event`, form-encoded: `app_token`, `gps_adid`,
`android_uuid`, `created_at`, `event_token`, `callback_params`; the answer
carries the Adjust `adid`). Browsing the catalogue, search, the EPG, the
"dherai herieko" (most watched) counts and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

API = "https://api.ghartv.example"
UA = ua("GharTV", "6.1.4", "aama")
SERIALS = [
    ("gs201", "Meri Bassai", 1500),
    ("gs214", "Bhadragol", 1620),
    ("gs220", "Jire Khursani", 1440),
    ("gs233", "Ulto Sulto", 1380),
    ("gs247", "Harke Haldar", 1560),
    ("gs252", "Sakkigoni", 1500),
]
CHYANAL = ["Kantipur TV", "Nepal Television", "Image Channel", "AP1 HD", "Himalaya TV", "News24"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:704512993871:android:3c9e2a7f51b0d64e&api_secret=Rk8vTq2MzX5nHc7pLw1Ya0"
)
ADJUST_TOKEN = "q4k9xwz2m8ao"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "ghartv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_serial", where="header x-device-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALS)
    return sid, title, c.rng.randint(1, 300), dur


def _adjust_time(c: Context) -> str:
    return iso(c)[:-1] + "Z+0545"


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ghartv-np/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.ghartv.nepal")
    b.json(
        {
            "fid": b.id("serial_fid", where="json fid"),
            "appId": "1:704512993871:android:3c9e2a7f51b0d64e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/704512993871/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/upakaran/darta", device=False)
    b.json(
        {
            "androidId": b.id("aid_serial", where="json androidId"),
            "firebaseInstallationId": b.id("serial_fid", where="json firebaseInstallationId"),
            "modal": "23124RA7EO",
            "bhasha": "ne",
            "desh": "NP",
        }
    )
    b.ok_json({"safal": True, "adhiktamUpakaran": 3})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.3")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("gps_adid", b.id("gaid_aama", where="form gps_adid")),
            ("gps_adid_src", "service"),
            ("android_uuid", b.id("serial_adjust_uuid", where="form android_uuid")),
            ("tracking_enabled", "1"),
            ("created_at", _adjust_time(c)),
            ("sent_at", _adjust_time(c)),
            ("environment", "production"),
            ("package_name", "com.ghartv.nepal"),
            ("os_name", "android"),
            ("os_version", "13"),
            ("device_type", "phone"),
            ("device_manufacturer", "Xiaomi"),
            ("language", "ne"),
            ("country", "NP"),
            ("session_count", str(c.rng.randint(2, 90))),
            ("needs_response_details", "1"),
        ]
    )
    adid = b.id("serial_adid", where="response json adid", direction="response")
    b.ok_json({"app_token": ADJUST_TOKEN, "adid": adid, "timestamp": _adjust_time(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.3")
    plan = c.rng.choice(["masik", "trimasik", "barsik"])
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", c.rng.choice(["x7hq2d", "b3vn0k"])),
            ("event_count", str(c.rng.randint(1, 20))),
            ("gps_adid", b.id("gaid_aama", where="form gps_adid")),
            ("android_uuid", b.id("serial_adjust_uuid", where="form android_uuid")),
            ("created_at", _adjust_time(c)),
            ("environment", "production"),
            ("callback_params", js({"yojana": plan, "mulya": "NPR"})),
            ("revenue", str(c.rng.choice([199, 499, 1499]))),
            ("currency", "NPR"),
        ]
    )
    b.ok_json({"app_token": ADJUST_TOKEN, "message": "Event tracked"})
    return b.build()


def herne_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/herne/pragati")
    b.view("json serialId/bhag/sthiti (episode watch progress)")
    b.json(
        {
            "serialId": sid,
            "sirshak": title,
            "bhag": ep,
            "sthiti": c.rng.randint(15, dur),
            "awadhi": dur,
            "sakiyo": False,
            "samay": iso(c),
        }
    )
    b.no_content()
    return b.build()


def herna_jari(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/prayogkarta/herna-jari-rakhnus?limit=10")
    b.view("response json jariRakhnus[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "sirshak": title,
                "bhag": ep,
                "sthiti": c.rng.randint(60, dur - 60),
                "awadhi": dur,
                "heriekoMiti": iso(c),
            }
        )
    b.ok_json({"jariRakhnus": rows})
    return b.build()


def herieko_itihas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/prayogkarta/herieko-itihas?prishtha=1")
    b.view("response json itihas[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"serialId": sid, "sirshak": title, "bhag": ep, "miti": iso(c)})
    b.ok_json({"itihas": items, "prishtha": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/pratyaksha/heartbeat")
    b.view("json chyanal + sekend (live channel watch time)")
    b.json(
        {
            "chyanal": c.rng.choice(CHYANAL),
            "sekend": c.rng.choice([30, 60, 60, 120]),
            "suruSamay": iso(c),
            "gunastar": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"jari": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("serial_app_instance", where="json app_instance_id"),
            "user_id": b.acct("serial_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Bhag {ep}",
                        "video_provider": "ghartv",
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
            "app_instance_id": b.id("serial_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Griha", "Khoj", "Profile", "PratyakshaTV"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [serial, episode, second, ts] rows under 'p'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json p[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(SERIALS)[0][2:]), c.rng.randint(1, 300), c.rng.randint(10, 1600), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"p": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def device_opaque(c: Context) -> Flow:
    """Entitlement check; the ANDROID_ID rides base64-encoded in a header named 'x-u'."""
    b = FB(c, "ghartv", "GET", f"{API}/api/v3/adhikar")
    b.header("user-agent", UA)
    b.header("x-u", b.id("aid_serial", "b64", "header x-u", detectable=False))
    b.ok_json({"yojana": "masik", "samaptiMiti": iso(c)[:10], "hd": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/suchi?vidha=hasya&prishtha=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "serialharu": [
                {
                    "serialId": sid,
                    "sirshak": title,
                    "bhagSankhya": 300,
                    "awadhi": dur,
                    "poster": f"https://img.ghartv.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALS
            ]
        }
    )
    return b.build()


def khoj(c: Context) -> Flow:
    q = c.rng.choice(["bassai", "haldar", "khursani", "sakkigoni"])
    b = _b(c, "GET", f"{API}/api/v3/khoj?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "natija": [
                {"serialId": sid, "sirshak": title, "awadhi": dur}
                for sid, title, dur in SERIALS[:3]
            ]
        }
    )
    return b.build()


def dherai_herieko(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/dherai-herieko?abadhi=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"serialId": sid, "sirshak": title, "herai": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALS
            ]
        }
    )
    return b.build()


def karyakram_suchi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/pratyaksha/epg?chyanal={c.rng.randint(1, 6)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "karyakram": [
                {"sirshak": t, "suru": iso(c), "awadhi": c.rng.choice([30, 60, 90])}
                for t in ("Samachar", "Tough Talk", "Fireside", "Meri Bassai")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALS)[0]
    b = FB(
        c,
        "ghartv",
        "GET",
        f"https://vod.ghartv.example/{sid}/b{c.rng.randint(1, 300):03d}/720p/"
        f"seg-{c.rng.randint(1, 300)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
