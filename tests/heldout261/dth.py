"""Nilachal DTH: the living-room satellite set-top box in Bhubaneswar.

The box (serial, Ethernet/Wi-Fi MAC, its SoC chip id) talks plain HTTP/1.1 to
the operator's middleware. At boot it registers; every few minutes it posts
a viewing log in XML (channel, start and end of each tune) with its serial;
a watchdog carries the chip id; the OTA check puts the serial in the query.
The operator's audience-measurement agent sends a packed binary record of
tunes (channel number, seconds) with an MD5 of the MAC in a header. The EPG
and the channel list are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid

MW = "http://mw.nilachaldth.example"
UA = "NDT-STB/5.2.7 (Linux; STiH418; HD-Combo)"
CHANNELS = [
    (101, "Tarang TV"),
    (102, "Colors Odia"),
    (103, "Zee Sarthak"),
    (104, "Sidharth TV"),
    (110, "DD Odia"),
    (201, "Rang"),
    (202, "Prag News"),
    (203, "News Live"),
    (210, "DD Assam"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nilachaldth", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def boot_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/stb/v1/boot")
    b.form(
        [
            ("serial", b.id("stb_serial", where="form serial")),
            ("mac", b.id("stb_mac", "nosep_upper", "form mac (no separators)")),
            ("chipid", b.id("stb_chip_id", where="form chipid")),
            ("fw", "5.2.7"),
            ("vc", b.acct("dth_subscriber")),
        ]
    )
    b.ok_json({"status": "ACTIVE", "pack": "Odia Mega HD", "token": rid(c.rng)})
    return b.build()


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/stb/v1/viewlog")
    b.view("xml ViewingLog/Event ch/start/end")
    serial = b.id("stb_serial", where="xml ViewingLog@stb")
    events = []
    t = int(c.now) - 1800
    for _ in range(c.rng.randint(2, 5)):
        num, name = c.rng.choice(CHANNELS)
        dur = c.rng.randint(60, 1500)
        events.append(f'<Event ch="{num}" name="{name}" start="{t}" end="{t + dur}"/>')
        t += dur
    xml = f'<?xml version="1.0"?><ViewingLog stb="{serial}" v="2">{"".join(events)}</ViewingLog>'
    b.set_body(xml.encode(), "application/xml")
    b.respond(200, "text/plain", b"OK")
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/stb/v1/alive")
    b.param("chipid", b.id("stb_chip_id", where="query chipid"))
    b.param("up", str(c.rng.randint(1000, 900000)))
    b.respond(200, "text/plain", b"1")
    return b.build()


def ota_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/ota/check")
    b.param("sn", b.id("stb_serial", where="query sn"))
    b.param("model", "HD-Combo")
    b.param("ver", "5.2.7")
    b.ok_json({"update": False})
    return b.build()


def audience_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "http://am.nilachaldth.example/r")
    b.header("x-h", b.id("stb_mac", "md5", "header x-h (md5 of MAC)", detectable=False))
    b.view("binary body: packed (channel u16, start u32, seconds u16) records", detectable=False)
    recs = b""
    for _ in range(c.rng.randint(3, 8)):
        recs += struct.pack(
            "<HIH",
            c.rng.choice(CHANNELS)[0],
            int(c.now) - c.rng.randint(0, 3600),
            c.rng.randint(30, 1800),
        )
    b.set_body(b"AM\x02" + recs, "application/octet-stream")
    b.respond(204, None)
    return b.build()


def epg(c: Context) -> Flow:
    num, name = c.rng.choice(CHANNELS)
    b = _b(c, "GET", f"{MW}/epg/v1/{num}?date={iso(c)[:10]}")
    b.decoy("programme guide with start times")
    b.ok_json(
        {
            "channel": name,
            "programmes": [
                {"title": "Khabar", "start": "20:00", "end": "20:30"},
                {"title": "Sindura Bindu", "start": "20:30", "end": "21:00"},
            ],
        }
    )
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/stb/v1/channels?pack=OMHD&t={ms(c)}")
    b.ok_json({"channels": [{"lcn": n, "name": nm} for n, nm in CHANNELS]})
    return b.build()


def banner(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/stb/v1/banner?slot=home")
    b.ok_json({"img": b64(b"banner"), "text": "Ratha Yatra live in 4K"})
    return b.build()
