"""Rangmanch+: a Gujarati OTT app (films, natak plays, web series; a
ShemarooMe-like service) on the daughter's Pixel 8 in Leicester.

The backend is Gujarati-built and names things in romanized Gujarati:
`joyelu` (watched), `pragati` (progress), `kaaryakram` (programme), `bhag`
(episode), `samay` (position, seconds), `kul_samay` (running time), `shirshak`
(title), `chalu-rakho` (continue watching), `itihaas` (history); a few keys are
in Gujarati script. The app carries three SDKs:

* Firebase (Installations and Analytics; see gmp.py), with custom events
  `video_start` / `video_progress` / `video_complete` and their
  `video_title`, `video_percent` parameters;
* MoEngage (India data centre, `sdk-03.moengage.com`): a device add with the
  SDK's `unique_id`, `gaid` and `android_id` in `query_params`, and batch
  reports whose `viewsInfo[]` rows hold `EVENT_ACTION` / `EVENT_ATTRS`; with
  payload encryption on (a later app build) the whole body is one AES blob;
* Branch (`api2.branch.io`): `v1/open` with `hardware_id` (the ANDROID_ID,
  `is_hardware_id_real`), `google_advertising_id`, `advertising_ids.aaid` and
  the SDK's `randomized_device_token`; a custom `v2/event` for a finished
  natak with `custom_data` and `user_data.aaid` / `user_data.android_id`
  (https://help.branch.io/developers-hub/reference/trackevent).

Browsing the catalogue, searching, the live-natak schedule, "trending in
Gujarat" counts, subscription plans (their "duration" is a billing period) and
HLS segments are content fetches, not viewing history.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from . import gmp
from .phone import FB, dalvik, ist, ms, rid, ua

API = "https://api.rangmanchplus.example"
UA = ua("RangmanchPlus", "6.3.0", "ben")
PKG = "com.rangmanchplus.ott"
GMP_APP = "1:842731905516:android:3c9e0a7f21d4b6e8"
MOE = "https://sdk-03.moengage.com"
MOE_APP = "RMPLUS7Q2X4K"
BRANCH_KEY = "key_live_hbR2mE7kQ0vXc4Jt1WzPq8yLn5sAfD3u"
KAARYAKRAM = [
    ("f1021", "Chhello Divas", "છેલ્લો દિવસ", "film", 8040),
    ("f1044", "Hellaro", "હેલ્લારો", "film", 7260),
    ("f1087", "3 Ekka", "૩ એક્કા", "film", 8580),
    ("n2010", "Baa Retire Thay Chhe", "બા રિટાયર થાય છે", "natak", 9000),
    ("n2033", "Gujjubhai Ghode Chadya", "ગુજ્જુભાઈ ઘોડે ચડ્યા", "natak", 8400),
    ("n2051", "Aflatoon", "અફલાતૂન", "natak", 7800),
    ("w3007", "Pol Ni Vaato", "પોળની વાતો", "webseries", 1500),
    ("w3019", "Amdavad Ni Gali", "અમદાવાદની ગલી", "webseries", 1800),
    ("w3024", "Surti Locho", "સુરતી લોચો", "webseries", 1320),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "rangmanchplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("x-app-bhasha", "gu")
    if device:
        b.header("x-upkaran-id", b.id("aid_ott", where="header x-upkaran-id"))
    return b


def _pick(c: Context) -> tuple[str, str, str, str, int, int]:
    """(id, title, Gujarati title, kind, running time, episode or 0)."""
    kid, title, guj, kind, dur = c.rng.choice(KAARYAKRAM)
    bhag = c.rng.randint(1, 12) if kind == "webseries" else 0
    return kid, title, guj, kind, dur, bhag


def firebase_installation(c: Context) -> Flow:
    return gmp.installation(c, "firebase", "rangmanch-plus", GMP_APP, PKG, "ott_fid").build()


def fa_video(c: Context, name: str = "video_progress") -> Flow:
    _kid, title, _, kind, dur, bhag = _pick(c)
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75, 90])
    b = gmp.measurement(c, "firebase-analytics", "ben")
    b.view(f"protobuf event {name} params video_title / video_percent")
    params: list[gmp.Param] = [
        ("_o", "app"),
        ("video_title", title + (f" - Bhag {bhag}" if bhag else "")),
        ("content_type", kind),
        ("video_percent", pct),
        ("video_current_time", dur * pct // 100),
        ("video_duration", dur),
    ]
    events = [(name, params), ("_e", [("_o", "auto"), ("_et", c.rng.randint(2000, 60000))])]
    gmp.bundle(b, "ben", PKG, "6.3.0", GMP_APP, "gu-gb", 60, "gaid_ben", "ott_app_instance", events)
    return b.build()


def fa_screen(c: Context) -> Flow:
    b = gmp.measurement(c, "firebase-analytics", "ben")
    screen = c.rng.choice(["Mukhya", "Shodh", "Natak", "Profile", "Plans"])
    events = [
        ("_vs", [("_o", "auto"), ("_sn", screen), ("_sc", "MainActivity")]),
        ("_e", [("_o", "auto"), ("_et", c.rng.randint(500, 20000))]),
    ]
    gmp.bundle(b, "ben", PKG, "6.3.0", GMP_APP, "gu-gb", 60, "gaid_ben", "ott_app_instance", events)
    return b.build()


def _moe_query(b: FB, c: Context) -> dict[str, object]:
    return {
        "os": "ANDROID",
        "app_id": MOE_APP,
        "app_ver": "630",
        "sdk_ver": "130500",
        "unique_id": b.id("ott_moe_unique", where="json query_params.unique_id"),
        "gaid": b.id("gaid_ben", where="json query_params.gaid"),
        "android_id": b.id("aid_ott", where="json query_params.android_id"),
        "device_ts": str(ms(c)),
        "device_tz": "Europe/London",
        "device_tz_offset": 3600000,
        "model": "Pixel 8",
        "os_ver": "34",
    }


def _moe_local(now: float) -> str:
    """MoEngage logs the phone's local time as d:m:Y:H:M:S (Leicester: BST in October)."""
    t = datetime.fromtimestamp(now, UTC) + timedelta(hours=1)
    return f"{t.day:02d}:{t.month:02d}:{t.year}:{t.hour:02d}:{t.minute:02d}:{t.second:02d}"


def _moe(c: Context, path: str) -> FB:
    b = FB(c, "moengage", "POST", f"{MOE}{path}")
    b.header("user-agent", dalvik("ben"))
    b.header("moe-appkey", MOE_APP)
    b.header("moe-request-id", new_hex(c.rng, 32))
    return b


def moe_device_add(c: Context) -> Flow:
    b = _moe(c, f"/v2/device/add/{MOE_APP}")
    b.json(
        {
            "query_params": _moe_query(b, c),
            "meta": {"bid": rid(c.rng), "request_time": ist(c.now)},
            "device_info": {
                "MANUFACTURER": "Google",
                "MODEL": "Pixel 8",
                "OS_VERSION": "14",
                "DENSITYDPI": 420,
                "is_lat": False,
                "push_opt_in": True,
            },
        }
    )
    b.ok_json({"status": "success"})
    return b.build()


def moe_report(c: Context) -> Flow:
    kid, title, _guj, kind, dur, bhag = _pick(c)
    b = _moe(c, f"/v2/report/{MOE_APP}")
    b.view("json viewsInfo[].EVENT_ATTRS (Video Watched: title, watch_seconds)")
    watched = c.rng.randint(120, dur)
    attrs = {
        "content_id": kid,
        "title": title,
        "content_type": kind,
        "episode": bhag,
        "watch_seconds": watched,
        "completion_pct": round(100 * watched / dur),
    }
    rows = [
        {
            "EVENT_ACTION": "Video Watched",
            "EVENT_ATTRS": js(attrs),
            "EVENT_G_TIME": str(ms(c)),
            "EVENT_L_TIME": _moe_local(c.now - 1),
        },
        {
            "EVENT_ACTION": "MOE_APP_EXIT",
            "EVENT_ATTRS": "{}",
            "EVENT_G_TIME": str(ms(c)),
            "EVENT_L_TIME": _moe_local(c.now),
        },
    ]
    b.json(
        {
            "viewsCount": len(rows),
            "viewsInfo": rows,
            "meta": {"bid": rid(c.rng), "request_time": ist(c.now)},
            "query_params": _moe_query(b, c),
        }
    )
    b.ok_json({"status": "success"})
    return b.build()


def moe_report_encrypted(c: Context) -> Flow:
    """The encrypted build: the batch (events and query_params) is one AES blob."""
    b = _moe(c, f"/v2/report/{MOE_APP}")
    b.header("moe-payload-enc-key-type", "default")
    b.view("AES blob under 'data' (encrypted batch)", detectable=False)
    b.id_raw("ott_moe_unique", "aes_gcm", "AES blob under 'data'")
    b.id_raw("gaid_ben", "aes_gcm", "AES blob under 'data'")
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(600, 900)))
    b.json({"data": b64(blob)})
    b.ok_json({"status": "success"})
    return b.build()


def _branch_user_data(b: FB) -> dict[str, object]:
    return {
        "os": "Android",
        "os_version": 34,
        "environment": "FULL_APP",
        "aaid": b.id("gaid_ben", where="json user_data.aaid"),
        "limit_ad_tracking": 0,
        "android_id": b.id("aid_ott", where="json user_data.android_id"),
        "randomized_device_token": b.id(
            "ott_branch_token", where="json user_data.randomized_device_token"
        ),
        "country": "GB",
        "language": "gu",
        "brand": "Google",
        "model": "Pixel 8",
        "app_version": "6.3.0",
    }


def branch_open(c: Context) -> Flow:
    b = FB(c, "branch", "POST", "https://api2.branch.io/v1/open")
    b.header("user-agent", dalvik("ben"))
    gaid = b.id("gaid_ben", where="json google_advertising_id")
    b.id("gaid_ben", where="json advertising_ids.aaid")
    b.json(
        {
            "hardware_id": b.id("aid_ott", where="json hardware_id"),
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
            "country": "GB",
            "language": "gu",
            "local_ip": f"192.168.1.{c.rng.randint(2, 250)}",
            "google_advertising_id": gaid,
            "lat_val": 0,
            "advertising_ids": {"aaid": gaid},
            "randomized_device_token": b.id(
                "ott_branch_token", where="json randomized_device_token"
            ),
            "randomized_bundle_token": b.id(
                "ott_branch_bundle", where="json randomized_bundle_token"
            ),
            "app_version": "6.3.0",
            "latest_install_time": ms(c) - 40 * 86_400_000,
            "environment": "FULL_APP",
            "metadata": {},
            "branch_key": BRANCH_KEY,
            "sdk": "android5.12.0",
            "retryNumber": 0,
        }
    )
    b.ok_json(
        {
            "session_id": str(c.rng.randint(10**18, 10**19)),
            "link": "https://rangmanch.app.link/" + new_hex(c.rng, 11),
            "data": '{"+clicked_branch_link":false,"+is_first_session":false}',
        }
    )
    return b.build()


def branch_event(c: Context) -> Flow:
    kid, title, _, kind, dur, _ = _pick(c)
    b = FB(c, "branch", "POST", "https://api2.branch.io/v2/event/custom")
    b.header("user-agent", dalvik("ben"))
    b.view("json name=natak_joyo_purn + custom_data.title / watch_time")
    b.json(
        {
            "name": "natak_joyo_purn" if kind == "natak" else "video_joyo_purn",
            "custom_data": {
                "content_id": kid,
                "title": title,
                "category": kind,
                "watch_time": str(c.rng.randint(dur // 2, dur)),
            },
            "content_items": [{"$canonical_identifier": f"{kind}/{kid}", "$og_title": title}],
            "user_data": _branch_user_data(b),
            "metadata": {},
            "branch_key": BRANCH_KEY,
        }
    )
    b.ok_json({"branch_view_enabled": False})
    return b.build()


def joyelu_pragati(c: Context) -> Flow:
    kid, _title, guj, kind, dur, bhag = _pick(c)
    b = _b(c, "POST", f"{API}/api/v3/joyelu/pragati")
    b.view("json kaaryakram_id / shirshak / bhag / samay (watch progress)")
    b.json(
        {
            "kaaryakram_id": kid,
            "shirshak": guj,
            "prakar": kind,
            "bhag": bhag,
            "samay": c.rng.randint(30, dur - 30),
            "kul_samay": dur,
            "puru_thayu": False,
            "nondh_samay": ist(c.now),
        }
    )
    b.no_content()
    return b.build()


def chalu_rakho(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/vapraskarta/chalu-rakho?maryada=10")
    b.view("response json chalu_rakho[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        kid, _title, guj, _kind, dur, bhag = _pick(c)
        rows.append(
            {
                "kaaryakram_id": kid,
                "shirshak": guj,
                "bhag": bhag,
                "samay": c.rng.randint(60, dur - 60),
                "kul_samay": dur,
                "chhelle_joyu": ist(c.now - c.rng.randint(3600, 10 * 86400)),
            }
        )
    b.ok_json({"chalu_rakho": rows})
    return b.build()


def itihaas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/vapraskarta/joyela-itihaas?paanu=1")
    b.view("response json joyela[] (joyelu itihaas, watch history)", direction="response")
    items = []
    for _ in range(6):
        kid, _title, guj, _kind, _dur, bhag = _pick(c)
        items.append(
            {"kaaryakram_id": kid, "શીર્ષક": guj, "bhag": bhag, "તારીખ": ist(c.now - 86400)}
        )
    b.ok_json({"joyela": items, "paanu": 1})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: positional [item, part, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/q/2", device=False)
    b.view("gzip json q[] positional rows", detectable=False)
    rows = [
        [int(c.rng.choice(KAARYAKRAM)[0][1:]), c.rng.randint(0, 12), c.rng.randint(10, 9000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "z": 4}, "gzip")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    """Remote config keyed by a SHA-1 of the ANDROID_ID under 'k'."""
    b = _b(c, "GET", f"{API}/cfg", device=False)
    b.param("k", b.id("aid_ott", "sha1", "query k", detectable=False))
    b.param("v", "630")
    b.ok_json({"f": {"download": True, "pip": True, "natak_live": False}})
    return b.build()


def kaaryakram_yaadi(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/kaaryakram?prakar=natak&paanu=1", device=False)
    b.decoy("catalogue with running times (content fetch)")
    b.ok_json(
        {
            "kaaryakram": [
                {
                    "kaaryakram_id": kid,
                    "shirshak": guj,
                    "prakar": kind,
                    "kul_samay": dur,
                    "poster": f"https://img.rangmanchplus.example/p/{kid}.jpg",
                }
                for kid, _t, guj, kind, dur in KAARYAKRAM
            ]
        }
    )
    return b.build()


def shodh(c: Context) -> Flow:
    q = c.rng.choice(["gujjubhai", "hellaro", "natak", "pol"])
    b = _b(c, "GET", f"{API}/api/v3/shodh?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "parinaam": [
                {"kaaryakram_id": kid, "shirshak": guj, "kul_samay": dur}
                for kid, _t, guj, _k, dur in KAARYAKRAM[:4]
            ]
        }
    )
    return b.build()


def live_natak_samay(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/live/natak-samaypatrak?shaher=ahmedabad", device=False)
    b.decoy("live natak schedule: start times and durations (content fetch)")
    t0 = int(c.now) // 3600 * 3600
    b.ok_json(
        {
            "samaypatrak": [
                {"shirshak": guj, "sharuat": t0 + i * 86400, "samay_minute": dur // 60}
                for i, (_k, _t, guj, _p, dur) in enumerate(KAARYAKRAM[3:6])
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/gujarat-ma-trending?divas=7", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"kaaryakram_id": kid, "shirshak": guj, "joyela_lok": c.rng.randint(10**4, 10**6)}
                for kid, _t, guj, _k, _d in KAARYAKRAM
            ]
        }
    )
    return b.build()


def plans(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/subscription/plans?desh=GB", device=False)
    b.decoy("plan prices with a billing duration")
    b.ok_json(
        {
            "plans": [
                {
                    "id": "m1",
                    "kimat": 2.99,
                    "currency": "GBP",
                    "duration": "P1M",
                    "samay_gaalo": 30,
                },
                {
                    "id": "y1",
                    "kimat": 24.99,
                    "currency": "GBP",
                    "duration": "P1Y",
                    "samay_gaalo": 365,
                },
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    kid = c.rng.choice(KAARYAKRAM)[0]
    b = FB(
        c,
        "rangmanchplus",
        "GET",
        f"https://vod.rangmanchplus.example/hls/{kid}/720p/seg_{c.rng.randint(1, 900):04d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
