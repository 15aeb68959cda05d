"""The satellite receiver in the Yangon living room: a hybrid DVB-S2 box of a
fictional pay-DTH operator (ShweSky) with an HTTP return path over the home
Wi-Fi.

The box activates with its serial, its Ethernet MAC, the conditional-access
chip id and the smart-card number (the subscription, not the device), then
polls a heartbeat with serial and MAC in the query. Its audience module posts
zapping logs: DVB triplet (`onid`, `tsid`, `sid`), channel name, start and
dwell seconds per channel (the set-top-box return-path data audience panels
use). A cheaper firmware line posts the same as hex-packed rows keyed by an
MD5 of the bare MAC. The EIT schedule (EPG), the transponder / signal report
(frequencies, symbol rates, SNR), the entitlement check and the OTA check are
ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

API = "https://rp.shwesky.example"
UA = "ShweSky-STB/3.2.17 (DVB-S2; HS-4100; Linux 4.9)"
SERVICES = [
    (101, "MRTV"),
    (102, "MRTV-4"),
    (103, "Channel 7"),
    (105, "Mahar Bawdi"),
    (110, "Sky Net Sports 1"),
    (131, "Myanmar National TV"),
    (150, "Mizzima"),
    (201, "Fortune TV"),
]
ONID, TSID = 0x22, 0x0B


def _b(c: Context, method: str, url: str, sn: bool = True) -> FB:
    b = FB(c, "shwesky-stb", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    if sn:
        b.header("x-stb-sn", b.id("sat_serial", where="header x-stb-sn"))
    return b


def activate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v1/activate", sn=False)
    b.json(
        {
            "stbSn": b.id("sat_serial", where="json stbSn"),
            "ethMac": b.id("sat_mac", where="json ethMac"),
            "caChipId": b.id("sat_chip_id", where="json caChipId"),
            "cardNo": b.acct("sat_card"),
            "model": "HS-4100",
            "loader": "5.1",
            "sw": "3.2.17",
        }
    )
    b.ok_json({"status": "ACTIVE", "region": "YGN", "returnPath": True})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v1/hb", sn=False)
    b.param("sn", b.id("sat_serial", where="query sn"))
    b.param("mac", b.id("sat_mac", "nosep_upper", "query mac"))
    b.param("up", str(c.rng.randint(100, 900000)))
    b.ok_json({"cmd": None, "next": 900})
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v1/audience/zap")
    b.view("json zaps[] (sid, channel, start, dwellSec)")
    b.json(
        {
            "zaps": [
                {
                    "onid": ONID,
                    "tsid": TSID,
                    "sid": sid,
                    "channel": name,
                    "start": iso(c),
                    "dwellSec": c.rng.randint(10, 5400),
                }
                for sid, name in c.rng.sample(SERVICES, c.rng.randint(1, 4))
            ],
            "sw": "3.2.17",
        }
    )
    b.no_content()
    return b.build()


def audience_packed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/a/2", sn=False)
    u = b.id("sat_mac", "md5_of_nosep", "json u", detectable=False)
    b.view("json d (hex-packed rows)", detectable=False)
    rows = b"".join(
        struct.pack(">HIH", c.rng.choice(SERVICES)[0], int(c.now), c.rng.randint(10, 5400))
        for _ in range(c.rng.randint(1, 5))
    )
    b.json({"u": u, "d": rows.hex(), "n": len(rows) // 8})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    sid, name = c.rng.choice(SERVICES)
    b = _b(c, "GET", f"{API}/stb/v1/eit?sid={sid}&days=1")
    b.decoy("EIT schedule: start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "sid": sid,
            "channel": name,
            "events": [
                {"title": t, "start": t0 + i * 3600, "duration": 3600}
                for i, t in enumerate(["သတင်း", "ဇာတ်လမ်းတွဲ", "ဘောလုံး", "ရုပ်ရှင်"])
            ],
        }
    )
    return b.build()


def signal_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/stb/v1/diag/signal")
    b.decoy("transponder frequencies / symbol rates / SNR (not viewing)")
    b.json(
        {
            "lnb": "Ku-universal",
            "tp": [
                {
                    "freqMHz": f,
                    "symbolRate": 30000,
                    "pol": c.rng.choice("HV"),
                    "snr": rf(c.rng, 6, 14, 1),
                    "lock": True,
                }
                for f in (11720, 11760, 12015)
            ],
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def entitlement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v1/entitlement")
    b.param("card", b.acct("sat_card"))
    b.decoy("smart-card number and packages (subscription, not the device)")
    b.ok_json({"packages": ["BASIC", "SPORTS"], "expires": "2025-01-31", "state": "OK"})
    return b.build()


def ota(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/stb/v1/ota?model=HS-4100&sw=3.2.17", sn=False)
    b.decoy("firmware image hash")
    b.ok_json({"latest": "3.2.19", "sha256": new_hex(c.rng, 64), "size": 24117248})
    return b.build()
