"""KwalloLive: a Nigerian football app (NPFL and the European leagues) on the
uncle's Redmi Note 13 in Jeddah, set to Hausa.

Scores, line-ups and tables are polled; the app streams NPFL matches and
European highlights and reports watch time per match to its backend
(`wasa` = match, `sakan_kallo` = seconds watched). AppsFlyer launches carry
`advertiserId`, AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters
names); in-app events go to inapps.appsflyer.com with `eventName` /
`eventValue` (af_content_view of a match clip). Meta app events go to the
Graph API `/{app-id}/activities` as a form with `event=CUSTOM_APP_EVENTS`,
`custom_events` JSON (`_eventName`, `fb_content_id`...), `advertiser_id` and
the SDK's `anon_id` (XZ + UUID),
https://developers.facebook.com/docs/graph-api/reference/application/activities/.
Match minutes, scorers, table points and clip view counters are content.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.kwallolive.example"
UA = ua("KwalloLive", "5.4.2", "kawu")
PKG = "ng.kwallolive.app"
FB_APP = "2290417735561820"
CLUBS = [
    "Kano Pillars",
    "Enyimba",
    "Rangers International",
    "Remo Stars",
    "Kwara United",
    "Rivers United",
    "Arsenal",
    "Barcelona",
    "Manchester City",
    "Real Madrid",
    "Chelsea",
    "Al-Ittihad",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kwallolive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(CLUBS, 2)
    return c.rng.randint(700000, 799999), home, away


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.14/androidevent",
        [("app_id", PKG), ("buildnumber", "6.14.2")],
    )
    b.header("user-agent", dalvik("kawu"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid_kawu", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kwallo_af_uid", where="json uid"),
            "android_id": b.id("aid_kwallo", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.4.2",
            "model": "23124RA7EO",
            "brand": "Redmi",
            "lang_code": "ha",
            "country": "SA",
            "counter": str(c.rng.randint(1, 120)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _af(c, "inapps")
    b.view("json eventValue af_content_id/af_content (clip watched)")
    value = {
        "af_content_type": "match_highlights",
        "af_content_id": f"hl_{mid}",
        "af_content": f"{home} vs {away}",
        "watch_seconds": c.rng.randint(20, 600),
    }
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": js(value),
            "advertiserId": b.id("gaid_kawu", where="json advertiserId"),
            "uid": b.id("kwallo_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_follow(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.json(
        {
            "eventName": "bi_kungiya",
            "eventValue": js({"kungiya": c.rng.choice(CLUBS)}),
            "advertiserId": b.id("gaid_kawu", where="json advertiserId"),
            "uid": b.id("kwallo_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _meta(c: Context, events: list[dict[str, object]] | None) -> FB:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v18.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    form: list[tuple[str, str]] = [("format", "json"), ("sdk", "android")]
    if events is None:
        form.append(("event", "MOBILE_APP_INSTALL"))
    else:
        form += [("event", "CUSTOM_APP_EVENTS"), ("custom_events", js(events))]
    form += [
        ("advertiser_id", b.id("gaid_kawu", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("kwallo_fb_anon", where="form anon_id")),
        (
            "extinfo",
            js(
                [
                    "a2",
                    PKG,
                    "542",
                    "5.4.2",
                    "14",
                    "23124RA7EO",
                    "ha_NG",
                    "AST",
                    "STC",
                    "1080",
                    "2400",
                    "2.75",
                    "8",
                    "112",
                    "41",
                    "Asia/Riyadh",
                ]
            ),
        ),
        ("application_package_name", PKG),
    ]
    b.form(form)
    b.ok_json({"success": True})
    return b


def meta_install(c: Context) -> Flow:
    return _meta(c, None).build()


def meta_activate(c: Context) -> Flow:
    b = _meta(
        c,
        [
            {
                "_eventName": "fb_mobile_activate_app",
                "_logTime": int(c.now),
                "_ui": "unknown",
                "_session_id": rid(c.rng),
            }
        ],
    )
    b.decoy("_session_id uuid")
    return b.build()


def meta_content_view(c: Context) -> Flow:
    mid, home, away = _match(c)
    events: list[dict[str, object]] = [
        {
            "_eventName": "fb_mobile_content_view",
            "fb_content_type": "video",
            "fb_content_id": f"live_{mid}",
            "fb_description": f"{home} vs {away} (kai tsaye)",
            "_logTime": int(c.now),
            "_ui": "MatchPlayerActivity",
        }
    ]
    b = _meta(c, events)
    b.view("form custom_events json fb_mobile_content_view fb_content_id")
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away = _match(c)
    b = _b(c, "POST", f"{API}/v2/stream/heartbeat")
    b.view("json wasa_id + sakan_kallo (live match watch time)")
    b.json(
        {
            "wasa_id": mid,
            "wasa": f"{home} - {away}",
            "sakan_kallo": c.rng.randint(30, 5400),
            "kai_tsaye": True,
            "lokaci": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's QoE ping: match and seconds as positional rows; the ANDROID_ID
    rides sha1-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/q")
    b.header("x-h", b.id("aid_kwallo", "sha1", "header x-h", detectable=False))
    b.view("json r[] rows", detectable=False)
    b.json({"r": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 1})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    lg = c.rng.choice(["npfl", "epl", "laliga", "spl"])
    b = _b(c, "GET", f"{API}/v2/wasanni/kai-tsaye?" + urlencode({"gasar": lg}))
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away = _match(c)
        rows.append(
            {
                "wasa_id": mid,
                "gida": home,
                "bako": away,
                "ci": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "minti": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"wasanni": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/wasanni/{mid}/abubuwa")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "abubuwa": [
                {
                    "iri": c.rng.choice(["ci", "katin_rawaya", "canji"]),
                    "minti": c.rng.randint(1, 90),
                    "kungiya": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/bidiyo/takaitattu?shafi=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "bidiyo": [
                {
                    "id": f"hl_{_match(c)[0]}",
                    "tsawo": c.rng.randint(90, 400),
                    "an_kalla": c.rng.randint(500, 200000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/teburi?gasar=npfl&kakar=2024-25")
    b.ok_json(
        {"teburi": [{"kungiya": k, "maki": c.rng.randint(10, 60), "wasa": 24} for k in CLUBS[:6]]}
    )
    return b.build()
