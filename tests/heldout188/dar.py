"""The living room: an owned satellite receiver with an IPTV portal, and a smart TV with ACR.

The receiver speaks to its IPTV middleware the way Stalker/Ministra portals
expect: `type=stb&action=handshake` with the box's MAC in a `mac=` cookie, the
serial `sn` and a `device_id` in `get_profile`, and a `real_action=play` log per
channel tuned (the live-channel tuning log is viewing history). The TV's ACR
client posts fingerprint matches (channel, programme, seconds) with its ACR id
`psid`; its older firmware posts msgpack rows under one-letter keys. The EPG,
the channel list, logos and the receiver's signal report are not sensitive.
"""

from __future__ import annotations

from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import FB, iso, ms, rf, rid

PORTAL = "http://iptv.atlassat.example/stalker_portal/server/load.php"
ACR = "https://acr.nourtv.example"
TVAPI = "https://api.nourtv.example"
STB_UA = "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 MAG200 stbapp ver: 2 rev: 250"
TV_UA = "NourTV/2.3 (Linux; WebOS-like 6.0; NT55U8)"
CHANNELS = [
    "2M Maroc",
    "Al Aoula",
    "Arryadia",
    "Canal Algérie",
    "Echorouk TV",
    "beIN Sports 1",
    "Medi1 TV",
]
PROGRAMMES = ["Lalla Laaroussa", "Rachid Show", "Journal 20h", "Botola Pro", "Nsibti Laaziza"]


def _stb(c: Context, params: list[tuple[str, str]]) -> FB:
    b = FB(c, "atlassat", "GET", PORTAL, params, http_version="HTTP/1.1")
    b.header("user-agent", STB_UA)
    b.header("x-user-agent", "Model: ATLAS-4K; Link: Ethernet")
    mac = b.id("sat_mac", "urlenc", "header cookie mac=")
    b.header("cookie", f"mac={mac}; stb_lang=fr; timezone=Africa%2FCasablanca")
    return b


def stb_handshake(c: Context) -> Flow:
    b = _stb(c, [("type", "stb"), ("action", "handshake"), ("JsHttpRequest", "1-xml")])
    b.ok_json({"js": {"token": rid(c.rng).replace("-", "").upper()}})
    return b.build()


def stb_profile(c: Context) -> Flow:
    b = _stb(
        c,
        [
            ("type", "stb"),
            ("action", "get_profile"),
            ("hd", "1"),
            ("ver", "ImageDescription: 0.2.18-r23-250"),
        ],
    )
    b.param("sn", b.id("sat_serial", where="query sn"))
    b.param("stb_type", "ATLAS-4K")
    b.param("device_id", b.id("sat_chip", where="query device_id"))
    b.param("JsHttpRequest", "1-xml")
    b.ok_json({"js": {"id": c.rng.randint(1000, 9999), "status": 0, "fav_itv_on": 1}})
    return b.build()


def stb_play_log(c: Context) -> Flow:
    ch = c.rng.randint(1, 300)
    b = _stb(c, [("type", "stb"), ("action", "log"), ("real_action", "play")])
    b.view("query real_action=play, content_id (live channel tuned)")
    b.param("param", f"ffrt http://localhost/ch/{ch}_")
    b.param("content_id", str(ch))
    b.param("tmp_type", "1")
    b.param("JsHttpRequest", "1-xml")
    b.ok_json({"js": 1})
    return b.build()


def stb_watchdog(c: Context) -> Flow:
    b = _stb(
        c,
        [
            ("type", "watchdog"),
            ("action", "get_events"),
            ("init", "0"),
            ("cur_play_type", "1"),
            ("event_active_id", "0"),
            ("JsHttpRequest", "1-xml"),
        ],
    )
    b.ok_json({"js": {"data": {"msgs": 0, "additional_services_on": "1"}}})
    return b.build()


def stb_channels(c: Context) -> Flow:
    b = _stb(c, [("type", "itv"), ("action", "get_all_channels"), ("JsHttpRequest", "1-xml")])
    b.decoy("channel list with numbers and stream URLs (catalogue)")
    b.ok_json(
        {
            "js": {
                "data": [
                    {
                        "id": i + 1,
                        "name": n,
                        "number": i + 1,
                        "cmd": f"ffrt http://localhost/ch/{i + 1}_",
                    }
                    for i, n in enumerate(CHANNELS)
                ]
            }
        }
    )
    return b.build()


def stb_epg(c: Context) -> Flow:
    b = _stb(c, [("type", "itv"), ("action", "get_short_epg"), ("ch_id", str(c.rng.randint(1, 7)))])
    b.decoy("EPG: programme start times and durations")
    b.ok_json(
        {
            "js": [
                {"name": p, "start_timestamp": int(c.now) + i * 1800, "duration": 1800}
                for i, p in enumerate(PROGRAMMES)
            ]
        }
    )
    return b.build()


def stb_signal(c: Context) -> Flow:
    b = FB(
        c, "atlassat", "POST", "https://diag.atlassat.example/v1/signal", http_version="HTTP/1.1"
    )
    b.header("user-agent", STB_UA)
    b.header("x-stb-serial", b.id("sat_serial", where="header x-stb-serial"))
    b.json(
        {
            "satellite": "Nilesat 7W",
            "frequence": 11747,
            "snr_db": rf(c.rng, 8, 14, 1),
            "ber": rf(c.rng, 0, 0.001, 6),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def acr_match(c: Context) -> Flow:
    b = FB(c, "nourtv-acr", "POST", f"{ACR}/v1/matches")
    b.header("user-agent", TV_UA)
    b.view("json matches[] channel / programme / secondes_vues (ACR)")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "tv_mac": b.id("tv_mac", where="json tv_mac"),
            "matches": [
                {
                    "chaine": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "debut": iso(c),
                    "secondes_vues": c.rng.randint(30, 3600),
                    "source": c.rng.choice(["HDMI1-satellite", "tuner", "app:shahid"]),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_msgpack(c: Context) -> Flow:
    """Older firmware: msgpack {"a": acr id, "r": [[fingerprint hash, offset, seconds]...]}."""
    b = FB(c, "nourtv-acr", "POST", f"{ACR}/x")
    b.header("user-agent", TV_UA)
    b.view("msgpack r[] rows (fingerprint, offset, seconds)", detectable=False)
    psid = b.id("tv_psid", where="msgpack a", detectable=False)
    rows = [
        [c.rng.getrandbits(48), c.rng.randint(0, 3600), c.rng.randint(10, 600)] for _ in range(4)
    ]
    b.set_body(mpack({"a": psid, "r": rows}), "application/octet-stream")
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = FB(c, "nourtv", "POST", f"{TVAPI}/v2/devices/register")
    b.header("user-agent", TV_UA)
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "macWifi": b.id("tv_mac", "upper", "json macWifi"),
            "model": "NT55U8",
            "country": "MA",
        }
    )
    b.ok_json(
        {
            "registered": True,
            "psid": b.id("tv_psid", where="response json psid", direction="response"),
        }
    )
    return b.build()


def tv_apps(c: Context) -> Flow:
    b = FB(c, "nourtv", "GET", f"{TVAPI}/v2/store/featured?country=MA")
    b.header("user-agent", TV_UA)
    b.decoy("featured apps rail with install counts")
    b.ok_json(
        {
            "apps": [
                {"id": a, "installs": c.rng.randint(10**3, 10**6)}
                for a in ("shahid", "youtube", "tod")
            ]
        }
    )
    return b.build()


def tv_logo(c: Context) -> Flow:
    name = quote(c.rng.choice(CHANNELS).replace(" ", "_").lower())
    b = FB(c, "nourtv", "GET", f"https://img.nourtv.example/logos/{name}.png")
    b.header("user-agent", TV_UA)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def tv_clock(c: Context) -> Flow:
    b = FB(c, "nourtv", "GET", f"{TVAPI}/v2/time")
    b.header("user-agent", TV_UA)
    b.ok_json({"epoch_ms": ms(c), "tz": "Africa/Casablanca"})
    return b.build()
