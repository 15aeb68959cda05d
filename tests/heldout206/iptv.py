"""NetTV: the IPTV set-top box of a (fictional) Lao telecom ISP in the Vientiane
living room.

The box logs in with its Ethernet MAC, serial and the ISP's STB id, then plays
Lao, Thai and international channels. Every zap is logged (channel, start,
seconds watched) to the ISP's portal with the MAC in a header; a QoS probe
sends positional rows keyed by the MAC without colons. The channel list, EPG
and VOD catalogue are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

API = "https://portal.nettv-lao.example"
UA = "NetTV-STB/3.4.1 (Linux; Android 9; NTV-4K2)"
CHANNELS = [
    (1, "LNTV 1"),
    (3, "LNTV 3"),
    (5, "Lao Star"),
    (8, "TV Lao"),
    (21, "Ch3 HD"),
    (27, "Ch7 HD"),
    (33, "Thairath TV"),
    (60, "CGTN"),
]


def _b(c: Context, method: str, url: str, mac: bool = True) -> FB:
    b = FB(c, "nettv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if mac:
        b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v2/login", mac=False)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serial": b.id("box_serial", where="json serial"),
            "stbId": b.id("box_stb_id", where="json stbId"),
            "account": b.acct("box_account"),
            "fw": "3.4.1",
        }
    )
    b.ok_json({"token": new_hex(c.rng, 32), "package": "NetTV Gold", "expire": "2025-12-31"})
    return b.build()


def play_log(c: Context) -> Flow:
    no, name = c.rng.choice(CHANNELS)
    b = _b(c, "POST", f"{API}/stb/v2/log/play")
    b.view("json channel + start + duration (zap log)")
    b.json(
        {
            "channelNo": no,
            "channelName": name,
            "start": iso(c),
            "duration": c.rng.randint(10, 5400),
            "type": c.rng.choice(["live", "live", "timeshift"]),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def vod_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/vod/history?limit=8")
    b.view("response json items[] (VOD watched)", direction="response")
    b.ok_json(
        {
            "items": [
                {
                    "vodId": c.rng.randint(10**4, 10**5),
                    "title": c.rng.choice(["ນາງສາວລາວ", "Hak Na Vang Vieng", "ສະບາຍດີ ຫຼວງພະບາງ"]),
                    "watchedSec": c.rng.randint(60, 6000),
                    "lastWatch": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def qos_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q/r", mac=False)
    k = b.id("box_mac", "nosep", "json k (MAC without colons)", detectable=False)
    b.view("json r[] rows (channel, start, seconds)", detectable=False)
    rows = [
        [c.rng.choice(CHANNELS)[0], ms(c) // 1000, c.rng.randint(10, 3600), rf(c.rng, 0, 2, 2)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"k": k, "r": rows})
    b.ok_json({"c": 0})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/heartbeat?ts={ms(c)}")
    b.ok_json({"code": 0, "msg": 0})
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/channels?package=gold", mac=False)
    b.ok_json(
        {
            "channels": [
                {"no": no, "name": n, "url": f"http://live.nettv-lao.example/{no}/index.m3u8"}
                for no, n in CHANNELS
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    no, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/stb/v2/epg?channelNo={no}&day=0", mac=False)
    b.decoy("EPG start / duration (programme schedule)")
    b.ok_json(
        {
            "channel": name,
            "programmes": [
                {"title": t, "start": iso(c), "duration": c.rng.choice([1800, 3600])}
                for t in ("ຂ່າວ", "ລະຄອນ", "ກິລາ", "ເພງ")
            ],
        }
    )
    return b.build()


def vod_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v2/vod/list?cat=movie&page=1", mac=False)
    b.decoy("VOD catalogue with durations and view counts")
    b.ok_json(
        {
            "list": [
                {
                    "vodId": c.rng.randint(10**4, 10**5),
                    "duration": c.rng.randint(3000, 8000),
                    "views": c.rng.randint(100, 90000),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
