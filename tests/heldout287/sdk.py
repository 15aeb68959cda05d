"""The third-party SDKs of set 287, in their wire formats.

* Adjust: form-encoded POSTs to app.adjust.com `/session` and `/event`
  (`app_token`, `gps_adid`, `android_uuid`, `event_token`, `callback_params`
  as a JSON string); the answer carries the Adjust `adid`
  (https://github.com/adjust/android_sdk).
* Firebase Installations (`fid`, `appId`, `authVersion` FIS_v2) and Remote
  Config fetch (`appInstanceId` is the FID).
* Braze: POST `/api/v3/data` on the EU cluster with `device_id`, a `device`
  block (may hold `google_ad_id`) and custom events `ce`.
* Piano Analytics: POST `/event?s=SITE&idclient=ID` with `events[]`; AV
  Insights events carry `av_content`, `av_position`, `av_content_duration`.
  A website in the "optout" privacy mode sends `idclient=OPT-OUT`.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid

ADJUST = "https://app.adjust.com"
BRAZE = "https://sdk.fra-02.braze.eu/api/v3/data"


def adjust_base(
    b: FB, token: str, package: str, gaid: str | None, uuid_attr: str, c: Context
) -> list[tuple[str, str]]:
    pairs = [("app_token", token), ("environment", "production")]
    if gaid:
        pairs.append(("gps_adid", b.id(gaid, where="form gps_adid")))
        pairs.append(("gps_adid_src", "service"))
    pairs += [
        ("android_uuid", b.id(uuid_attr, where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "+0000")),
        ("sent_at", iso(c).replace("Z", "+0000")),
        ("package_name", package),
        ("os_name", "android"),
        ("api_level", "34"),
        ("needs_response_details", "1"),
        ("tracking_enabled", "1"),
        ("event_buffering_enabled", "0"),
        ("session_count", str(c.rng.randint(2, 90))),
    ]
    return pairs


def adjust_session(
    c: Context, sdk: str, token: str, package: str, gaid: str, uuid_attr: str, who_ua: str
) -> Flow:
    b = FB(c, sdk, "POST", f"{ADJUST}/session")
    b.header("user-agent", who_ua)
    b.header("client-sdk", "android4.38.2")
    b.form(adjust_base(b, token, package, gaid, uuid_attr, c))
    b.ok_json({"adid": new_hex(c.rng, 32), "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(
    c: Context,
    sdk: str,
    token: str,
    package: str,
    gaid: str | None,
    uuid_attr: str,
    who_ua: str,
    event_token: str,
    callback: Callable[[FB], dict[str, str]],
) -> FB:
    b = FB(c, sdk, "POST", f"{ADJUST}/event")
    b.header("user-agent", who_ua)
    b.header("client-sdk", "android4.38.2")
    pairs = adjust_base(b, token, package, gaid, uuid_attr, c)
    pairs += [
        ("event_token", event_token),
        ("event_count", str(c.rng.randint(1, 300))),
        ("callback_params", js(callback(b))),
    ]
    b.form(pairs)
    b.ok_json({"timestamp": iso(c), "message": "Event tracked"})
    return b


def fis(c: Context, sdk: str, project: str, app_id: str, fid_attr: str, package: str) -> Flow:
    b = FB(
        c,
        sdk,
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", package)
    fid = b.id(fid_attr, where="json fid")
    b.json({"fid": fid, "appId": app_id, "authVersion": "FIS_v2", "sdkVersion": "a:18.0.0"})
    b.ok_json(
        {
            "name": f"projects/{project}/installations/{fid}",
            "fid": b.id(fid_attr, where="response json fid", direction="response"),
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def remote_config(
    c: Context, sdk: str, number: str, app_id: str, fid_attr: str, package: str, spain: bool
) -> Flow:
    b = FB(
        c,
        sdk,
        "POST",
        f"https://firebaseremoteconfig.googleapis.com/v1/projects/{number}"
        "/namespaces/firebase:fetch",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "appInstanceId": b.id(fid_attr, where="json appInstanceId"),
            "appInstanceIdToken": "eyJ" + new_hex(c.rng, 60),
            "appId": app_id,
            "countryCode": "ES" if spain else "FR",
            "languageCode": "ast-ES" if spain else "co-FR",
            "platformVersion": "34",
            "timeZone": "Europe/Madrid" if spain else "Europe/Paris",
            "appVersion": "3.2.0",
            "packageName": package,
            "sdkVersion": "21.6.0",
            "analyticsUserProperties": {},
        }
    )
    b.ok_json({"entries": {"min_version": "3.0.0", "banner_on": "true"}, "state": "UPDATE"})
    return b.build()


def braze(
    c: Context,
    sdk: str,
    api_key: str,
    device_attr: str,
    who_ua: str,
    events: list[dict],
    gaid: str | None = None,
    spain: bool = False,
) -> FB:
    b = FB(c, sdk, "POST", BRAZE)
    b.header("user-agent", who_ua)
    b.header("x-braze-api-key", api_key)
    device = {
        "android_version": "34",
        "carrier": "Movistar" if spain else "Orange F",
        "model": "SM-A556B" if spain else "Pixel 8",
        "resolution": "1080x2340" if spain else "1080x2400",
        "locale": "ast_ES" if spain else "co_FR",
        "time_zone": "Europe/Madrid" if spain else "Europe/Paris",
        "remote_notification_enabled": True,
    }
    if gaid:
        device["google_ad_id"] = b.id(gaid, where="json device.google_ad_id")
        device["ad_tracking_enabled"] = True
    b.json(
        {
            "api_key": api_key,
            "time": int(c.now),
            "sdk_version": "30.4.0",
            "app_version": "2.8.1",
            "device_id": b.id(device_attr, where="json device_id"),
            "device": device,
            "events": events,
            "respond_with": {"config": {"config_time": int(c.now) - 3600}},
        }
    )
    b.ok_json({"config": {"time": int(c.now), "events_blacklist": []}})
    return b


def braze_event(c: Context, name: str, props: dict, session: str) -> dict:
    return {
        "name": "ce",
        "data": {"n": name, "p": props},
        "time": round(c.now, 3),
        "session_id": session,
    }


def piano_url(host: str, site: int, idclient: str) -> str:
    return f"https://{host}/event?s={site}&idclient={idclient}"


def piano_events(events: list[dict], ctx: Context) -> dict:
    return {"events": [{"name": n, "data": {**d, "event_time": ms(ctx)}} for n, d in events]}
