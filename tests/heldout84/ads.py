"""Attribution and ad SDKs that carry the IDFA (only when ATT allows) and the IDFV.

Adjust iOS SDK (github.com/adjust/ios_sdk, Adjust/ADJPackageBuilder.m and
ADJPackageParams.h): form-encoded POST to app.adjust.com/session or /event with
app_token, created_at, idfa, idfv, tracking_enabled, att_status, os_name,
device_type, bundle_id, environment. When ATT is denied iOS returns the all-zero
IDFA and Adjust omits idfa (sends idfv only).
Prebid Mobile iOS OpenRTB bid request (github.com/prebid/prebid-mobile-ios,
PBMORTBDeviceExtAtts.h: device.ifa, device.ext.atts 0-3, device.ext.ifv "only
passed when IDFA is unavailable or all zeros"), sent to a Prebid Server
/openrtb2/auction endpoint.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, ZERO_IDFA, iso, rid, sdk_ua

APPS = {"game": ("nz.kiwirun.game", "idfv_game"), "stream": ("au.kowhai.tv", "idfv_stream")}


def adjust(c: Context, app: str, kind: str = "session", att: bool = False) -> Flow:
    bundle, idfv_attr = APPS[app]
    b = FB(c, f"adjust-{app}", "POST", f"https://app.adjust.com/{kind}", None, "HTTP/1.1")
    b.header("user-agent", sdk_ua(bundle, "4.38.2"))
    b.header("client-sdk", "ios4.38.2")
    pairs = [
        (
            "app_token",
            "".join(c.rng.choice("abcdefghijkmnopqrstuvwxyz0123456789") for _ in range(12)),
        ),
        ("created_at", iso(c).replace("Z", "Z+0000")),
        ("environment", "production"),
        ("bundle_id", bundle),
        ("device_type", "iPhone"),
        ("device_name", "iPhone15,4"),
        ("os_name", "ios"),
        ("os_version", "17.5.1"),
    ]
    if att:
        pairs.append(("idfa", b.id("idfa", where="form:idfa")))
        pairs.append(("att_status", "3"))
        pairs.append(("tracking_enabled", "1"))
    else:
        pairs.append(("att_status", "2"))
        pairs.append(("tracking_enabled", "0"))
    pairs.append(("idfv", b.id(idfv_attr, where="form:idfv")))
    if kind == "event":
        pairs.append(("event_token", c.rng.choice(["k2p9x1", "w7qz3a"])))
        pairs.append(("event_count", str(c.rng.randint(1, 60))))
    b.form(pairs)
    b.ok_json(
        {
            "app_token": pairs[0][1],
            "adid": rid(c.rng).replace("-", ""),
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def prebid_auction(c: Context, att: bool = True) -> Flow:
    b = FB(c, "prebid", "POST", "https://prebid-server.rubiconproject.com/openrtb2/auction")
    b.header("user-agent", sdk_ua("nz.kiwirun.game", "2.2.0"))
    device = {
        "make": "Apple",
        "model": "iPhone15,4",
        "os": "iOS",
        "osv": "17.5.1",
        "w": 393,
        "h": 852,
        "connectiontype": 2,
        "lmt": 0 if att else 1,
    }
    if att:
        device["ifa"] = b.id("idfa", where="json:device.ifa")
        device["ext"] = {"atts": 3}
    else:
        device["ifa"] = ZERO_IDFA
        device["ext"] = {"atts": 2, "ifv": b.id("idfv_game", where="json:device.ext.ifv")}
        b.decoy("all-zero IDFA (tracking denied) is no identifier")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "banner": {"format": [{"w": 320, "h": 50}]},
                    "ext": {"prebid": {"storedrequest": {"id": "kiwirun-banner"}}},
                }
            ],
            "app": {"bundle": "1591234567", "name": "Kiwi Run", "publisher": {"id": "12081"}},
            "device": device,
            "regs": {"ext": {"gdpr": 0}},
            "source": {"tid": rid(c.rng)},
        }
    )
    b.ok_json({"id": rid(c.rng), "seatbid": [], "cur": "AUD"})
    return b.build()


def adjust_denied_event(c: Context) -> Flow:
    return adjust(c, "stream", "event", att=False)


def adjust_game_session(c: Context) -> Flow:
    return adjust(c, "game", "session", att=True)


def prebid_denied(c: Context) -> Flow:
    return prebid_auction(c, att=False)
