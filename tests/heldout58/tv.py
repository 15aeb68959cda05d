"""The living-room Samsung Tizen TV and the phone's SmartThings app that pairs it.

Hosts: the ACR log/fingerprint endpoints (log-1.samsungacr.com,
acr0.samsungcloudsolution.com) and Samsung Ads (config/events.samsungads.com)
as listed in public smart-TV blocklists (dcotecnologia/pihole-lists smart-tv,
the "Watching the Watchers" ACR blocklist). Tizen exposes TIFA through the
`webapis.adinfo` AdInfo API (Samsung Product API reference) and the DUID through
`webapis.productinfo`. Payload key names are my own: the real ACR traffic is
not publicly documented, so the fingerprint upload is modelled as an opaque
binary batch and the matched-content log as JSON.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, rid

TV_UA = "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 94.0.4606.31/7.0 TV Safari/537.36"  # noqa: E501
CHANNELS = [("KBS1", "9-1"), ("MBC", "11-1"), ("SBS", "6-1"), ("JTBC", "15"), ("tvN", "17")]
SHOWS = ["9시 뉴스", "나 혼자 산다", "놀면 뭐하니?", "최강야구", "유 퀴즈 온 더 블럭"]


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "samsung-tv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", TV_UA)
    return b


def acr_log(c: Context) -> Flow:
    b = _tv(c, "POST", "https://log-1.samsungacr.com/v2/log/viewing")
    b.header("x-duid", b.id("tv_duid", where="header.x-duid"))
    ch, num = c.rng.choice(CHANNELS)
    entries = [
        {
            "source": c.rng.choice(["TV", "HDMI1"]),
            "channelName": ch,
            "channelNumber": num,
            "contentTitle": c.rng.choice(SHOWS),
            "matchedAt": iso(c),
            "viewDurationSec": c.rng.randint(30, 3600),
        }
        for _ in range(c.rng.randint(1, 3))
    ]
    b.set_body(jsb({"acrViewingLog": entries, "acrVersion": "3.2.1"}), "application/json", "gzip")
    b.view("body.acrViewingLog[] (gzip)")
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = _tv(c, "POST", "https://acr0.samsungcloudsolution.com/fp/batch")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(512)), "application/octet-stream")
    b.view("body (binary audio/video fingerprint batch)", detectable=False)
    b.ok_json({"m": [new_hex(c.rng, 12)]})
    return b.build()


def ads_config(c: Context) -> Flow:
    b = _tv(c, "GET", "https://config.samsungads.com/tv/v3/config")
    b.params += [
        ("tifa", b.id("tv_tifa", where="query.tifa")),
        ("lat", "0"),
        ("model", "KQ65QNC90AFXKR"),
        ("country", "KR"),
    ]
    b.ok_json({"refreshSec": 3600, "slots": ["home_banner"]})
    return b.build()


def ads_event(c: Context) -> Flow:
    b = _tv(c, "POST", "https://events.samsungads.com/ev/v1/impressions")
    b.json(
        {
            "evt": "impression",
            "slot": "home_banner",
            "creativeId": new_hex(c.rng, 10),
            "ts": ms(c),
            "psid": b.id("tv_tifa", how="sha256", where="body.psid", detectable=False),
        }
    )
    b.no_content()
    return b.build()


def tv_heartbeat(c: Context) -> Flow:
    b = _tv(c, "POST", "https://lcprd1.samsungcloudsolution.net/device/v1/heartbeat")
    b.json(
        {
            "duid": b.id("tv_duid", where="body.duid"),
            "fwVersion": "T-PTMAKRC-1402.5",
            "macAddress": b.id("tv_mac", where="body.macAddress"),
            "uptimeSec": c.rng.randint(100, 90000),
        }
    )
    b.no_content()
    return b.build()


def notice(c: Context) -> Flow:
    b = _tv(c, "GET", "https://notice.samsungcloudsolution.com/notice/v1/list?country=KR&lang=ko")
    b.decoy("notice list")
    b.respond(
        200,
        "application/json",
        gz(jsb({"notices": [{"id": rid(c.rng), "title": "업데이트 안내"}]})),
        "gzip",
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _tv(c, "GET", "https://epg.samsungcloudsolution.com/epg/v2/grid?region=11")
    b.decoy("EPG grid")
    b.ok_json(
        {"grid": [{"ch": ch, "title": c.rng.choice(SHOWS), "start": ms(c)} for ch, _ in CHANNELS]}
    )
    return b.build()


def st_devices(c: Context) -> Flow:
    b = FB(c, "smartthings", "GET", "https://api.smartthings.com/v1/devices?capability=tvChannel")
    b.header("user-agent", "SmartThings/1.8.17 (Android 14)")
    item = {
        "deviceId": b.sid("st_device", "response.items[].deviceId", direction="response"),
        "label": "거실 TV",
        "manufacturerName": "Samsung Electronics",
        "ocf": {
            "serialNumber": b.id(
                "tv_serial", where="response.items[].ocf.serialNumber", direction="response"
            ),
            "macAddress": b.id(
                "tv_mac", where="response.items[].ocf.macAddress", direction="response"
            ),
        },
    }
    b.ok_json({"items": [item]})
    return b.build()


def st_pair(c: Context) -> Flow:
    b = FB(c, "smartthings", "POST", "https://api.smartthings.com/installedapps/v1/onboarding")
    b.header("user-agent", "SmartThings/1.8.17 (Android 14)")
    b.json(
        {
            "deviceType": "TV",
            "serialNumber": b.id("tv_serial", where="body.serialNumber"),
            "wifiMac": b.id("tv_mac", how="nosep_upper", where="body.wifiMac"),
            "duid": b.id("tv_duid", where="body.duid"),
            "locationId": rid(c.rng),
        }
    )
    b.ok_json({"status": "ONBOARDED"})
    return b.build()


def remote_key(c: Context) -> Flow:
    b = FB(c, "smartthings", "POST", "https://api.smartthings.com/v1/devices/")
    b.base += b.sid("st_device", "path /v1/devices/{deviceId}") + "/commands"
    b.decoy("remote key command")
    b.json(
        {
            "commands": [
                {
                    "component": "main",
                    "capability": "samsungvd.remoteControl",
                    "command": "send",
                    "arguments": [c.rng.choice(["KEY_VOLUP", "KEY_CHUP", "KEY_ENTER"])],
                }
            ]
        }
    )
    b.ok_json({"results": [{"status": "ACCEPTED"}]})
    return b.build()
