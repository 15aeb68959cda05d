"""SwiftShield, a free VPN + phone cleaner funded by many ad SDKs.

Formats followed:
- Verve / PubNative HyBid ad request: GET `/api/v3/native` with `apptoken`,
  `os`, `osver`, `devicemodel`, `zoneid`, `locale`, `dnt`, `gid`, `gidmd5`,
  `gidsha1` (github.com/pubnative/pubnative-hybid-android-sdk,
  .../models/AdRequest.java).
- Yandex Mobile Ads: `uuid`, `google_aid`, `huawei_oaid` query parameters
  (Yandex Mobile Ads SDK for Android; AppMetrica `adv_id` per
  github.com/tweaselORG/tracker-wiki Yandex adapter).
- myTarget (VK): form POST to ad.mail.ru/mobile/{slot}/ with
  `advertising_id`, `advertising_tracking_enabled`, `android_id` (myTarget
  Android SDK; BidMachine's my_target adapter passes the same).
- Huawei Ads (Petal Ads) JSON `device.oaid` and `isTrackingEnabled`
  (developer.huawei.com "OAID" / Ads Kit); MSA OAID on Xiaomi.
- Amazon Publisher Services: `dinfo` JSON in the query with `adId`
  (aax.amazon-adsystem.com/e/msdk/ads).
- Digital Turbine DT Exchange (ex-Fyber/Inneractive): OpenRTB-style JSON with
  `device.ifa` (iabtechlab OpenRTB 2.6 §3.2.18).
- Moloco and BidMachine: protobuf bid requests (BidMachine uses OpenRTB/AdCOM
  protobuf, github.com/bidmachine/BidMachine-Android-SDK) - field numbers
  only, so the advertising id is not named on the wire.
- Xiaomi GetApps / MIUI ad config (`gaid`, `oaid` in a JSON `deviceInfo`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, order_no, req_id, rf, ua

UA = ua("SwiftShield", "3.9.7")
BUNDLE = "com.swiftshield.vpn.cleaner"
SERVERS = ["de-fra-04", "nl-ams-11", "us-nyc-02", "sg-sin-01", "jp-tyo-03"]


def _api(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "swiftshield-api", method, f"https://api.swiftshield.app{path}")
    b.header("user-agent", UA)
    return b


def server_list(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v2/servers?proto=wireguard")
    b.ok_json(
        {
            "servers": [
                {"id": s, "load": ctx.rng.randint(5, 95), "pubkey": new_hex(ctx.rng, 44)}
                for s in SERVERS
            ]
        }
    )
    b.decoy("wireguard pubkeys")
    return b.build()


def connect(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/connect")
    b.json(
        {
            "server": ctx.rng.choice(SERVERS),
            "client_pubkey": new_hex(ctx.rng, 44),
            "proto": "wireguard",
        }
    )
    b.ok_json(
        {
            "address": f"10.{ctx.rng.randint(0, 255)}.{ctx.rng.randint(0, 255)}.2/32",
            "dns": ["10.64.0.1"],
        }
    )
    return b.build()


def speed_test(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "swiftshield-speed",
        "GET",
        f"https://speed.swiftshield.app/__down?bytes={ctx.rng.choice([100000, 1000000])}",
    )
    b.respond(200, "application/octet-stream", bytes(200))
    return b.build()


def ip_check(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v2/ip")
    b.ok_json({"ip": f"198.51.100.{ctx.rng.randint(2, 250)}", "country": "DE", "protected": True})
    return b.build()


def junk_scan(ctx: Context) -> Flow:
    """Cleaner results (negative): app caches and sizes."""
    b = _api(ctx, "POST", "/v2/cleaner/report")
    b.json(
        {
            "items": [
                {"pkg": p, "cache_bytes": ctx.rng.randint(10**5, 10**9)}
                for p in ("com.whatsapp", "com.instagram.android", "org.telegram.messenger")
            ],
            "freed_bytes": ctx.rng.randint(10**6, 10**9),
            "scan_ms": ctx.rng.randint(800, 9000),
        }
    )
    b.no_content()
    return b.build()


def purchase(ctx: Context) -> Flow:
    b = _api(ctx, "POST", "/v2/billing/verify")
    b.json(
        {
            "product": "premium_yearly",
            "order_id": order_no(ctx.rng),
            "purchase_token": new_hex(ctx.rng, 60),
        }
    )
    b.decoy("play order id")
    b.ok_json({"active": True, "expires": iso(ctx)})
    return b.build()


def remote_config(ctx: Context) -> Flow:
    b = _api(ctx, "GET", "/v2/config?v=397")
    b.ok_json(
        {
            "ab_bucket": ctx.rng.randint(0, 99),
            "experiment": "exp_" + new_hex(ctx.rng, 8),
            "ad_waterfall": ["dt", "verve", "yandex", "mytarget", "bidmachine", "moloco"],
        }
    )
    return b.build()


def pubnative(ctx: Context, which: str) -> Flow:
    b = FB(ctx, "pubnative", "GET", "https://api.pubnative.net/api/v3/native")
    params = [
        ("apptoken", new_hex(ctx.rng, 32)),
        ("os", "android"),
        ("osver", "14"),
        ("devicemodel", "23117RA68G"),
        ("dnt", "0"),
        ("al", "m"),
        ("mf", "points,revenuemodel,contentinfo"),
        ("zoneid", "2"),
        ("locale", "en"),
    ]
    if which == "plain":
        params.append(("gid", b.id("gaid", where="query:gid")))
        params.append(("gidmd5", b.id("gaid", "md5", "query:gidmd5")))
        params.append(("gidsha1", b.id("gaid", "sha1", "query:gidsha1")))
    else:
        params.append(("gidsha1", b.id("gaid", "sha1", "query:gidsha1")))
    for k, v in params:
        b.param(k, v)
    b.decoy("apptoken hex32")
    b.ok_json({"status": "ok", "ads": []})
    return b.build()


def yandex(ctx: Context) -> Flow:
    b = FB(ctx, "yandex-ads", "GET", "https://mobile.yandexadexchange.net/v4/ad")
    for k, v in [
        ("ad_unit_id", f"R-M-{ctx.rng.randint(10**6, 10**7)}-{ctx.rng.randint(1, 9)}"),
        ("app_id", BUNDLE),
        ("uuid", b.id("shield_yandex_uuid", where="query:uuid")),
        ("google_aid", b.id("gaid", where="query:google_aid")),
        ("huawei_oaid", b.id("oaid", where="query:huawei_oaid")),
        ("device_type", "phone"),
        ("screen_width", "1220"),
    ]:
        b.param(k, v)
    b.ok_json({"native": {"ads": []}})
    return b.build()


def mytarget(ctx: Context) -> Flow:
    slot = ctx.rng.randint(10**6, 2 * 10**6)
    b = FB(ctx, "mytarget", "POST", f"https://ad.mail.ru/mobile/{slot}/", http_version="HTTP/1.1")
    b.form(
        [
            ("advertising_id", b.id("gaid", where="form:advertising_id")),
            ("advertising_tracking_enabled", "1"),
            ("android_id", b.id("aid_shield", where="form:android_id")),
            ("mrgs_device_id", b.id("shield_mytarget_uid", where="form:mrgs_device_id")),
            ("app", BUNDLE),
            ("sdk_version", "5.20.1"),
            ("connection", "wifi"),
        ]
    )
    b.ok_json({"html_wrapper": "", "banners": []})
    return b.build()


def huawei(ctx: Context) -> Flow:
    b = FB(ctx, "huawei-ads", "POST", "https://acd.op.hicloud.com/result.ad")
    b.json(
        {
            "app": {"pkgname": BUNDLE, "version": "3.9.7"},
            "device": {
                "type": 4,
                "maker": "Xiaomi",
                "model": "23117RA68G",
                "oaid": b.id("oaid", where="body.device.oaid"),
                "isTrackingEnabled": "1",
                "clientTime": iso(ctx),
            },
            "multislot": [{"slotid": "p" + new_hex(ctx.rng, 8), "adtype": 3}],
            "sdkversion": "13.4.72.300",
        }
    )
    b.ok_json({"retcode": 204})
    return b.build()


def aps(ctx: Context) -> Flow:
    b = FB(ctx, "amazon-aps", "GET", "https://aax.amazon-adsystem.com/e/msdk/ads")
    dinfo = js(
        {
            "dt": "android",
            "make": "Xiaomi",
            "model": "23117RA68G",
            "os": "Android",
            "osVersion": "14",
            "adId": b.id("gaid", where="query:dinfo(json).adId"),
            "dnt": False,
            "sr": "1220x2712",
        }
    )
    for k, v in [
        ("adsize", "320x50"),
        ("slots", f'[{{"size":"320x50","slotId":"{req_id(ctx.rng)}"}}]'),
        ("appId", new_hex(ctx.rng, 32)),
        ("dinfo", dinfo),
        ("pkg", js({"pn": BUNDLE, "v": "3.9.7"})),
    ]:
        b.param(k, v)
    b.decoy("slotId uuid")
    b.ok_json({"errorCode": 0, "ads": {}})
    return b.build()


def dt_exchange(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "dt-exchange",
        "POST",
        "https://ads.inner-active.mobi/simpleM2M/clientRequestEnhancedJsonAd",
    )
    b.json(
        {
            "id": req_id(ctx.rng),
            "app": {"bundle": BUNDLE},
            "imp": [
                {
                    "id": "1",
                    "banner": {"w": 320, "h": 50},
                    "tagid": str(ctx.rng.randint(10**5, 10**6)),
                }
            ],
            "device": {
                "ifa": b.id("gaid", where="body.device.ifa"),
                "lmt": 0,
                "os": "android",
                "osv": "14",
                "make": "Xiaomi",
                "model": "23117RA68G",
                "connectiontype": 2,
            },
            "regs": {"gdpr": 1},
            "user": {"ext": {"consent": "CP" + new_hex(ctx.rng, 20)}},
        }
    )
    b.ok_json({"seatbid": []})
    return b.build()


def bidmachine(ctx: Context) -> Flow:
    b = FB(ctx, "bidmachine", "POST", "https://api.bidmachine.io/auction/rtb/v3")
    ifa = b.id_raw("gaid", "protobuf", "body:pb.3.1 (adcom device.ifa, unnamed)", False)
    body = (
        pb_bytes(1, req_id(ctx.rng))
        + pb_msg(2, [pb_bytes(1, BUNDLE)])
        + pb_msg(
            3, [pb_bytes(1, ifa), pb_varint(2, 1), pb_bytes(3, "Xiaomi"), pb_bytes(4, "23117RA68G")]
        )
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(204, None)
    return b.build()


def moloco(ctx: Context) -> Flow:
    b = FB(ctx, "moloco", "POST", "https://sdkapi.moloco.com/v1/bid")
    ifa = b.id_raw("gaid", "protobuf", "body:pb.5 (unnamed)", False)
    mid = b.id_raw("shield_moloco_id", "protobuf", "body:pb.6 (unnamed)", False)
    body = pb_bytes(1, "SwiftShield") + pb_varint(2, ms(ctx)) + pb_bytes(5, ifa) + pb_bytes(6, mid)
    b.set_body(body, "application/x-protobuf", "gzip")
    b.respond(204, None)
    return b.build()


def xiaomi_ads(ctx: Context) -> Flow:
    b = FB(ctx, "xiaomi-ads", "POST", "https://api.ad.intl.xiaomi.com/u/api/v1/config")
    b.json(
        {
            "clientInfo": {
                "deviceInfo": {
                    "gaid": b.id("gaid", where="body.clientInfo.deviceInfo.gaid"),
                    "oaid": b.id("oaid", where="body.clientInfo.deviceInfo.oaid"),
                    "model": "23117RA68G",
                    "os": "HyperOS 1.0",
                },
                "appInfo": {"packageName": BUNDLE},
            },
            "tagIds": ["1.305.1.1"],
        }
    )
    b.ok_json({"code": 0, "configs": []})
    return b.build()


def obfuscated_sdk(ctx: Context) -> Flow:
    """An ad SDK that sends its whole request through a custom base64 alphabet."""
    b = FB(ctx, "obf-ads", "POST", "https://rtb.adnexo-sdk.com/v2/o")
    inner = b.id("gaid", "custom_b64", "body.d (custom alphabet)", False)
    b.form([("d", inner), ("k", new_hex(ctx.rng, 8)), ("t", str(ms(ctx)))])
    b.ok_json({"s": 0})
    return b.build()


def creative(ctx: Context) -> Flow:
    b = FB(ctx, "ad-cdn", "GET", f"https://cdn.pubnative.net/creatives/{new_hex(ctx.rng, 32)}.jpg")
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(90) + b"\xff\xd9")
    return b.build()


def impression(ctx: Context) -> Flow:
    """An impression pixel with an auction id and a price (negative)."""
    b = FB(
        ctx,
        "pubnative",
        "GET",
        "https://backend.pubnative.net/impression",
        [("bid_id", req_id(ctx.rng)), ("px", str(rf(ctx.rng, 0.2, 4.0, 3))), ("t", str(ms(ctx)))],
    )
    b.decoy("bid_id auction uuid")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()
