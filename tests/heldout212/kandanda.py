"""Kandanda Live: a KPL / EPL football app (the son's Infinix in Kisumu).

Live scores (Gor Mahia, AFC Leopards, Tusker, Shabana...), line-ups and the
table are polled; matches and highlights are streamed and the app reports watch
time per match (`mechiId`, `sekundeZimetazamwa`) to its backend. AppsFlyer
launches carry `advertiserId`, AppsFlyer's `uid` and `android_id`. Meta app
events (graph.facebook.com/{app_id}/activities, form body with `event`
CUSTOM_APP_EVENTS, `advertiser_id`, `anon_id`, `custom_events`) carry the
advertising id. Banner ads go through an OpenRTB 2.5 exchange (`device.ifa`,
`dpidsha1`). Match events, goal minutes and highlight view counters are not
anyone's viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.kandandalive.example"
UA = ua("KandandaLive", "2.8.4", "kijana")
TIMU = [
    "Gor Mahia",
    "AFC Leopards",
    "Tusker FC",
    "Shabana FC",
    "Kakamega Homeboyz",
    "Bandari FC",
    "Arsenal",
    "Man United",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kandanda", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _mechi(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(TIMU, 2)
    return c.rng.randint(70000, 79999), home, away


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "ke.kandanda.live"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("kijana"))
    b.json(
        {
            "advertiserId": b.id("gaid_kijana", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("kandanda_af_uid", where="json uid"),
            "android_id": b.id("aid_kandanda", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "2.8.4",
            "model": "Infinix X6831",
            "brand": "Infinix",
            "lang_code": "sw",
            "country": "KE",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def meta_event(c: Context) -> Flow:
    b = FB(c, "facebook", "POST", "https://graph.facebook.com/v18.0/1182736459021845/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    ev = c.rng.choice(["fb_mobile_activate_app", "fb_mobile_content_view", "fata_timu"])
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_kijana", where="form advertiser_id")),
            ("anon_id", b.id("kandanda_anon_id", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                js([{"_eventName": ev, "_logTime": int(c.now), "timu": "Gor Mahia"}]),
            ),
            (
                "extinfo",
                js(["a2", "ke.kandanda.live", 284, "2.8.4", "13", "Infinix X6831", "sw_KE"]),
            ),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "POST", "https://rtb.savannahads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("kijana"))
    b.decoy("bid id uuid, publisher id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [{"id": "1", "tagid": "kandanda_banner", "banner": {"w": 320, "h": 50}}],
            "app": {
                "bundle": "ke.kandanda.live",
                "name": "Kandanda Live",
                "cat": ["IAB17"],
                "publisher": {"id": new_hex(c.rng, 24)},
            },
            "device": {
                "ua": dalvik("kijana"),
                "ifa": b.id("gaid_kijana", where="json device.ifa"),
                "dpidsha1": b.id("aid_kandanda", "sha1", "json device.dpidsha1"),
                "lmt": 0,
                "make": "Infinix",
                "model": "X6831",
                "os": "android",
                "osv": "13",
                "devicetype": 4,
                "geo": {"lat": rf(c.rng, -0.2, 0.0, 3), "lon": rf(c.rng, 34.6, 34.9, 3)},
            },
            "at": 1,
            "tmax": 300,
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": []})
    return b.build()


def stream_heartbeat(c: Context) -> Flow:
    mid, home, away = _mechi(c)
    b = _b(c, "POST", f"{API}/api/v2/mechi/{mid}/tazama")
    b.view("json mechiId + sekundeZimetazamwa (match watch time)")
    b.json(
        {
            "mechiId": mid,
            "mechi": f"{home} vs {away}",
            "sekundeZimetazamwa": c.rng.choice([30, 60, 90]),
            "dakikaYaMechi": c.rng.randint(1, 95),
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def highlight_watched(c: Context) -> Flow:
    mid, home, away = _mechi(c)
    b = _b(c, "POST", f"{API}/api/v2/highlights/imetazamwa")
    b.view("json highlightId + asilimia (highlight watched)")
    b.json(
        {
            "highlightId": f"h{mid}",
            "kichwa": f"{home} {c.rng.randint(0, 4)}-{c.rng.randint(0, 4)} {away}",
            "asilimia": c.rng.choice([25, 50, 100]),
            "saa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.view("form q=mid.sec.ts triples", detectable=False)
    q = ";".join(
        f"{_mechi(c)[0]}.{c.rng.randint(10, 600)}.{ms(c)}" for _ in range(c.rng.randint(1, 3))
    )
    b.form([("q", q), ("r", "3")])
    b.no_content()
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/matokeo/live?ligi=kpl")
    b.ok_json(
        {
            "mechi": [
                {
                    "mechiId": _mechi(c)[0],
                    "nyumbani": h,
                    "ugenini": a,
                    "matokeo": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                    "dakika": c.rng.randint(1, 90),
                }
                for h, a in (("Gor Mahia", "Tusker FC"), ("AFC Leopards", "Shabana FC"))
            ]
        }
    )
    return b.build()


def match_events(c: Context) -> Flow:
    mid, home, away = _mechi(c)
    b = _b(c, "GET", f"{API}/api/v2/mechi/{mid}/matukio")
    b.decoy("match minute events and positions on the pitch (not a viewer's)")
    b.ok_json(
        {
            "matukio": [
                {
                    "aina": c.rng.choice(["goli", "kadi_njano", "badiliko"]),
                    "dakika": c.rng.randint(1, 90),
                    "timu": c.rng.choice([home, away]),
                    "position": {"x": rf(c.rng, 0, 100, 1), "y": rf(c.rng, 0, 100, 1)},
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def highlights_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/highlights?ukurasa=1")
    b.decoy("highlight view counters and durations (content fetch)")
    b.ok_json(
        {
            "highlights": [
                {"id": f"h{_mechi(c)[0]}", "views": c.rng.randint(500, 90000), "sekunde": 180}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def jedwali(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/jedwali?ligi=kpl&msimu=2024")
    b.ok_json({"jedwali": [{"timu": t, "pointi": c.rng.randint(5, 60)} for t in TIMU[:6]]})
    return b.build()
