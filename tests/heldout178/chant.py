"""Galoba: an Orthodox church chant and sermon app (Georgian Patriarchate choirs,
Armenian Apostolic sharakan for the relatives in Yerevan).

Its small team writes JSON keys in Mkhedruli, and the Yerevan contributor's sharakan
endpoint in Armenian script. Prayer-book reading progress is reading, not listening;
the feast-day calendar, the parish list and the donation form are ordinary.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, iso, ms, rid, ua

API = "https://api.galoba.example"
UA = ua("Galoba", "2.0.7")
CHANTS = ["შენ ხარ ვენახი", "ქრისტე აღდგა", "წმიდაო ღმერთო", "მრავალჟამიერი"]
SERMONS = ["კვირის ქადაგება", "დიდმარხვის საუბრები", "ახალგაზრდებთან შეხვედრა"]
SHARAKAN = ["Առավոտ լուսո", "Նորահրաշ պսակաւոր", "Խորհուրդ խորին"]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "galoba", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-mowyobiloba", b.id("aid_chant", where="header x-mowyobiloba"))
    return b


def sermon_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/ქადაგებები/მოსმენა")
    b.view("json ქადაგება + მოსმენილი_წამი + პოზიცია (Mkhedruli keys)")
    total = c.rng.randint(900, 3600)
    b.json(
        {
            "ქადაგება": c.rng.choice(SERMONS),
            "ქადაგების_id": c.rng.randint(100, 999),
            "პოზიცია": c.rng.randint(10, total),
            "მოსმენილი_წამი": c.rng.randint(10, total),
            "ხანგრძლივობა": total,
            "დრო": iso(c),
        }
    )
    b.no_content()
    return b.build()


def chant_played(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/galoba/listened")
    b.view("json sagaloblis_id + mosmenis_xangrdzlivoba")
    b.json(
        {
            "sagaloblis_id": c.rng.randint(1, 500),
            "saxeli": c.rng.choice(CHANTS),
            "mosmenis_xangrdzlivoba": c.rng.randint(30, 400),
            "dasrulebuli": c.rng.random() < 0.6,
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def sharakan_progress(c: Context) -> Flow:
    """The Yerevan contributor's endpoint: Armenian-script keys (լսել = to listen)."""
    b = _b(c, "POST", f"{API}/hy/շարական/լսում")
    b.view("json շարական + լսած_վայրկյան (Armenian keys: hymn, seconds listened)")
    b.json(
        {
            "շարական": c.rng.choice(SHARAKAN),
            "լսած_վայրկյան": c.rng.randint(20, 600),
            "ժամանակ": iso(c),
        }
    )
    b.no_content()
    return b.build()


def packed_history(c: Context) -> Flow:
    """Batched play history, gzip then base64 in a one-letter field."""
    b = _b(c, "POST", f"{API}/api/sync")
    b.view("json p (gzip+base64 of [id, seconds, ts] rows)", detectable=False)
    rows = [[c.rng.randint(1, 999), c.rng.randint(20, 3600), ms(c)] for _ in range(5)]
    b.json({"p": base64.b64encode(gzip.compress(js(rows).encode(), mtime=0)).decode(), "v": 2})
    b.no_content()
    return b.build()


def prayer_reading(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/lotsvani/progress")
    b.decoy("prayer-book reading progress (reading is not watching or listening)")
    b.json(
        {
            "lotsva": c.rng.choice(["დილის ლოცვები", "საღამოს ლოცვები", "ფსალმუნი 50"]),
            "gverdi": c.rng.randint(1, 120),
            "procenti": c.rng.randint(1, 100),
            "dro": iso(c),
        }
    )
    b.no_content()
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/kalendari?tve={c.rng.randint(1, 12)}", device=False)
    b.decoy("church calendar of feasts with dates (content)")
    b.ok_json(
        {
            "dgesaswaulebi": [
                {
                    "saxeli": n,
                    "tarigi": f"2024-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 28):02d}",
                }
                for n in ("გიორგობა", "მარიამობა", "ნინოობა", "შობა")
            ]
        }
    )
    return b.build()


def popular_chants(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/galoba/popularuli", device=False)
    b.decoy("most-listened chants with totals (an aggregate over all listeners)")
    b.ok_json({"items": [{"saxeli": n, "mosmenebi": c.rng.randint(100, 90000)} for n in CHANTS]})
    return b.build()


def live_liturgy(c: Context) -> Flow:
    b = FB(c, "galoba", "GET", "https://live.galoba.example/sameba/index.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("live liturgy stream manifest (a fetch, not a report)")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-TARGETDURATION:6\nseg1.ts\n")
    return b.build()


def donation(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/shemowiruleba", device=False)
    b.json({"tanxa": c.rng.choice([5, 10, 20, 50]), "valuta": "GEL", "orderId": rid(c.rng)})
    b.ok_json({"status": "redirect", "url": "https://pay.example-bank.ge/checkout"})
    return b.build()
