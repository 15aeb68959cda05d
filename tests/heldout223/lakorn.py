"""LakornPlus (ละครพลัส): a Thai drama streaming app, the manager's own.

The backend keys are romanised Thai (`lakorn_id`, `ton_thi` = episode number,
`tamnaeng` = position in seconds, `wela_du` = seconds watched, `du_laew` =
watched). Watch progress and the "continue watching" row go to the app's
backend; video events go to GA4 through the Measurement Protocol (app stream:
`firebase_app_id`, `api_secret`, `app_instance_id`; `video_progress` /
`video_complete` with `video_title`, `video_percent`, `video_current_time`,
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
Firebase Installations registers the `fid` (FIS_v2). AppsFlyer launches carry
`advertiserId`, AppsFlyer's `uid` and `android_id`; in-app events carry the
subscription. The player's compact beacon sends positional rows; a stats call
carries the ANDROID_ID as a SHA-1 under a one-letter header. The catalogue
rails, search, the top-10 chart, posters and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.lakornplus.example"
UA = ua("LakornPlus", "6.4.1")
PKG = "th.lakornplus.app"
LAKORN = [
    ("lk301", "บุพเพสันนิวาส ๓", 2700),
    ("lk318", "ดวงใจเทวพรหม", 2880),
    ("lk322", "Love Destiny: Return", 2700),
    ("lk340", "เล่ห์รักบุษบา", 3000),
    ("lk352", "ทองเอก หมอยา ท่าโฉลง", 2640),
    ("lk367", "คุณชาย Unchained", 2580),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:804163377215:android:2c9d51e0ab7f4413&api_secret=Lq7vXr3TmB0pZ8dN4sWk2e"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "lakornplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-device-id", b.id("aid_lakorn", where="header x-device-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    lid, title, dur = c.rng.choice(LAKORN)
    return lid, title, c.rng.randint(1, 24), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/lakornplus-th/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", PKG)
    b.json(
        {
            "fid": b.id("lakorn_fid", where="json fid"),
            "appId": "1:804163377215:android:2c9d51e0ab7f4413",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/804163377215/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("lakorn_af_uid", where="json uid"),
            "android_id": b.id("aid_lakorn", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.4.1",
            "model": "SM-A556E",
            "brand": "samsung",
            "lang_code": "th",
            "country": "TH",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "af_login", "sa_pen_samachik"]),
            "eventValue": '{"af_revenue":"149","af_currency":"THB","plan":"VIP"}',
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("lakorn_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/upakon/longthabian", device=False)
    b.json(
        {
            "androidId": b.id("aid_lakorn", where="json androidId"),
            "firebaseInstallationId": b.id("lakorn_fid", where="json firebaseInstallationId"),
            "model": "SM-A556E",
            "phasa": "th",
        }
    )
    b.ok_json({"ok": True, "max_upakon": 3})
    return b.build()


def progress(c: Context) -> Flow:
    lid, title, ep, dur = _ep(c)
    b = _b(c, "POST", f"{API}/v2/kan-du/progress")
    b.view("json lakorn_id/ton_thi/tamnaeng/wela_du")
    b.json(
        {
            "lakorn_id": lid,
            "chue_rueang": title,
            "ton_thi": ep,
            "tamnaeng": c.rng.randint(30, dur),
            "khwam_yao": dur,
            "wela_du": c.rng.choice([30, 60, 120]),
            "du_laew": False,
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def du_to(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/phu-chai/du-to?limit=10")
    b.view("response json du_to[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        lid, title, ep, dur = _ep(c)
        rows.append(
            {
                "lakorn_id": lid,
                "chue_rueang": title,
                "ton_thi": ep,
                "tamnaeng": c.rng.randint(60, dur - 60),
                "khwam_yao": dur,
                "du_mue": iso(c),
            }
        )
    b.ok_json({"du_to": rows})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, ep, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("lakorn_app_instance", where="json app_instance_id"),
            "user_id": b.acct("lakorn_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} ตอนที่ {ep}",
                        "video_provider": "lakornplus",
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
            "app_instance_id": b.id("lakorn_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Nahlak", "Khonha", "Profile", "Live"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def beacon(c: Context) -> Flow:
    """The player's compact beacon: [drama, episode, second, ts] rows under 'p'."""
    b = _b(c, "POST", f"{API}/b/2", device=False)
    b.view("json p[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(LAKORN)[0][2:]), c.rng.randint(1, 24), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"p": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q", device=False)
    b.header("x-s", b.id("aid_lakorn", "sha1", "header x-s", detectable=False))
    b.json({"n": c.rng.randint(1, 9), "e": c.rng.choice(["bf", "st", "er"]), "t": ms(c)})
    b.no_content()
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/nahlak/rails?phasa=th", device=False)
    b.decoy("home rails with episode counts and durations (catalogue)")
    b.ok_json(
        {
            "rails": [
                {
                    "title": t,
                    "items": [
                        {"lakorn_id": lid, "chue_rueang": title, "jamnuan_ton": 24, "khwam_yao": d}
                        for lid, title, d in c.rng.sample(LAKORN, 4)
                    ],
                }
                for t in ("ละครใหม่", "ยอดนิยม", "ดูฟรี")
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["บุพเพ", "เทวพรหม", "หมอยา", "love"])
    b = _b(c, "GET", f"{API}/v2/khonha?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {"phon": [{"lakorn_id": lid, "chue_rueang": t, "khwam_yao": d} for lid, t, d in LAKORN[:3]]}
    )
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top10?chuang=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"lakorn_id": lid, "chue_rueang": t, "yod_du": c.rng.randint(10**5, 10**7)}
                for lid, t, _ in LAKORN
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    lid = c.rng.choice(LAKORN)[0]
    b = _b(c, "GET", f"https://img.lakornplus.example/poster/{lid}/w480.jpg", device=False)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def hls(c: Context) -> Flow:
    lid = c.rng.choice(LAKORN)[0]
    b = FB(
        c,
        "lakornplus",
        "GET",
        f"https://vod.lakornplus.example/{lid}/ep{c.rng.randint(1, 24):02d}/720p/"
        f"seg_{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
