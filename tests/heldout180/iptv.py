"""The home ISP's IPTV set-top box (a MAG-style box on a Ministra / Stalker portal).

The portal knows the box by its MAC (in the `mac` cookie, as the middleware
does) and its serial (`sn` at get_profile). Tuning a channel logs the play
action with the channel id (`action=log&real_action=play`): a live-channel
tuning log, viewing history. Creating the stream link, the channel list and the
EPG are fetches. The box's statistics ping packs 'channel:seconds' into a
base64 `c` (opaque).
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, ms

PORTAL = "http://iptv.baktelekom-tv.example/stalker_portal/server/load.php"
STB_UA = (
    "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) "
    "MAG200 stbapp ver: 2 rev: 250 Safari/533.3"
)
CHANNELS = [(101, "AzTV"), (102, "İdman TV"), (115, "CBC"), (140, "TRT 1"), (160, "Pervyy kanal")]


def _b(c: Context, params: list[tuple[str, str]], mac: bool = True) -> FB:
    b = FB(c, "stb", "GET", PORTAL, params, http_version="HTTP/1.1")
    b.header("user-agent", STB_UA)
    b.header("x-user-agent", "Model: MAG250; Link: Ethernet")
    if mac:
        value = b.id("stb_mac", "urlenc", "header cookie mac (url-encoded)")
        b.header("cookie", f"mac={value}; stb_lang=ru; timezone=Asia%2FBaku")
    return b


def handshake(c: Context) -> Flow:
    b = _b(c, [("type", "stb"), ("action", "handshake"), ("JsHttpRequest", "1-xml")])
    b.ok_json({"js": {"token": b64(str(c.rng.getrandbits(64)))}})
    return b.build()


def get_profile(c: Context) -> Flow:
    b = FB(c, "stb", "GET", PORTAL, http_version="HTTP/1.1")
    b.header("user-agent", STB_UA)
    mac = b.id("stb_mac", "urlenc", "header cookie mac (url-encoded)")
    b.header("cookie", f"mac={mac}; stb_lang=ru; timezone=Asia%2FBaku")
    for k, v in (
        ("type", "stb"),
        ("action", "get_profile"),
        ("hd", "1"),
        ("ver", "ImageDescription"),
    ):
        b.param(k, v)
    b.param("sn", b.id("stb_serial", where="query sn"))
    b.param("stb_type", "MAG250")
    b.param("image_version", "218")
    b.ok_json({"js": {"id": c.rng.randint(1000, 9000), "status": 0, "locale": "ru_RU.utf8"}})
    return b.build()


def play_log(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(
        c,
        [
            ("type", "stb"),
            ("action", "log"),
            ("real_action", "play"),
            ("param", f"ffrt http://live.baktelekom-tv.example/ch/{ch}"),
            ("content_id", str(ch)),
            ("tmp_type", "1"),
            ("JsHttpRequest", "1-xml"),
        ],
    )
    b.view("query action=log&real_action=play&content_id (channel tuning)")
    b.ok_json({"js": 1})
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = FB(c, "stb", "GET", "http://stat.baktelekom-tv.example/s", http_version="HTTP/1.1")
    b.header("user-agent", STB_UA)
    b.view("query c (base64 'channel:seconds' list)", detectable=False)
    rows = ",".join(f"{ch}:{c.rng.randint(30, 5000)}" for ch, _ in c.rng.sample(CHANNELS, 3))
    b.param("c", b64(rows))
    b.param("t", str(ms(c)))
    b.no_content()
    return b.build()


def create_link(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(
        c,
        [
            ("type", "itv"),
            ("action", "create_link"),
            ("cmd", quote(f"ffrt http://live.baktelekom-tv.example/ch/{ch}", safe="")),
            ("JsHttpRequest", "1-xml"),
        ],
    )
    b.decoy("stream link for a channel (a fetch, not a log of watching)")
    b.ok_json({"js": {"cmd": f"http://live.baktelekom-tv.example/ch/{ch}?token=x"}})
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, [("type", "itv"), ("action", "get_all_channels"), ("JsHttpRequest", "1-xml")])
    b.ok_json(
        {
            "js": {
                "data": [
                    {"id": ch, "name": n, "number": i + 1} for i, (ch, n) in enumerate(CHANNELS)
                ]
            }
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(CHANNELS)
    b = _b(c, [("type", "itv"), ("action", "get_short_epg"), ("ch_id", str(ch))])
    b.decoy("short EPG (programme guide)")
    b.ok_json({"js": [{"name": "Xəbərlər", "start_timestamp": int(c.now), "duration": 1800}]})
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(
        c, [("type", "watchdog"), ("action", "get_events"), ("init", "0"), ("cur_play_type", "0")]
    )
    b.ok_json({"js": {"data": {"msgs": 0}}})
    return b.build()
