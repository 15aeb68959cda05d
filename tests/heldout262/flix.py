"""Lhamo Flix: a Bhutanese film streaming app (the daughter's Pixel 8 in
Thimphu) with AppsFlyer, Meta app events and Conviva.

AppsFlyer in-app events (`af_content_view` with the film, and a custom
`film_progress` with `af_content_id` and the minute reached) and Meta's
`CUSTOM_APP_EVENTS` (`fb_mobile_content_view` with `fb_content_id`) carry what
she watched; Conviva's heartbeat names the asset with its playhead; the app's
own "watch log" (`lta_tho`, romanised Dzongkha) sends the film, position and
time, gzip-compressed; a newer build sends the same log as msgpack-in-base64
with numbered keys. Trailers, posters, DASH segments, search, the catalogue,
the subscription purchase and the DRM licence are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js, mpack

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.lhamoflix.example"
UA = ua("LhamoFlix", "2.4.7", "bumo")
AF_KEY = "lhamoflix"
FILMS = [
    ("LF-0311", "Lunana: A Yak in the Classroom", 6600),
    ("LF-0407", "The Monk and the Gun", 6720),
    ("LF-0288", "Hema Hema", 5760),
    ("LF-0519", "Agay (Grandpa)", 5100),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lhamoflix", method, url)
    b.header("user-agent", UA)
    b.header("x-lf-session", new_hex(c.rng, 24))
    return b


def _af(c: Context, path: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{path}.appsflyer.com/api/v6.13/androidevent?app_id=com.lhamoflix.app&buildnumber=6.13.0",
    )
    b.header("user-agent", dalvik("bumo"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_bumo", where="json advertiserId"),
            "android_id": b.id("aid_flix", where="json android_id"),
            "uid": b.id("flix_af_uid", where="json uid (AppsFlyer id)"),
            "app_id": "com.lhamoflix.app",
            "counter": str(c.rng.randint(1, 60)),
            "timepassedsincelastlaunch": str(c.rng.randint(10, 9000)),
            "deviceType": "user",
            "country": "BT",
            "lang": "dz",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    fid, title, _ = c.rng.choice(FILMS)
    b = _af(c, "inapps")
    b.view("json eventName af_content_view + eventValue (JSON string: af_content_id, title)")
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js({"af_content_id": fid, "af_content_type": "film", "title": title}),
            "advertiserId": b.id("gaid_bumo", where="json advertiserId"),
            "uid": b.id("flix_af_uid", where="json uid"),
            "app_id": "com.lhamoflix.app",
            "date1": iso(c),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_progress(c: Context) -> Flow:
    fid, _, dur = c.rng.choice(FILMS)
    b = _af(c, "inapps")
    b.view("json eventName film_progress + eventValue af_content_id / minute")
    b.json(
        {
            "eventName": "film_progress",
            "eventValue": js(
                {
                    "af_content_id": fid,
                    "minute": c.rng.randint(1, dur // 60),
                    "pct": c.rng.randint(1, 99),
                }
            ),
            "uid": b.id("flix_af_uid", where="json uid"),
            "app_id": "com.lhamoflix.app",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.decoy("af_subscribe revenue and order number")
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": js(
                {"af_revenue": "299", "af_currency": "BTN", "af_order_id": order_no(c.rng)}
            ),
            "advertiserId": b.id("gaid_bumo", where="json advertiserId"),
            "uid": b.id("flix_af_uid", where="json uid"),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def meta_activities(c: Context, viewing: bool = True) -> Flow:
    b = FB(c, "meta", "POST", "https://graph.facebook.com/v19.0/482019377265/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    if viewing:
        fid, title, _ = c.rng.choice(FILMS)
        b.view("form custom_events (JSON: fb_mobile_content_view, fb_content_id)")
        events = [
            {
                "_eventName": "fb_mobile_content_view",
                "fb_content_id": fid,
                "fb_content_type": "film",
                "fb_description": title,
                "_logTime": int(c.now),
            }
        ]
        event = "CUSTOM_APP_EVENTS"
    else:
        events = []
        event = "MOBILE_APP_INSTALL"
    pairs = [
        ("event", event),
        ("advertiser_id", b.id("gaid_bumo", where="form advertiser_id")),
        ("anon_id", b.id("flix_fb_anon", where="form anon_id")),
        ("application_tracking_enabled", "1"),
        (
            "extinfo",
            js(
                [
                    "a2",
                    "com.lhamoflix.app",
                    "247",
                    "2.4.7",
                    "14",
                    "Pixel 8",
                    "dz_BT",
                    "BST",
                    "TashiCell",
                    1080,
                    2400,
                    "2.75",
                    8,
                    128,
                    40,
                    "Asia/Thimphu",
                ]
            ),
        ),
    ]
    if events:
        pairs.append(("custom_events", js(events)))
    b.form(pairs)
    b.ok_json({"success": True})
    return b.build()


def conviva_hb(c: Context) -> Flow:
    fid, title, dur = c.rng.choice(FILMS)
    b = FB(c, "conviva", "POST", "https://lhamoflix.cws.conviva.com/0/wsg")
    b.header("user-agent", UA)
    b.view("json tags assetName/contentId + pht playhead + evs")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.LhamoFlix",
            "clid": b.id("flix_conviva_clid", where="json clid (Conviva client id)"),
            "sid": c.rng.randint(1, 10**9),
            "seq": c.rng.randint(1, 90),
            "st": ms(c),
            "pht": c.rng.randint(1000, dur * 1000),
            "cts": 1,
            "tags": {"assetName": title, "contentId": fid, "streamType": "VOD"},
            "evs": [{"t": "CwsStateChangeEvent", "new": {"ps": 3}}],
            "pj": {"c3.cm.id": fid},
            "sf": 7,
        }
    )
    b.ok_json(
        {
            "err": "ok",
            "clid": b.id("flix_conviva_clid", where="response json clid", direction="response"),
            "hbi": 20,
        }
    )
    return b.build()


def lta_tho(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/lta_tho")
    b.view("gzip json lta_tho (film id, title, sa_tshad position, duetshoe)")
    b.json(
        {
            "lta_tho": [
                {"film": fid, "ming": t, "sa_tshad": c.rng.randint(60, d), "duetshoe": iso(c)}
                for fid, t, d in c.rng.sample(FILMS, 2)
            ],
            "thoegoe": b.id("aid_flix", where="gzip json thoegoe (android id)"),
        },
        encoding="gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def log_msgpack(c: Context) -> Flow:
    fid, _, dur = c.rng.choice(FILMS)
    b = _b(c, "POST", f"{API}/v2/l")
    b.view("json z (base64 msgpack, numbered keys: film, position, time)", detectable=False)
    b.json({"z": b64(mpack({"1": fid, "2": c.rng.randint(60, dur), "3": ms(c)}))})
    b.no_content()
    return b.build()


def continue_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/continue-watching")
    b.view(
        "response json continueWatching (film + positionSec + lastWatched)", direction="response"
    )
    b.ok_json(
        {
            "continueWatching": [
                {"id": f, "title": t, "positionSec": c.rng.randint(60, d), "lastWatched": iso(c)}
                for f, t, d in FILMS[:2]
            ]
        }
    )
    return b.build()


def trailer(c: Context) -> Flow:
    fid = c.rng.choice(FILMS)[0]
    b = FB(c, "lhamoflix-cdn", "GET", f"https://cdn.lhamoflix.example/trailers/{fid}/720.mp4")
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.decoy("trailer fetch (not a viewing report)")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 800))
    return b.build()


def dash_segment(c: Context) -> Flow:
    fid = c.rng.choice(FILMS)[0]
    b = FB(
        c,
        "lhamoflix-cdn",
        "GET",
        f"https://cdn.lhamoflix.example/v/{fid}/dash/1080/{c.rng.randint(1, 900)}.m4s",
    )
    b.header("user-agent", UA)
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.randint(0, 10**9), 700))
    return b.build()


def poster(c: Context) -> Flow:
    fid = c.rng.choice(FILMS)[0]
    b = FB(c, "lhamoflix-cdn", "GET", f"https://img.lhamoflix.example/posters/{fid}_w342.jpg")
    b.header("user-agent", UA)
    b.decoy("film poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home?rail={c.rng.choice(['new', 'drama', 'comedy'])}")
    b.ok_json({"rails": [{"id": f, "title": t, "durationSec": d} for f, t, d in FILMS]})
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["lunana", "hema", "ཨ་ཞེ་", "monk"])
    b = _b(c, "GET", f"{API}/v1/search?q={q}")
    b.decoy("search query and results")
    b.ok_json({"results": [{"id": f, "title": t} for f, t, _ in FILMS[:2]]})
    return b.build()


def drm(c: Context) -> Flow:
    b = _b(c, "POST", "https://lic.lhamoflix.example/widevine")
    b.decoy("Widevine licence challenge (opaque bytes)")
    b.set_body(b"\x08\x01\x12" + c.rng.randbytes(300), "application/octet-stream")
    b.respond(200, "application/octet-stream", b"\x08\x02" + c.rng.randbytes(200))
    return b.build()


def purchase(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/subscription")
    b.decoy("subscription order number, price")
    b.json({"plan": "monthly", "price": 299, "currency": "BTN", "via": "mBoB"})
    b.ok_json(
        {
            "order": order_no(c.rng),
            "until": iso(c)[:10],
            "amt": rf(c.rng, 299, 299, 0),
            "trace": rid(c.rng),
        }
    )
    return b.build()
