"""The ad and analytics SDKs that West African apps carry, as each writes its calls.

AppsFlyer launches (`advertiserId`, AppsFlyer's own `uid`), Meta's app-events
`activities` call (`advertiser_id`, `anon_id`), MoEngage's batched report
(`query_params.unique_id`, `gaid`, `android_id`; events under `viewsInfo`),
Firebase's protobuf upload to app-measurement.com (no key names at all) and
Mintegral's settings call with the GAID in its private base64 alphabet.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import DALVIK, FB, ms


def appsflyer(c: Context, pkg: str, aid_attr: str, uid_attr: str, event: str = "") -> Flow:
    path = "androidevent" if event else "conversions"
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.13/{path}",
        [("app_id", pkg), ("buildnumber", "6.13.1")],
        http_version="HTTP/1.1",
    )
    b.header("user-agent", DALVIK)
    body: dict[str, Any] = {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id(uid_attr, where="json uid"),
        "android_id": b.id(aid_attr, where="json android_id"),
        "af_timestamp": str(ms(c)),
        "brand": "TECNO",
        "model": "TECNO CK6n",
        "operator": c.rng.choice(["MTN NG", "glo", "airtel", "9mobile"]),
        "country": "NG",
        "lang_code": c.rng.choice(["en", "yo", "ha", "ig"]),
        "counter": str(c.rng.randint(1, 60)),
        "cksm_v1": new_hex(c.rng, 34),
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = js(
            {"af_revenue": c.rng.choice([500, 1000, 2000]), "af_currency": "NGN"}
        )
    b.decoy("cksm_v1 checksum hex; af_revenue in naira (a purchase, not viewing)")
    b.json(body, encoding="gzip" if c.rng.random() < 0.5 else None)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def meta_activities(c: Context, app_id: str, aid_attr: str) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v18.0/{app_id}/activities")
    b.header("user-agent", "FBAndroidSDK.16.3.0")
    b.form(
        [
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("advertiser_tracking_enabled", "1"),
            ("anon_id", b.id("fb_anon_id", where="form anon_id")),
            ("application_tracking_enabled", "1"),
            (
                "custom_events",
                js([{"_eventName": "fb_mobile_activate_app", "_logTime": int(c.now)}]),
            ),
            ("extinfo", js(["a2", "com.example", "1", "3.2", "13", "TECNO CK6n", "en_NG", "WAT"])),
            ("android_id", b.id(aid_attr, where="form android_id")),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def moengage(c: Context, app_key: str, events: list[dict[str, Any]], aid_attr: str) -> FB:
    """A MoEngage report builder: the caller labels what its events carry."""
    b = FB(c, "moengage", "POST", f"https://sdk-01.moengage.com/v2/sdk/report/{app_key}")
    b.header("user-agent", DALVIK)
    b.header("moe-payload-enc-key-type", "")
    b.json(
        {
            "query_params": {
                "unique_id": b.id("ball_moe_id", where="json query_params.unique_id"),
                "gaid": b.id("gaid", where="json query_params.gaid"),
                "android_id": b.id(aid_attr, where="json query_params.android_id"),
                "os": "ANDROID",
                "app_version": "712",
                "model": "TECNO CK6n",
                "device_tz": "Africa/Lagos",
                "sdk_ver": "130100",
            },
            "viewsInfo": events,
            "meta": {"bid": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4), "dev_pref": {}},
        }
    )
    b.ok_json({"status": "success"})
    return b


def firebase(c: Context, pkg: str, instance_attr: str, events: list[bytes]) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", DALVIK)
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *[pb_bytes(2, e) for e in events],
            pb_varint(3, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "13"),
            pb_bytes(10, "TECNO CK6n"),
            pb_bytes(11, "en-ng"),
            pb_bytes(14, pkg),
            pb_bytes(19, b.id("gaid", "protobuf", where="protobuf 1.19", detectable=False)),
            pb_bytes(25, "1:48821190227:android:" + new_hex(c.rng, 22)),
            pb_bytes(27, b.id(instance_attr, where="protobuf 1.27", detectable=False)),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def pb_event(c: Context, name: str, params: list[tuple[str, int | str]]) -> bytes:
    parts = []
    for key, value in params:
        if isinstance(value, int):
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_varint(4, value)]))
        else:
            parts.append(pb_msg(1, [pb_bytes(1, key), pb_bytes(2, value)]))
    return b"".join(parts) + pb_bytes(2, name) + pb_varint(3, ms(c))


def mintegral(c: Context, pkg: str) -> Flow:
    """GAID in Mintegral's private base64 alphabet: present, no reader can tell."""
    b = FB(c, "mintegral", "GET", "https://setting.rayjump.com/setting", http_version="HTTP/1.1")
    b.params += [
        ("app_id", new_digits(c.rng, 6, "1")),
        ("sign", new_hex(c.rng, 32)),
        ("platform", "1"),
        ("package_name", pkg),
        ("dvi", b.id("gaid", "custom_b64", where="query dvi (private alphabet)", detectable=False)),
        ("sdk_version", "MAL_16.7.21"),
    ]
    b.decoy("sign: md5-looking hex request signature")
    b.header("user-agent", DALVIK)
    b.ok_json({"status": 1, "data": {"cc": "NG", "mraid": 1}})
    return b.build()
