"""MeulRoeung ("watch stories"): a Khmer drama and dubbed Thai lakorn streaming
app, on the mother's OPPO in Siem Reap and the aunt's Pixel in Long Beach.

The backend is Phnom Penh-built: paths and keys are romanised Khmer as local
developers write them (`meul` = watch, `roeung` = story, `phak` = episode,
`vinati` = seconds, `ryea_pel` = duration, `ruoch` = finished, `posti` =
TV channel, `opakar` = device, `pravatt` = history, `bontor_meul` = continue
watching, `svengrok` = search), with titles in Khmer script. Watch progress and
live-channel heartbeats go to the app's backend; video events also go to GA4
through the Measurement Protocol, app-stream form (`firebase_app_id` and
`api_secret` in the URL, `app_instance_id` in the body, recommended events
`video_progress` / `video_complete`,
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The Meta SDK logs app events to the Graph API `activities` edge
(`event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id`, `custom_events` JSON,
https://developers.facebook.com/docs/graph-api/reference/application/activities/);
one build logs a custom `meul_chop` ("stopped watching") event with the story
and episode. The app registers with Firebase Installations (`fid`, `appId`,
`authVersion` FIS_v2). The catalogue, search, the "most watched" counts,
subtitles, the VIP purchase and HLS segments are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js, mpack

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.meulroeung.example"
CDN = "https://vod.meulroeung.example"
ROEUNG = [
    ("r201", "ព្រេងពស់កេងកង", 2400),
    ("r214", "ទុំទាវ", 2700),
    ("r233", "ស្នេហ៍ក្រោមដំបូលផ្ទះ", 2500),
    ("l108", "វាសនាស្នេហ៍ឆ្លងភព", 3300),
    ("l122", "ដួងចិត្តអ្នកចម្បាំង", 3000),
    ("c305", "ព្រះអាទិត្យរះពីទិសខាងលិច", 2800),
]
POSTI = ["CTN", "MyTV", "Bayon TV", "TVK", "Hang Meas HDTV", "PNN", "Apsara TV"]
FIREBASE_APP = "1:804417736120:android:3c91f0a2be55d7e4"
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    f"{FIREBASE_APP}&api_secret=Qm7vKx2PzL0sWd4nTc8R3b"
)
FB_APP = "1187305512238841"
WHO = {
    "mak": ("aid_meul_mak", "meul_fid_mak", "meul_instance_mak", "fb_anon_mak", "gaid_mak"),
    "ming": ("aid_meul_ming", "meul_fid_ming", "meul_instance_ming", "fb_anon_ming", "gaid_ming"),
}
USER = {"mak": "meul_user_mak", "ming": "meul_user_ming"}


def _ua(who: str) -> str:
    return ua("MeulRoeung", "3.9.4", who)


def _b(c: Context, who: str, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "meulroeung", method, url)
    b.header("user-agent", _ua(who))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-pheasa", "km" if who == "mak" else "en")
    if device:
        b.header("x-opakar-id", b.id(WHO[who][0], where="header x-opakar-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    rid_, title, dur = c.rng.choice(ROEUNG)
    return rid_, title, c.rng.randint(1, 48), dur


def firebase_installation(c: Context, who: str = "mak") -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/meulroeung-kh/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "com.meulroeung.app")
    b.header("user-agent", dalvik(who))
    b.json(
        {
            "fid": b.id(WHO[who][1], where="json fid"),
            "appId": FIREBASE_APP,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/804417736120/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()


def register_device(c: Context, who: str = "mak") -> Flow:
    b = _b(c, who, "POST", f"{API}/api/v1/opakar/chol", device=False)
    b.json(
        {
            "android_id": b.id(WHO[who][0], where="json android_id"),
            "firebase_id": b.id(WHO[who][1], where="json firebase_id"),
            "model": "CPH2577" if who == "mak" else "Pixel 8a",
            "pheasa": "km",
            "prates": "KH" if who == "mak" else "US",
        }
    )
    b.ok_json({"ok": True, "opakar_max": 3, "vip": who == "ming"})
    return b.build()


def meul_progress(c: Context, who: str = "mak") -> Flow:
    rid_, title, phak, dur = _ep(c)
    b = _b(c, who, "POST", f"{API}/api/v1/meul/progress")
    b.view("json roeung_id/phak/vinati (watch progress)")
    b.json(
        {
            "roeung_id": rid_,
            "chhmoh_roeung": title,
            "phak": phak,
            "vinati": c.rng.randint(20, dur),
            "ryea_pel": dur,
            "ruoch": False,
            "pel": iso(c),
        }
    )
    b.no_content()
    return b.build()


def meul_ruoch(c: Context, who: str = "mak") -> Flow:
    rid_, _title, phak, dur = _ep(c)
    b = _b(c, who, "PUT", f"{API}/api/v1/meul/{rid_}/phak/{phak}/ruoch")
    b.view("path meul/{roeung}/phak/{n}/ruoch + json vinati (episode finished)")
    b.json({"vinati": dur, "ryea_pel": dur, "pel": iso(c)})
    b.ok_json({"phak_bontor": phak + 1})
    return b.build()


def bontor_meul(c: Context, who: str = "mak") -> Flow:
    b = _b(c, who, "GET", f"{API}/api/v1/yeung/bontor-meul?limit=10")
    b.view("response json bontor_meul[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        rid_, title, phak, dur = _ep(c)
        rows.append(
            {
                "roeung_id": rid_,
                "chhmoh_roeung": title,
                "phak": phak,
                "vinati": c.rng.randint(60, dur - 60),
                "ryea_pel": dur,
                "meul_pel": iso(c),
            }
        )
    b.ok_json({"bontor_meul": rows})
    return b.build()


def pravatt(c: Context, who: str = "mak") -> Flow:
    b = _b(c, who, "GET", f"{API}/api/v1/yeung/pravatt-meul?tumpor=1")
    b.view("response json pravatt[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        rid_, title, phak, _dur = _ep(c)
        items.append({"roeung_id": rid_, "chhmoh_roeung": title, "phak": phak, "thngai": iso(c)})
    b.ok_json({"pravatt": items, "tumpor": 1})
    return b.build()


def posti_heartbeat(c: Context, who: str = "mak") -> Flow:
    b = _b(c, who, "POST", f"{API}/api/v1/live/heartbeat")
    b.view("json posti + vinati (live channel watch time)")
    b.json(
        {
            "posti": c.rng.choice(POSTI),
            "vinati": c.rng.choice([30, 60, 60, 120]),
            "chab_pdaem": iso(c),
            "kunapheap": c.rng.choice(["480p", "720p", "auto"]),
        }
    )
    b.ok_json({"bontor": True})
    return b.build()


def ga4_video(c: Context, who: str = "mak", name: str = "video_progress") -> Flow:
    _, title, phak, dur = _ep(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", _ua(who))
    b.view(f"json events[].name={name} (video_title, video_percent)")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id(WHO[who][2], where="json app_instance_id"),
            "user_id": b.acct(USER[who]),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} ភាគ {phak}",
                        "video_provider": "meulroeung",
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


def ga4_screen(c: Context, who: str = "mak") -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", _ua(who))
    b.json(
        {
            "app_instance_id": b.id(WHO[who][2], where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["tumpor_daem", "svengrok", "yeung", "live"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def _fb_form(b: FB, who: str, events: list[dict[str, object]]) -> None:
    form = [
        ("event", "CUSTOM_APP_EVENTS"),
        ("advertiser_id", b.id(WHO[who][4], where="form advertiser_id")),
        ("anon_id", b.id(WHO[who][3], where="form anon_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("extinfo", js(["a2", "com.meulroeung.app", 394, "3.9.4", *EXTINFO[who]])),
        ("custom_events", js(events)),
        ("format", "json"),
        ("sdk", "android"),
    ]
    b.form(form)


EXTINFO = {"mak": ["13", "CPH2577", "km_KH"], "ming": ["14", "Pixel 8a", "en_US"]}


def meta_activate(c: Context, who: str = "mak") -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    events = [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "unknown"}]
    _fb_form(b, who, events)
    b.ok_json({"success": True})
    return b.build()


def meta_subscribe(c: Context, who: str = "ming") -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.decoy("purchase value and currency (no viewing)")
    events = [
        {
            "_eventName": "Subscribe",
            "_logTime": int(c.now),
            "fb_currency": "USD",
            "_valueToSum": 2.99,
            "fb_order_id": order_no(c.rng),
        }
    ]
    _fb_form(b, who, events)
    b.ok_json({"success": True})
    return b.build()


def meta_meul_chop(c: Context, who: str = "mak") -> Flow:
    rid_, title, phak, dur = _ep(c)
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events[]._eventName=meul_chop (roeung, phak, vinati)")
    events = [
        {
            "_eventName": "meul_chop",
            "_logTime": int(c.now),
            "roeung_id": rid_,
            "chhmoh_roeung": title,
            "phak": str(phak),
            "vinati": str(c.rng.randint(60, dur)),
        }
    ]
    _fb_form(b, who, events)
    b.ok_json({"success": True})
    return b.build()


def opaque_beacon(c: Context, who: str = "mak") -> Flow:
    """The player's compact msgpack beacon: [story, episode, second, ts] rows under 'd'."""
    b = _b(c, who, "POST", f"{API}/t/2", device=False)
    b.view("msgpack d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(ROEUNG)[0][1:]), c.rng.randint(1, 48), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(mpack({"d": rows, "v": 2}), "application/x-msgpack")
    b.no_content()
    return b.build()


def config_opaque(c: Context, who: str = "mak") -> Flow:
    """Remote config; the header 'x-k' holds sha1 of the ANDROID_ID."""
    b = FB(c, "meulroeung", "GET", f"{API}/api/v1/config?build=394")
    b.header("user-agent", _ua(who))
    b.header("x-k", b.id(WHO[who][0], "sha1", "header x-k", detectable=False))
    b.ok_json({"ads": {"interstitial_every": 3}, "live": True, "min_build": 380})
    return b.build()


def katalok(c: Context, who: str = "mak") -> Flow:
    b = _b(c, who, "GET", f"{API}/api/v1/roeung?prophet=lakorn&tumpor=1", device=False)
    b.decoy("catalogue with episode counts (phak) and durations (content fetch)")
    b.ok_json(
        {
            "roeung": [
                {
                    "roeung_id": rid_,
                    "chhmoh_roeung": title,
                    "phak_srub": 48,
                    "ryea_pel": dur,
                    "rup": f"https://img.meulroeung.example/p/{rid_}.jpg",
                }
                for rid_, title, dur in ROEUNG
            ]
        }
    )
    return b.build()


def svengrok(c: Context, who: str = "mak") -> Flow:
    q = c.rng.choice(["ទុំទាវ", "lakorn", "ស្នេហ៍", "kanh chanh"])
    b = _b(c, who, "GET", f"{API}/api/v1/svengrok?" + urlencode({"q": q}), device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "lats": [
                {"roeung_id": rid_, "chhmoh_roeung": title, "ryea_pel": dur}
                for rid_, title, dur in ROEUNG[:3]
            ]
        }
    )
    return b.build()


def meul_chraen(c: Context, who: str = "mak") -> Flow:
    b = _b(c, who, "GET", f"{API}/api/v1/top/meul-chraen-bamphot?ryea=7d", device=False)
    b.decoy("aggregate view counts (chamnuon_meul) - not one person's viewing")
    b.ok_json(
        {
            "top": [
                {
                    "roeung_id": rid_,
                    "chhmoh_roeung": title,
                    "chamnuon_meul": c.rng.randint(10**4, 10**6),
                }
                for rid_, title, _ in ROEUNG
            ]
        }
    )
    return b.build()


def subtitle(c: Context, who: str = "ming") -> Flow:
    rid_, _, phak, _ = _ep(c)
    b = FB(c, "meulroeung", "GET", f"{CDN}/{rid_}/{phak:02d}/sub_en.vtt")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("subtitle cue timestamps (content fetch)")
    b.respond(
        200,
        "text/vtt",
        b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWhere have you been all night?\n",
    )
    return b.build()


def hls_segment(c: Context, who: str = "mak") -> Flow:
    rid_, _, phak, _ = _ep(c)
    b = FB(c, "meulroeung", "GET", f"{CDN}/{rid_}/{phak:02d}/720p/seg-{c.rng.randint(1, 600)}.ts")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def vip_purchase(c: Context, who: str = "ming") -> Flow:
    b = _b(c, who, "POST", f"{API}/api/v1/vip/tinh", device=False)
    b.decoy("Google Play order id and purchase token")
    b.json(
        {
            "kanhchab": "vip_monthly",
            "orderId": order_no(c.rng),
            "purchaseToken": new_hex(c.rng, 48),
            "tlai": 2.99,
        }
    )
    b.ok_json({"vip_dol": iso(c)[:10]})
    return b.build()
