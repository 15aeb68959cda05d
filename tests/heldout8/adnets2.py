"""More mediation SDKs of the set-8 game: Mintegral, Vungle / Liftoff, InMobi and
an OpenRTB 2.6 bid request (PubMatic OpenWrap). Sources in adnets.py."""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .adnets import BUNDLE, SKADN, _b
from .phone import WEBVIEW_UA, ms, rf, rid


def mintegral_setting(c: Context) -> Flow:
    b = _b(c, "mintegral", "GET", "https://configure.rayjump.com/setting")
    for k, v in [
        ("app_id", "218447"),
        ("platform", "2"),
        ("os_version", "17.4.1"),
        ("package_name", BUNDLE),
        ("app_version_name", "3.12.0"),
        ("brand", "apple"),
        ("model", "iPhone15,4"),
        ("language", "nl-NL"),
        ("timezone", "GMT+01:00"),
        ("sdk_version", "MI_7.5.9"),
    ]:
        b.param(k, v)
    b.param("idfa", b.id("idfa", where="query.idfa"))
    b.param("idfv", b.id("idfv_game", where="query.idfv"))
    b.param("sys_id", b.id("mtg_sysid", where="query.sys_id", detectable=False))
    b.param("screen_size", "1179x2556")
    b.ok_json({"status": 1, "data": {"cc": "NL", "upaid": 0}})
    return b.build()


def mintegral_analytics(c: Context) -> Flow:
    b = _b(c, "mintegral", "POST", "https://analytics.rayjump.com/")
    inner = urlencode(
        [
            ("key", "2000047"),
            ("idfa", b.id("idfa", where="body.form.data|query.idfa")),
            ("idfv", b.id("idfv_game", where="body.form.data|query.idfv")),
            ("unit_id", "1712035"),
            ("ts", str(ms(c))),
        ]
    )
    b.form(
        [
            ("platform", "2"),
            ("os_version", "17.4.1"),
            ("package_name", BUNDLE),
            ("data", inner),
            ("m_sdk", "msdk"),
        ]
    )
    b.respond(200, "text/plain", b"")
    return b.build()


def vungle_config(c: Context) -> Flow:
    b = _b(c, "vungle", "POST", "https://ads.api.vungle.com/config", "VungleSDK/7.2.2")
    b.header("vungle-version", "7.0.0")
    b.json(
        {
            "device": {
                "make": "Apple",
                "model": "iPhone15,4",
                "os": "ios",
                "osv": "17.4.1",
                "w": 1179,
                "h": 2556,
                "carrier": "KPN",
                "ua": WEBVIEW_UA,
                "ifa": b.id("idfa", where="body.json.device.ifa"),
                "ext": {
                    "vungle": {
                        "ios": {
                            "idfa": b.id("idfa", where="body.json.device.ext.vungle.ios.idfa"),
                            "idfv": b.id("idfv_game", where="body.json.device.ext.vungle.ios.idfv"),
                            "battery_level": rf(c.rng, 0.2, 1, 2),
                            "battery_state": "unplugged",
                            "connection_type": "wifi",
                            "language": "nl",
                            "time_zone": "Europe/Amsterdam",
                            "volume_level": rf(c.rng, 0, 1, 2),
                            "storage_bytes_available": c.rng.randint(10**10, 10**11),
                        }
                    }
                },
            },
            "app": {"id": "65f1c0ab9e2d", "bundle": BUNDLE, "ver": "3.12.0"},
            "request": {"placements": ["REWARDED-7141"], "header_bidding": True},
        }
    )
    b.ok_json({"endpoints": {"ads": "https://adx.ads.vungle.com/api/v7/ads"}})
    return b.build()


def inmobi_ad(c: Context) -> Flow:
    b = _b(c, "inmobi", "POST", "https://api.w.inmobi.com/showad/v3.3", "InMobi-iOS/10.7.2")
    idmap = {
        "IDA": b.id("idfa", where="body.form.u-id-map|json.IDA"),
        "IDV": b.id("idfv_game", where="body.form.u-id-map|json.IDV"),
    }
    b.form(
        [
            ("im-plid", "1710328846712"),
            ("format", "native"),
            ("mk-version", "pr-SAND-DTGTA-20230914"),
            ("u-id-map", js(idmap)),
            ("u-id-adt", "1"),
            ("d-device-screen-size", "393x852"),
            ("d-localization", "nl_NL"),
            ("d-nettype", "wifi"),
            ("ts", str(ms(c))),
            ("client-request-id", rid(c.rng)),
        ]
    )
    b.ok_json({"requestId": rid(c.rng), "ads": []})
    return b.build()


def openrtb_bid(c: Context) -> Flow:
    b = _b(c, "pubmatic-openwrap", "POST", "https://ow.pubmatic.com/openrtb/2.6/")
    b.param("pubId", "163092")
    lower = c.rng.random() < 0.5
    b.json(
        {
            "id": rid(c.rng),
            "at": 1,
            "tmax": 1200,
            "imp": [
                {
                    "id": "1",
                    "tagid": "gemdrop_rv_ios",
                    "instl": 1,
                    "secure": 1,
                    "video": {
                        "mimes": ["video/mp4"],
                        "w": 393,
                        "h": 852,
                        "protocols": [2, 3, 5, 6],
                    },
                    "ext": {
                        "skadn": {
                            "versions": ["2.0", "2.2", "3.0", "4.0"],
                            "sourceapp": "6443812207",
                            "skadnetids": SKADN,
                        }
                    },
                }
            ],
            "app": {
                "bundle": "6443812207",
                "name": "Gemdrop Saga",
                "ver": "3.12.0",
                "storeurl": "https://apps.apple.com/app/id6443812207",
                "publisher": {"id": "163092"},
            },
            "device": {
                "ua": WEBVIEW_UA,
                "make": "Apple",
                "model": "iPhone",
                "hwv": "iPhone15,4",
                "os": "iOS",
                "osv": "17.4.1",
                "devicetype": 4,
                "js": 1,
                "language": "nl",
                "connectiontype": 2,
                "lmt": 0,
                "ifa": b.id(
                    "idfa", how="lower" if lower else "plain", where="body.json.device.ifa"
                ),
                "geo": {"country": "NLD", "type": 2, "utcoffset": 60},
                "ext": {"atts": 3, "ifv": b.id("idfv_game", where="body.json.device.ext.ifv")},
            },
            "user": {"ext": {"consent": "CP" + rid(c.rng).replace("-", "")[:20]}},
            "regs": {"coppa": 0, "ext": {"gdpr": 1}},
            "source": {"tid": rid(c.rng)},
        }
    )
    b.no_content()
    return b.build()
