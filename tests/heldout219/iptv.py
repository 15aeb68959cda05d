"""The IPTV box in Athens: an Infomir MAG-style set-top box (OUI 00:1A:79) on a
Ministra / Stalker middleware portal of a Greek IPTV reseller.

Every call is `GET /stalker_portal/server/load.php?type=...&action=...` with
the box's MAC in the `mac` cookie (URL-encoded) and `Authorization: Bearer`
token; `get_profile` adds `sn` (serial), `device_id` / `device_id2` (SHA-256
style ids) and `stb_type`. `type=stb&action=log&real_action=play` logs what
the box plays; `create_link`, `get_all_channels`, the EPG and the watchdog
are ordinary portal traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ms

PORTAL = "http://portal.ellada-iptv.example/stalker_portal/server/load.php"
UA = (
    "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 (KHTML, like Gecko) "
    "MAG200 stbapp ver: 4 rev: 2721 Mobile Safari/533.3"
)
KANALIA = [
    ("101", "ΕΡΤ1 HD"), ("102", "ΕΡΤ2 HD"), ("105", "ANT1 HD"), ("106", "ALPHA HD"),
    ("108", "STAR HD"), ("110", "SKAI HD"), ("112", "MEGA HD"), ("150", "Cosmote Sport 1"),
    ("151", "Nova Sports 1"), ("170", "ΕΡΤ World"),
]  # fmt: skip


def _b(c: Context, params: list[tuple[str, str]], mac_how: str = "urlenc") -> FB:
    b = FB(c, "iptv", "GET", PORTAL, http_version="HTTP/1.1")
    b.params.extend([*params, ("JsHttpRequest", "1-xml")])
    b.header("user-agent", UA)
    b.header("x-user-agent", "Model: MAG322; Link: Ethernet")
    mac = b.id("box_mac", how=mac_how, where="header cookie mac")
    b.header("cookie", f"mac={mac}; stb_lang=el; timezone=Europe%2FAthens")
    b.header("authorization", "Bearer " + c.phone.box_token)
    return b


def handshake(c: Context) -> Flow:
    b = _b(c, [("type", "stb"), ("action", "handshake"), ("token", "")])
    b.ok_json({"js": {"token": c.phone.box_token}})
    return b.build()


def get_profile(c: Context) -> Flow:
    b = _b(
        c,
        [
            ("type", "stb"),
            ("action", "get_profile"),
            ("hd", "1"),
            ("ver", "ImageDescription: 0.2.18-r23-322; PORTAL version: 5.6.1"),
            ("num_banks", "2"),
            ("stb_type", "MAG322"),
            ("image_version", "218"),
            ("auth_second_step", "1"),
            ("hw_version", "2.6-IB-00"),
            ("not_valid_token", "0"),
        ],
    )
    b.param("sn", b.id("box_serial", where="query sn (serial)"))
    b.param("device_id", b.id("box_device_id", where="query device_id"))
    b.param("device_id2", b.id("box_device_id", where="query device_id2"))
    b.param("signature", new_hex(c.rng, 64).upper())
    b.decoy("signature (request HMAC, not a device id)")
    b.ok_json({"js": {"id": c.rng.randint(1000, 9999), "status": 0, "fname": "Παπαδόπουλος"}})
    return b.build()


def play_log(c: Context) -> Flow:
    num, _name = c.rng.choice(KANALIA)
    cmd = f"ffrt http://localhost/ch/{num}_"
    b = _b(
        c,
        [
            ("type", "stb"),
            ("action", "log"),
            ("real_action", "play"),
            ("param", cmd),
            ("content_type", "1"),
            ("tmp_type", "1"),
        ],
    )
    b.view("query action=log real_action=play param (channel played)")
    b.ok_json({"js": 1})
    return b.build()


def qos_opaque(c: Context) -> Flow:
    """The reseller's QoS probe: channel number and seconds in a bare CSV."""
    num, _n = c.rng.choice(KANALIA)
    b = FB(c, "iptv", "POST", "http://qos.ellada-iptv.example/q", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.view("body csv (channel, seconds; no field names)", detectable=False)
    row = f"{num},{c.rng.randint(60, 5400)},{c.rng.randint(2000, 9000)},{ms(c) // 1000}"
    b.set_body(row.encode(), "text/plain")
    b.no_content()
    return b.build()


def create_link(c: Context) -> Flow:
    num, _n = c.rng.choice(KANALIA)
    b = _b(
        c,
        [
            ("type", "itv"),
            ("action", "create_link"),
            ("cmd", f"ffrt http://localhost/ch/{num}_"),
            ("series", ""),
            ("forced_storage", "undefined"),
            ("disable_ad", "0"),
        ],
    )
    b.decoy("stream link request (a video fetch)")
    b.ok_json(
        {
            "js": {
                "cmd": f"ffrt http://str.ellada-iptv.example/live/{num}/index.m3u8?t={new_hex(c.rng, 20)}"  # noqa: E501
            }
        }
    )
    return b.build()


def all_channels(c: Context) -> Flow:
    b = _b(c, [("type", "itv"), ("action", "get_all_channels")])
    b.ok_json({"js": {"data": [{"number": n, "name": nm} for n, nm in KANALIA]}})
    return b.build()


def epg(c: Context) -> Flow:
    num, _n = c.rng.choice(KANALIA)
    b = _b(c, [("type", "itv"), ("action", "get_short_epg"), ("ch_id", num), ("size", "10")])
    b.decoy("EPG with programme times")
    b.ok_json({"js": [{"name": "Δελτίο Ειδήσεων", "t_time": "20:00", "duration": 3600}]})
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
        ],
    )
    b.ok_json({"js": {"data": {"msgs": 0, "additional_services_on": "1"}}})
    return b.build()
