"""Tsisperi TV: a Georgian streaming and IPTV service (series, films, live rugby and
football) on the phone and on the telco's Android TV set-top box.

The in-house backend team writes keys in informal romanised Georgian (`naxvis_dro`,
`pozicia_wm`: "wm" for წამი, seconds), the box firmware team, from a Russian-speaking
vendor, in transliterated Russian (`kanal`, `nachalo`, `dlitelnost`). The box
identifies itself by its serial and Ethernet MAC on every call, as telco middleware does.
Catalogue rails, EPG, league tables and stream manifests are not viewing history.
"""

from __future__ import annotations

import base64
import zlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tsisperi.example"
STB = "https://stb.tsisperi.example"
CDN = "https://cdn.tsisperi.example"
UA = ua("TsisperiTV", "4.8.2")
BOX_UA = "TsisperiSTB/2.31 (Linux; Android 11; B866V2F) ExoPlayerLib/2.18.7"
SERIES = ["Chemi Tsoli Dakalebi", "Sakhli Mtashi", "Nino da Levani", "Batumi Nights", "Dzmebi"]
CHANNELS = ["Imedi", "Rustavi 2", "1TV GPB", "Setanta Sports GE", "Silk Sport 1", "Formula"]
MATCHES = ["Georgia v Portugal (Rugby)", "Dinamo Tbilisi v Torpedo Kutaisi", "Dila v Saburtalo"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "tsisperi", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("accept-language", "ka-GE,ka;q=0.9,ru;q=0.6")
    if device:
        b.header("x-device-id", b.id("aid_stream", where="header x-device-id"))
    return b


def _box(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tsisperi-stb", method, url)
    b.header("user-agent", BOX_UA)
    b.header("x-stb-serial", b.id("box_serial", where="header x-stb-serial"))
    b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    return b


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/player/heartbeat")
    b.view("json kontenti_id + pozicia_wm + naxvis_dro")
    total = c.rng.randint(2400, 3300)
    b.json(
        {
            "kontenti_id": f"ser_{c.rng.randint(1000, 9999)}",
            "satauri": c.rng.choice(SERIES),
            "sezoni": c.rng.randint(1, 4),
            "seria": c.rng.randint(1, 24),
            "pozicia_wm": c.rng.randint(10, total),
            "xangrdzlivoba_wm": total,
            "naxvis_dro": iso(c),
            "movlena": c.rng.choice(["play", "pause", "heartbeat", "heartbeat"]),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/profile/gaagrdzele-kureba")
    b.view("response json gaagrdzele[].pozicia_wm", direction="response")
    b.ok_json(
        {
            "gaagrdzele": [
                {
                    "kontenti_id": f"ser_{c.rng.randint(1000, 9999)}",
                    "satauri": c.rng.choice(SERIES),
                    "pozicia_wm": c.rng.randint(60, 2800),
                    "procenti": c.rng.randint(3, 97),
                    "bolos_naxva": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def live_match_progress(c: Context) -> Flow:
    """Live sport on the phone: Mkhedruli keys, as the sport squad's web-view sends them."""
    b = _b(c, "POST", f"{API}/v3/live/sport/ყურება")
    b.view("json ყურების_წამები + მატჩი (path ყურება)")
    b.json(
        {
            "მატჩი": c.rng.choice(MATCHES),
            "არხი": c.rng.choice(CHANNELS[3:]),
            "ყურების_წამები": c.rng.randint(60, 5400),
            "დაწყება": iso(c),
        }
    )
    b.no_content()
    return b.build()


def box_zapping_log(c: Context) -> Flow:
    """The box reports which channels were tuned and for how long (Russian transliteration)."""
    b = _box(c, "POST", f"{STB}/mw/stat/zapping")
    b.view("json pereklyucheniya[].kanal + nachalo + dlitelnost")
    b.json(
        {
            "pereklyucheniya": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "nomer": c.rng.randint(1, 180),
                    "nachalo": ms(c) - c.rng.randint(60000, 3600000),
                    "dlitelnost": c.rng.randint(5, 3600),
                }
                for _ in range(c.rng.randint(2, 8))
            ],
            "proshivka": "2.31.4",
        },
        "gzip",
    )
    b.ok_json({"status": "ok"})
    return b.build()


def box_packed_stats(c: Context) -> Flow:
    """Older middleware: one base64 deflate blob under `d`, nothing readable outside it."""
    b = FB(c, "tsisperi-stb", "POST", f"{STB}/mw/s")
    b.header("user-agent", BOX_UA)
    b.view("form d (deflate+base64 rows of channel, start, seconds)", detectable=False)
    rows = [[c.rng.randint(1, 180), ms(c), c.rng.randint(5, 3600)] for _ in range(6)]
    blob = base64.b64encode(zlib.compress(js(rows).encode())).decode()
    b.form(
        [
            ("d", blob),
            ("h", b.id("box_mac", "md5_of_nosep", "form h", detectable=False)),
            ("v", "7"),
        ]
    )
    b.no_content()
    return b.build()


def box_register(c: Context) -> Flow:
    b = _box(c, "POST", f"{STB}/mw/device/register")
    b.json(
        {
            "serial": b.id("box_serial", where="json serial"),
            "mac": b.id("box_mac", "lower", "json mac"),
            "androidId": b.id("aid_box", where="json androidId"),
            "model": "B866V2F",
            "contract": b.acct("stream_user"),
        }
    )
    b.ok_json({"token": rid(c.rng).replace("-", ""), "ttl": 86400})
    return b.build()


def phone_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/config")
    b.param("ad_id", b.id("gaid", where="query ad_id"))
    b.param("ena", "ka")
    b.ok_json({"features": {"downloads": True, "sport_pass": c.rng.random() < 0.5}})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/rails/home?ena=ka", device=False)
    b.decoy("catalogue rails and 'most watched this week' (an aggregate over all viewers)")
    b.ok_json(
        {
            "rails": [
                {
                    "satauri": "ყველაზე ნანახი",
                    "items": [{"id": s, "naxvebi": c.rng.randint(10**3, 10**6)} for s in SERIES],
                },
                {
                    "satauri": "ახალი ეპიზოდები",
                    "items": [{"id": s, "seria": c.rng.randint(1, 24)} for s in SERIES],
                },
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _box(c, "GET", f"{STB}/mw/epg?kanal={c.rng.randint(1, 180)}&den=segodnya")
    b.decoy("programme guide with start times and durations (a content fetch)")
    b.ok_json(
        {
            "programmy": [
                {"nazvanie": m, "nachalo": iso(c), "dlitelnost": c.rng.choice([90, 105, 120])}
                for m in MATCHES
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "tsisperi", "GET", f"{CDN}/vod/{c.rng.randint(1000, 9999)}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3500000,RESOLUTION=1920x1080\n1080p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def league_table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/sport/erovnuli-liga/cxrili", device=False)
    b.decoy("league table: points and goal series (no viewing)")
    b.ok_json(
        {
            "cxrili": [
                {"gundi": t, "qula": c.rng.randint(10, 60), "gatanili": c.rng.randint(5, 50)}
                for t in ("Dinamo Tbilisi", "Torpedo", "Dila", "Saburtalo", "Dinamo Batumi")
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ძმები", "batumi", "regbi", "Сериал"])
    b = _b(c, "GET", f"{API}/v3/dzebna", device=False)
    b.param("q", q)
    b.decoy("search results (a catalogue fetch)")
    b.ok_json({"shedegebi": [{"id": s, "reitingi": rf(c.rng, 6, 9, 1)} for s in SERIES[:3]]})
    return b.build()


RENTAL_TV = {
    "mac": "5C:49:7D:1A:22:0F",
    "serial": "0B7C3HXR102254",
    "name": "Batumi flat Living Room",
}


def cast_to_rental_tv(c: Context) -> Flow:
    """Casting from the phone to the TV of the flat the family rents for the summer in Batumi:
    the TV is the landlord's, so its MAC and serial are not the household's device ids."""
    b = _b(c, "POST", f"{API}/v3/cast/session", device=False)
    b.decoy("the rented flat's TV (the landlord's device): its MAC and serial are not ours")
    b.json(
        {
            "target": RENTAL_TV,
            "kontenti_id": f"film_{c.rng.randint(100, 999)}",
            "castSession": rid(c.rng),
        }
    )
    b.ok_json({"status": "connected"})
    return b.build()
