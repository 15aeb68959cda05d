"""The ad and attribution SDKs the family's apps embed, in their own wire formats.

- Meta app events: `POST graph.facebook.com/v19.0/{app_id}/activities`, form body
  with `event=CUSTOM_APP_EVENTS`, `advertiser_id`, `anon_id` (the SDK's own
  "XZ" + UUID), `extinfo` and `custom_events` as a JSON array of
  `{_eventName, _logTime, ...}` (developers.facebook.com/docs/app-events).
- Adjust: form-encoded `POST app.adjust.com/session` and `/event` with
  `app_token`, `gps_adid`, `android_uuid` (the SDK's install UUID),
  `event_token`, `callback_params` / `partner_params` as JSON strings
  (help.adjust.com, the Adjust Android SDK's PackageBuilder).
- AppLovin MAX: `POST ms.applovin.com/1.0/mediate`, gzip JSON with
  `device_info` and `app_info`; `GET rt.applovin.com/4.0/pix` postbacks.
- ironSource mediation: events batched to its atom endpoint
  (`track.atom-data.io`, `{table, data}` with `data` a JSON string).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import DALVIK, FB, ms, rid


def _adjust_time(c: Context) -> str:
    t = datetime.fromtimestamp(c.now - 5 * 3600, UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z-0500"


def meta_events(
    c: Context,
    app_id: str,
    pkg: str,
    events: list[dict[str, Any]],
    viewing: bool = False,
) -> Flow:
    b = FB(c, "meta-app-events", "POST", f"https://graph.facebook.com/v19.0/{app_id}/activities")
    b.header("user-agent", f"FBAndroidSDK.17.0.0 {DALVIK}")
    if viewing:
        b.view("form custom_events[] (watch event)")
    for e in events:
        e.setdefault("_logTime", int(c.now))
    extinfo = ["a2", pkg, "412", "4.12.0", "14", "SM-A155F", "ht_HT", "EST", "Digicel", 1080, 2340]
    b.form(
        [
            ("format", "json"),
            ("sdk", "android"),
            ("event", "CUSTOM_APP_EVENTS"),
            ("advertiser_id", b.id("gaid", where="form advertiser_id")),
            ("anon_id", b.id("meta_anon", where="form anon_id")),
            ("advertiser_tracking_enabled", "1"),
            ("application_tracking_enabled", "1"),
            ("application_package_name", pkg),
            ("extinfo", js(extinfo)),
            ("custom_events", js(events)),
        ]
    )
    b.ok_json({"success": True})
    return b.build()


def adjust(
    c: Context,
    kind: str,
    app_token: str,
    uuid_attr: str,
    event_token: str = "",
    callback: dict[str, str] | None = None,
    viewing: bool = False,
) -> Flow:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{kind}")
    b.header("user-agent", DALVIK)
    b.header("client-sdk", "android4.38.2")
    if viewing:
        b.view("form callback_params (watch progress)")
    pairs = [
        ("app_token", app_token),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id(uuid_attr, where="form android_uuid")),
        ("created_at", _adjust_time(c)),
        ("sent_at", _adjust_time(c)),
        ("environment", "production"),
        ("tracking_enabled", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("device_name", "SM-A155F"),
        ("device_manufacturer", "samsung"),
        ("language", "ht"),
        ("country", "US"),
        ("session_count", str(c.rng.randint(2, 90))),
    ]
    if event_token:
        pairs.append(("event_token", event_token))
        pairs.append(("event_count", str(c.rng.randint(1, 400))))
    if callback:
        pairs.append(("callback_params", js(callback)))
    b.form(pairs)
    b.ok_json({"app_token": app_token, "adid": new_hex(c.rng, 32), "timestamp": _adjust_time(c)})
    return b.build()


def applovin_mediate(c: Context, pkg: str, ad_format: str = "INTER") -> Flow:
    b = FB(c, "applovin-max", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", "AppLovinSdk/12.6.1")
    b.decoy("request id uuid, ad unit id hex")
    body = {
        "device_info": {
            "idfa": b.id("gaid", where="gzip json device_info.idfa"),
            "dnt": False,
            "brand": "samsung",
            "model": "SM-A155F",
            "os": "14",
            "locale": "ht_HT",
            "carrier": "Digicel",
            "wvvc": 2,
        },
        "app_info": {
            "package_name": pkg,
            "sdk_key": new_hex(c.rng, 86),
            "applovin_random_token": b.id(
                "applovin_token", where="gzip json applovin_random_token"
            ),
        },
        "ad_unit_id": new_hex(c.rng, 16),
        "ad_format": ad_format,
        "request_id": rid(c.rng),
    }
    b.json(body, "gzip")
    b.respond(200, "application/json", js({"ads": [], "ttl": 3600}).encode(), "gzip")
    return b.build()


def applovin_pix(c: Context, pkg: str, event: str = "landing") -> Flow:
    b = FB(c, "applovin-max", "GET", "https://rt.applovin.com/4.0/pix")
    b.header("user-agent", "AppLovinSdk/12.6.1")
    b.param("event", event)
    b.param("platform", "android")
    b.param("package_name", pkg)
    b.param("idfa", b.id("gaid", where="query idfa"))
    b.param("ts", str(ms(c)))
    b.no_content()
    return b.build()


def ironsource_events(c: Context, app_key: str, ad_unit: str = "rewarded_video") -> Flow:
    b = FB(c, "ironsource", "POST", "https://track.atom-data.io/")
    b.header("user-agent", DALVIK)
    b.decoy("sessionId hex, auctionId")
    session = new_hex(c.rng, 32)
    events = [
        {
            "eventId": c.rng.choice([40, 41, 2001, 2002, 1003]),
            "timestamp": ms(c),
            "adUnit": ad_unit,
            "appKey": app_key,
            "advertisingId": b.id("gaid", where="json data|json advertisingId"),
            "advertisingIdType": "GAID",
            "isLimitAdTrackingEnabled": False,
            "deviceOS": "Android",
            "osVersion": "34",
            "deviceModel": "SM-A155F",
            "sessionId": session,
            "auctionId": new_hex(c.rng, 36),
            "connectionType": "wifi",
        }
    ]
    b.json({"table": "super.dwh.mediation_events", "data": js(events)})
    b.ok_json({"status": "ok"})
    return b.build()
