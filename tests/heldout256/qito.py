"""QitoLive: a rugby (Fijian Drua, Fiji 7s, Skipper Cup) and football (Fiji
Premier League) live app on the cousin's Redmi Note 13 in Lautoka.

Its backend keys are Fijian (`qito` = game, `sarava` = watch, `veiqati` =
competition, `sekodi` = seconds). Meta's Android SDK posts app events to
`/{app-id}/activities` form-encoded: `event=CUSTOM_APP_EVENTS`, a JSON
`custom_events` array, `advertiser_id`, `anon_id` (the SDK's "XZ..." id) and
the `extinfo` array (https://developers.facebook.com/docs/app-events/). The
player is instrumented with an NPAW (Youbora) plugin: a fast-data `/data` call
picks the collector host and view code, then GET `/start` (title, `deviceUUID`),
`/ping` every few seconds (`playhead`, `bitrate`) and `/stop`. Scores, minutes,
fixtures, line-up positions, the table and the news feed are content.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.qitolive.example"
UA = ua("QitoLive", "2.6.4", "ravi")
PKG = "fj.qitolive.app"
FB_APP = "428716203985512"
NPAW_HOST = "https://infinity-c7.youboranqs01.com"
NPAW_PLUGIN = "6.8.9-ExoPlayer2-Android"
QITO = [
    (4411, "Lautoka FC v Ba FC", "Digicel Fiji Premier League"),
    (4412, "Rewa FC v Suva FC", "Digicel Fiji Premier League"),
    (4415, "Labasa FC v Nadi FC", "Digicel Fiji Premier League"),
    (7702, "Fijian Drua v Blues", "Super Rugby Pacific"),
    (7705, "Fijian Drua v Hurricanes", "Super Rugby Pacific"),
    (9120, "Fiji 7s v Argentina 7s", "HSBC SVNS Perth"),
    (8203, "Nadroga v Namosi", "Skipper Cup"),
]
POSITIONS = ["Prop", "Hooker", "Lock", "Flanker", "Scrum-half", "Fly-half", "Wing", "Fullback"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "qitolive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


# --- Meta app events --------------------------------------------------------------


def _extinfo() -> str:
    return js(
        [
            "a2",
            PKG,
            "264",
            "2.6.4",
            "14",
            "23129RAA4G",
            "en_FJ",
            "FJT",
            "Digicel Fiji",
            1080,
            2400,
            "2.75",
            8,
            118,
            3,
            "Pacific/Fiji",
        ]
    )


def _meta(c: Context, events: list[dict[str, object]]) -> FB:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.2 {dalvik('ravi')}")
    b.form(
        [
            ("format", "json"),
            ("sdk", "android"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("custom_events", js(events)),
            ("advertiser_id", b.id("gaid_ravi", where="form advertiser_id")),
            ("anon_id", b.id("qito_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("extinfo", _extinfo()),
            ("application_package_name", PKG),
        ]
    )
    b.ok_json({"success": True})
    return b


def meta_activate(c: Context) -> Flow:
    b = _meta(
        c,
        [
            {
                "_eventName": "fb_mobile_activate_app",
                "_logTime": int(c.now),
                "_session_id": rid(c.rng),
                "_implicitlyLogged": "1",
            }
        ],
    )
    return b.build()


def meta_watched(c: Context) -> Flow:
    qid, name, comp = c.rng.choice(QITO)
    events = [
        {
            "_eventName": "sarava_qito",
            "_logTime": int(c.now),
            "qito_id": str(qid),
            "qito": name,
            "veiqati": comp,
            "_valueToSum": c.rng.randint(3, 95),
            "miniti_sarava": "1",
        }
    ]
    b = _meta(c, events)
    b.view("form custom_events sarava_qito / qito / _valueToSum minutes")
    return b.build()


def meta_follow(c: Context) -> Flow:
    _, name, comp = c.rng.choice(QITO)
    b = _meta(
        c,
        [
            {
                "_eventName": "fb_mobile_add_to_wishlist",
                "_logTime": int(c.now),
                "fb_content_type": "team",
                "fb_content_id": name.split(" v ")[0],
                "fb_description": comp,
            }
        ],
    )
    b.decoy("follow a team (not watching)")
    return b.build()


# --- NPAW / Youbora ---------------------------------------------------------------------


def npaw_data(c: Context) -> Flow:
    q = [
        ("system", "qitolive"),
        ("pluginVersion", NPAW_PLUGIN),
        ("requestNumber", str(c.rng.random())[:12]),
        ("timemark", str(ms(c))),
        ("outputformat", "json"),
    ]
    b = FB(c, "npaw", "GET", "https://a-fds.youborafds01.com/data", q)
    b.header("user-agent", dalvik("ravi"))
    b.decoy("NPAW fast-data: collector host and view code (trace ids)")
    b.ok_json(
        {
            "q": {
                "h": NPAW_HOST.split("//")[1],
                "t": "",
                "pt": "5",
                "c": "U_" + new_hex(c.rng, 10),
                "i": {"bt": "", "exp": 300, "s": 1},
            }
        }
    )
    return b.build()


def _npaw(c: Context, path: str, q: list[tuple[str, str]]) -> FB:
    b = FB(c, "npaw", "GET", f"{NPAW_HOST}/{path}", q)
    b.header("user-agent", dalvik("ravi"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b


def npaw_start(c: Context) -> Flow:
    qid, name, comp = c.rng.choice(QITO)
    q = [
        ("accountCode", "qitolive"),
        ("code", "U_" + new_hex(c.rng, 10)),
        ("sessionRoot", rid(c.rng)),
        ("title", name),
        ("program", comp),
        ("live", "true"),
        ("mediaResource", f"https://live.qitolive.example/{qid}/master.m3u8"),
        ("playhead", "0"),
        ("rendition", c.rng.choice(["720p", "480p", "1080p"])),
        ("player", "ExoPlayer2"),
        ("playerVersion", "2.19.1"),
        ("pluginVersion", NPAW_PLUGIN),
        ("contentLanguage", c.rng.choice(["fj", "en", "hif"])),
    ]
    b = _npaw(c, "start", q)
    b.view("query title / program / live (stream started)")
    b.param("deviceUUID", b.id("qito_npaw_uuid", where="query deviceUUID"))
    b.param(
        "deviceInfo",
        js(
            {"deviceBrand": "Xiaomi", "model": "23129RAA4G", "osName": "Android", "osVersion": "14"}
        ),
    )
    b.param("timemark", str(ms(c)))
    return b.build()


def npaw_ping(c: Context) -> Flow:
    q = [
        ("code", "U_" + new_hex(c.rng, 10)),
        ("sessionRoot", rid(c.rng)),
        ("pingTime", "5"),
        ("playhead", str(rf(c.rng, 30, 5400, 3))),
        ("bitrate", str(c.rng.choice([1200000, 2400000, 4500000]))),
        ("throughput", str(c.rng.randint(2 * 10**6, 30 * 10**6))),
        ("diffTime", str(c.rng.randint(4900, 5100))),
        ("timemark", str(ms(c))),
    ]
    b = _npaw(c, "ping", q)
    b.view("query playhead of a view (NPAW ping)")
    return b.build()


def npaw_stop(c: Context) -> Flow:
    q = [
        ("code", "U_" + new_hex(c.rng, 10)),
        ("sessionRoot", rid(c.rng)),
        ("playhead", str(rf(c.rng, 300, 6000, 3))),
        ("pauseDuration", str(c.rng.randint(0, 90000))),
        ("timemark", str(ms(c))),
    ]
    b = _npaw(c, "stop", q)
    b.view("query playhead at stop (NPAW stop)")
    return b.build()


# --- the QitoLive backend -----------------------------------------------------------------


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/misini")
    b.json(
        {
            "android_id": b.id("aid_qito", where="json android_id"),
            "ad_id": b.id("gaid_ravi", where="json ad_id"),
            "yaca_ni_misini": "Redmi Note 13",
            "vosa": "hif",
        }
    )
    b.ok_json({"qito_user": c.phone.qito_user, "vakadonui": True})
    return b.build()


def sarava_qito(c: Context) -> Flow:
    qid, name, comp = c.rng.choice(QITO)
    b = _b(c, "POST", f"{API}/v1/qito/sarava")
    b.view("json qito_id / qito / sekodi_sarava (match watch time)")
    b.json(
        {
            "qito_id": qid,
            "qito": name,
            "veiqati": comp,
            "sekodi_sarava": c.rng.randint(30, 6000),
            "live": True,
            "gauna": iso(c),
        }
    )
    b.ok_json({"vinaka": True})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """Player stats: [match, seconds, ts] rows, deflate; ANDROID_ID md5 (upper) in 'x-q'."""
    b = _b(c, "POST", f"{API}/t")
    b.header("x-q", b.id("aid_qito", "md5_upper", "header x-q", detectable=False))
    b.view("json s[] rows", detectable=False)
    rows = [
        [c.rng.choice(QITO)[0], c.rng.randint(30, 6000), ms(c)] for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"s": rows, "k": 3}, "deflate")
    b.no_content()
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """The same md5 header on the in-house ad frequency ping (no viewing in it)."""
    b = _b(c, "GET", f"{API}/a/f?s=banner&n={c.rng.randint(1, 9)}")
    b.header("x-q", b.id("aid_qito", "md5_upper", "header x-q", detectable=False))
    b.ok_json({"show": c.rng.random() < 0.5})
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/qito/live")
    b.decoy("match minutes and scores (not viewing)")
    b.ok_json(
        {
            "qito": [
                {
                    "qito_id": qid,
                    "qito": name,
                    "ivakacavacava": f"{c.rng.randint(0, 40)}-{c.rng.randint(0, 40)}",
                    "miniti": c.rng.randint(1, 80),
                }
                for qid, name, _ in c.rng.sample(QITO, 3)
            ]
        }
    )
    return b.build()


def porogaramu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/porogaramu?macawa=12")
    b.decoy("fixtures with kick-off times (schedule)")
    b.ok_json(
        {
            "porogaramu": [
                {"qito_id": qid, "qito": name, "veiqati": comp, "tekivu": iso(c)}
                for qid, name, comp in QITO
            ]
        }
    )
    return b.build()


def lineup(c: Context) -> Flow:
    qid, name, _ = c.rng.choice(QITO[3:])
    b = _b(c, "GET", f"{API}/v1/qito/{qid}/lewe")
    b.decoy("line-up with player positions (not a face / body position)")
    b.ok_json(
        {
            "qito": name,
            "lewe": [
                {"naba": i + 1, "yaca": f"Player {i + 1}", "position": POSITIONS[i % 8]}
                for i in range(15)
            ],
        }
    )
    return b.build()


def tebeli(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tebeli?veiqati=fpl")
    teams = ["Lautoka", "Rewa", "Suva", "Ba", "Labasa", "Nadi", "Navua", "Tailevu Naitasiri"]
    b.ok_json({"tebeli": [{"timi": t, "maka": c.rng.randint(3, 40)} for t in teams]})
    return b.build()


def itukutuku(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/itukutuku?levu=20")
    b.ok_json(
        {
            "itukutuku": [
                {"ulutaga": t, "gauna": iso(c)}
                for t in (
                    "Drua name side for Lautoka clash",
                    "Lautoka FC sign new striker",
                    "Fiji 7s squad for Perth",
                )
            ]
        }
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/vakatakilakila/topic")
    b.json({"topic": "timi_" + c.rng.choice(["lautoka", "drua", "ba"]), "user": c.phone.qito_user})
    b.no_content()
    return b.build()


def hls_live(c: Context) -> Flow:
    qid = c.rng.choice(QITO)[0]
    q = urlencode({"t": new_hex(c.rng, 16)})
    b = FB(
        c,
        "qitolive",
        "GET",
        f"https://live.qitolive.example/{qid}/720p/seg{c.rng.randint(1, 9999)}.ts?{q}",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
