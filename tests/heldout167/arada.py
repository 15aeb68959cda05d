"""Arada Films: an Ethiopian streaming app (Amharic films and series) on the phone
and on the family's Android TV box.

The in-house backend uses romanised Amharic keys: `kifil` (episode),
`yetayebet_seconds` ("where it was watched up to"), `ketlo_yimeleketu` (continue
watching). The TV box's player sends a compact gzip+base64 resume blob. AppsFlyer
gets the advertising id and its own uid. Catalogue rails, "በብዛት የታዩ" (most watched
over all viewers), thumbnails, search and HLS segments are not viewing history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, gz

from .phone import FB, iso, ms, rid, ua

API = "https://api.aradafilms.example"
UA = ua("AradaFilms", "4.2.1")
BOX_UA = "AradaTV/4.2.1 (Linux; Android 11; X96 Max Plus)"
TITLES = ["ሰው ለሰው", "Min Litazez", "ዘመን", "Sayat Nova", "Yetekeberew", "ቤቶች"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "arada", method, url)
    b.header("user-agent", UA)
    b.header("x-arada-device", b.id("aid_arada", where="header x-arada-device"))
    return b


def _ep(c: Context) -> str:
    return f"AF-{c.rng.randint(100, 999)}-S{c.rng.randint(1, 4)}E{c.rng.randint(1, 24):02d}"


def progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/temelkach/progress")
    b.view("json yetayebet_seconds with kifil (romanised Amharic: watched-up-to seconds)")
    dur = c.rng.randint(1500, 3600)
    b.json(
        {
            "kifil": _ep(c),
            "ርዕስ": c.rng.choice(TITLES),
            "yetayebet_seconds": c.rng.randint(30, dur),
            "mulu_rezmet": dur,
            "sat": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def continue_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/me/ketlo_yimeleketu")
    b.view("response ketlo_yimeleketu[] (continue watching)", direction="response")
    b.ok_json(
        {
            "ketlo_yimeleketu": [
                {"kifil": _ep(c), "ርዕስ": c.rng.choice(TITLES), "bota": c.rng.randint(60, 3000)}
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def box_resume_blob(c: Context) -> Flow:
    """The TV box player's resume beacon: gzip+base64 of 'ep|pos|ts' rows under `d`."""
    b = FB(c, "arada-tv", "POST", f"{API}/r/v1")
    b.header("user-agent", BOX_UA)
    b.view("json d (gzip+base64 rows episode|position|ts)", detectable=False)
    rows = "\n".join(f"{_ep(c)}|{c.rng.randint(10, 3000)}|{ms(c)}" for _ in range(3))
    b.json({"d": base64.b64encode(gz(rows.encode())).decode(), "v": 3})
    b.no_content()
    return b.build()


def box_register(c: Context) -> Flow:
    b = FB(c, "arada-tv", "POST", f"{API}/api/v2/tv/activate")
    b.header("user-agent", BOX_UA)
    b.json(
        {
            "code": str(c.rng.randint(100000, 999999)),
            "serial_no": b.id("tvbox_serial", where="json serial_no"),
            "wlan_mac": b.id("tvbox_mac", where="json wlan_mac"),
            "model": "X96 Max Plus",
        }
    )
    b.ok_json({"activated": True, "profile": b.acct("arada_user")})
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.12/androidevent?app_id=com.aradafilms.app&buildnumber=6.12.2",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 13; TECNO CK7n Build/TP1A.220624.014)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": (b.other_id("af_uid", "json uid"), c.phone.af_uid)[1],
            "af_timestamp": str(ms(c)),
            "eventName": "af_subscribe",
            "currency": "ETB",
            "deviceType": "user",
            "country": "ET",
            "lang": "አማርኛ",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rails?lang=am")
    b.decoy("catalogue rails incl. 'በብዛት የታዩ' most-watched counts over all viewers (aggregate)")
    b.ok_json(
        {
            "rails": [
                {
                    "ርዕስ": "በብዛት የታዩ",
                    "items": [
                        {
                            "id": _ep(c),
                            "title": c.rng.choice(TITLES),
                            "views": c.rng.randint(1000, 90000),
                        }
                        for _ in range(6)
                    ],
                },
                {"ርዕስ": "አዲስ", "items": [{"id": _ep(c), "duration": c.rng.randint(1500, 3600)}]},
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/search?q=%E1%8D%8D%E1%89%85%E1%88%AD&page=1")
    b.decoy("search results for 'ፍቅር' (love): catalogue, not history")
    b.ok_json({"results": [{"id": _ep(c), "title": c.rng.choice(TITLES)} for _ in range(5)]})
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "arada", "GET", f"https://img.aradafilms.example/poster/{_ep(c)}/w342.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def segment(c: Context) -> Flow:
    b = FB(
        c,
        "arada-tv",
        "GET",
        f"https://vod.aradafilms.example/hls/{_ep(c)}/720/s{c.rng.randint(1, 600):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def player_trace(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/qoe")
    b.decoy("QoE: bitrate switches and a playback session trace id (no content position)")
    b.json(
        {"trace": rid(c.rng), "bitrates": [800, 1600, 1600, 2400], "stalls": c.rng.randint(0, 3)}
    )
    b.no_content()
    return b.build()
