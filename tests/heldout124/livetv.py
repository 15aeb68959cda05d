"""MyanTV Live on the TV box: an IPTV app built on a Stalker-style middleware.

The box authenticates by its MAC in a `mac=` cookie (MAG-style 00:1A:79) and
sends its serial as `sn` and a SHA-256 of the MAC as `device_id` in the
profile call, as such portals do. The portal logs every channel switch
(`action=log&real_action=play` with the channel's content id); the app's own
stats endpoint reports channel sessions in romanised Burmese
(`channel_pyaung` = change channel, `kyi_chain` = watch time); an older
firmware sends pipe rows in base64 under `z`. The watchdog poll (whether
something is playing, no content), the EPG, the channel list with viewer counts
over all viewers and channel logos are not viewing history.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import BOX_UA, FB, iso, ms, rid

PORTAL = "http://portal.myantvlive.example/stalker_portal/server/load.php"
STATS = "https://stats.myantvlive.example"
CHANNELS = [
    (1, "MRTV"),
    (2, "MRTV-4"),
    (3, "Channel 7"),
    (4, "MNTV"),
    (5, "Fortune TV"),
    (6, "DVB TV"),
    (7, "Mizzima TV"),
    (8, "Thai PBS"),
]


def _portal(c: Context, params: list[tuple[str, str]]) -> FB:
    b = FB(c, "myantvlive", "GET", PORTAL, [*params, ("JsHttpRequest", "1-xml")], "HTTP/1.1")
    b.header("user-agent", "Mozilla/5.0 (QtEmbedded; U; Linux; C) MAG200 stbapp ver: 2 rev: 250")
    b.header("x-user-agent", "Model: MAG250; Link: WiFi")
    mac = b.id("tvbox_mac", "urlenc", "cookie mac (url-encoded)")
    b.header("cookie", f"mac={mac}; stb_lang=my; timezone={quote('Asia/Yangon', safe='')}")
    return b


def handshake(c: Context) -> Flow:
    b = _portal(c, [("type", "stb"), ("action", "handshake"), ("token", "")])
    b.ok_json({"js": {"token": rid(c.rng).replace("-", "").upper(), "random": rid(c.rng)[:8]}})
    return b.build()


def get_profile(c: Context) -> Flow:
    params = [("type", "stb"), ("action", "get_profile"), ("hd", "1"), ("stb_type", "MAG250")]
    b = _portal(c, params)
    b.param("sn", b.id("tvbox_serial", where="query sn"))
    b.param("device_id", b.id("tvbox_mac", "sha256_upper", "query device_id (SHA-256 of MAC)"))
    b.param("ver", "ImageDescription: 0.2.18-r23-250")
    b.ok_json({"js": {"id": c.rng.randint(1000, 99999), "status": 0, "locale": "my_MM.utf8"}})
    return b.build()


def tune_log(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    params = [
        ("type", "stb"),
        ("action", "log"),
        ("real_action", "play"),
        ("param", f"ffrt http://live.myantvlive.example/ch/{ch}"),
        ("content_id", str(ch)),
        ("tmp_type", "1"),
    ]
    b = _portal(c, params)
    b.view(f"query action=log real_action=play content_id (tuned to {name})")
    b.ok_json({"js": 1})
    return b.build()


def channel_session(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = FB(c, "myantvlive", "POST", f"{STATS}/v1/channel_pyaung")
    b.header("user-agent", BOX_UA)
    b.header("x-box-id", b.id("aid_tvbox", where="header x-box-id"))
    b.view("json channel + kyi_chain_sec (romanised Burmese 'watch time')")
    b.json(
        {
            "channel_no": ch,
            "channel": name,
            "a_sa": iso(c),
            "kyi_chain_sec": c.rng.randint(20, 5400),
            "source": "iptv",
        }
    )
    b.no_content()
    return b.build()


def tune_rows_opaque(c: Context) -> Flow:
    b = FB(c, "myantvlive", "POST", f"{STATS}/z")
    b.header("user-agent", BOX_UA)
    b.view("form z: base64 pipe rows channel|ts|seconds", detectable=False)
    rows = "\n".join(
        f"{c.rng.randint(1, 8)}|{ms(c)}|{c.rng.randint(20, 5400)}"
        for _ in range(c.rng.randint(2, 6))
    )
    b.form([("z", b64(rows)), ("k", "2")])
    b.no_content()
    return b.build()


def box_register(c: Context) -> Flow:
    b = FB(c, "myantvlive", "POST", f"{STATS}/v1/device/register")
    b.header("user-agent", BOX_UA)
    b.json(
        {
            "androidId": b.id("aid_tvbox", where="json androidId"),
            "ethMac": b.id("tvbox_mac", "lower", "json ethMac"),
            "serialNo": b.id("tvbox_serial", where="json serialNo"),
            "board": "s905x3",
            "fw": "X96Max_Plus2_20210415",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def watchdog(c: Context) -> Flow:
    params = [("type", "watchdog"), ("action", "get_events"), ("cur_play_type", "1")]
    b = _portal(c, [*params, ("event_active_id", "0"), ("init", "0")])
    b.decoy("STB watchdog poll: cur_play_type says something plays, no content id")
    b.ok_json({"js": {"data": {"msgs": 0, "additional_services_on": "1"}}})
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _portal(c, [("type", "itv"), ("action", "get_short_epg"), ("ch_id", str(ch))])
    b.decoy("programme guide with start times and durations (content fetch)")
    progs = ["သတင်း", "ဇာတ်လမ်းတွဲ", "ဘောလုံးပွဲ", "ဂီတ", "ရုပ်ရှင်"]
    b.ok_json(
        {
            "js": [
                {"name": p, "start_timestamp": int(c.now) + i * 1800, "duration": 1800}
                for i, p in enumerate(progs)
            ]
        }
    )
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _portal(c, [("type", "itv"), ("action", "get_all_channels")])
    b.decoy("channel list with viewer counts over all viewers (aggregate)")
    b.ok_json(
        {
            "js": {
                "data": [
                    {"id": ch, "name": n, "number": ch, "viewers": c.rng.randint(100, 50000)}
                    for ch, n in CHANNELS
                ]
            }
        }
    )
    return b.build()


def create_link(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _portal(
        c, [("type", "itv"), ("action", "create_link"), ("cmd", f"ffrt http://live/ch/{ch}")]
    )
    b.decoy("stream link for a channel (fetching a stream, not a report)")
    b.ok_json(
        {"js": {"cmd": f"ffrt http://live.myantvlive.example/ch/{ch}?play_token={rid(c.rng)[:8]}"}}
    )
    return b.build()


def logo(c: Context) -> Flow:
    b = FB(
        c,
        "myantvlive",
        "GET",
        f"http://portal.myantvlive.example/misc/logos/320/{c.rng.randint(1, 8)}.png",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", BOX_UA)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()
