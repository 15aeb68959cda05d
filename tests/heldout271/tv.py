"""The smart TV in the son's flat in Cagliari (an Android TV set of a
fictional maker, `smartv-italia.example`): automatic content recognition,
and its preinstalled "SmarTV Play" app with AppsFlyer and Meta app events.

ACR reports list what the screen showed (channel or app, content id and
title, start, seconds) under the maker's program-sharing id `psid`; a newer
firmware sends the same report as protobuf. AppsFlyer (CTV, `advertiserId` the
TV's advertising id, `uid` the SDK's id) gets launches and `af_content_view`
events; Meta app events (`/activities`, `CUSTOM_APP_EVENTS`) get
`fb_mobile_content_view` with the title, plus `advertiser_id` and `anon_id`.
Registration carries the serial and Wi-Fi MAC. Home rails, trending lists,
the app store and firmware checks are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid

ACR = "https://acr.smartv-italia.example"
API = "https://api.smartv-italia.example"
UA = "Mozilla/5.0 (Linux; Android 12; ST55-QLED Build/STTV.240118) SmarTVPlay/1.9.2"
PKG = "it.smartv.play"
AF_APP = "it.smartv.play"
FB_APP = "1187740529336201"
CONTENT = [
    ("RAI1", "c-8812", "Il Commissario Montalbano"),
    ("VIDEOLINA", "c-5510", "Videolina News"),
    ("APP:DAZN", "c-3321", "Cagliari - Lecce"),
    ("APP:NETFLIX", "c-7765", "Il Gattopardo"),
    ("CANALE5", "c-1190", "Striscia la notizia"),
]


def _acr(c: Context, path: str) -> FB:
    b = FB(c, "tv-acr", "POST", f"{ACR}{path}")
    b.header("user-agent", "ACRClient/3.4 (STTV.240118)")
    return b


def acr_report(c: Context) -> Flow:
    b = _acr(c, "/v2/report")
    b.view("json sessions[] channel/content/title/start/seconds (ACR matches)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "tv": {"model": "ST55-QLED", "fw": "STTV.240118"},
            "sessions": [
                {
                    "source": src,
                    "contentId": cid,
                    "title": title,
                    "start": iso(c),
                    "seconds": c.rng.randint(30, 1800),
                    "confidence": round(c.rng.uniform(0.8, 0.99), 2),
                }
                for src, cid, title in c.rng.sample(CONTENT, c.rng.randint(1, 3))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = _acr(c, "/v3/r")
    b.view("protobuf repeated match {content id, start, seconds}", detectable=False)
    matches = [
        pb_msg(
            3,
            [
                pb_bytes(1, cid),
                pb_varint(2, int(c.now) - c.rng.randint(60, 3600)),
                pb_varint(3, c.rng.randint(30, 1800)),
            ],
        )
        for _, cid, _ in c.rng.sample(CONTENT, 2)
    ]
    body = pb_bytes(1, b.id("tv_psid", "protobuf", "protobuf field 1 (psid)", detectable=False))
    body += pb_varint(2, 3) + b"".join(matches)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "smartv", "POST", f"{API}/v1/device/register")
    b.header("user-agent", UA)
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "psid": b.id("tv_psid", where="json psid"),
            "model": "ST55-QLED",
            "country": "IT",
            "account": b.acct("tv_account"),
            "acrConsent": True,
        }
    )
    b.ok_json({"ok": True, "token": new_hex(c.rng, 40)})
    return b.build()


def _af_body(c: Context, b: FB) -> dict[str, object]:
    return {
        "advertiserId": b.id("gaid_tv", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("tv_af_uid", where="json uid"),
        "app_id": AF_APP,
        "appsflyerKey": "Xq7" + "Lm2vN8rT4kP9wZ",
        "brand": "SmarTV",
        "model": "ST55-QLED",
        "device": "sttv55",
        "platformextension": "android_native",
        "sdk": "34",
        "af_timestamp": str(ms(c)),
        "lang": "italiano",
        "country": "IT",
        "app_version_name": "1.9.2",
        "tvdevice": True,
        "installDate": "2024-11-02_181204+0100",
        "counter": str(c.rng.randint(2, 400)),
    }


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={AF_APP}&buildnumber=6.14.0",
    )
    b.header("user-agent", UA)
    b.json(_af_body(c, b))
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_content_view(c: Context) -> Flow:
    _src, cid, title = c.rng.choice(CONTENT)
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.14/androidevent?app_id={AF_APP}&buildnumber=6.14.0",
    )
    b.header("user-agent", UA)
    body = _af_body(c, b)
    body["eventName"] = "af_content_view"
    body["eventValue"] = js(
        {
            "af_content_id": cid,
            "af_content_type": "video",
            "af_content": title,
            "minuti_visti": c.rng.randint(1, 90),
        }
    )
    b.view("json eventName=af_content_view + eventValue af_content/af_content_id")
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def meta_content_view(c: Context) -> Flow:
    _src, cid, title = c.rng.choice(CONTENT)
    b = FB(c, "meta", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.view("form custom_events fb_mobile_content_view + fb_content_id/_valueToSum")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid_tv", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("anon_id", b.id("tv_fb_anon", where="form anon_id")),
            (
                "custom_events",
                js(
                    [
                        {
                            "_eventName": "fb_mobile_content_view",
                            "fb_content_id": cid,
                            "fb_content_type": "video",
                            "fb_description": title,
                            "_logTime": int(c.now),
                            "_valueToSum": c.rng.randint(60, 5400),
                        }
                    ]
                ),
            ),
            ("extinfo", js(["a2", PKG, "192", "1.9.2", "12", "ST55-QLED", "it_IT", "CET"])),
            ("application_package_name", PKG),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def meta_install(c: Context) -> Flow:
    b = FB(c, "meta", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    b.form(
        [
            ("event", "MOBILE_APP_INSTALL"),
            ("advertiser_id", b.id("gaid_tv", where="form advertiser_id")),
            ("anon_id", b.id("tv_fb_anon", where="form anon_id")),
            ("application_package_name", PKG),
            ("format", "json"),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = FB(c, "smartv", "GET", f"{API}/v1/home?region=IT-SAR")
    b.header("user-agent", UA)
    b.decoy("recommendation rails (content fetch, not a report of watching)")
    b.ok_json(
        {
            "rails": [{"title": "In tendenza", "items": [t for _, _, t in CONTENT]}],
            "req": rid(c.rng),
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = FB(c, "smartv", "GET", f"{API}/v1/trending?country=IT")
    b.header("user-agent", UA)
    b.decoy("aggregate trending counts")
    b.ok_json(
        {"items": [{"title": t, "viewers": c.rng.randint(10**4, 10**6)} for _, _, t in CONTENT]}
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = FB(c, "smartv", "GET", f"{API}/v1/apps?category=video")
    b.header("user-agent", UA)
    b.ok_json({"apps": ["RaiPlay", "DAZN", "Netflix", "SmarTV Play"]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "smartv", "GET", f"{API}/v1/firmware/check?model=ST55-QLED&fw=STTV.240118")
    b.header("user-agent", UA)
    b.decoy("firmware build hash")
    b.ok_json({"update": False, "sha256": new_hex(c.rng, 64)})
    return b.build()
