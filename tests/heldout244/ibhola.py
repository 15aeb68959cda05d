"""Ibhola Live: a PSL football and rugby live app (the uncle's Tecno in Durban).

Live matches stream from the app's CDN; the player reports watch time to the
backend (`umdlalo` = match, `imizuzwana_ibukiwe` = seconds watched) and
highlights watched (`ividiyo`, `iphesenti`). Attribution runs through AppsFlyer
(`launches.appsflyer.com/api/v6.x/androidevent` with `advertiserId`, `uid`,
`android_id`; in-app events on `inapps.appsflyer.com` with `eventName` and
`eventValue`, here af_content_view with the match watched). Meta app events go
to the Graph API `/{app-id}/activities` as a form (`event=CUSTOM_APP_EVENTS`,
`advertiser_id`, `anon_id`, `custom_events` a JSON list of `_eventName`
fb_mobile_content_view with `fb_content_id` and the app's watched-seconds
parameter). An older analytics build sends positional rows. Live scores,
fixtures, the log table and line-ups are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.ibholalive.example"
UA = ua("IbholaLive", "5.2.0", "malume")
PKG = "za.co.ibholalive"
FB_APP = "1873304417761920"
IQEMBU = [
    "Kaizer Chiefs",
    "Orlando Pirates",
    "Mamelodi Sundowns",
    "AmaZulu FC",
    "Richards Bay FC",
    "Golden Arrows",
    "Royal AM",
    "Stellenbosch FC",
]
RUGBY = ["Hollywoodbets Sharks", "Vodacom Bulls", "DHL Stormers", "Emirates Lions"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ibholalive", method, url)
    b.header("user-agent", UA)
    b.header("x-umsebenzisi", b.acct("ibhola_user"))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    if c.rng.random() < 0.3:
        home, away = c.rng.sample(RUGBY, 2)
        return c.rng.randint(70000, 79999), home, away, "urugby"
    home, away = c.rng.sample(IQEMBU, 2)
    return c.rng.randint(50000, 59999), home, away, "ibhola"


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("malume"))
    b.json(
        {
            "advertiserId": b.id("gaid_malume", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("ibhola_af_uid", where="json uid"),
            "android_id": b.id("aid_ibhola", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.2.0",
            "model": "KJ5",
            "brand": "TECNO",
            "lang_code": "zu",
            "country": "ZA",
            "operator": "Vodacom",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_view(c: Context) -> Flow:
    mid, home, away, sport = _match(c)
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("malume"))
    b.view("json eventValue af_content_view (match watched, seconds)")
    value = {
        "af_content_type": f"{sport}_bukhoma",
        "af_content_id": str(mid),
        "af_content": f"{home} vs {away}",
        "watch_seconds": c.rng.randint(120, 5400),
    }
    b.json(
        {
            "advertiserId": b.id("gaid_malume", where="json advertiserId"),
            "uid": b.id("ibhola_af_uid", where="json uid"),
            "eventName": "af_content_view",
            "eventValue": js(value),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("malume"))
    b.json(
        {
            "advertiserId": b.id("gaid_malume", where="json advertiserId"),
            "uid": b.id("ibhola_af_uid", where="json uid"),
            "eventName": "af_subscribe",
            "eventValue": js({"af_revenue": "49.99", "af_currency": "ZAR", "iphakheji": "nyanga"}),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def meta_activate(c: Context) -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {dalvik('malume')}")
    b.form(
        [
            ("event", "MOBILE_APP_INSTALL"),
            ("advertiser_id", b.id("gaid_malume", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("ibhola_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("application_package_name", PKG),
            ("extinfo", js(["a2", PKG, 520, "5.2.0", "13", "KJ5", "zu_ZA", "SAST", "Vodacom"])),
            ("format", "json"),
            ("sdk", "android"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def meta_content_view(c: Context) -> Flow:
    mid, home, away, _sport = _match(c)
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {dalvik('malume')}")
    b.view("form custom_events fb_mobile_content_view (match + seconds watched)")
    events = [
        {
            "_eventName": "fb_mobile_content_view",
            "_logTime": int(c.now),
            "fb_content_type": "umdlalo_bukhoma",
            "fb_content_id": str(mid),
            "fb_description": f"{home} vs {away}",
            "imizuzwana_ibukiwe": c.rng.randint(60, 5400),
            "_session_id": rid(c.rng),
        }
    ]
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_malume", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("ibhola_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(events)),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, sport = _match(c)
    b = _b(c, "POST", f"{API}/v2/bukhoma/heartbeat")
    b.view("json umdlalo + imizuzwana_ibukiwe (live match watch time)")
    b.json(
        {
            "umdlalo": mid,
            "umdlalo_igama": f"{home} vs {away}",
            "umdlalo_uhlobo": sport,
            "imizuzwana_ibukiwe": c.rng.choice([30, 60, 90]),
            "isikhathi": iso(c),
            "ikhwalithi": c.rng.choice(["360p", "540p", "720p"]),
        }
    )
    b.ok_json({"qhubeka": True})
    return b.build()


def highlight_watched(c: Context) -> Flow:
    mid, home, away, _ = _match(c)
    b = _b(c, "POST", f"{API}/v2/okugqamile/kubukiwe")
    b.view("json ividiyo + iphesenti (highlight watched)")
    b.json(
        {
            "ividiyo": f"hl-{mid}-{c.rng.randint(1, 9)}",
            "isihloko": f"Okugqamile: {home} vs {away}",
            "iphesenti": c.rng.choice([40, 75, 100]),
            "isikhathi": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.header("x-h", b.id("aid_ibhola", "sha1", "header x-h", detectable=False))
    b.view("json r[] rows", detectable=False)
    rows = [[_match(c)[0], c.rng.randint(30, 5400), ms(c)] for _ in range(c.rng.randint(1, 3))]
    b.json({"r": rows, "v": 4})
    b.no_content()
    return b.build()


def amaphuzu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/amaphuzu/bukhoma")
    b.decoy("live scores with minutes and match ids (content fetch)")
    out = []
    for _ in range(4):
        mid, home, away, sport = _match(c)
        out.append(
            {
                "umdlalo": mid,
                "ekhaya": home,
                "abavakashi": away,
                "amaphuzu": [c.rng.randint(0, 4), c.rng.randint(0, 4)],
                "umzuzu": c.rng.randint(1, 90),
                "uhlobo": sport,
            }
        )
    b.ok_json({"imidlalo": out})
    return b.build()


def izehlakalo(c: Context) -> Flow:
    mid, home, away, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/umdlalo/{mid}/izehlakalo")
    b.decoy("match timeline with minutes (content fetch)")
    b.ok_json(
        {
            "umdlalo": mid,
            "izehlakalo": [
                {"umzuzu": c.rng.randint(1, 90), "uhlobo": "igoli", "iqembu": home},
                {"umzuzu": c.rng.randint(1, 90), "uhlobo": "ikhadi_eliphuzi", "iqembu": away},
            ],
        }
    )
    return b.build()


def ithebula(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ithebula?iligi=betway-premiership")
    b.decoy("log table (content fetch)")
    b.ok_json(
        {
            "ithebula": [
                {"iqembu": t, "idlalile": 14, "amaphuzu": c.rng.randint(10, 40)} for t in IQEMBU
            ]
        }
    )
    return b.build()


def okugqamile_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/okugqamile?ikhasi=1")
    b.decoy("highlight list with durations (content fetch)")
    items = []
    for _ in range(5):
        mid, home, away, _ = _match(c)
        items.append({"ividiyo": f"hl-{mid}-1", "isihloko": f"{home} vs {away}", "ubude": 180})
    b.ok_json({"okugqamile": items})
    return b.build()


def stream_chunk(c: Context) -> Flow:
    b = FB(
        c,
        "ibholalive",
        "GET",
        f"https://live.ibholalive.example/ch{c.rng.randint(1, 6)}/540p/"
        f"{c.rng.randint(10**6, 10**7)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/izaziso/bhalisela")
    b.json({"amaqembu": c.rng.sample(IQEMBU, 2), "token_id": new_hex(c.rng, 12)})
    b.ok_json({"ok": True})
    return b.build()
