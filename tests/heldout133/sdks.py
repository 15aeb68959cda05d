"""The SDKs the set-133 apps carry: AppsFlyer, Adjust, Firebase Analytics, Yandex
AppMetrica and two Turkish ones, Insider (engagement) and Netmera (push).

AppsFlyer launches carry `advertiserId`, `android_id` where the app allows it and
AppsFlyer's own `uid`; Adjust sessions `gps_adid`, `android_id` and Adjust's
`adid`; Insider's session start carries its `insider_id` / `udid` with the GAID;
Netmera registers a push device under `deviceId` and batches events as a
gzip+base64 blob; AppMetrica puts its `uuid` and an MD5 `deviceid` in the query;
Xiaomi's MiPush registration sends `imei_md5`. Event names are the apps' Turkish ones.
"""

from __future__ import annotations

import json
from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms, rid

SDK_UA = "Dalvik/2.1.0 (Linux; U; Android 14; 23124RA7EO Build/UKQ1.231003.002)"


def appsflyer_launch(c: Context, pkg: str, aid: str) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.14/androidevent?app_id={pkg}&buildnumber=6.14.2",
    )
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id(aid, where="json android_id"),
            "deviceType": "user",
            "brand": "Redmi",
            "model": "23124RA7EO",
            "lang": "Türkçe",
            "country": "TR",
            "af_timestamp": str(ms(c)),
            "counter": str(c.rng.randint(2, 60)),
            "carrier": "Turkcell",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_event(c: Context, pkg: str, event: str, values: dict[str, Any]) -> FB:
    """An in-app event; the caller labels what `eventValue` holds and builds it."""
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.14/androidevent?app_id={pkg}&buildnumber=6.14.2",
    )
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "eventName": event,
            "eventValue": values,
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok"})
    return b


def adjust_session(c: Context, aid: str) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", SDK_UA)
    b.header("client-sdk", "android4.38.2")
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("adjust_adid", where="form adid")),
            ("android_id", b.id(aid, where="form android_id")),
            ("app_token", "x7k2q9rt4m0w"),
            ("created_at", iso(c)),
            ("device_name", "23124RA7EO"),
            ("language", "tr"),
            ("country", "TR"),
            ("session_count", str(c.rng.randint(2, 90))),
        ]
    )
    b.ok_json({"adid": "", "timestamp": iso(c)})
    return b.build()


def firebase_event(c: Context, pkg: str, events: list[dict[str, Any]]) -> FB:
    """Firebase Analytics as the app-measurement batch; the caller labels and builds."""
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "app_id": pkg,
            "app_instance_id": b.id("firebase_instance", where="json app_instance_id"),
            "resettable_device_id": b.id("gaid", where="json resettable_device_id"),
            "platform": "android",
            "events": events,
        }
    )
    b.no_content()
    return b


def insider_session(c: Context, partner: str) -> Flow:
    b = FB(
        c,
        "insider",
        "POST",
        f"https://mobile.api.useinsider.com/api/v3/session/start?partner={partner}",
    )
    b.header("user-agent", SDK_UA)
    b.json(
        {
            "insider_id": b.id("insider_uid", where="json insider_id"),
            "udid": b.id("insider_uid", where="json udid"),
            "advertising_id": b.id("gaid", where="json advertising_id"),
            "device_info": {"os_version": "14", "model": "23124RA7EO", "locale": "tr_TR"},
            "push_token": "f" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 60),
            "timestamp": ms(c),
        }
    )
    b.ok_json({"success": True, "contents": []})
    return b.build()


def netmera_register(c: Context, app_key: str) -> Flow:
    b = FB(c, "netmera", "POST", "https://sdkapi.netmera.com/mobile/v1/device/register")
    b.header("user-agent", SDK_UA)
    b.header("x-netmera-api", app_key)
    b.json(
        {
            "deviceId": b.id("netmera_device", where="json deviceId"),
            "adId": b.id("gaid", where="json adId"),
            "pushToken": "c" + new_hex(c.rng, 20) + ":APA91b" + new_hex(c.rng, 60),
            "osv": "14",
            "lang": "tr",
            "tz": "Europe/Istanbul",
        }
    )
    b.ok_json({"result": "OK"})
    return b.build()


def netmera_events_opaque(c: Context, app_key: str) -> Flow:
    """Netmera batches events gzipped then base64 in one field; the device id rides inside."""
    b = FB(c, "netmera", "POST", "https://sdkapi.netmera.com/mobile/v1/events/batch")
    b.header("user-agent", SDK_UA)
    b.header("x-netmera-api", app_key)
    inner = {
        "d": b.id("netmera_device", where="json p (gzip+base64) d", detectable=False),
        "e": [{"n": "uygulamaAcildi", "t": ms(c)}],
    }
    b.json({"p": b64(gz(json.dumps(inner).encode())), "v": 3})
    b.ok_json({"result": "OK"})
    return b.build()


def appmetrica_report(c: Context, api_key: str, aid: str) -> Flow:
    b = FB(c, "appmetrica", "POST", "https://report.appmetrica.yandex.net/report")
    b.header("user-agent", SDK_UA)
    b.param("api_key_128", api_key)
    b.param("uuid", b.id("appmetrica_uuid", where="query uuid"))
    b.param("deviceid", b.id(aid, "md5", "query deviceid (md5 of ANDROID_ID)", detectable=True))
    b.param("adv_id", b.id("gaid", where="query adv_id"))
    b.param("app_platform", "android")
    b.param("locale", "tr_TR")
    b.set_body(gz(b"\x0a\x12" + new_hex(c.rng, 36).encode()), "application/x-protobuf")
    b.ok_json({"status": "accepted", "request_id": rid(c.rng)})
    return b.build()


def mipush_register(c: Context, pkg: str) -> Flow:
    """Xiaomi's push service registers each app; older clients send an MD5 of the IMEI."""
    b = FB(c, "mipush", "POST", "https://register.xmpush.global.xiaomi.com/pass/v2/register")
    b.header("user-agent", SDK_UA)
    b.form(
        [
            ("appid", "2882303761520" + str(c.rng.randint(100000, 999999))),
            ("apppackage", pkg),
            ("imei_md5", b.id("imei", "md5", "form imei_md5")),
            ("android_id", b.id("aid_kanal", where="form android_id")),
            ("model", "23124RA7EO"),
            ("os", "HyperOS-1.0.6"),
            ("token", new_hex(c.rng, 24)),
        ]
    )
    b.ok_json({"code": 0, "data": {"regid": b64(new_hex(c.rng, 48))}})
    return b.build()
