"""Tanghali TV: a noontime-show and news network's app (live stream + news).

The live player logs which channel the viewer tuned to and for how long
(`/live/tuning-log`, Taglish: `kanal`, `simula`, `tagal_seg`); the noontime show's
replay reports `nasaan_na` (where the viewer is in the replay). A second, compact
player beacon uses numeric keys only. Reading news articles is reading, not
watching; the show's text votes, the schedule and the ratings board (all viewers)
are ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, app_builder, iso, ms, rid, ua

API = "https://api.tanghalitv.example"
UA = ua("TanghaliTV", "3.18.0")
CHANNELS = ["TTV-7 Manila", "TTV Cebu", "TTV Ilocos", "TTV News 24"]
SEGMENTS = ["Pabida Portion", "Bida ng Barangay", "Tawag ng Tanghalan Jr.", "Balitang Tanghali"]


def _b(c: Context, method: str, url: str) -> FB:
    b = app_builder(c, "tanghalitv", method, url, UA)
    b.header("x-install-id", b.id("tanghali_install", where="header x-install-id"))
    return b


def tuning_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/live/tuning-log")
    b.view("json tuning[] kanal + simula + tagal_seg (live channel tuning)")
    b.json(
        {
            "androidId": b.id("aid_tanghali", where="json androidId"),
            "tuning": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "simula": iso(c),
                    "tagal_seg": c.rng.randint(30, 5400),
                    "palabas": c.rng.choice(SEGMENTS),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.no_content()
    return b.build()


def replay_position(c: Context) -> Flow:
    ep = f"ttv-tanghali-{c.rng.randint(20240101, 20241130)}"
    b = _b(c, "PUT", f"{API}/v1/replay/{ep}/nasaan-na")
    b.view("path replay/{ep}/nasaan-na + json nasaan_na_seg (replay position)")
    b.json({"nasaan_na_seg": c.rng.randint(60, 10800), "bahagi": c.rng.choice(SEGMENTS)})
    b.no_content()
    return b.build()


def numeric_beacon(c: Context) -> Flow:
    """Player beacon with numeric keys: channel code, seconds, epoch; nothing readable."""
    b = _b(c, "GET", f"{API}/px.gif")
    b.view("query 1=channel code, 2=seconds, 3=ts", detectable=False)
    b.params += [
        ("1", str(c.rng.randint(1, 4))),
        ("2", str(c.rng.randint(10, 3600))),
        ("3", str(ms(c))),
        ("4", "a"),
    ]
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "install_id": b.id("tanghali_install", where="json install_id"),
            "android_id": b.id("aid_tanghali", where="json android_id"),
            "advertising_id": b.id("gaid", where="json advertising_id"),
            "plataporma": "android",
            "modelo": "RMX3851",
        }
    )
    b.ok_json({"rehistrado": True})
    return b.build()


def news_article(c: Context) -> Flow:
    aid = c.rng.randint(100000, 999999)
    b = _b(c, "GET", f"{API}/v1/balita/{aid}")
    b.decoy("news article fetch with reading time (reading is not watching)")
    b.ok_json(
        {
            "balita_id": aid,
            "pamagat": "Bagyong papalapit sa Hilagang Luzon, signal no. 2 sa Ilocos Norte",
            "minutong_basa": c.rng.randint(2, 8),
            "nailathala": iso(c),
            "lugar": {"lat": 18.19, "lon": 120.59},
        }
    )
    return b.build()


def read_progress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/balita/nabasa")
    b.decoy("article read depth: reading, not viewing history")
    b.json({"balita_id": c.rng.randint(100000, 999999), "scroll_pct": c.rng.randint(10, 100)})
    b.no_content()
    return b.build()


def vote(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/boto")
    b.decoy("text vote for a contestant; vote id")
    b.json({"kalahok": f"k{c.rng.randint(1, 8)}", "boto_id": rid(c.rng), "bilang": 1})
    b.ok_json({"salamat": True})
    return b.build()


def schedule(c: Context) -> Flow:
    b = FB(c, "tanghalitv", "GET", f"{API}/v1/iskedyul?petsa=ngayon")
    b.header("user-agent", UA)
    b.decoy("programme schedule (EPG), channel names and times")
    b.ok_json(
        {
            "iskedyul": [
                {"oras": f"{h:02d}:00", "palabas": c.rng.choice(SEGMENTS)} for h in (11, 12, 13, 16)
            ]
        }
    )
    return b.build()


def ratings_board(c: Context) -> Flow:
    b = FB(c, "tanghalitv", "GET", f"{API}/v1/ratings/kahapon")
    b.header("user-agent", UA)
    b.decoy("household ratings per show across all viewers (aggregate)")
    b.ok_json(
        {"ratings": [{"palabas": s, "share_pct": round(c.rng.uniform(3, 25), 1)} for s in SEGMENTS]}
    )
    return b.build()
