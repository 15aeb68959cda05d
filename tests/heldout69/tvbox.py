"""The family's Xiaomi TV (PatchWall) and the phone's TV-remote companion.

The TV's own traffic (automatic content recognition, PatchWall watch history,
OneTrack-style analytics with an `H` header block and `B` event rows) and the
companion's bind call carry the TV's Wi-Fi MAC and serial. Endpoints and key
names are modelled, not captured: Xiaomi documents OneTrack only to partners,
and ACR vendors (Samba TV, Gracenote) describe fingerprint matching in their
privacy notices rather than wire formats.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_varint

from .phone import FB, ms, rid, ua

PANDORA = "https://api.pandora.xiaomi.com"
ACR = "https://acr.pandora.xiaomi.com"
TV_UA = "MiTV/PatchWall 4.2.1 (Linux; Android 11; MiTV-MOOQ0 L65M8-A2)"
PROGS = [
    ("CCTV-1", "新闻联播"),
    ("湖南卫视", "乘风2024"),
    ("浙江卫视", "奔跑吧"),
    ("CCTV-5", "NBA常规赛"),
    ("东方卫视", "极限挑战"),
]


def acr_match(c: Context) -> Flow:
    b = FB(c, "mitv-acr", "POST", f"{ACR}/v2/acr/match")
    b.header("user-agent", TV_UA)
    tv = {
        "mac": b.id("tv_mac", where="body:tv.mac"),
        "sn": b.id("tv_serial", where="body:tv.sn"),
        "model": "L65M8-A2",
        "rom": "1.5.23",
    }
    fps = ["".join(c.rng.choice("0123456789abcdef") for _ in range(16)) for _ in range(8)]
    b.json({"tv": tv, "acr_fingerprints": fps, "capture_ts": ms(c), "input_source": "HDMI1"})
    ch, prog = c.rng.choice(PROGS)
    b.ok_json(
        {
            "matched": True,
            "content": {"channel": ch, "program": prog, "offset_s": c.rng.randint(0, 3600)},
        }
    )
    b.view("body:acr_fingerprints + response content")
    return b.build()


def acr_binary(c: Context) -> Flow:
    b = FB(c, "mitv-acr", "POST", f"{ACR}/v3/fp")
    b.header("user-agent", TV_UA)
    body = struct.pack("<HI", 3, int(c.now)) + bytes(c.rng.getrandbits(8) for _ in range(256))
    b.set_body(body, "application/octet-stream")
    b.view("body (binary audio/video fingerprints)", detectable=False)
    b.no_content()
    return b.build()


def watch_history(c: Context) -> Flow:
    b = FB(c, "patchwall", "POST", f"{PANDORA}/tv/history/report")
    b.header("user-agent", TV_UA)
    b.other_id("tv_instance", "body:deviceId")
    dur = c.rng.randint(1200, 7200)
    b.json(
        {
            "deviceId": c.phone.tv_instance,
            "mediaId": c.rng.randint(10**6, 10**7),
            "mediaName": c.rng.choice(["流浪地球2", "长津湖", "熊出没", "狂飙 第12集"]),
            "ci": c.rng.randint(1, 40),
            "position": c.rng.randint(0, dur),
            "duration": dur,
            "watchTime": c.rng.randint(60, dur),
            "source": "patchwall",
            "ts": ms(c),
        }
    )
    b.view("body:mediaId/position/watchTime")
    b.ok_json({"status": 0})
    return b.build()


def onetrack(c: Context) -> Flow:
    b = FB(c, "onetrack", "POST", "https://tracking.miui.com/track/v4")
    b.header("user-agent", TV_UA)
    b.other_id("tv_instance", "body:H.instance_id")
    head = {
        "instance_id": c.phone.tv_instance,
        "app_id": "31000000142",
        "pkg": "com.xiaomi.tv.videoplayer",
        "mfrs": "Xiaomi",
        "model": "L65M8-A2",
        "platform": "Android",
        "region": "CN",
        "sdk_ver": "1.3.6",
    }
    ev = {
        "event": "video_play_end",
        "e_ts": ms(c),
        "media_id": c.rng.randint(10**6, 10**7),
        "play_duration": c.rng.randint(30, 7200),
        "play_percent": c.rng.randint(1, 100),
    }
    b.json({"H": head, "B": [ev]}, "gzip")
    b.view("body:B[].play_duration")
    b.ok_json({"code": 0})
    return b.build()


def tv_bind(c: Context) -> Flow:
    b = FB(c, "mitv-assistant", "POST", f"{PANDORA}/assistant/tv/bind")
    b.header("user-agent", ua("MiTVAssistant", "3.8.2"))
    b.json(
        {
            "tvMac": b.id("tv_mac", where="body:tvMac"),
            "tvSn": b.id("tv_serial", where="body:tvSn"),
            "phoneAndroidId": b.id("aid_sys", where="body:phoneAndroidId"),
            "miId": b.acct("mi_uid"),
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0, "bindId": rid(c.rng)})
    return b.build()


def tv_ping(c: Context) -> Flow:
    """The TV's keep-alive: its MAC only as an md5 under a one-letter key."""
    b = FB(c, "patchwall", "GET", f"{PANDORA}/tv/ping")
    b.param("m", b.id("tv_mac", how="md5_of_upper", where="query:m", detectable=False))
    b.param("v", "1.5.23")
    b.header("user-agent", TV_UA)
    b.no_content()
    return b.build()


def tv_pb_status(c: Context) -> Flow:
    b = FB(c, "patchwall", "POST", f"{PANDORA}/tv/status.pb")
    b.header("user-agent", TV_UA)
    sn = b.id("tv_serial", how="protobuf", where="body:protobuf 2", detectable=False)
    b.set_body(pb_varint(1, 3) + pb_bytes(2, sn) + pb_varint(3, ms(c)), "application/x-protobuf")
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(
        c,
        "patchwall",
        "GET",
        f"{PANDORA}/tv/epg",
        [("channel", c.rng.choice(PROGS)[0]), ("day", "0")],
    )
    b.header("user-agent", TV_UA)
    rows = [
        {
            "start": ms(c) + i * 1800000,
            "end": ms(c) + (i + 1) * 1800000,
            "title": c.rng.choice(PROGS)[1],
        }
        for i in range(8)
    ]
    b.ok_json({"status": 0, "data": rows})
    b.decoy("programme guide (content fetch)")
    return b.build()


def banner(c: Context) -> Flow:
    b = FB(
        c,
        "patchwall",
        "GET",
        f"https://t{c.rng.randint(1, 4)}.market.xiaomi.com/thumbnail/webp/w1920/{rid(c.rng)}",
    )
    b.header("user-agent", TV_UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 700))
    b.decoy("PatchWall banner image")
    return b.build()
