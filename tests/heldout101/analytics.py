"""Analytics / attribution SDKs inside the apps.

GA4 Measurement Protocol for apps (POST /mp/collect?firebase_app_id&api_secret,
body app_instance_id + events; recommended video_progress params
video_current_time / video_percent / video_title; developers.google.com/analytics).
AppsFlyer launches (POST launches.appsflyer.com/api/v6.x/androidevent, JSON
`advertiserId`, `uid`, `af_timestamp`; github.com/AppsFlyerSDK). Adjust
(POST app.adjust.com/session, form `gps_adid`, `android_uuid`, `app_token`;
github.com/adjust/android_sdk). comScore streaming tag (sb.scorecardresearch.com
/p2, `ns_st_ev`, `ns_st_ci`, `ns_st_pt`, `c12`; comScore SDK docs).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

TITLES = ["El Chavo del 8", "Vecinos", "Lucha Azteca en vivo", "Como dice el dicho"]


def ga4_video(c: Context, event: str = "video_progress") -> Flow:
    b = FB(c, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.param("firebase_app_id", "1:2231948:android:" + new_hex(c.rng, 16))
    b.param("api_secret", new_hex(c.rng, 22))
    b.other_id("app_instance", "json app_instance_id")
    b.view(f"GA4 {event} with video_title / video_current_time")
    b.json(
        {
            "app_instance_id": c.phone.app_instance,
            "events": [
                {
                    "name": event,
                    "params": {
                        "video_title": c.rng.choice(TITLES),
                        "video_current_time": c.rng.randint(0, 2600),
                        "video_percent": c.rng.choice([10, 25, 50, 75, 90]),
                        "video_provider": "vixo",
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_purchase(c: Context) -> Flow:
    b = FB(c, "ga4", "POST", "https://www.google-analytics.com/mp/collect")
    b.param("firebase_app_id", "1:2231948:android:" + new_hex(c.rng, 16))
    b.other_id("app_instance", "json app_instance_id")
    b.json(
        {
            "app_instance_id": c.phone.app_instance,
            "events": [
                {
                    "name": "purchase",
                    "params": {
                        "currency": "MXN",
                        "value": c.rng.choice([99, 149]),
                        "transaction_id": new_hex(c.rng, 12),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def appsflyer(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", "https://launches.appsflyer.com/api/v6.12/androidevent")
    b.param("app_id", c.rng.choice(["mx.vixo.app", "mx.bancomx.movil", "mx.ringmx.app"]))
    b.param("buildnumber", "6.12.2")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": c.phone.af_uid,
            "af_timestamp": str(ms(c)),
            "device": "sapphire",
            "brand": "Redmi",
            "model": "23124RA7EO",
            "lang_code": "es",
            "country": "MX",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.other_id("af_uid", "json uid (AppsFlyer id)")
    b.ok_json({"ok": True})
    return b.build()


def adjust(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.form(
        [
            ("app_token", new_hex(c.rng, 12)),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            (
                "callback_params",
                '{"k":"'
                + b.id("aid_musica", where="form callback_params k", detectable=False)
                + '"}',
            ),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(1, 90))),
        ]
    )
    b.ok_json({"adid": c.phone.adjust_adid})
    b.other_id("adjust_adid", "response adid", direction="response")
    return b.build()


def comscore(c: Context) -> Flow:
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.view("comScore streaming ns_st_ev hb, ns_st_ci, ns_st_pt")
    for k, v in [
        ("c1", "19"),
        ("c2", "3005086"),
        ("ns_ap_an", "RingMX"),
        ("ns_st_ev", "hb"),
        ("ns_st_ci", new_hex(c.rng, 8)),
        ("ns_st_pt", str(c.rng.randint(0, 3600000))),
        ("ns_st_pr", c.rng.choice(TITLES)),
        ("c12", b.id("aid_lucha", how="md5", where="query c12")),
    ]:
        b.param(k, v)
    b.respond(204, None)
    return b.build()
