"""KhelLive: a cricket and football live app (Nepal Premier League, the national
teams, the Martyrs Memorial A-Division League) on the son's Galaxy M34 in
Kathmandu.

Scores, ball-by-ball commentary and the points table are polled; the app also
streams matches and highlights, reporting watch time per match (`khelId`,
`herekoSekend`) to its backend. AppsFlyer launches carry `advertiserId`,
AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters names). Meta app
events go to the Graph API `/{app-id}/activities` edge, form-encoded
(`event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id`, `custom_events` as a JSON
list with `_eventName`, `_logTime`, `fb_content_type`, `fb_content_id`;
https://developers.facebook.com/docs/graph-api/reference/application/activities/):
a highlight or match watched goes out as `fb_mobile_content_view` with the
video's id and the seconds watched, a team followed as a custom event.
Ball-by-ball overs, scorecards and highlight view counters are not anyone's
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.khellive.example"
UA = ua("KhelLive", "2.8.1", "chhora")
FB_APP = "1893402217765310"
TEAMS = [
    "Janakpur Bolts",
    "Kathmandu Gurkhas",
    "Biratnagar Kings",
    "Pokhara Avengers",
    "Chitwan Rhinos",
    "Lumbini Lions",
    "Sudurpaschim Royals",
    "Karnali Yaks",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khellive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(TEAMS, 2)
    return c.rng.randint(70000, 79999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "com.khellive.nepal"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("chhora"))
    b.json(
        {
            "advertiserId": b.id("gaid_chhora", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("khel_af_uid", where="json uid"),
            "android_id": b.id("aid_khel", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "2.8.1",
            "model": "SM-M346B",
            "brand": "samsung",
            "lang_code": "ne",
            "country": "NP",
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
        [("app_id", "com.khellive.nepal"), ("buildnumber", "6.15.2")],
    )
    b.header("user-agent", dalvik("chhora"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "team_follow", "af_login"]),
            "eventValue": js({"team": c.rng.choice(TEAMS)}),
            "advertiserId": b.id("gaid_chhora", where="json advertiserId"),
            "uid": b.id("khel_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def meta_content_view(c: Context) -> Flow:
    mid, home, away = _match(c)
    event = {
        "_eventName": "fb_mobile_content_view",
        "_logTime": int(c.now),
        "fb_content_type": "video",
        "fb_content_id": f"hl_{mid}",
        "fb_description": f"Highlights: {home} vs {away}",
        "watched_seconds": c.rng.randint(20, 600),
        "_session_id": rid(c.rng),
    }
    return _meta_flow(c, [event], True)


def meta_follow(c: Context) -> Flow:
    event = {
        "_eventName": "team_follow",
        "_logTime": int(c.now),
        "team": c.rng.choice(TEAMS),
        "_session_id": rid(c.rng),
    }
    return _meta_flow(c, [event], False)


def _meta_flow(c: Context, events: list[dict], label_view: bool) -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    if label_view:
        b.view("form custom_events[] fb_mobile_content_view (video, seconds watched)")
    b.form(
        [
            ("format", "json"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_chhora", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("khel_fb_anon", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            ("custom_events", js(events)),
            (
                "extinfo",
                js(["a2", "com.khellive.nepal", 281, "2.8.1", "14", "SM-M346B", "ne_NP", "NPT"]),
            ),
            ("application_package_name", "com.khellive.nepal"),
            ("sdk", "android"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/stream/heartbeat")
    b.view("json khelId + herekoSekend (live match watch time)")
    b.json(
        {
            "khelId": mid,
            "khel": f"{home} vs {away}",
            "herekoSekend": c.rng.randint(30, 12000),
            "pratyaksha": True,
            "samay": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_herieko(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/video/herieko")
    b.view("json videoId + pratishat (highlight watched)")
    b.json(
        {
            "videoId": f"hl_{mid}",
            "sirshak": f"Highlights: {home} vs {away}",
            "pratishat": c.rng.choice([25, 50, 90, 100]),
            "awadhi": c.rng.randint(90, 420),
            "heriekoSamay": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides md5-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/q")
    b.header("x-h", b.id("aid_khel", "md5", "header x-h", detectable=False))
    b.view("json s[] rows", detectable=False)
    b.json({"s": [[_match(c)[0], c.rng.randint(30, 12000), ms(c)]], "k": 1})
    b.no_content()
    return b.build()


def live_score(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/khel/pratyaksha?pratiyogita=npl")
    b.decoy("overs, balls and scores (not viewing)")
    rows = []
    for _ in range(2):
        mid, home, away = _match(c)
        rows.append(
            {
                "khelId": mid,
                "ghar": home,
                "pahuna": away,
                "ran": f"{c.rng.randint(60, 210)}/{c.rng.randint(1, 9)}",
                "over": f"{c.rng.randint(5, 19)}.{c.rng.randint(0, 5)}",
            }
        )
    b.ok_json({"khelharu": rows})
    return b.build()


def commentary(c: Context) -> Flow:
    mid, _, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/khel/{mid}/tippani?over=latest")
    b.decoy("ball-by-ball commentary with over numbers (content)")
    b.ok_json(
        {
            "balls": [
                {
                    "ball": f"{c.rng.randint(1, 19)}.{i}",
                    "ran": c.rng.choice([0, 1, 1, 2, 4, 6]),
                    "tippani": c.rng.choice(["Ramro shot!", "Chauka!", "Dot ball", "Chhakka!"]),
                }
                for i in range(1, 7)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/video/highlights?prishtha=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "video": [
                {
                    "videoId": f"hl_{_match(c)[0]}",
                    "awadhi": c.rng.randint(90, 420),
                    "herai": c.rng.randint(500, 300000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def ank_talika(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ank-talika?season=2024")
    b.ok_json(
        {
            "talika": [
                {"team": t, "ank": c.rng.randint(0, 14), "nrr": round(c.rng.uniform(-1.5, 1.5), 3)}
                for t in TEAMS
            ]
        }
    )
    return b.build()


def football_fixtures(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/football/a-division/fixtures")
    b.ok_json(
        {
            "khelharu": [
                {"ghar": h, "pahuna": a, "sthan": "Dasharath Rangasala", "miti": iso(c)[:10]}
                for h, a in (("Machhindra FC", "Three Star"), ("Church Boys", "APF Club"))
            ]
        }
    )
    return b.build()
