"""The pay-TV decoder in the Kano living room (a fictional Tauraro TV satellite
bouquet with a Hausa channel pack).

The decoder's middleware checks its entitlement with the smartcard number
(an account, not the box), its serial and its Ethernet MAC, and uploads an
audience-measurement log of channel changes (`channelLog`: channel, tune-in
time, seconds watched) as return-path data, a common pay-TV practice. A
cheaper firmware's QoS probe sends rows keyed by an MD5 of the serial. The
EPG, the bouquet's channel list and the firmware check are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

API = "https://stb.tauraro-tv.example"
UA = "TauraroSTB/3.2.7 (Linux; MSTAR; TRT-HD4)"
CHANNELS = [
    (101, "Arewa24"),
    (102, "Africa Magic Hausa"),
    (103, "NTA Kano"),
    (110, "SuperSport Premier League"),
    (111, "SuperSport LaLiga"),
    (120, "Sunna TV"),
    (121, "Tauraro Fina-finai"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tauraro-stb", method, url)
    b.header("user-agent", UA)
    return b


def entitlement(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/stb/entitlement")
    b.json(
        {
            "smartcard": b.acct("dec_smartcard"),
            "stbSerial": b.id("dec_serial", where="json stbSerial"),
            "macAddress": b.id("dec_mac", where="json macAddress"),
            "firmware": "3.2.7",
            "bouquet": "HAUSA_PLUS",
        }
    )
    b.ok_json({"active": True, "expires": "2025-04-01", "channels": [ch for ch, _ in CHANNELS]})
    return b.build()


def channel_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/rpd/channel-log")
    b.header("x-stb-serial", b.id("dec_serial", where="header x-stb-serial"))
    b.view("json channelLog[] (channel, tuneIn, watchedSec)")
    rows = []
    for _ in range(c.rng.randint(2, 6)):
        num, name = c.rng.choice(CHANNELS)
        rows.append(
            {
                "channel": num,
                "channelName": name,
                "tuneIn": iso(c),
                "watchedSec": c.rng.randint(20, 5400),
            }
        )
    b.json({"channelLog": rows}, "gzip")
    b.no_content()
    return b.build()


def qos_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/q/1")
    b.form(
        [
            ("s", b.id("dec_serial", "md5", "form s", detectable=False)),
            (
                "d",
                ";".join(
                    f"{c.rng.choice(CHANNELS)[0]},{c.rng.randint(20, 5400)}" for _ in range(3)
                ),
            ),
        ]
    )
    b.view("form d (channel,seconds rows)", detectable=False)
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{API}/api/v1/epg?channel={num}&day=0")
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "channel": name,
            "events": [
                {"title": t, "start": iso(c), "durationMin": c.rng.choice([30, 60, 90])}
                for t in ("Labarai", "Dadin Kowa", "Kwana Casa'in", "Wasanni")
            ],
        }
    )
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/bouquet/HAUSA_PLUS/channels")
    b.ok_json({"channels": [{"lcn": n, "name": nm} for n, nm in CHANNELS]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ota?model=TRT-HD4&ver=3.2.7")
    b.decoy("firmware md5 checksum")
    b.ok_json({"latest": "3.2.9", "md5": new_hex(c.rng, 32), "size": 41200000, "t": ms(c)})
    return b.build()
