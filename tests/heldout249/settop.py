"""The cable operator's Android set-top box in the Ahmedabad living room (a
fictional Gujarat Cable Net, "GCN", hybrid DVB-C / IP box).

At boot the box registers with the operator's middleware: serial, Ethernet MAC,
the viewing-card number of its conditional-access smartcard (`vcNo`) and the
CA chip id. Every channel change is logged to the middleware's audience pixel
(`/t.gif?e=tune`, channel, seconds on the previous channel, box serial and
MAC), and the box restores the last channel after standby from the
middleware. The QoS heartbeat is binary: the chip id as four raw bytes, then
(channel number, seconds) pairs. The entitlement check, the EPG, the channel
list ("lineup") and the package prices are not viewing history.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, ist, ms, rf

MW = "https://mw.gcn-cable.example"
UA = "GCN-STB/3.2.7 (Linux; Android TV 11; GCN-HB410)"
CHANNELS = [
    (101, "Colors Gujarati"),
    (102, "TV9 Gujarati"),
    (104, "GSTV"),
    (105, "DD Girnar"),
    (108, "Zee 24 Kalak"),
    (112, "Sandesh News"),
    (201, "Star Sports 1 Hindi"),
    (305, "Shemaroo Gujarati Cinema"),
]


def _b(c: Context, method: str, url: str, mac: bool = True) -> FB:
    b = FB(c, "gcn-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if mac:
        b.header("x-stb-mac", b.id("stb_mac", "nosep_upper", "header x-stb-mac"))
    return b


def boot(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/v1/stb/boot")
    b.json(
        {
            "stbSerial": b.id("stb_serial", where="json stbSerial"),
            "ethMac": b.id("stb_mac", where="json ethMac"),
            "vcNo": b.id("stb_vc_no", where="json vcNo (CA smartcard number)"),
            "caChipId": b.id("stb_chip_id", where="json caChipId"),
            "sw": "3.2.7",
            "region": "AHD-07",
        }
    )
    b.ok_json({"subscriber": b.acct("stb_subscriber"), "epgHost": MW, "status": "ACTIVE"})
    return b.build()


def tune(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    prev = c.rng.choice([n for n, _ in CHANNELS if n != ch])
    b = _b(c, "GET", f"{MW}/t.gif", mac=False)
    b.view("query e=tune channel / prev_channel / prev_watch_sec")
    b.param("e", "tune")
    b.param("channel", str(ch))
    b.param("channel_name", name)
    b.param("prev_channel", str(prev))
    b.param("prev_watch_sec", str(c.rng.randint(5, 7200)))
    b.param("ts", str(int(c.now)))
    b.param("stb_serial", b.id("stb_serial", where="query stb_serial"))
    b.param("mac", b.id("stb_mac", "nosep", "query mac"))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def last_channel(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{MW}/api/v1/stb/resume")
    b.view("response json lastChannel / watchedUntil (last watched channel)", direction="response")
    b.ok_json(
        {
            "lastChannel": ch,
            "lastChannelName": name,
            "watchedUntil": ist(c.now - c.rng.randint(600, 40000)),
            "volume": c.rng.randint(10, 40),
        }
    )
    return b.build()


def qos_heartbeat(c: Context) -> Flow:
    b = FB(c, "gcn-stb", "POST", f"{MW}/hb", http_version="HTTP/1.1")
    b.header("user-agent", "gcnqos/0.9")
    chip = b.id_raw("stb_chip_id", "raw_bytes", "binary body bytes 0-3 (chip id)")
    b.view("binary (channel, seconds) pairs", detectable=False)
    pairs = [
        (c.rng.choice(CHANNELS)[0], c.rng.randint(30, 3600)) for _ in range(c.rng.randint(1, 4))
    ]
    body = (
        bytes.fromhex(chip)
        + struct.pack(">I", int(c.now))
        + b"".join(struct.pack(">HI", ch, s) for ch, s in pairs)
    )
    b.set_body(body, "application/octet-stream")
    b.respond(200, "application/octet-stream", b"\x00\x01")
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/cas/entitlement")
    b.param("vc_no", b.id("stb_vc_no", where="query vc_no"))
    b.ok_json({"packages": ["GUJ-VALUE", "SPORTS-ADDON"], "validTill": ist(c.now + 20 * 86400)})
    return b.build()


def epg(c: Context) -> Flow:
    ch, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{MW}/api/v1/epg?channel={ch}&hours=6", mac=False)
    b.decoy("programme guide: start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "channel": name,
            "kaaryakram": [
                {"title": t, "start": t0 + i * 3600, "duration": 3600}
                for i, t in enumerate(["Samachar", "Garba Raas Live", "Gujarati Film", "Bhajan"])
            ],
        }
    )
    return b.build()


def lineup(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/lineup?region=AHD-07", mac=False)
    b.decoy("channel list with numbers (catalogue)")
    b.ok_json({"channels": [{"lcn": ch, "name": n, "hd": ch > 200} for ch, n in CHANNELS]})
    return b.build()


def packages(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/packages", mac=False)
    b.decoy("package prices with validity durations")
    b.ok_json(
        {
            "packages": [
                {"id": "GUJ-VALUE", "price": rf(c.rng, 180, 260, 0), "validityDays": 30},
                {"id": "SPORTS-ADDON", "price": rf(c.rng, 60, 120, 0), "validityDays": 30},
            ]
        }
    )
    return b.build()


def ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/ping?t={ms(c)}", mac=False)
    b.ok_json({"pong": new_hex(c.rng, 8)})
    return b.build()
