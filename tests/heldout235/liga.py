"""GólSK: a Niké liga football app (live scores, match streams and highlights,
"zostrihy") on the uncle's Redmi Note 13 in Košice.

Keys and paths are Slovak without diacritics (`zapas` = match, `zostrih` =
highlight, `tabulka` = table, `sekundySledovania` = seconds watched). The app
reports watch time per match stream and per highlight to its backend.
AppsFlyer launches and in-app events carry `advertiserId`, AppsFlyer's `uid`
and `android_id` (the SDK's ServerParameters names). Meta app events go to the
Graph API `/{app-id}/activities` edge form-encoded: `event=CUSTOM_APP_EVENTS`,
`advertiser_id`, `anon_id` (the SDK's "XZ"+UUID), `application_tracking_enabled`,
`extinfo` and `custom_events` (a JSON list of `_eventName`, `_logTime` and the
event's parameters); `fb_mobile_content_view` with `fb_content_type` video and a
watch time names a watched highlight, one for an article is a page read. Live
scores, the minute-by-minute events, the table and highlight view counters are
not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.golsk.example"
UA = ua("GolSK", "4.1.3", "stryko")
FB_APP = "381920746512283"
KLUBY = [
    "ŠK Slovan Bratislava",
    "FC Spartak Trnava",
    "MŠK Žilina",
    "FC DAC 1904 Dunajská Streda",
    "FC Košice",
    "AS Trenčín",
    "MFK Ružomberok",
    "MFK Zemplín Michalovce",
    "FK Železiarne Podbrezová",
    "MFK Skalica",
    "KFC Komárno",
    "FC ViOn Zlaté Moravce",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "golsk", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _zapas(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(KLUBY, 2)
    return c.rng.randint(70000, 79999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "sk.golsk.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("stryko"))
    b.json(
        {
            "advertiserId": b.id("gaid_stryko", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("liga_af_uid", where="json uid"),
            "android_id": b.id("aid_liga", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.1.3",
            "model": "23117RA68G",
            "brand": "Redmi",
            "lang_code": "sk",
            "country": "SK",
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
        [("app_id", "sk.golsk.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("stryko"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "sledovat_klub", "af_login"]),
            "eventValue": js({"klub": c.rng.choice(KLUBY)}),
            "advertiserId": b.id("gaid_stryko", where="json advertiserId"),
            "uid": b.id("liga_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _extinfo() -> str:
    return js(
        [
            "a2",
            "sk.golsk.live",
            "413",
            "4.1.3",
            "14",
            "23117RA68G",
            "sk_SK",
            "CET",
            "Orange SK",
            1080,
            2400,
            "2.75",
            8,
            110,
            52,
            "Europe/Bratislava",
        ]
    )


def _meta(c: Context, events: list[dict[str, object]]) -> FB:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("format", "json"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_stryko", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("liga_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("extinfo", _extinfo()),
            ("custom_events", js(events)),
            ("application_package_name", "sk.golsk.live"),
        ]
    )
    b.ok_json({"success": True})
    return b


def meta_activate(c: Context) -> Flow:
    b = _meta(c, [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}])
    return b.build()


def meta_video_view(c: Context) -> Flow:
    mid, home, away = _zapas(c)
    ev = {
        "_eventName": "fb_mobile_content_view",
        "_logTime": int(c.now),
        "fb_content_type": "video",
        "fb_content_id": f"zostrih_{mid}",
        "fb_description": f"Zostrih: {home} - {away}",
        "dlzka_sledovania_s": c.rng.randint(20, 300),
    }
    b = _meta(c, [ev])
    b.view("form custom_events fb_mobile_content_view (video) + dlzka_sledovania_s")
    return b.build()


def meta_article_view(c: Context) -> Flow:
    mid, home, away = _zapas(c)
    ev = {
        "_eventName": "fb_mobile_content_view",
        "_logTime": int(c.now),
        "fb_content_type": "clanok",
        "fb_content_id": f"clanok_{mid}",
        "fb_description": f"Pozápasové hodnotenie: {home} - {away}",
    }
    b = _meta(c, [ev])
    b.decoy("content_view of a match report article (reading, not watching)")
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away = _zapas(c)
    b = _b(c, "POST", f"{API}/v2/stream/heartbeat")
    b.view("json zapasId + sekundySledovania (live match watch time)")
    b.json(
        {
            "zapasId": mid,
            "zapas": f"{home} - {away}",
            "sekundySledovania": c.rng.randint(30, 5400),
            "nazivo": True,
            "cas": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def zostrih_pozrety(c: Context) -> Flow:
    mid, home, away = _zapas(c)
    b = _b(c, "POST", f"{API}/v2/video/pozrete")
    b.view("json videoId + percento (highlight watched)")
    b.json(
        {
            "videoId": f"zostrih_{mid}",
            "nazov": f"Góly: {home} {c.rng.randint(0, 4)}:{c.rng.randint(0, 4)} {away}",
            "percento": c.rng.choice([25, 50, 90, 100]),
            "trvanie": c.rng.randint(90, 300),
            "pozreteO": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides sha1-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/q")
    b.header("x-h", b.id("aid_liga", "sha1", "header x-h", detectable=False))
    b.view("json p[] rows", detectable=False)
    b.json({"p": [[_zapas(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 1})
    b.no_content()
    return b.build()


def vysledky(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/zapasy/nazivo?liga=nike-liga")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(3):
        mid, home, away = _zapas(c)
        rows.append(
            {
                "zapasId": mid,
                "domaci": home,
                "hostia": away,
                "skore": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "minuta": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"zapasy": rows})
    return b.build()


def udalosti(c: Context) -> Flow:
    mid, home, _ = _zapas(c)
    b = _b(c, "GET", f"{API}/v2/zapasy/{mid}/udalosti")
    b.decoy("match event minutes (content)")
    b.ok_json(
        {
            "udalosti": [
                {
                    "typ": c.rng.choice(["gol", "zlta_karta", "striedanie", "penalta"]),
                    "minuta": c.rng.randint(1, 90),
                    "klub": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def zostrihy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/zostrihy?strana=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "videa": [
                {
                    "videoId": f"zostrih_{_zapas(c)[0]}",
                    "trvanie": c.rng.randint(90, 300),
                    "pozretia": c.rng.randint(500, 90000),
                    "nahlad": f"https://img.golsk.example/z/{c.rng.randint(10**5, 10**6)}.jpg",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def tabulka(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tabulka?sezona=2024-25")
    b.ok_json(
        {"tabulka": [{"klub": k, "body": c.rng.randint(10, 60), "zapasy": 22} for k in KLUBY]}
    )
    return b.build()


def tip(c: Context) -> Flow:
    mid, _, _ = _zapas(c)
    b = _b(c, "POST", f"{API}/v2/tipovacka")
    b.json(
        {
            "zapasId": mid,
            "tip": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
            "pouzivatel": b.acct("liga_user"),
            "kurz": rf(c.rng, 1.2, 5.0, 2),
        }
    )
    b.ok_json({"ulozene": True})
    return b.build()
