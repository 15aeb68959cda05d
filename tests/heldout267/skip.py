"""The trawler "Norðborg": a satellite-internet TV box in each crew cabin.

The shipowner supplies and inventories the boxes (serial, MAC and vessel in
every call): they are the company's equipment, not a person's device, so
their ids are no device_id. What one cabin watches is that cabin's viewing
history: the box logs it in Faroese XML (`hyggjulogg`: `kahytt`, `rás`,
`sending`, `byrjað`, `sekund`), and a bandwidth-saving build sends the same
rows as packed binary (channel number, programme id, start, seconds) in hex
under `d`. The channel list, the EPG and the satellite link's status (beam,
signal, the ship's position) are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf

API = "https://tv.sjonet-sat.example"
RASIR = ["KVF", "DR1", "DR2", "TV 2", "NRK1", "Eurosport 1", "TV 2 Sport"]
SENDINGAR = ["Dagur og vika", "TV Avisen", "Landsdækkende vejr", "Fodbold: FC Klaksvík", "Matador"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nordborg-box", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "SatBox/2.3 (STB; Linux 4.9)")
    b.header("x-box", c.phone.ship_box_serial)
    b.decoy("shipowner's cabin box serial in x-box (company equipment, not a person's device)")
    return b


def hyggjulogg(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hyggjulogg")
    b.view("xml hyggja rás/sending/byrjað/sekund (one cabin's viewing)")
    rows = "".join(
        f"<hyggja><rás>{c.rng.choice(RASIR)}</rás><sending>{c.rng.choice(SENDINGAR)}</sending>"
        f"<byrjað>{iso(c)}</byrjað><sekund>{c.rng.randint(60, 3600)}</sekund></hyggja>"
        for _ in range(c.rng.randint(1, 4))
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><hyggjulogg>'
        f"<skip>{c.phone.ship_vessel}</skip><kahytt>{c.rng.randint(1, 9)}</kahytt>"
        f"<mac>{c.phone.ship_box_mac}</mac>{rows}</hyggjulogg>"
    )
    b.set_body(xml.encode(), "application/xml; charset=utf-8")
    b.respond(200, "application/xml", b"<ok/>")
    return b.build()


def binlogg(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/b")
    b.view("form d (hex of packed channel/programme/start/seconds records)", detectable=False)
    recs = b"".join(
        struct.pack(
            "<HIIH",
            c.rng.randint(1, 7),
            c.rng.randint(10**5, 10**6),
            int(c.now) - c.rng.randint(0, 9000),
            c.rng.randint(60, 3600),
        )
        for _ in range(c.rng.randint(2, 5))
    )
    b.set_body(
        f"d={recs.hex()}&k={c.rng.randint(1, 9)}".encode(), "application/x-www-form-urlencoded"
    )
    b.respond(200, "text/plain", b"OK")
    return b.build()


def rasir(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/rasir")
    b.ok_json({"rásir": [{"nr": i + 1, "navn": r} for i, r in enumerate(RASIR)]})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/epg?ras={c.rng.randint(1, 7)}")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json({"skrá": [{"sending": s, "byrjar": t0 + i * 1800} for i, s in enumerate(SENDINGAR)]})
    return b.build()


def linkstatus(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/samband")
    b.decoy("the ship's position, beam and signal (no person's location, no viewing)")
    b.json(
        {
            "skip": c.phone.ship_vessel,
            "støða": {"lat": rf(c.rng, 61.5, 63.5, 4), "lon": rf(c.rng, -9.5, -4.0, 4)},
            "geisli": "EU-N" + str(c.rng.randint(1, 6)),
            "signal_db": rf(c.rng, 6, 14, 1),
            "mac": c.phone.ship_box_mac,
            "firmware": "2.3." + str(c.rng.randint(0, 9)),
            "boot": new_hex(c.rng, 8),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
