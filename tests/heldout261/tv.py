"""Kalinga Smart TV: the living-room TV in Bhubaneswar, with automatic content recognition.

The TV registers with its serial, Wi-Fi MAC and a platform id (`psid`). Its
ACR agent samples the screen and posts what it matched (channel, programme,
offset in the programme, time) with the psid and MAC; a newer firmware posts
raw fingerprint frames gzipped with only a header token; a daily "insights"
summary reports minutes per programme. Remote key presses, home rails, the
app store and the firmware check (model and version only) are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz

from .phone import FB, iso, ms, rf, rid

ACR = "https://acr.kalingatv.example"
API = "https://api.kalingatv.example"
UA = "KalingaTV/8.1 (Linux; Android 11; KT43-FHD) ACRAgent/3.4"
SHOWS = [
    ("Colors Odia", "Sindura Bindu"),
    ("Tarang TV", "Tara Tarini"),
    ("Zee Sarthak", "Kemiti E Bandhana"),
    ("Star Sports 1", "IND vs AUS 3rd T20"),
    ("DD Odia", "Ratha Yatra Live"),
    ("Rang", "Bihu Moina"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kalingatv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "psid": b.id("tv_psid", where="json psid"),
            "model": "KT43-FHD",
            "account": b.acct("tv_account"),
        }
    )
    b.ok_json({"registered": True, "acrEnabled": True})
    return b.build()


def status_mac(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/status")
    b.param("mac", b.id("tv_mac", "lower", "query mac"))
    b.param("fw", "8.1.22")
    b.ok_json({"ok": True, "nextPoll": 3600})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/match/report")
    b.view("json matches[].channel/programme/offset_sec (ACR)")
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        ch, prog = c.rng.choice(SHOWS)
        rows.append(
            {"channel": ch, "programme": prog, "offset_sec": c.rng.randint(0, 3000), "ts": ms(c)}
        )
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "mac": b.id("tv_mac", "nosep", "json mac (no separators)"),
            "source": "HDMI1",
            "matches": rows,
        }
    )
    b.ok_json({"accepted": len(rows)})
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/fp")
    b.header("x-t", b.id("tv_psid", where="header x-t", detectable=False))
    b.view("gzip binary fingerprint frames (timestamp + 64-bit hashes)", detectable=False)
    frames = b""
    for i in range(c.rng.randint(8, 16)):
        frames += struct.pack("<IQ", int(c.now) + i, c.rng.getrandbits(64))
    b.set_body(gz(b"KFP1" + frames), "application/octet-stream")
    b.respond(204, None)
    return b.build()


def insights(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/insights/daily")
    b.view("json viewing_minutes[] per programme for the day")
    b.json(
        {
            "psid": b.id("tv_psid", where="json psid"),
            "date": iso(c)[:10],
            "viewing_minutes": [
                {"channel": ch, "title": t, "minutes": c.rng.randint(5, 120)}
                for ch, t in c.rng.sample(SHOWS, 3)
            ],
        }
    )
    b.no_content()
    return b.build()


def remote_key(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/telemetry/key")
    b.json({"key": c.rng.choice(["OK", "UP", "DOWN", "BACK", "VOL_UP"]), "t": ms(c)})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home?lang=or")
    b.decoy("recommended rails (titles, not anyone's viewing)")
    b.ok_json({"rails": [{"title": "Odia hits", "items": [s[1] for s in SHOWS[:3]]}]})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apps?cat=video&page={c.rng.randint(1, 3)}")
    b.ok_json({"apps": [{"id": "in.chhabighara.tv", "rating": rf(c.rng, 3.5, 4.8, 1)}]})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fw?model=KT43-FHD&ver=8.1.22&req={rid(c.rng)}")
    b.decoy("request id in a firmware check")
    b.ok_json({"latest": "8.1.22"})
    return b.build()
