"""Ad-tech and analytics SDKs not in set 1: OpenRTB 2.5/2.6 bids to several
exchanges, Chartboost, Pangle (global), Moloco (protobuf), Digital Turbine
(Fyber), Smaato, Tapjoy, Start.io, AdColony, Yandex AppMetrica, MyTracker, Huawei
HMS analytics with OAID, Xiaomi tracking, Bugsnag.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid
from tests.heldout.wire import b64, gz, js, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, ua_android

ZERO_IFA = "00000000-0000-0000-0000-000000000000"

APPS = {
    "glow": ("com.glowcam.selfie", "GlowCam", "android_id_glow", ua_android("GlowCam", "5.3.0")),
    "tv": ("com.lumora.tv", "Lumora TV", "android_id_tv", ua_android("LumoraTV", "8.14.2")),
    "parla": ("chat.parla.app", "Parla", "android_id_parla", ua_android("Parla", "3.2.7")),
}


def _device(fb: FB, ctx: Context, ua: str, ifa: str | None, where: str) -> dict[str, Any]:
    dev: dict[str, Any] = {
        "ua": ua,
        "ip": f"203.0.113.{ctx.rng.randint(2, 250)}",
        "geo": {
            "lat": round(ctx.rng.uniform(52.4, 52.6), 4),
            "lon": round(ctx.rng.uniform(13.2, 13.6), 4),
            "type": 2,
            "country": "DEU",
        },
        "devicetype": 4,
        "make": "Xiaomi",
        "model": ctx.phone.model,
        "os": "android",
        "osv": "14",
        "connectiontype": 2,
        "language": "en",
    }
    if ifa is None:
        dev["ifa"] = ZERO_IFA
        dev["lmt"] = 1
    else:
        dev["ifa"] = ifa
        dev["lmt"] = 0
    return dev


def openrtb(ctx: Context, exchange: str, app: str = "glow", opted_out: bool = False) -> Flow:
    """An OpenRTB bid request as each exchange's SDK sends it."""
    bundle, name, _aid_attr, ua = APPS[app]
    urls = {
        "smaato": ("https://unifiedbidding.ad.smaato.net/oapi/v7/bid", "2.5"),
        "moloco": ("https://sdkbid.moloco.com/openrtb/v2.6/bid", "2.6"),
        "dt": ("https://bidder.dt-fairbid.inner-active.mobi/openrtb/2.6", "2.6"),
        "startio": ("https://bid.startappservice.com/rtb/2.5/request", "2.5"),
        "pangle": ("https://api16-access-sg.pangle.io/api/ad/union/openrtb", "2.5"),
    }
    url, ver = urls[exchange]
    fb = FB(ctx, f"openrtb.{exchange}", "POST", url)
    fb.header("x-openrtb-version", ver)
    fb.header("user-agent", ua)
    ifa = None
    if not opted_out:
        how = "upper" if exchange == "dt" else "plain"
        enc = "body.gzip.json" if exchange in ("moloco", "pangle") else "body.json"
        ifa = fb.id("gaid", how, where=f"{enc}.device.ifa")
    else:
        fb.decoy("all-zero ifa with lmt=1 (opted out)")
    device = _device(fb, ctx, ua, ifa, "")
    if exchange == "pangle" and not opted_out:
        device["ext"] = {"oaid": fb.id("oaid", where="body.gzip.json.device.ext.oaid")}
    if exchange == "moloco" and not opted_out:
        device["ext"] = {
            "ifa_type": "aaid",
            "gaid_sha1": fb.id("gaid", "sha1", where="body.gzip.json.device.ext.gaid_sha1"),
        }
    bid = {
        "id": new_uuid(ctx.rng),
        "imp": [
            {
                "id": "1",
                "tagid": f"{name.lower().replace(' ', '_')}_rewarded",
                "instl": 1,
                "secure": 1,
                "video": {"mimes": ["video/mp4"], "w": 1080, "h": 1920, "protocols": [2, 3, 5, 6]},
                "bidfloor": round(ctx.rng.uniform(0.5, 6), 2),
                "bidfloorcur": "USD",
            }
        ],
        "app": {
            "bundle": bundle,
            "name": name,
            "storeurl": f"https://play.google.com/store/apps/details?id={bundle}",
            "publisher": {"id": new_hex(ctx.rng, 24)},
        },
        "device": device,
        "regs": {"coppa": 0, "ext": {"gdpr": 1}},
        "source": {"tid": new_uuid(ctx.rng)},
        "at": 1,
        "tmax": 500,
    }
    fb.decoy("bid id, source.tid uuids, publisher id hex, device.geo coordinates")
    if ver == "2.6":
        bid["regs"]["gdpr"] = 1
        bid["user"] = {
            "consent": "CP"
            + b64(ctx.rng.randbytes(40)).replace("+", "-").replace("/", "_").rstrip("=")
        }
    if exchange == "smaato" and not opted_out:
        bid["user"] = {
            "ext": {
                "data": {
                    "hem": fb.id(
                        "email", "sha256", where="body.json.user.ext.data.hem", detectable=False
                    )
                }
            }
        }
    body = jsb(bid)
    if exchange in ("moloco", "pangle"):
        fb.set_body(gz(body), "application/json", "gzip")
    else:
        fb.set_body(body, "application/json")
    fb.respond(204, None)
    return fb.build()


def chartboost(ctx: Context) -> Flow:
    _, _, aid_attr, ua = APPS["glow"]
    fb = FB(ctx, "chartboost.config", "POST", "https://live.chartboost.com/api/config")
    fb.header("user-agent", ua)
    fb.header("x-chartboost-app", new_hex(ctx.rng, 24))
    fb.header("x-chartboost-signature", new_hex(ctx.rng, 64))
    identity = {
        "gaid": fb.id("gaid", where="body.json.identity|base64|json.gaid"),
        "uuid": fb.id(aid_attr, where="body.json.identity|base64|json.uuid", detectable=False),
    }
    body = {
        "app": new_hex(ctx.rng, 24),
        "identity": b64(jsb(identity)),
        "tracking_state": "TRACKING_ENABLED",
        "session": ctx.rng.randint(1, 30),
        "model": ctx.phone.model,
        "os": "Android 14",
        "sdk": "9.7.0",
        "timestamp": str(int(ctx.now)),
    }
    fb.decoy("app id / signature hex headers")
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"status": 200, "configVariant": "b"}))
    return fb.build()


def pangle_getads(ctx: Context) -> Flow:
    _, _, aid_attr, ua = APPS["glow"]
    fb = FB(
        ctx, "pangle.get_ads", "POST", "https://api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/"
    )
    fb.header("user-agent", ua)
    body = {
        "ad_sdk_version": "5.8.0.8",
        "app": {"appid": "8025677", "package_name": "com.glowcam.selfie"},
        "device": {
            "gaid": fb.id("gaid", where="body.gzip.json.device.gaid"),
            "oaid": fb.id("oaid", where="body.gzip.json.device.oaid"),
            "android_id": fb.id(aid_attr, where="body.gzip.json.device.android_id"),
            "os_type": "android",
            "screen_width": 1080,
            "screen_height": 2400,
            "model": ctx.phone.model,
        },
        "adslots": [
            {"id": "981234567", "adtype": 7, "accepted_size": [{"width": 1080, "height": 1920}]}
        ],
        "req_id": new_uuid(ctx.rng),
        "ts": int(ctx.now),
    }
    fb.decoy("req_id uuid")
    fb.set_body(gz(jsb(body)), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"message": "success", "status_code": 20001}))
    return fb.build()


def moloco_init(ctx: Context) -> Flow:
    """Moloco's SDK speaks protobuf: the advertising id sits in an unnamed field."""
    _, _, _, ua = APPS["glow"]
    fb = FB(ctx, "moloco.init", "POST", "https://sdkapi.moloco.com/v3/sdk/init")
    fb.header("user-agent", ua)
    dev = pb_msg(
        3,
        [
            pb_bytes(1, "android"),
            pb_bytes(2, "14"),
            pb_bytes(4, ctx.phone.model),
            pb_bytes(5, fb.id("gaid", where="body.protobuf.3.5", detectable=False)),
            pb_varint(6, 0),
        ],
    )
    body = pb_bytes(1, new_hex(ctx.rng, 32)) + pb_bytes(2, "3.6.1") + dev
    fb.decoy("app key hex in field 1")
    fb.set_body(body, "application/x-protobuf")
    fb.respond(200, "application/x-protobuf", pb_bytes(1, "ok"))
    return fb.build()


def fyber(ctx: Context) -> Flow:
    _, _, _, ua = APPS["glow"]
    params = [
        ("aid", "127893"),
        ("v", "2.2.0"),
        ("po", "1422"),
        ("f", "34"),
        ("fs", "false"),
        ("w", "1080"),
        ("h", "2400"),
    ]
    fb = FB(
        ctx,
        "fyber.ad",
        "GET",
        "https://dt-fairbid.inner-active.mobi/simpleM2M/clientRequestEnhancedHtmlAd",
        params,
        "HTTP/1.1",
    )
    fb.param("gaid", fb.id("gaid", where="query.gaid"))
    fb.param("lt", "0")
    fb.param("sid", new_uuid(ctx.rng))
    fb.header("user-agent", ua)
    fb.decoy("aid (app id), sid session uuid")
    fb.respond(200, "text/html", b"<html><body>ad</body></html>")
    return fb.build()


def tapjoy(ctx: Context) -> Flow:
    _, _, aid_attr, ua = APPS["glow"]
    fb = FB(
        ctx,
        "tapjoy.connect",
        "GET",
        "https://connect.tapjoy.com/api/connect/v3.json",
        None,
        "HTTP/1.1",
    )
    fb.params += [
        ("app_id", new_uuid(ctx.rng)),
        ("advertising_id", fb.id("gaid", where="query.advertising_id")),
        ("ad_tracking_enabled", "true"),
        ("android_id", fb.id(aid_attr, where="query.android_id")),
        ("udid", fb.id("tapjoy_udid", where="query.udid", detectable=True)),
        ("device_name", ctx.phone.model),
        ("timestamp", str(int(ctx.now))),
        ("verifier", new_hex(ctx.rng, 64)),
        ("library_version", "13.2.1"),
    ]
    fb.header("user-agent", ua)
    fb.decoy("app_id uuid, verifier sha256")
    fb.respond(200, "application/json", jsb({"success": True}))
    return fb.build()


def startio(ctx: Context) -> Flow:
    _, _, _, ua = APPS["parla"]
    fb = FB(ctx, "startio.info", "POST", "https://infoevent.startappservice.com/tracking/infoEvent")
    fb.header("user-agent", ua)
    body = {
        "publisherId": new_digits(ctx.rng, 9),
        "productId": new_digits(ctx.rng, 9),
        "packageId": "chat.parla.app",
        "userAdvertisingId": fb.id("gaid", where="body.gzip.json.userAdvertisingId"),
        "isLat": False,
        "clientSessionId": new_uuid(ctx.rng),
        "sdkVersion": "5.0.2",
        "locations": [
            {
                "lat": round(ctx.rng.uniform(52.4, 52.6), 5),
                "lng": round(ctx.rng.uniform(13.2, 13.6), 5),
                "acc": 12.0,
            }
        ],
        "category": "session",
    }
    fb.decoy("clientSessionId uuid, location")
    fb.set_body(gz(jsb(body)), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"validResponse": True}))
    return fb.build()


def adcolony(ctx: Context) -> Flow:
    _, _, aid_attr, ua = APPS["parla"]
    fb = FB(ctx, "adcolony.configure", "POST", "https://androidads4-6.adcolony.com/configure")
    fb.header("user-agent", ua)
    body = {
        "app_id": "app" + new_hex(ctx.rng, 18),
        "zone_ids": ["vz" + new_hex(ctx.rng, 18)],
        "advertiser_id": fb.id("gaid", where="body.json.advertiser_id"),
        "limit_tracking": False,
        "android_id_sha1": fb.id(aid_attr, "sha1", where="body.json.android_id_sha1"),
        "carrier_name": "Telekom.de",
        "device_brand": "Xiaomi",
        "os_version": "14",
        "sdk_version": "4.8.0",
        "mac_address": "",
    }
    fb.decoy("app/zone ids hex")
    fb.set_body(jsb(body), "application/json")
    fb.respond(200, "application/json", jsb({"status": "success", "zones": []}))
    return fb.build()


def appmetrica(ctx: Context, c: dict[str, Any] | None, encrypted: bool) -> Flow:
    """AppMetrica report: ids in the query, events in protobuf (values JSON strings)."""
    _, _, _, ua = APPS["tv"]
    fb = FB(ctx, "appmetrica.report", "POST", "https://report.appmetrica.yandex.net/report")
    fb.params += [
        ("deviceid", fb.id("appmetrica_deviceid", where="query.deviceid")),
        ("uuid", fb.id("appmetrica_uuid", where="query.uuid", detectable=False)),
        ("adv_id", fb.id("gaid", where="query.adv_id")),
        ("app_id", "com.lumora.tv"),
        ("analytics_sdk_version_name", "6.4.0"),
        ("app_platform", "android"),
        ("model", ctx.phone.model),
        ("encrypted_request", "1" if encrypted else "0"),
    ]
    fb.header("user-agent", ua)
    if encrypted:
        fb.set_body(ctx.rng.randbytes(420), "application/octet-stream")
        if c:
            fb.mark("viewing_history", "appmetrica_event_encrypted", "body (AES)", False)
    else:
        events = []
        if c:
            value = js(
                {
                    "content_id": c["id"],
                    "title": f"{c['series']} - {c['title']}",
                    "position_sec": c["position"],
                    "event": "play_progress",
                }
            )
            events.append(
                pb_msg(
                    3,
                    [
                        pb_varint(1, 4),
                        pb_bytes(2, "play_progress"),
                        pb_bytes(3, value),
                        pb_varint(4, int(ctx.now)),
                    ],
                )
            )
            fb.mark(
                "viewing_history",
                "appmetrica_event_json",
                "body.gzip.protobuf.1.3.3|json.content_id+position_sec",
                True,
            )
        events.append(
            pb_msg(3, [pb_varint(1, 1), pb_bytes(2, "session_start"), pb_varint(4, int(ctx.now))])
        )
        session = pb_msg(1, [pb_varint(1, ctx.rng.randint(10**9, 10**10)), *events])
        fb.set_body(gz(session), "application/x-protobuf", "gzip")
    fb.respond(200, "application/json", jsb({"status": "accepted"}))
    return fb.build()


def mytracker(ctx: Context, c: dict[str, Any] | None) -> Flow:
    _, _, aid_attr, ua = APPS["tv"]
    fb = FB(ctx, "mytracker.events", "POST", "https://tracker-api.vk-analytics.ru/v3/events")
    fb.header("user-agent", ua)
    ev: list[dict[str, Any]] = [{"type": "launch", "ts": int(ctx.now)}]
    if c:
        ev.append(
            {
                "type": "custom",
                "name": "video_view",
                "params": {
                    "video_id": c["id"],
                    "video_name": c["title"],
                    "series": c["series"],
                    "watched_sec": c["position"],
                },
            }
        )
        fb.mark(
            "viewing_history",
            "mytracker_video_view",
            "body.gzip.json.events[].params.video_id+watched_sec",
            True,
        )
    body = {
        "appId": "43921877",
        "instanceId": fb.id("mytracker_instance", where="body.gzip.json.instanceId"),
        "device": {
            "gaid": fb.id("gaid", where="body.gzip.json.device.gaid"),
            "androidIdSha256": fb.id(
                aid_attr, "sha256", where="body.gzip.json.device.androidIdSha256"
            ),
        },
        "events": ev,
    }
    fb.set_body(gz(jsb(body)), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"ok": 1}))
    return fb.build()


def hms_analytics(ctx: Context) -> Flow:
    _, _, _, ua = APPS["glow"]
    fb = FB(ctx, "huawei.hianalytics", "POST", "https://metrics1-drcn.dt.dbankcloud.com/webv4")
    fb.header("user-agent", ua)
    fb.header("App-Id", "106873421")
    fb.header("servicetag", "_openness_config_tag")
    fb.header("x-hasdk-clientid", new_hex(ctx.rng, 16))
    body = {
        "header": {
            "protocol_version": "1",
            "compress_mode": "1",
            "serviceid": "hmshioperqrt",
            "appid": "106873421",
            "requestid": new_uuid(ctx.rng),
            "hmac": new_hex(ctx.rng, 64),
        },
        "event": {
            "oaid": fb.id("oaid", where="body.gzip.json.event.oaid"),
            "aaid": fb.id("hms_aaid", where="body.gzip.json.event.aaid"),
            "isTrackingEnabled": "1",
            "model": ctx.phone.model,
            "events": [
                {"event": "$AppFirstOpen", "recordtime": int(ctx.now * 1000)},
                {"event": "$ApplyFilter", "properties": {"$FilterName": "Doe Eyes"}},
            ],
        },
    }
    fb.decoy("requestid uuid, hmac hex, clientid header hex")
    fb.set_body(gz(jsb(body)), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"result": "0"}))
    return fb.build()


def xiaomi_tracking(ctx: Context) -> Flow:
    _, _, _, ua = APPS["glow"]
    fb = FB(ctx, "xiaomi.track", "POST", "https://tracking.intl.miui.com/track/v4")
    fb.header("user-agent", ua)
    form = [
        ("appId", "2882303761520164"),
        ("e", "VIEW"),
        ("oaid", fb.id("oaid", where="body.form.oaid")),
        ("gaid", fb.id("gaid", where="body.form.gaid")),
        ("imei_md5", fb.id("imei", "md5", where="body.form.imei_md5")),
        ("mac_md5", fb.id("mac", "md5_of_upper", where="body.form.mac_md5")),
        ("instance_id", fb.id("xiaomi_instance", where="body.form.instance_id")),
        ("t", str(int(ctx.now * 1000))),
        ("sign", new_hex(ctx.rng, 32)),
    ]
    from urllib.parse import urlencode

    fb.decoy("sign md5-like hex")
    fb.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    fb.respond(200, "application/json", jsb({"code": 0}))
    return fb.build()


def xiaomi_stats(ctx: Context) -> Flow:
    """MIUI stats: short cryptic keys; the md5 of the IMEI under `i`."""
    _, _, _, ua = APPS["glow"]
    fb = FB(ctx, "xiaomi.mistat", "POST", "https://data.mistat.intl.xiaomi.com/mistats/v3")
    fb.header("user-agent", ua)
    body = {
        "H": {
            "i": fb.id("imei", "md5", where="body.gzip.json.H.i", detectable=False),
            "av": "5.3.0",
            "m": ctx.phone.model,
            "r": "DE",
        },
        "B": [{"k": "page_view", "v": "camera", "t": int(ctx.now)}],
    }
    fb.set_body(gz(jsb(body)), "application/json", "gzip")
    fb.respond(200, "application/json", jsb({"rc": 0}))
    return fb.build()


def bugsnag_session(ctx: Context, app: str) -> Flow:
    bundle, _name, _, ua = APPS[app]
    fb = FB(ctx, "bugsnag.session", "POST", "https://sessions.bugsnag.com/")
    fb.header("bugsnag-api-key", new_hex(ctx.rng, 32))
    fb.header("bugsnag-payload-version", "1.0")
    fb.header("user-agent", ua)
    body = {
        "notifier": {"name": "Android Bugsnag Notifier", "version": "5.31.1"},
        "app": {
            "id": bundle,
            "version": "1",
            "releaseStage": "production",
            "buildUUID": new_uuid(ctx.rng),
        },
        "device": {
            "id": fb.id("bugsnag_device_id", where="body.json.device.id"),
            "manufacturer": "Xiaomi",
            "model": ctx.phone.model,
            "osVersion": "14",
        },
        "sessions": [
            {"id": new_uuid(ctx.rng), "startedAt": "2024-06-11T10:21:00.000Z", "user": {}}
        ],
    }
    fb.decoy("api key hex, buildUUID, session id uuid")
    fb.set_body(jsb(body), "application/json")
    fb.respond(202, None)
    return fb.build()


def bugsnag_error(ctx: Context, app: str) -> Flow:
    bundle, _name, _, ua = APPS[app]
    fb = FB(ctx, "bugsnag.notify", "POST", "https://notify.bugsnag.com/")
    fb.header("bugsnag-api-key", new_hex(ctx.rng, 32))
    fb.header("user-agent", ua)
    ev = {
        "exceptions": [
            {
                "errorClass": "java.lang.IllegalStateException",
                "message": "Surface released",
                "stacktrace": [
                    {
                        "file": "Renderer.kt",
                        "lineNumber": 211,
                        "method": "com.glowcam.fx.Renderer.draw",
                    }
                ],
            }
        ],
        "app": {"id": bundle, "buildUUID": new_uuid(ctx.rng), "codeBundleId": new_hex(ctx.rng, 40)},
        "device": {
            "id": fb.id("bugsnag_device_id", where="body.gzip.json.events[].device.id"),
            "model": ctx.phone.model,
        },
        "breadcrumbs": [{"name": "Activity resumed", "timestamp": "2024-06-11T10:22:00Z"}],
    }
    fb.decoy("commit sha codeBundleId, buildUUID")
    fb.set_body(
        gz(jsb({"apiKey": new_hex(ctx.rng, 32), "events": [ev]})), "application/json", "gzip"
    )
    fb.respond(200, None)
    return fb.build()
