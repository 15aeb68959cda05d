"""Bọ́ọ̀lù Live: a football app (NPFL and the Premier League) on the elder
brother's Infinix in Lagos.

Live scores, line-ups and tables are polled; the app streams NPFL matches and
Premier League highlights and reports watch time per match (`ifesewonse_id`
= match id, `iseju_aaya_ti_a_wo` = seconds watched) to its backend. AppsFlyer
launches carry `advertiserId`, AppsFlyer's `uid` and `android_id` (the SDK's
ServerParameters names). The Meta SDK posts app events to the Graph API
`/{app-id}/activities` (form: `event=CUSTOM_APP_EVENTS`, `advertiser_id`,
`anon_id`, `custom_events` JSON with `_eventName` such as
`fb_mobile_content_view` and `fb_content_id`;
https://developers.facebook.com/docs/app-events). A content view of a
highlight names what was watched. Match minutes, scorers and view counters are
not anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.boolulive.example"
UA = ua("BooluLive", "5.1.4", "egbon")
FB_APP = "918273645501122"
EGBE = [
    "Enyimba",
    "Rangers International",
    "Remo Stars",
    "Shooting Stars",
    "Kano Pillars",
    "Rivers United",
    "Arsenal",
    "Chelsea",
    "Manchester United",
    "Liverpool",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "boolulive", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _match(c: Context) -> tuple[int, str, str, str]:
    npfl = c.rng.random() < 0.5
    pool = EGBE[:6] if npfl else EGBE[6:]
    home, away = c.rng.sample(pool, 2)
    return c.rng.randint(70000, 79999), home, away, "npfl" if npfl else "epl"


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ng.boolulive.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("egbon"))
    b.json(
        {
            "advertiserId": b.id("gaid_egbon", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("boolu_af_uid", where="json uid"),
            "android_id": b.id("aid_boolu", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.1.4",
            "model": "Infinix X6831",
            "brand": "Infinix",
            "lang_code": "yo",
            "country": "NG",
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
        [("app_id", "ng.boolulive.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("egbon"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "tele_egbe", "af_login"]),
            "eventValue": js({"egbe": c.rng.choice(EGBE)}),
            "advertiserId": b.id("gaid_egbon", where="json advertiserId"),
            "uid": b.id("boolu_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def _graph(c: Context) -> FB:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v17.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    return b


def meta_install(c: Context) -> Flow:
    b = _graph(c)
    b.form(
        [
            ("event", "MOBILE_APP_INSTALL"),
            ("advertiser_id", b.id("gaid_egbon", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("boolu_anon_id", where="form anon_id")),
            (
                "extinfo",
                js(["a2", "ng.boolulive.app", 514, "5.1.4", "13", "Infinix X6831", "en_NG"]),
            ),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def meta_content_view(c: Context) -> Flow:
    mid, home, away, lg = _match(c)
    b = _graph(c)
    b.view("form custom_events fb_mobile_content_view fb_content_id/fb_description")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_egbon", where="form advertiser_id")),
            ("anon_id", b.id("boolu_anon_id", where="form anon_id")),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "fb_mobile_content_view",
                            "_logTime": int(c.now),
                            "fb_content_type": "video",
                            "fb_content_id": f"hl_{mid}",
                            "fb_description": f"{home} v {away} ({lg})",
                            "_valueToSum": 1,
                        }
                    ]
                ),
            ),
            ("application_tracking_enabled", "1"),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away, lg = _match(c)
    b = _b(c, "POST", f"{API}/v2/wiwo/ifesewonse")
    b.view("json ifesewonse_id + iseju_aaya_ti_a_wo (live match watch time)")
    b.json(
        {
            "ifesewonse_id": mid,
            "ifesewonse": f"{home} vs {away}",
            "liigi": lg,
            "iseju_aaya_ti_a_wo": c.rng.randint(30, 5400),
            "laaye": True,
            "igba": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def highlight_watched(c: Context) -> Flow:
    mid, home, away, _lg = _match(c)
    b = _b(c, "POST", f"{API}/v2/fidio/ti-a-wo")
    b.view("json fidio_id + ipin (highlight watched)")
    b.json(
        {
            "fidio_id": f"hl_{mid}",
            "akole": f"Àwọn góòlù: {home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "ipin": c.rng.choice([25, 50, 90, 100]),
            "akoko": c.rng.randint(90, 480),
            "wo_ni": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    """The player's stats ping: match and seconds as positional rows; the ANDROID_ID
    rides SHA-1-hashed in a one-letter header."""
    b = _b(c, "POST", f"{API}/q")
    b.header("x-z", b.id("aid_boolu", "sha1", "header x-z", detectable=False))
    b.view("json s[] rows", detectable=False)
    b.json({"s": [[_match(c)[0], c.rng.randint(30, 5400), ms(c)]], "t": 1})
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ifesewonse/laaye?liigi=npfl,epl")
    b.decoy("match minutes and scores (not viewing)")
    rows = []
    for _ in range(4):
        mid, home, away, lg = _match(c)
        rows.append(
            {
                "ifesewonse_id": mid,
                "ile": home,
                "alejo": away,
                "liigi": lg,
                "esi": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "iseju": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"ifesewonse": rows})
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, _, _ = _match(c)
    b = _b(c, "GET", f"{API}/v2/ifesewonse/{mid}/isele")
    b.decoy("event minutes (content)")
    b.ok_json(
        {
            "isele": [
                {
                    "iru": c.rng.choice(["goolu", "kaadi_ofeefee", "iyipada"]),
                    "iseju": c.rng.randint(1, 90),
                    "egbe": home,
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fidio/awon-ifojusi?oju_ewe=1")
    b.decoy("highlight list with view counts and durations (content fetch)")
    b.ok_json(
        {
            "fidio": [
                {
                    "fidio_id": f"hl_{_match(c)[0]}",
                    "akoko": c.rng.randint(90, 480),
                    "iye_wiwo": c.rng.randint(500, 900000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def tabili(c: Context) -> Flow:
    lg = c.rng.choice(["npfl", "epl"])
    b = _b(c, "GET", f"{API}/v2/tabili?liigi={lg}&akoko=2024-25")
    pool = EGBE[:6] if lg == "npfl" else EGBE[6:]
    b.ok_json({"tabili": [{"egbe": k, "ami": c.rng.randint(10, 60), "ere": 20} for k in pool]})
    return b.build()


def push_topic(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ifitonileti/forukosile")
    b.json(
        {
            "koko": "egbe_" + c.rng.choice(EGBE).split()[0].lower(),
            "olumulo": b.acct("boolu_user"),
        }
    )
    b.no_content()
    return b.build()
