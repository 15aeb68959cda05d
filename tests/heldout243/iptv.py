"""The IPTV set-top box in the son's Glendale living room: an Infomir MAG-style
box (OUI 00:1A:79) subscribed to a diaspora Armenian IPTV service (HayTV Plus)
that runs a Ministra / Stalker middleware portal.

Every portal call is `load.php?type=...&action=...&JsHttpRequest=1-xml` with the
box's MAC in the `mac` cookie and the MAG user agent plus `X-User-Agent:
Model: MAG250; Link: Ethernet`; `get_profile` adds the serial `sn`,
`device_id` / `device_id2` (a SHA-256 the box derives), a `signature` and a
`metrics` JSON with mac and sn (the request shape of the Ministra STB API as
open-source portal clients implement it). When a channel starts, the box
posts `action=log&real_action=play` with the channel's `content_id` (a play
event). `create_link` (fetching a stream URL), the channel list, the EPG and
the watchdog poll are not viewing history. The service's QoS probe reports rows
of [channel, seconds, ts] keyed by a SHA-1 of the bare MAC.
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, ms

PORTAL = "http://portal.haytvplus.example/stalker_portal/server/load.php"
QOS = "https://qos.haytvplus.example/v2/r"
UA = (
    "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) "
    "MAG200 stbapp ver: 2 rev: 250 Safari/533.3"
)
CHANNELS = [
    (3101, "Armenia 1 (Hanrayin)"),
    (3102, "Shant TV"),
    (3103, "Armenia TV"),
    (3104, "Kentron TV"),
    (3105, "ATV"),
    (3106, "Horizon Armenian TV"),
    (3107, "USArmenia"),
    (3108, "Yerkir Media"),
]


def _b(c: Context, params: list[tuple[str, str]]) -> FB:
    b = FB(c, "ministra-stb", "GET", PORTAL, [*params, ("JsHttpRequest", "1-xml")], "HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-user-agent", "Model: MAG250; Link: Ethernet")
    mac = b.id("box_mac", "urlenc", "cookie mac")
    b.header("cookie", f"mac={mac}; stb_lang=hy; timezone=America%2FLos_Angeles")
    b.header("authorization", "Bearer " + c.phone.box_token)
    return b


def handshake(c: Context) -> Flow:
    b = _b(c, [("type", "stb"), ("action", "handshake"), ("token", ""), ("prehash", "0")])
    b.ok_json({"js": {"token": c.phone.box_token, "random": new_hex(c.rng, 40)}})
    return b.build()


def get_profile(c: Context) -> Flow:
    p = c.phone
    sig = hashlib.sha256((p.box_serial + p.box_mac + "MAG250").encode()).hexdigest().upper()
    b = _b(
        c,
        [
            ("type", "stb"),
            ("action", "get_profile"),
            ("hd", "1"),
            ("ver", "ImageDescription: 0.2.18-r23-250"),
        ],
    )
    b.param("num_banks", "2")
    b.param("sn", b.id("box_serial", where="query sn"))
    b.param("stb_type", "MAG250")
    b.param("image_version", "218")
    b.param("video_out", "hdmi")
    b.param("device_id", b.id("box_device_id", where="query device_id"))
    b.param("device_id2", b.id("box_device_id", where="query device_id2"))
    b.other_id("box_signature", "query signature", detectable=False)
    b.param("signature", sig)
    b.param("auth_second_step", "1")
    b.param("hw_version", "1.7-BD-00")
    b.param("not_valid_token", "0")
    b.param("client_type", "STB")
    b.param("timestamp", str(int(c.now)))
    b.param("api_signature", "262")
    metrics = {
        "mac": b.id("box_mac", where="query metrics.mac"),
        "sn": b.id("box_serial", where="query metrics.sn"),
        "model": "MAG250",
        "type": "STB",
        "uid": "",
        "random": new_hex(c.rng, 40),
    }
    b.param("metrics", js(metrics))
    b.ok_json(
        {
            "js": {
                "id": c.rng.randint(1000, 9999),
                "name": "Petrosyan",
                "status": 0,
                "locale": "hy_AM",
            }
        }
    )
    return b.build()


def play_log(c: Context) -> Flow:
    ch, _name = c.rng.choice(CHANNELS)
    b = _b(c, [("type", "stb"), ("action", "log"), ("real_action", "play")])
    b.view("query real_action=play + content_id (channel started)")
    b.param("param", f"ffrt http://localhost/ch/{ch}_")
    b.param("content_id", str(ch))
    b.param("tmp_type", "1")
    b.ok_json({"js": 1, "text": ""})
    return b.build()


def create_link(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(
        c, [("type", "itv"), ("action", "create_link"), ("cmd", f"ffrt http://localhost/ch/{ch}_")]
    )
    b.decoy("stream link fetch for a channel (content fetch)")
    b.param("series", "")
    b.param("forced_storage", "undefined")
    b.param("disable_ad", "0")
    b.param("download", "0")
    tok = new_hex(c.rng, 32)
    b.ok_json(
        {
            "js": {
                "id": ch,
                "cmd": f"ffmpeg http://str.haytvplus.example/{ch}/index.m3u8?token={tok}",
            }
        }
    )
    return b.build()


def all_channels(c: Context) -> Flow:
    b = _b(c, [("type", "itv"), ("action", "get_all_channels")])
    b.decoy("channel list (catalogue)")
    b.ok_json(
        {
            "js": {
                "total_items": len(CHANNELS),
                "data": [
                    {"id": ch, "name": n, "number": i + 1, "cmd": f"ffrt http://localhost/ch/{ch}_"}
                    for i, (ch, n) in enumerate(CHANNELS)
                ],
            }
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, [("type", "itv"), ("action", "get_short_epg"), ("ch_id", str(ch)), ("size", "10")])
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "js": [
                {
                    "name": n,
                    "start_timestamp": t0 + i * 3600,
                    "duration": 3600,
                    "ch_id": ch,
                }
                for i, n in enumerate(["Լրաբեր", "Առավոտ լուսո", "Ֆիլմ", "Սպորտ"])
            ]
        }
    )
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(c, [("type", "watchdog"), ("action", "get_events"), ("init", "0")])
    b.param("cur_play_type", "1")
    b.param("event_active_id", "0")
    b.ok_json({"js": {"data": {"msgs": 0, "additional_services_on": "1"}}})
    return b.build()


def qos_probe(c: Context) -> Flow:
    """The service's QoS probe: box key = SHA-1 of the bare MAC, rows [channel, s, ts]."""
    b = FB(c, "haytv-qos", "POST", QOS)
    b.header("user-agent", "htvqos/2.1")
    key = b.id("box_mac", "sha1_of_nosep", "json i", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], c.rng.randint(30, 3600), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"i": key, "r": rows, "b": c.rng.randint(2000, 9000)})
    b.no_content()
    return b.build()
