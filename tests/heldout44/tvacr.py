"""NileVue: a smart TV (Android TV base, sold in Egypt) with automatic content
recognition, paired with the phone's remote app.

ACR the way TV platforms describe it in their viewing-information notices:
video / audio fingerprints of the screen every few seconds, matched server
side, and the matched programme and channel reported back with timestamps.
The tune log lists channels watched with start and end. A compact protobuf
uploads fingerprints with no names at all (opaque). The TV reports its Wi-Fi
and Ethernet MACs and its serial when it checks in and looks for firmware.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid

ACR = "https://acr-eu.nilevue.example"
HOST = "https://tv.nilevue.example"
CHANNELS = ["MBC Masr", "CBC", "ON E", "2M Maroc", "Al Aoula", "beIN Sports 1"]
SHOWS = ["ep-77120", "ep-90811", "mv-11872", "sp-40021"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "NileVueTV/3.2 (Linux; Android 11; NV55U)")
    return b


def acr_match(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/v1/acr/match")
    fps = [rid(c.rng).replace("-", "")[:16] for _ in range(6)]
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "videoFingerprints": fps,
            "captureTs": ms(c),
            "input": "HDMI1",
        }
    )
    b.view("json videoFingerprints at /acr/match (content recognition)")
    b.ok_json(
        {
            "match": {
                "contentId": c.rng.choice(SHOWS),
                "channel": c.rng.choice(CHANNELS),
                "offsetSec": 812,
            }
        }
    )
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/v1/viewing/report")
    rows = [
        {
            "contentId": c.rng.choice(SHOWS),
            "channel": c.rng.choice(CHANNELS),
            "start": iso(c),
            "durationSec": c.rng.randint(60, 3600),
            "source": "acr",
        }
        for _ in range(3)
    ]
    b.json({"psid": b.id("tv_psid", where="json psid"), "viewingSegments": rows})
    b.view("json viewingSegments[] contentId / channel / durationSec (ACR viewing report)")
    b.no_content()
    return b.build()


def tune_log(c: Context) -> Flow:
    b = _b(c, "POST", HOST + "/v2/telemetry/tune-log")
    b.header("x-tv-mac", b.id("tv_eth_mac", where="header x-tv-mac"))
    rows = [
        {"ch": c.rng.choice(CHANNELS), "in": ms(c) - c.rng.randint(10**5, 10**7), "out": ms(c)}
        for _ in range(4)
    ]
    b.json({"tuneEvents": rows})
    b.view("json tuneEvents[] ch / in / out (channels watched)")
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", ACR + "/p")
    parts = [pb_varint(1, ms(c))] + [
        pb_msg(
            2,
            [
                pb_bytes(1, bytes(c.rng.getrandbits(8) for _ in range(16))),
                pb_varint(2, c.rng.randint(0, 5000)),
            ],
        )
        for _ in range(5)
    ]
    parts.append(
        pb_bytes(3, b.id("tv_serial", "protobuf", where="protobuf field 3", detectable=False))
    )
    b.set_body(b"".join(parts), "application/x-protobuf")
    b.view("protobuf fields 1/2: fingerprint hashes with offsets, no names", detectable=False)
    b.no_content()
    return b.build()


def checkin(c: Context) -> Flow:
    b = _b(c, "PUT", HOST)
    serial = b.id("tv_serial", where="url path /devices/{serial}")
    b.base = HOST + f"/v1/devices/{serial}/checkin"
    b.json(
        {
            "wifiMac": b.id("tv_wifi_mac", where="json wifiMac"),
            "ethernetMac": b.id("tv_eth_mac", where="json ethernetMac"),
            "firmware": "NV.3.2.118",
            "uptimeSec": c.rng.randint(100, 90000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/v1/firmware/latest")
    b.param("model", "NV55U")
    b.param("sn", b.id("tv_serial", where="query sn"))
    b.param("cur", "NV.3.2.118")
    b.ok_json({"latest": "NV.3.2.118", "update": False})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", HOST + "/v1/epg?region=EG&day=0")
    b.ok_json({"channels": [{"name": ch, "now": "News", "next": "Series"} for ch in CHANNELS]})
    b.decoy("EPG guide (all channels)")
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", "http://192.168.1.23:8080/remote/key")
    b.json(
        {"key": c.rng.choice(["VOL_UP", "OK", "DPAD_LEFT", "HOME"]), "seq": c.rng.randint(1, 9999)}
    )
    b.decoy("remote keypress on the LAN")
    b.no_content()
    return b.build()
