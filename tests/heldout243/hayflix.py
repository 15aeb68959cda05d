"""HayFlix: an Armenian TV / series streaming app (the son's Pixel 8 in Glendale).

The backend is Armenian-built: paths and keys are romanised Armenian
(`ditum` = viewing, `drvag` = episode, `dirq` = position, `tevoghutyun` =
duration, `alik` = channel, `sharunakel` = continue, `patmutyun` = history,
`sarq` = device), titles are in Armenian script. Watch progress and live
heartbeats go to the backend; video events also go to GA4 through the
Measurement Protocol, app-stream form (`firebase_app_id` / `api_secret` in the
URL, `app_instance_id` in the body, recommended events `video_progress` /
`video_complete` with `video_title`, `video_percent`, `video_current_time`,
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
Firebase Installations registers the install (`fid`, `appId`, FIS_v2). Branch
(deep links from the diaspora Facebook groups) opens a session on
`api2.branch.io/v1/open` with `hardware_id` / `is_hardware_id_real` and the
advertising id, and logs custom events on `/v2/event/custom` with `user_data`
(`aaid`, `android_id`, `randomized_device_token`) and `custom_data`. The
catalogue, search, the top-10 counts, the EPG and HLS segments are content
fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.hayflix.example"
UA = ua("HayFlix", "3.9.1", "tgha")
BRANCH_KEY = "key_live_hF3pWq8ZtYc2LmN5xRv0Ka7sJd4GbE1u"
SERIALS = [
    ("s301", "Կարգին Սերիալ", 1500),
    ("s318", "Տնփեսա", 2400),
    ("s322", "Մոր Ձեռքեր", 2700),
    ("s335", "Սիրուն Սոնա", 2500),
    ("s347", "Պատը", 2900),
    ("s352", "Ընտանեկան Գաղտնիքներ", 2600),
    ("s360", "Վերադարձ Գյումրի", 3000),
]
ALIKNER = ["Հ1", "Shant TV", "Armenia TV", "Kentron", "ATV", "Yerkir Media", "Armenia Premium"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:884120367519:android:3c91de04a7f2b655&api_secret=Zq7vT2mXcR9pLw4KsN1bHd"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "hayflix", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "hy-AM")
    if device:
        b.header("x-sarq-id", b.id("aid_flix", where="header x-sarq-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIALS)
    return sid, title, c.rng.randint(1, 120), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/hayflix-am/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "am.hayflix.app")
    b.json(
        {
            "fid": b.id("flix_fid", where="json fid"),
            "appId": "1:884120367519:android:3c91de04a7f2b655",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/884120367519/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def sarq_grancum(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/sarqer/grancum", device=False)
    b.json(
        {
            "androidId": b.id("aid_flix", where="json androidId"),
            "firebaseInstallationId": b.id("flix_fid", where="json firebaseInstallationId"),
            "model": "Pixel 8",
            "lezu": "hy",
            "erkir": "US",
        }
    )
    b.ok_json({"ok": True, "sarqeriSahman": 4})
    return b.build()


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", dalvik("tgha"))
    b.json(
        {
            "hardware_id": b.id("aid_flix", where="json hardware_id"),
            "is_hardware_id_real": True,
            "brand": "Google",
            "model": "Pixel 8",
            "screen_dpi": 420,
            "screen_height": 2400,
            "screen_width": 1080,
            "wifi": True,
            "ui_mode": "UI_MODE_TYPE_NORMAL",
            "os": "Android",
            "os_version": 34,
            "country": "US",
            "language": "hy",
            "local_ip": "192.168.1." + str(c.rng.randint(2, 250)),
            "google_advertising_id": b.id("gaid_tgha", where="json google_advertising_id"),
            "lat_val": 0,
            "randomized_device_token": b.id(
                "flix_branch_token", where="json randomized_device_token"
            ),
            "app_version": "3.9.1",
            "facebook_app_link_checked": False,
            "is_referrable": 0,
            "debug": False,
            "update": 1,
            "latest_install_time": ms(c) - 86400000 * 40,
            "first_install_time": ms(c) - 86400000 * 200,
            "environment": "FULL_APP",
            "branch_key": BRANCH_KEY,
            "sdk": "android5.12.1",
        }
    )
    b.ok_json(
        {
            "session_id": str(c.rng.randint(10**18, 10**19)),
            "randomized_bundle_token": str(c.rng.randint(10**18, 10**19)),
            "link": "https://hayflix.app.link?%24randomized_bundle_token=x",
            "data": '{"+clicked_branch_link":false,"+is_first_session":false}',
        }
    )
    return b.build()


def branch_event(c: Context) -> Flow:
    """Branch custom event 'drvag_ditvats' (episode watched): viewing in custom_data."""
    sid, title, ep, dur = _ep(c)
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/custom")
    b.header("user-agent", dalvik("tgha"))
    b.view("json name=drvag_ditvats + custom_data serial/drvag (episode watched)")
    b.json(
        {
            "name": "drvag_ditvats",
            "custom_data": {
                "serial_id": sid,
                "anun": title,
                "drvag": str(ep),
                "ditvats_varkyan": str(c.rng.randint(300, dur)),
            },
            "user_data": {
                "os": "Android",
                "os_version": 34,
                "model": "Pixel 8",
                "android_id": b.id("aid_flix", where="json user_data.android_id"),
                "aaid": b.id("gaid_tgha", where="json user_data.aaid"),
                "limit_ad_tracking": 0,
                "randomized_device_token": b.id(
                    "flix_branch_token", where="json user_data.randomized_device_token"
                ),
                "developer_identity": b.acct("flix_user"),
                "app_version": "3.9.1",
                "sdk": "android",
                "sdk_version": "5.12.1",
            },
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def ditum_progress(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/api/v3/ditum/araj-yntac")
    b.view("json serialId/drvag/dirq (watch progress)")
    b.json(
        {
            "serialId": sid,
            "vernagir": title,
            "drvag": ep,
            "dirq": c.rng.randint(15, dur),
            "tevoghutyun": dur,
            "avartvac": False,
            "zham": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sharunakel(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ogtater/sharunakel-ditel?qanak=10")
    b.view("response json sharunakel[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "serialId": sid,
                "vernagir": title,
                "drvag": ep,
                "dirq": c.rng.randint(60, dur - 60),
                "tevoghutyun": dur,
                "ditvelE": iso(c),
            }
        )
    b.ok_json({"sharunakel": rows})
    return b.build()


def patmutyun(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ogtater/ditumneri-patmutyun?ej=1")
    b.view("response json patmutyun[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        sid, title, ep, _dur = _ep(c)
        items.append({"serialId": sid, "vernagir": title, "drvag": ep, "amsativ": iso(c)})
    b.ok_json({"patmutyun": items, "ej": 1})
    return b.build()


def uxix_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/uxix/heartbeat")
    b.view("json alik + varkyan (live channel watch time)")
    b.json(
        {
            "alik": c.rng.choice(ALIKNER),
            "varkyan": c.rng.choice([30, 60, 60, 120]),
            "skizb": iso(c),
            "vorak": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"sharunakel": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("flix_app_instance", where="json app_instance_id"),
            "user_id": b.acct("flix_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Սերիա {ep}",
                        "video_provider": "hayflix",
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
            "app_instance_id": b.id("flix_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Glxavor", "Voronum", "Profil", "Uxix"]),
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
        [int(c.rng.choice(SERIALS)[0][1:]), c.rng.randint(1, 120), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"p": rows, "v": 4}, "gzip")
    b.no_content()
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/katalog?zhanr=drama&ej=1", device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "serialner": [
                {
                    "serialId": sid,
                    "vernagir": title,
                    "serianer": 120,
                    "tevoghutyun": dur,
                    "poster": f"https://img.hayflix.example/p/{sid}.jpg",
                }
                for sid, title, dur in SERIALS
            ]
        }
    )
    return b.build()


def voronum(c: Context) -> Flow:
    q = c.rng.choice(["tnpesa", "gyumri", "sona", "kargin"])
    b = _b(c, "GET", f"{API}/api/v3/voronum?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "ardyunqner": [
                {"serialId": sid, "vernagir": title, "tevoghutyun": dur}
                for sid, title, dur in SERIALS[:3]
            ]
        }
    )
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/amenadityvac?shrjan=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"serialId": sid, "vernagir": title, "ditumner": c.rng.randint(10**4, 10**6)}
                for sid, title, _ in SERIALS
            ]
        }
    )
    return b.build()


def haghordumneri_cragir(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/uxix/cragir?alik={c.rng.randint(1, 7)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "haghordumner": [
                {"vernagir": t, "skizb": iso(c), "tevoghutyun": c.rng.choice([30, 60, 90])}
                for t in ("Լրաբեր", "Երգ երգոց", "Կիսաբաց լուսամուտներ", "Ֆուտբոլ. ակնարկ")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    sid = c.rng.choice(SERIALS)[0]
    b = FB(
        c,
        "hayflix",
        "GET",
        f"https://vod.hayflix.example/{sid}/e{c.rng.randint(1, 120):03d}/1080p/"
        f"seg-{c.rng.randint(1, 500)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
