"""Loopz: a US short-video app on the Pixel 8.

The in-house feed client reports per-clip watch stats (`video_id`,
`play_ms`, `loops`, `completed`) and, from its low-end build, the same stats
as bare arrays under `e`. It registers with its own numeric `device_id` and
the GAID. AppsFlyer's Android SDK launches (`/api/v6.14/androidevent`:
`advertiserId`, `uid`, `android_id` only when the app opts in) and AppLovin
MAX ad requests ride along. Feed pages, clip downloads, sound search and
"trending" hashtags are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_mp4

from .phone import FB, android_ua, ms, rid

API = "https://api.loopz.example"
UA = android_ua("Loopz", "31.4.2")


def _clip(c: Context) -> str:
    return "73" + new_digits(c.rng, 17)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "loopz", method, url)
    b.header("user-agent", UA)
    b.header("x-loopz-session", rid(c.rng))
    return b


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/passport/device/register/")
    b.form(
        [
            ("openudid", b.id("aid_short", where="form openudid")),
            ("gaid", b.id("gaid", where="form gaid")),
            ("device_type", "Pixel 8"),
            ("os_api", "35"),
            ("app_language", "en"),
        ]
    )
    b.ok_json(
        {
            "device_id": int(
                b.id("short_did", where="response json device_id", direction="response")
            ),
            "new_user": 0,
        }
    )
    return b.build()


def watch_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/aweme/v2/feed/stats/")
    b.header("x-loopz-did", b.id("short_did", where="header x-loopz-did"))
    b.view("json items[] video_id + play_ms + loops + completed")
    b.json(
        {
            "items": [
                {
                    "video_id": _clip(c),
                    "author_id": new_digits(c.rng, 17, "6"),
                    "play_ms": c.rng.randint(800, 60000),
                    "duration_ms": c.rng.randint(7000, 60000),
                    "loops": c.rng.randint(0, 3),
                    "completed": c.rng.random() < 0.4,
                    "enter_from": "homepage_hot",
                }
                for _ in range(c.rng.randint(2, 6))
            ],
            "client_ts": ms(c),
        }
    )
    b.ok_json({"status_code": 0})
    return b.build()


def watch_report_lite(c: Context) -> Flow:
    """Loopz Lite's compact rows: [clip, ms, flag] under 'e'."""
    b = _b(c, "POST", f"{API}/lite/v1/s")
    b.view("json e[] rows [clip, milliseconds, flag]", detectable=False)
    b.json({"e": [[_clip(c), c.rng.randint(500, 60000), c.rng.randint(0, 1)] for _ in range(4)]})
    b.ok_json({"s": 0})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.14/androidevent?app_id=com.loopz.android&buildnumber=6.14.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 15; Pixel 8 Build/AP4A.250105.002)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_short", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "launch_counter": str(c.rng.randint(2, 300)),
            "model": "Pixel 8",
            "brand": "google",
            "sdk": "35",
            "app_version_name": "31.4.2",
            "carrier": "T-Mobile",
            "lang_code": "en",
            "country": "US",
            "isFirstCall": "false",
        }
    )
    b.respond(200, "text/plain", b"ok")
    return b.build()


def applovin_max(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms4.applovin.com/1.0/mediate")
    b.header("user-agent", UA)
    b.json(
        {
            "device_info": {
                "idfa": b.id("gaid", where="json device_info.idfa"),
                "dnt": False,
                "model": "Pixel 8",
                "os": "15",
                "locale": "en_US",
                "tz_offset": -5.0,
            },
            "app_info": {"package_name": "com.loopz.android", "app_version": "31.4.2"},
            "ad_unit_id": new_hex(c.rng, 16),
            "ad_format": "INTER",
        }
    )
    b.ok_json({"ads": [], "ttl": 3600})
    return b.build()


def feed_page(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/aweme/v1/feed/?count=8&pull_type=2")
    b.decoy("recommended clips with play counts over all viewers (catalogue, aggregates)")
    b.ok_json(
        {
            "aweme_list": [
                {
                    "video_id": _clip(c),
                    "desc": c.rng.choice(["#texas bbq", "Ohio snow day", "cat vs cucumber"]),
                    "statistics": {"play_count": c.rng.randint(10**3, 10**7)},
                    "video": {"duration": c.rng.randint(7000, 60000)},
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def clip_download(c: Context) -> Flow:
    b = FB(c, "loopz", "GET", f"https://v16.loopzcdn.example/{new_hex(c.rng, 32)}/video.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("clip download (fetching a video)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def trending_tags(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/discover/v1/trending")
    b.decoy("trending hashtags with view totals (aggregate)")
    b.ok_json(
        {
            "tags": [
                {"tag": t, "views": c.rng.randint(10**5, 10**8)}
                for t in ("#fridaynightlights", "#buckeyes", "#tacotuesday")
            ]
        }
    )
    return b.build()


def upload_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/upload/v1/auth")
    b.decoy("upload credentials (a token, not an id of the phone)")
    b.ok_json({"token": b64(new_hex(c.rng, 40)), "expires": ms(c) + 3600000})
    return b.build()
