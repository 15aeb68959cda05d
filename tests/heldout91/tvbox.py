"""The family's StarTimes-style Android TV box (DVB-T2 + OTT): it registers
itself with its MACs and serial, reports what the living room watches through
automatic content recognition (audio fingerprints matched on the box), keeps a
channel-zap log, and pings home with an encrypted status blob.

The ACR and zap-log shapes are our own; the idea follows published ACR
practice (Samba TV / Alphonso style: a matched content id with start time and
duration per viewing segment). EPG grids, firmware checks and app lists are
decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, box_ua, iso, ms, rid

BOX = "https://tvbox.nyotaon.africa"
CHANNELS = ["ST Swahili", "ST Bongo", "ST Sport Focus", "TBC1", "ITV", "NBS", "KC2", "TV10"]


def _box(c: Context, method: str, path: str) -> FB:
    b = FB(c, "tvbox", method, BOX + path, http_version="HTTP/1.1")
    b.header("user-agent", box_ua("STBox-Launcher", "3.2.7"))
    return b


def register(c: Context) -> Flow:
    b = _box(c, "POST", "/dev/v1/register")
    b.json(
        {
            "serialNumber": b.id("box_serial", where="json:serialNumber"),
            "ethMac": b.id("box_mac", where="json:ethMac"),
            "wifiMac": b.id("box_wmac", where="json:wifiMac"),
            "androidId": b.id("aid_box", where="json:androidId"),
            "model": "HD-ATV",
            "fw": "ST-ATV-11.0.3.2",
            "region": "TZ",
        }
    )
    b.ok_json({"token": rid(c.rng), "expires": 86400})
    return b.build()


def acr_report(c: Context) -> Flow:
    b = _box(c, "POST", "/acr/v2/matches")
    b.header("x-box-sn", b.id("box_serial", where="header:x-box-sn"))
    segs = []
    for _ in range(c.rng.randint(1, 4)):
        segs.append(
            {
                "content_id": f"EPG-{c.rng.randint(10**6, 10**7)}",
                "channel": c.rng.choice(CHANNELS),
                "start": ms(c) - c.rng.randint(10**5, 10**7),
                "duration_s": c.rng.randint(20, 3600),
                "confidence": round(c.rng.uniform(0.7, 1), 2),
            }
        )
    b.view("json:acr.matches[]")
    b.json({"acr": {"source": "hdmi-audio", "matches": segs}, "sent": iso(c)})
    b.no_content()
    return b.build()


def zap_log(c: Context) -> Flow:
    b = _box(c, "POST", "/stats/v1/zap")
    mac = b.id("box_mac", how="nosep", where="query:mac")
    b.param("mac", mac)
    lines = [
        f"{ms(c) - i * 61000}|{c.rng.choice(CHANNELS)}|{c.rng.randint(5, 1800)}"
        for i in range(c.rng.randint(3, 9))
    ]
    b.view("form:zaplog lines")
    b.form([("zaplog", ";".join(lines)), ("fmt", "ts|ch|secs")])
    b.ok_json({"r": 0})
    return b.build()


def status_opaque(c: Context) -> Flow:
    """Status blob whose cipher hides the serial: nothing to see for anyone."""
    b = _box(c, "POST", "/dev/v1/st")
    b.id_raw("box_serial", hidden_as="aes_cbc", where="body:cipher")
    blob = bytes(c.rng.getrandbits(8) for _ in range(96))
    b.json({"d": b64(blob), "v": 2})
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _box(c, "GET", "/epg/v1/grid")
    b.param("day", "2026-11-30")
    b.decoy("EPG grid with channel names and times")
    grid = [
        {
            "ch": ch,
            "slots": [{"start": ms(c) + i * 1800000, "title": f"Programu {i}"} for i in range(4)],
        }
        for ch in CHANNELS[:4]
    ]
    b.ok_json({"grid": grid})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _box(c, "GET", "/ota/v1/check")
    b.param("fw", "ST-ATV-11.0.3.2")
    b.param("build_hash", rid(c.rng).replace("-", ""))
    b.decoy("firmware build hash")
    b.ok_json({"update": False, "sha256": rid(c.rng).replace("-", "") * 2})
    return b.build()


__all__ = ["acr_report", "epg", "firmware", "register", "status_opaque", "zap_log"]
