"""The living room: a Jio-like Android set-top box and a Mi smart TV with ACR.

The box logs live-channel tuning with Hinglish keys (`channel_badla`,
`dekha_sec`) and its serial in a header; the TV's ACR client reports matched
programmes with its Wi-Fi MAC, and a second endpoint (its host says only `sync`)
ships packed audio fingerprints with timestamps, in binary. EPG grids and the box's app list
are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms

STB = "https://stb.jiyoghar.example"
ACR = "https://acr.patchsmart.example"
SYNC = "https://sync.patchsmart.example"
CHANNELS = [
    (501, "Star Pravah", "Aai Kuthe Kay Karte"),
    (502, "Zee Marathi", "Tuzech Mi Geet Gaat Aahe"),
    (615, "Zee Bangla", "Didi No. 1"),
    (108, "Star Sports 1 Hindi", "IPL Live: MI vs CSK"),
    (203, "Aaj Tak", "Halla Bol"),
]


def _stb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "jiyoghar_stb", method, f"{STB}{path}", http_version="HTTP/1.1")
    b.header("user-agent", "JiyoGharSTB/3.2 (Android TV 11; JHSB200)")
    b.header("x-stb-serial", b.id("stb_serial", where="header x-stb-serial"))
    return b


def channel_log(c: Context) -> Flow:
    b = _stb(c, "POST", "/v1/tvlog/channel-badla")
    b.view("json channel_badla[].dekha_sec (live channel tuning log)")
    b.json(
        {
            "channel_badla": [
                {
                    "channel_no": no,
                    "channel_naam": n,
                    "shuru": iso(c),
                    "dekha_sec": c.rng.randint(5, 2400),
                }
                for no, n, _ in c.rng.sample(CHANNELS, 3)
            ]
        }
    )
    b.no_content()
    return b.build()


def stb_boot(c: Context) -> Flow:
    b = _stb(c, "POST", "/v1/device/boot")
    b.json(
        {
            "eth_mac": b.id("stb_mac", where="json eth_mac"),
            "fw": "JHSB200_3.2.118",
            "uptime_s": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"config_rev": 41})
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "jiyoghar_stb", "GET", f"{STB}/v1/epg?date=2024-11-30&circle=MH")
    b.decoy("EPG grid: broadcaster schedule with start times (not a viewer's log)")
    b.ok_json(
        {
            "grid": [
                {"channel_no": no, "programme": p, "start": "20:00", "avadhi_min": 30}
                for no, _, p in CHANNELS
            ]
        }
    )
    return b.build()


def app_list(c: Context) -> Flow:
    b = _stb(c, "POST", "/v1/device/apps")
    b.json({"apps": ["com.chalchitra.tv", "com.golpo.tv", "com.youtube.tv"], "ts": ms(c)})
    b.no_content()
    return b.build()


def acr_report(c: Context) -> Flow:
    _, name, prog = c.rng.choice(CHANNELS)
    b = FB(c, "patchsmart_acr", "POST", f"{ACR}/v2/acr/match-report")
    b.header("user-agent", "PatchSmartACR/2.4 (MiTV; L43M8-A2IN)")
    b.view("json acr_matches[].programme / watched_secs (smart-TV ACR)")
    b.json(
        {
            "tv_mac": b.id("tv_mac", where="json tv_mac"),
            "acr_token": b.id("tv_acr_token", where="json acr_token (ACR device token)"),
            "acr_matches": [
                {
                    "channel": name,
                    "programme": prog,
                    "input": "HDMI1",
                    "matched_at": iso(c),
                    "watched_secs": c.rng.randint(60, 1800),
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def acr_fingerprints_opaque(c: Context) -> Flow:
    b = FB(c, "patchsmart_acr", "POST", f"{SYNC}/v2/b")
    b.header("user-agent", "PatchSmartSvc/2.4 (MiTV; L43M8-A2IN)")
    b.header("x-sn", b.id("tv_serial", where="header x-sn (TV serial)"))
    b.view("binary body: packed audio fingerprints with timestamps", detectable=False)
    body = b"".join(struct.pack("<QI", ms(c) + i * 3000, c.rng.getrandbits(32)) for i in range(24))
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = FB(c, "patchsmart", "GET", "https://ota.patchsmart.example/check?model=L43M8-A2IN")
    b.param("sn", b.id("tv_serial", where="query sn"))
    b.ok_json({"update": False, "latest": "PatchWall 4.1.22"})
    return b.build()
