"""Sportuli: an Erovnuli Liga football and rugby (Didi 10, the Lelos) live app on
the grandfather's Galaxy A15 in Kutaisi.

Live scores, line-ups and tables are polled; the app streams matches and
replays, reporting watch time per match (`matchis_id`, `naqurebi_tsamebi`) to
its backend. AppsFlyer launches carry `advertiserId`, AppsFlyer's `uid` and
`android_id` (the SDK's ServerParameters names). Meta app events go to the
Graph API `/{app-id}/activities` edge form-encoded (`event=CUSTOM_APP_EVENTS`,
`custom_events` a JSON list with `_eventName`, `_logTime`, `advertiser_id`,
`anon_id`, `extinfo`); a replay view is logged as `fb_mobile_content_view`
with `fb_content_type` video and the replay as `fb_content_id`. A match's
minute-by-minute events, the scorers' minutes, tables and replay view counters
are not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.sportuli.example"
UA = ua("Sportuli", "4.0.3", "babua")
PKG = "ge.sportuli.live"
FB_APP = "281930475520163"
KLUBEBI = [
    "დინამო თბილისი",
    "დინამო ბათუმი",
    "ტორპედო ქუთაისი",
    "იბერია 1999",
    "დილა გორი",
    "სამგურალი",
    "ტელავი",
    "კოლხეთი ფოთი",
]
RAGBI = ["აია ქუთაისი", "ჯიქი", "ლელო სარაცენსი", "ბათუმი", "ყოჩები", "არმია"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sportuli", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    if c.rng.random() < 0.65:
        home, away = c.rng.sample(KLUBEBI, 2)
        return c.rng.randint(70000, 79999), home, away, "pekhburti"
    home, away = c.rng.sample(RAGBI, 2)
    return c.rng.randint(80000, 89999), home, away, "ragbi"


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("babua"))
    b.json(
        {
            "advertiserId": b.id("gaid_babua", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("sport_af_uid", where="json uid"),
            "android_id": b.id("aid_sporti", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "4.0.3",
            "model": "SM-A155F",
            "brand": "samsung",
            "lang_code": "ka",
            "country": "GE",
            "counter": str(c.rng.randint(1, 90)),
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
        [("app_id", PKG), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("babua"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "gundis_gamowera", "af_login"]),
            "eventValue": js({"gundi": c.rng.choice(KLUBEBI + RAGBI)}),
            "advertiserId": b.id("gaid_babua", where="json advertiserId"),
            "uid": b.id("sport_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _meta(c: Context, b: FB, events: list[dict], event: str = "CUSTOM_APP_EVENTS") -> None:
    extinfo = js(
        ["a2", PKG, "403", "4.0.3", "14", "SM-A155F", "ka_GE", "GMT+04:00", "MagtiCom",
         1080, 2340, "2.63", 8, 110, 42, "Asia/Tbilisi"]
    )  # fmt: skip
    b.form(
        [
            ("event", event),
            ("custom_events", js(events)),
            ("advertiser_id", b.id("gaid_babua", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("sport_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("extinfo", extinfo),
            ("application_package_name", PKG),
            ("format", "json"),
            ("sdk", "android"),
        ]
    )


def meta_activate(c: Context) -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    _meta(
        c,
        b,
        [{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now), "_ui": "unknown"}],
    )
    b.ok_json({"success": True})
    return b.build()


def meta_content_view(c: Context) -> Flow:
    mid, home, away, sport = _match(c)
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events[] fb_mobile_content_view video fb_content_id (replay watched)")
    _meta(
        c,
        b,
        [
            {
                "_eventName": "fb_mobile_content_view",
                "fb_content_type": "video",
                "fb_content_id": f"replay_{mid}",
                "fb_description": f"{home} - {away} ({sport})",
                "_logTime": int(c.now),
                "_ui": "MatchReplayActivity",
            }
        ],
    )
    b.ok_json({"success": True})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, sport = _match(c)
    b = _b(c, "POST", f"{API}/v2/strimi/guliscema")
    b.view("json matchis_id + naqurebi_tsamebi (live match watch time)")
    b.json(
        {
            "matchis_id": mid,
            "matchi": f"{home} - {away}",
            "sporti": sport,
            "naqurebi_tsamebi": c.rng.randint(30, 6000),
            "live": True,
            "dro": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def replay_watched(c: Context) -> Flow:
    mid, home, away, sport = _match(c)
    b = _b(c, "POST", f"{API}/v2/video/nanakhi")
    b.view("json videos_id + procenti (replay watched)")
    b.json(
        {
            "videos_id": f"rp_{mid}",
            "satauri": f"მიმოხილვა: {home} - {away}",
            "sporti": sport,
            "procenti": c.rng.choice([25, 50, 90, 100]),
            "khangrdzlivoba": c.rng.randint(90, 600),
            "nanakhia": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides SHA-256-hashed in a one-letter form field."""
    b = _b(c, "POST", f"{API}/q")
    b.view("form r rows", detectable=False)
    b.form(
        [
            ("k", b.id("aid_sporti", "sha256", "form k", detectable=False)),
            ("r", js([[_match(c)[0], c.rng.randint(30, 6000), ms(c)]])),
            ("t", "3"),
        ]
    )
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/matchebi/live?liga=erovnuli-liga")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away, _s = _match(c)
        rows.append(
            {
                "matchis_id": mid,
                "maspindzeli": home,
                "stumari": away,
                "angarishi": f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 3)}",
                "tsuti": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"matchebi": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, _, _s = _match(c)
    b = _b(c, "GET", f"{API}/v2/matchebi/{mid}/movlenebi")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "movlenebi": [
                {
                    "tipi": c.rng.choice(["goli", "yviteli_barati", "shecvla", "lelo"]),
                    "tsuti": c.rng.randint(1, 90),
                    "gundi": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def replays_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/mimokhilvebi?gverdi=1")
    b.decoy("replay list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "video": [
                {
                    "videos_id": f"rp_{_match(c)[0]}",
                    "khangrdzlivoba": c.rng.randint(90, 600),
                    "nakhvebi": c.rng.randint(500, 90000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def tskhrili(c: Context) -> Flow:
    liga = c.rng.choice(["erovnuli-liga", "didi-10"])
    b = _b(c, "GET", f"{API}/v2/tskhrili?liga={liga}&sezoni=2025")
    gundebi = KLUBEBI if liga == "erovnuli-liga" else RAGBI
    b.ok_json(
        {"tskhrili": [{"gundi": k, "kula": c.rng.randint(5, 60), "tamashi": 20} for k in gundebi]}
    )
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/shetkobinebebi/gamowera")
    b.json({"tema": "gundi_" + str(c.rng.randint(1, 14)), "momkhmarebeli": b.acct("sport_user")})
    b.no_content()
    return b.build()
