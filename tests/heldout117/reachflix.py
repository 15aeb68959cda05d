"""Reachflix: a Khmer streaming app (Chinese and Thai dramas dubbed in Khmer).

Its in-house team writes player events with Khmer-script keys (ភាគ episode,
រយៈពេលមើល time watched) and romanised ones in the continue-watching list; a
compact beacon packs rows under numeric keys, gzipped and base64'd.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.reachflix.example"
UA = ua("Reachflix", "3.8.2")
SHOWS = ["ស្នេហ៍ក្រោមដើមសាគូរ៉ា", "Neak Mday Chong Kroay", "ក្មេងស្រីភូមិ", "Khmer Dub: Love 020"]


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "reachflix", method, url)
    b.header("user-agent", UA)
    if install:
        b.header("x-rf-install", b.id("kh_install", where="header x-rf-install"))
    return b


def player_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/player/event")
    b.view("json រយៈពេលមើល (seconds watched) / ភាគ (episode), Khmer-script keys")
    total = c.rng.randint(2400, 2900)
    b.json(
        {
            "ព្រឹត្តិការណ៍": c.rng.choice(["ចាក់", "ផ្អាក", "បន្ត", "បញ្ចប់"]),
            "រឿង": c.rng.choice(SHOWS),
            "ភាគ": c.rng.randint(1, 60),
            "រយៈពេលមើល": c.rng.randint(20, total),
            "សរុប": total,
            "ម៉ោង": iso(c),
            "android_id": b.id("aid_kh", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/kompong-meul?lang=km")
    b.view("response json mean_meul[].pel_meul (romanised: watched time)", direction="response")
    b.ok_json(
        {
            "mean_meul": [
                {
                    "rueng_id": c.rng.randint(1000, 9999),
                    "chhmuos": c.rng.choice(SHOWS),
                    "phéak": c.rng.randint(1, 60),
                    "pel_meul": c.rng.randint(60, 2700),
                    "meul_chong_kroay": iso(c),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """Rows [show, ep, sec, ts] under key '3', gzip then base64 in form field 'd'."""
    b = _b(c, "POST", f"{API}/c", install=False)
    b.view("form d = base64(gzip(json {'3': rows}))", detectable=False)
    rows = [
        [c.rng.randint(1000, 9999), c.rng.randint(1, 60), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.form([("v", "2"), ("d", b64(gz(jsb({"1": 7, "3": rows}))))])
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home?lang=km&rail=trending", install=False)
    b.decoy("home rails incl. 'ពេញនិយម' trending with view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "rails": [
                {
                    "ចំណងជើង": "ពេញនិយម",
                    "items": [
                        {"id": c.rng.randint(1000, 9999), "views": c.rng.randint(10**4, 10**6)}
                        for _ in range(6)
                    ],
                }
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(
        c,
        "reachflix",
        "GET",
        f"https://vod.reachflix.example/hls/{c.rng.randint(1000, 9999)}/index.m3u8",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("stream manifest fetch (not a report of watching)")
    text = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1200000,RESOLUTION=854x480\n480p.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def search(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v3/search?q=%E1%9E%9F%E1%9F%92%E1%9E%93%E1%9F%81%E1%9E%A0%E1%9F%8D",
        install=False,
    )
    b.decoy("search results with episode durations")
    b.ok_json({"results": [{"id": c.rng.randint(1000, 9999), "duration": 2700} for _ in range(5)]})
    return b.build()


def subscribe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/billing/aba-payway", install=False)
    b.decoy("payment with transaction id (not a device id)")
    b.json({"plan": "monthly_2usd", "tran_id": rid(c.rng), "currency": "USD"})
    b.ok_json({"status": 0, "checkout_qr": "ABA KHQR " + rid(c.rng)})
    return b.build()
