"""The grandparents' room: a smart TV with ACR and the cable/IPTV box, both set
to Russian. The TV's ACR service reports matched programmes (`fingerprintMatches`),
an older firmware sends bare rows; the box's middleware logs channel tuning in
Russian (`канал`, `начало`, `длительность_сек`) and its EPG. The EPG, the box's
firmware check and the channel lineup are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid

ACR = "https://acr.tvision-smart.example"
BOX = "https://mw.cablenet-iptv.example"
TV_UA = "TVision/7.0 (Linux; Tizen 7.0) SmartTV"
BOX_UA = "CableNetSTB/5.2 (Linux; Android 9; HTB-4K)"
CHANNELS = ["Israel Plus 9", "Первый канал", "Россия 1", "Kan 11", "Keshet 12", "Sport 5"]
SHOWS = ["Время", "Поле чудес", "Ha'Ach Hagadol", "Ligat ha'Al Live", "Mahadurat Chadashot"]


def _tv(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tvision-acr", method, url)
    b.header("user-agent", TV_UA)
    return b


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cablenet-stb", method, url)
    b.header("user-agent", BOX_UA)
    b.header("x-stb-serial", b.id("box_serial", where="header x-stb-serial"))
    return b


def acr_report(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/v4/matches")
    b.view("json fingerprintMatches[] (channel, programme, start, seconds)")
    b.json(
        {
            "tvId": b.id("tv_acr_id", where="json tvId (ACR id)"),
            "fingerprintMatches": [
                {
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(SHOWS),
                    "matchStart": iso(c),
                    "seconds": c.rng.randint(60, 3600),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_rows(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/v1/r")
    b.view("json m[] bare rows [channel no, epoch, seconds]", detectable=False)
    b.json({"m": [[c.rng.randint(1, 120), ms(c), c.rng.randint(30, 1800)] for _ in range(4)]})
    b.no_content()
    return b.build()


def tv_register(c: Context) -> Flow:
    b = _tv(c, "POST", f"{ACR}/v4/device")
    b.json(
        {
            "tvId": b.id("tv_acr_id", where="json tvId"),
            "serialNo": b.id("tv_serial", where="json serialNo"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "country": "IL",
            "acrOptIn": True,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = _box(c, "POST", f"{BOX}/stb/v2/журнал")
    b.view("json переключения[] канал + начало + длительность_сек (Russian keys)")
    b.json(
        {
            "переключения": [
                {
                    "канал": c.rng.choice(CHANNELS),
                    "передача": c.rng.choice(SHOWS),
                    "начало": iso(c),
                    "длительность_сек": c.rng.randint(30, 5400),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    b.no_content()
    return b.build()


def box_heartbeat(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/stb/v2/ping")
    b.param("mac", b.id("box_mac", where="query mac"))
    b.param("up", str(c.rng.randint(100, 10**6)))
    b.ok_json({"cmd": None})
    return b.build()


def epg(c: Context) -> Flow:
    b = _box(c, "GET", f"{BOX}/epg/v1/grid?lang=ru&hours=6")
    b.decoy("programme guide with start times and durations (content fetch)")
    b.ok_json(
        {
            "сетка": [
                {
                    "канал": ch,
                    "передача": c.rng.choice(SHOWS),
                    "начало": iso(c),
                    "длительность_мин": c.rng.choice([30, 60, 90]),
                }
                for ch in CHANNELS
            ]
        }
    )
    return b.build()


def lineup(c: Context) -> Flow:
    b = FB(c, "cablenet-stb", "GET", f"{BOX}/epg/v1/channels")
    b.header("user-agent", BOX_UA)
    b.decoy("channel lineup with numbers")
    b.ok_json(
        {
            "channels": [{"no": i + 1, "name": ch} for i, ch in enumerate(CHANNELS)],
            "etag": rid(c.rng),
        }
    )
    return b.build()
