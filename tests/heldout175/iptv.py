"""Merezha TV: a Kyiv cable / IPTV provider's live channels on the Mi Box.

The box runs a MAG emulator that speaks the Ministra (Stalker) middleware
protocol: `load.php?type=...&action=...&JsHttpRequest=1-xml`, the set-top box
MAC in a `mac=` cookie (URL-encoded), `X-User-Agent: Model: MAG250; Link:
WiFi`, and `get_profile` with `sn`, `device_id` and `device_id2`. The MAC and
serial are the emulator's configured ones (the provider binds the subscription
to them); `device_id` is a SHA-256 of the Mi Box's own serial. The player's
`action=log&real_action=play` calls with a channel and `content_id` are the
live-channel tuning log; `create_link` only fetches a stream URL, and the
channel list, the EPG and the watchdog poll are not viewing history.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB

PORTAL = "http://portal.merezha-tv.example/stalker_portal/server/load.php"
UA = (
    "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) "
    "MAG200 stbapp ver: 2 rev: 250 Safari/533.3"
)
CHANNELS = [(101, "1+1 Україна"), (102, "ICTV"), (103, "СТБ"), (110, "Суспільне"), (140, "Рада")]


def _b(c: Context, params: list[tuple[str, str]]) -> FB:
    b = FB(c, "merezha-iptv", "GET", PORTAL, params, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-user-agent", "Model: MAG250; Link: WiFi")
    mac = b.id("iptv_mac", "urlenc", "header cookie mac= (MAG emulator's configured MAC)")
    b.header("cookie", f"mac={mac}; stb_lang=uk; timezone={quote('Europe/Kyiv', safe='')}")
    b.header("authorization", "Bearer " + new_hex(c.rng, 32).upper())
    return b


def _js(b: FB, obj: object) -> None:
    b.ok_json({"js": obj})


def handshake(c: Context) -> Flow:
    b = _b(c, [("type", "stb"), ("action", "handshake"), ("token", ""), ("JsHttpRequest", "1-xml")])
    _js(b, {"token": new_hex(c.rng, 32).upper(), "random": new_hex(c.rng, 40)})
    b.decoy("session token / random")
    return b.build()


def get_profile(c: Context) -> Flow:
    b = _b(c, [("type", "stb"), ("action", "get_profile"), ("hd", "1")])
    serial_hash = b.id("tvbox_serial", "sha256", "query device_id (SHA-256 of the box serial)")
    b.params += [
        ("ver", "ImageDescription: 0.2.18-r23-250; PORTAL version: 5.6.1"),
        ("num_banks", "2"),
        ("sn", b.id("iptv_sn", where="query sn")),
        ("stb_type", "MAG250"),
        ("image_version", "218"),
        ("video_out", "hdmi"),
        ("device_id", serial_hash),
        ("device_id2", serial_hash),
        ("signature", hashlib.sha256(new_hex(c.rng, 16).encode()).hexdigest().upper()),
        ("auth_second_step", "1"),
        ("hw_version", "1.7-BD-00"),
        ("not_valid_token", "0"),
        ("client_type", "STB"),
        ("JsHttpRequest", "1-xml"),
    ]
    b.decoy("signature (a hash of nothing on the box)")
    _js(b, {"id": c.rng.randint(10**4, 10**5), "status": 0, "tariff_plan": "Базовий+"})
    return b.build()


def all_channels(c: Context) -> Flow:
    b = _b(c, [("type", "itv"), ("action", "get_all_channels"), ("JsHttpRequest", "1-xml")])
    _js(
        b,
        {
            "total_items": len(CHANNELS),
            "data": [
                {"id": cid, "name": name, "number": i + 1, "cmd": f"ffrt http://localhost/ch/{cid}"}
                for i, (cid, name) in enumerate(CHANNELS)
            ],
        },
    )
    return b.build()


def create_link(c: Context) -> Flow:
    cid, _ = c.rng.choice(CHANNELS)
    b = _b(
        c,
        [
            ("type", "itv"),
            ("action", "create_link"),
            ("cmd", f"ffrt http://localhost/ch/{cid}"),
            ("JsHttpRequest", "1-xml"),
        ],
    )
    b.decoy("stream link for a channel (a fetch, not a tuning log)")
    _js(
        b,
        {"cmd": f"ffrt http://hls.merezha-tv.example/{cid}/index.m3u8?token={new_hex(c.rng, 24)}"},
    )
    return b.build()


def play_log(c: Context) -> Flow:
    cid, _ = c.rng.choice(CHANNELS)
    b = _b(
        c,
        [
            ("type", "stb"),
            ("action", "log"),
            ("real_action", "play"),
            ("param", f"http://hls.merezha-tv.example/{cid}/index.m3u8"),
            ("content_id", str(cid)),
            ("tmp_type", "1"),
            ("JsHttpRequest", "1-xml"),
        ],
    )
    b.view("query action=log&real_action=play with content_id (live channel tuning log)")
    _js(b, 1)
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(
        c,
        [
            ("type", "watchdog"),
            ("action", "get_events"),
            ("cur_play_type", "1"),
            ("event_active_id", "0"),
            ("init", "0"),
            ("JsHttpRequest", "1-xml"),
        ],
    )
    _js(b, {"data": {"msgs": 0, "additional_services_on": "1"}})
    return b.build()


def epg(c: Context) -> Flow:
    cid, name = c.rng.choice(CHANNELS)
    b = _b(
        c,
        [
            ("type", "itv"),
            ("action", "get_short_epg"),
            ("ch_id", str(cid)),
            ("JsHttpRequest", "1-xml"),
        ],
    )
    b.decoy("short EPG with start and stop times (content fetch)")
    start = int(c.now) - 1800
    _js(
        b,
        [
            {
                "name": f"{name}: програма {i + 1}",
                "start_timestamp": start + i * 3600,
                "stop_timestamp": start + (i + 1) * 3600,
            }
            for i in range(4)
        ],
    )
    return b.build()
