"""Ads on the Fire TV: Amazon Publisher Services (APS) in-app bidding and an
OpenRTB video SSP.

APS: the DTB Android SDK's `DtbDeviceData` (decompiled com.amazon.device.ads
sources on GitHub) builds the device params `dt`, `app`, `aud`, `ua`, `sdkVer`,
`dinfo` {os, model, make, hwv, osVersion, country, carrier, language,
screenSize, scalingFactor, ppi, orientation, connectionType} and the optional
`sha1_mac`, `sha1_udid` (SHA-1 of ANDROID_ID), `sha1_serial`; the older Amazon
Mobile Ads client adds `idfa` (the advertising id) with `oo` (opt-out). The
SSP follows OpenRTB 2.5 (`device.ifa`, `device.lmt`, `device.make/model/os`)
with IAB's IFA guidelines (`ifa_type` "afai" = Amazon Fire advertising id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_mp4

from .phone import FB, fire_ua, rid

AIDS = ["aid_fast", "aid_svod", "aid_sports"]


def aps_bid(c: Context) -> Flow:
    aid = c.rng.choice(AIDS)
    b = FB(c, "aps", "POST", "https://aax.amazon-adsystem.com/e/msdk/ads")
    dinfo = {
        "os": "Android",
        "model": "AFTKRT",
        "make": "Amazon",
        "hwv": "kara",
        "osVersion": "11",
        "country": "US",
        "language": "en",
        "screenSize": "1920x1080",
        "scalingFactor": "2.0",
        "ppi": "320",
        "orientation": "landscape",
        "connectionType": "Wifi",
    }
    body: dict[str, object] = {
        "dt": "android",
        "app": "app",
        "aud": "3p",
        "ua": fire_ua(),
        "sdkVer": "aps-android-9.10.1",
        "dinfo": dinfo,
        "slots": [{"slot": rid(c.rng), "size": "1920x1080", "type": "video"}],
        "pkg": {"pkg": "com.loopline.firetv", "v": "5.41.0"},
    }
    body["sha1_udid"] = b.id(aid, "sha1", where="body:sha1_udid")
    if c.rng.random() < 0.6:
        body["sha1_mac"] = b.id("fire_mac", "sha1", where="body:sha1_mac")
    if c.rng.random() < 0.5:
        body["sha1_serial"] = b.id("fire_dsn", "sha1", where="body:sha1_serial")
    body["idfa"] = b.id("fire_adid", where="body:idfa")
    body["oo"] = "0"
    b.header("user-agent", fire_ua())
    b.json(body)
    b.ok_json({"ads": [{"slot": "v1", "amzn_b": new_hex(c.rng, 24), "amznp": "1lsxyz"}]})
    return b.build()


def ortb_video(c: Context) -> Flow:
    b = FB(c, "adlumen", "POST", "https://bid.adlumen.tv/openrtb2/video")
    device = {
        "ua": fire_ua(),
        "make": "Amazon",
        "model": "AFTKRT",
        "os": "Fire OS",
        "osv": "8",
        "devicetype": 3,
        "ifa": b.id("fire_adid", where="body:device.ifa"),
        "lmt": 0,
        "ext": {"ifa_type": "afai"},
    }
    req = {
        "id": rid(c.rng),
        "imp": [
            {"id": "1", "video": {"mimes": ["video/mp4"], "w": 1920, "h": 1080, "minduration": 15}}
        ],
        "app": {"bundle": "B08XYZFAST1", "storeurl": "https://www.amazon.com/dp/B08XYZFAST1"},
        "device": device,
        "user": {"id": b.id("ad_ssp_uid", where="body:user.id", detectable=False)},
        "regs": {"ext": {"us_privacy": "1YNN"}},
        "tmax": 400,
    }
    b.header("x-openrtb-version", "2.5")
    b.json(req)
    b.ok_json({"id": req["id"], "seatbid": [], "nbr": 2})
    return b.build()


def impression(c: Context) -> Flow:
    b = FB(c, "adlumen", "GET", "https://t.adlumen.tv/imp")
    b.param("bid", new_hex(c.rng, 16))
    b.param("ifa", b.id("fire_adid", where="query:ifa"))
    b.param("ifa_type", "afai")
    b.param("did", b.id(c.rng.choice(AIDS), "md5", where="query:did"))
    b.param("px", "1")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def creative(c: Context) -> Flow:
    b = FB(c, "adlumen", "GET", f"https://cdn.adlumen.tv/cr/{new_hex(c.rng, 12)}/1080p.mp4")
    b.decoy("ad creative video fetch")
    b.respond(200, "video/mp4", fake_mp4(c.rng.randint(0, 10**6), 800))
    return b.build()
