"""Ad SDKs on the Apple devices: Google Mobile Ads (AdMob) and AppLovin MAX.

AdMob on iOS requests ads from googleads.g.doubleclick.net/mads/gma with the
IDFA as `rdid` and `is_lat` (Google Mobile Ads iOS request parameters as seen
in public traffic studies); AppLovin MAX posts JSON to ms.applovin.com with a
device_info object carrying idfa / idfv / dnt (AppLovin's documented
device identifiers: idfa, idfv).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, ms, pad_ua, rid


def admob_request(c: Context) -> Flow:
    b = FB(c, "admob", "GET", "https://googleads.g.doubleclick.net/mads/gma")
    b.header("user-agent", pad_ua("KidoKoala", "3.1"))
    for k, v in [
        ("preqs", str(c.rng.randint(0, 9))),
        ("u_w", "820"),
        ("u_h", "1180"),
        ("msid", "ca.kidokoala.app"),
        ("format", "320x50_mb"),
        ("rdid", b.id("idfa_pad", where="query:rdid")),
        ("is_lat", "0"),
        ("idtype", "idfa"),
        ("tag_for_child_directed_treatment", "1"),
        ("correlator", str(c.rng.randint(10**15, 10**16))),
        ("dt", str(ms(c))),
    ]:
        b.param(k, v)
    b.ok_json({"ad_networks": []})
    return b.build()


def applovin_mediate(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://ms.applovin.com/1.0/mediate")
    b.header("user-agent", pad_ua("Balado", "7.4"))
    body = {
        "app_info": {
            "package_name": "ca.balado.app",
            "app_version": "7.4",
            "sdk_version": "12.4.0",
        },
        "device_info": {
            "idfa": b.id("idfa_pad", where="json:device_info.idfa"),
            "idfv": b.id("idfv_pod", where="json:device_info.idfv"),
            "dnt": False,
            "model": "iPad13,16",
            "os": "17.4.1",
            "locale": "fr_CA",
        },
        "compass_random_token": b.id(
            "applovin_sdk_id", where="json:compass_random_token", detectable=False
        ),
        "ad_unit_id": "a1b2c3d4e5f60718",
        "ad_format": "INTER",
        "request_id": rid(c.rng),
    }
    b.set_body(jsb(body), "application/json", "gzip")
    b.ok_json({"ads": []})
    return b.build()


def applovin_event(c: Context) -> Flow:
    b = FB(c, "applovin", "POST", "https://rt.applovin.com/4.0/pix")
    b.header("user-agent", pad_ua("Balado", "7.4"))
    b.param("event", c.rng.choice(["landing", "paused", "resumed"]))
    b.param("idfv", b.id("idfv_pod", where="query:idfv"))
    b.param("ts", str(ms(c)))
    b.no_content()
    return b.build()
