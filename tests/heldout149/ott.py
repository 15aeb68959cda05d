"""Kaazhcha: a Malayalam / Indian OTT app on the Samsung phone and the Android TV box.

Its Kochi team names the watch log in Manglish (`kandathu`, `samayam_sec`,
`ethra_kandu`) and the Android TV app sends Mixpanel-style events with Malayalam
titles in script. CleverTap carries its own device id. Film trailers, the
Onam banner and the "Top 10 in Kerala" rail are not viewing history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, android_ua, iso, ms

API = "https://api.kaazhcha.example"
UA = android_ua("Kaazhcha", "3.18.0")
TV_UA = "Kaazhcha-TV/3.18.0 (Linux; Android 11; MiBOX4 Build/RKQ1)"
TITLES = [
    ("kz_901", "മഞ്ഞുമ്മൽ ബോയ്സ്"),
    ("kz_902", "Premalu"),
    ("kz_915", "ആവേശം"),
    ("kz_933", "Kerala Crime Files S2"),
    ("kz_940", "Bramayugam"),
]


def _b(c: Context, method: str, url: str, tv: bool = False) -> FB:
    b = FB(c, "kaazhcha", method, url)
    b.header("user-agent", TV_UA if tv else UA)
    attr = "aid_tvbox" if tv else "aid_ott"
    b.header("x-device-id", b.id(attr, where="header x-device-id (ANDROID_ID)"))
    return b


def kandathu(c: Context) -> Flow:
    cid, title = c.rng.choice(TITLES)
    b = _b(c, "POST", f"{API}/api/v2/kandathu")
    b.view("json {cinema_id, samayam_sec, ethra_kandu} Manglish watch log")
    b.json(
        {
            "cinema_id": cid,
            "peru": title,
            "samayam_sec": c.rng.randint(60, 9000),
            "ethra_kandu": round(c.rng.uniform(0.05, 1.0), 2),
            "bhasha": "ml",
            "ts": iso(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def tv_event(c: Context) -> Flow:
    cid, title = c.rng.choice(TITLES)
    b = _b(c, "POST", "https://api-js.mixpanel.com/track/?ip=1", tv=True)
    b.sdk = "mixpanel"
    b.view("form data=base64 json event Video Paused, properties.playback_position")
    event = [
        {
            "event": c.rng.choice(["Video Paused", "Video Resumed", "Video Completed"]),
            "properties": {
                "token": "f3c1" + new_hex(c.rng, 28),
                "distinct_id": b.acct("ott_user"),
                "$device_id": b.id("aid_tvbox", where="form data base64 json $device_id"),
                "content_id": cid,
                "title": title,
                "playback_position": c.rng.randint(60, 9000),
                "time": ms(c) // 1000,
            },
        }
    ]
    b.form([("data", base64.b64encode(js(event).encode()).decode())])
    b.ok_json(1)
    return b.build()


def clevertap(c: Context) -> Flow:
    b = FB(c, "clevertap", "POST", "https://in1.clevertap-prod.com/a1?os=Android&t=70&z=TEST-Z44")
    b.header("user-agent", UA)
    b.view("json evtData cinema title and watched minutes (evtName Watched)")
    b.json(
        [
            {
                "g": b.id("clevertap_id", where="json [0].g (CleverTap id)"),
                "type": "meta",
                "af": {"gaid": b.id("gaid", where="json [0].af.gaid")},
            },
            {
                "type": "event",
                "evtName": "Watched",
                "evtData": {
                    "Title": c.rng.choice(TITLES)[1],
                    "Minutes Watched": c.rng.randint(3, 150),
                },
                "ep": ms(c) // 1000,
            },
        ]
    )
    b.ok_json({})
    return b.build()


def opaque_resume(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/r?k={new_hex(c.rng, 6)}&q={c.rng.randint(900, 940)}.{c.rng.randint(60, 9000)}",
    )
    b.view("query q=<title>.<seconds> (resume point, nothing says so)", detectable=False)
    b.no_content()
    return b.build()


def trailer(c: Context) -> Flow:
    cid, _ = c.rng.choice(TITLES)
    b = _b(c, "GET", f"{API}/api/v2/trailer/{cid}/manifest.m3u8")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\nseg0.ts\n")
    return b.build()


def top10(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rails/top10-kerala")
    b.decoy("Top 10 in Kerala: ranks and view counts over all viewers")
    b.ok_json({"rail": [{"id": i, "title": t, "rank": n + 1} for n, (i, t) in enumerate(TITLES)]})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/search?q=mohanlal")
    b.decoy("search results (content fetch)")
    b.ok_json({"results": [{"id": i, "title": t, "year": 2024} for i, t in TITLES[:3]]})
    return b.build()


def tv_activate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/tv/activate", tv=True)
    b.json(
        {
            "code": str(c.rng.randint(100000, 999999)),
            "ethMac": b.id("tvbox_mac", where="json ethMac (TV box MAC)"),
            "platform": "androidtv",
        }
    )
    b.ok_json({"activated": True})
    return b.build()
