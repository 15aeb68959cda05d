"""A living-room smart TV (Vistara 55" Android-based set) with automatic
content recognition: the TV fingerprints the screen / audio, reports matched
channel and programme, pings its maker with serial and MAC, and fetches the
EPG. The TV talks from the same home Wi-Fi as the phone.

Sources: the ACR pattern (fingerprint batches, then matched programme
reports) is described in Mohajeri Moghaddam et al., "Watching You Watch: The
Tracking Ecosystem of Over-the-Top TV Streaming Devices" (CCS 2019) and
Varmarken et al., "The TV is Smart and Full of Trackers" (PETS 2020). The
maker and its keys are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf

ACR = "https://acr.vistaratv.in"
CHANNELS = [
    ("Sun TV", "Ethirneechal"),
    ("Star Maa", "Karthika Deepam"),
    ("Zee Marathi", "Tula Shikvin"),
    ("Colors Bangla", "Ramprasad"),
    ("Vijay TV", "Bigg Boss Tamil"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vistara-tv", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "VistaraTV/ACR 3.1 (Linux; Android 11; VT55QX)")
    return b


def acr_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v2/report")
    ch, prog = c.rng.choice(CHANNELS)
    start = int(c.now) - c.rng.randint(60, 3600)
    b.json(
        {
            "tv": {
                "duid": b.id("tv_duid", where="body.tv.duid"),
                "mac": b.id("tv_mac", where="body.tv.mac"),
            },
            "matches": [
                {
                    "channel": ch,
                    "programme": prog,
                    "start": start,
                    "end": int(c.now),
                    "confidence": rf(c.rng, 0.8, 0.99, 3),
                    "source": "HDMI1",
                }
            ],
        }
    )
    b.view("body.matches[] (channel / programme / start-end)")
    b.ok_json({"ok": True})
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v2/fp")
    b.json(
        {
            "acr_version": "3.1",
            "duid": b.id("tv_duid", where="body.duid"),
            "interval_ms": 500,
            "fingerprints": [new_hex(c.rng, 16) for _ in range(12)],
            "ts": ms(c),
        }
    )
    b.view("body.fingerprints (ACR video fingerprints)")
    b.ok_json({"ok": True})
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "https://c.vistaratv.in/c")
    b.set_body(c.rng.randbytes(160), "application/octet-stream")
    b.view("binary body (opaque ACR batch)", detectable=False)
    b.no_content()
    return b.build()


def tv_ping(c: Context) -> Flow:
    b = _b(c, "POST", "https://device.vistaratv.in/v1/ping")
    b.json(
        {
            "serialNo": b.id("tv_serial", where="body.serialNo"),
            "fw": "VT55QX.11.2.33",
            "wifiMac": b.id("tv_mac", "nosep_upper", where="body.wifiMac"),
            "uptime": c.rng.randint(60, 10**6),
        }
    )
    b.ok_json({"next": 3600})
    return b.build()


def epg(c: Context) -> Flow:
    ch, _p = c.rng.choice(CHANNELS)
    b = _b(
        c,
        "GET",
        f"https://epg.vistaratv.in/v1/grid?channel={ch.replace(' ', '%20')}&date={iso(c)[:10]}",
    )
    b.ok_json({"slots": [{"start": int(c.now) + i * 1800, "title": f"Show {i}"} for i in range(6)]})
    b.decoy("programme guide fetch")
    return b.build()


def launcher_tiles(c: Context) -> Flow:
    b = _b(c, "GET", "https://home.vistaratv.in/v1/tiles?region=IN")
    b.ok_json(
        {"tiles": [{"app": a, "img": b64(new_hex(c.rng, 6))} for a in ("YouTube", "Thirai", "Sur")]}
    )
    return b.build()
