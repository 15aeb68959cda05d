"""The family's IPTV set-top box (a Dialog-ViU / PEO-TV-like service, box bought outright).

The box's middleware logs channel tuning: `nalikawa_maru` (channel change)
events with the channel, the time tuned in and the seconds stayed: a live
channel tuning log, viewing history. Its login sends the box's serial and
Ethernet MAC; the conditional-access card number is a further id of the
family's own box. The older firmware ships the tuning log as a base64 line
blob and identifies itself by an MD5 of its MAC under `h`. The programme
guide (`wadasatahan`), VOD catalogue and health pings (CPU temperature,
uptime) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf

MW = "https://mw.lankaviu.example"
UA = "LankaViU-STB/5.4.11 (Linux; ZXV10 B866V2; Android TV 9)"
CHANNELS = [
    "Rupavahini",
    "ITN",
    "Derana",
    "Sirasa",
    "Hiru TV",
    "Shakthi TV",
    "Vasantham",
    "Star Sports 1",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "lankaviu-stb", method, url)
    b.header("user-agent", UA)
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/mw/v2/stb/login")
    b.json(
        {
            "stbSerial": b.id("stb_serial", where="json stbSerial"),
            "stbMac": b.id("stb_mac", where="json stbMac"),
            "casCardNo": b.id("stb_cas", where="json casCardNo"),
            "fw": "5.4.11",
        }
    )
    b.ok_json({"token": b64(str(ms(c))), "region": "COL"})
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/mw/v2/stb/events")
    b.header("x-stb-mac", b.id("stb_mac", where="header x-stb-mac"))
    b.view("json nalikawa_maru[] (channel tuning log with seconds stayed)")
    b.json(
        {
            "nalikawa_maru": [
                {
                    "nalikawa": c.rng.choice(CHANNELS),
                    "patan_gaththa": iso(c),
                    "rendi_thathpara": c.rng.randint(20, 3600),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    b.no_content()
    return b.build()


def vod_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/mw/v2/vod/bookmark")
    b.header("x-stb-serial", b.id("stb_serial", where="header x-stb-serial"))
    b.view("json vodId + bookmarkSec (VOD resume point)")
    b.json({"vodId": f"v{c.rng.randint(10**4, 10**5)}", "bookmarkSec": c.rng.randint(60, 6000)})
    b.no_content()
    return b.build()


def legacy_log(c: Context) -> Flow:
    b = FB(c, "lankaviu-stb", "GET", f"{MW}/l.gif")
    b.header("user-agent", "STB/4.9")
    b.view("query z (base64 'channel,start,seconds' lines)", detectable=False)
    lines = ";".join(f"{c.rng.randint(1, 120)},{ms(c)},{c.rng.randint(20, 3600)}" for _ in range(3))
    b.param("h", b.id("stb_mac", "md5", "query h (MD5 of MAC)", detectable=False))
    b.param("z", b64(lines))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def health(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/mw/v2/stb/health")
    b.decoy("box health: CPU temperature, uptime, signal figures")
    b.json(
        {
            "cpuTemp": rf(c.rng, 48, 72, 1),
            "uptimeSec": c.rng.randint(10**3, 10**6),
            "snr": rf(c.rng, 20, 38, 1),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/mw/v2/epg?nalikawa={c.rng.randint(1, 120)}")
    b.decoy("programme guide (wadasatahan) with start times and durations")
    b.ok_json(
        {
            "wadasatahan": [
                {"nama": n, "arambha": iso(c), "winadi": c.rng.choice([30, 60])}
                for n in ("Pravurthi", "Teledrama", "Cricket Live")
            ]
        }
    )
    return b.build()


def vod_catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/mw/v2/vod/catalogue?cat=sinhala_movies")
    b.decoy("VOD catalogue with runtimes")
    b.ok_json(
        {
            "items": [
                {"vodId": f"v{c.rng.randint(10**4, 10**5)}", "mins": c.rng.randint(90, 160)}
                for _ in range(6)
            ]
        }
    )
    return b.build()
