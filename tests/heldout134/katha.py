"""Katha Kosh: Marathi audiobooks and stories, plus e-books to read.

Listening to an audiobook is listening (viewing history by the issue's
definition); reading an e-book is not, however alike its progress keys look.
The listening sync is encrypted by the app (AES, base64 under `payload`).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from . import trackers
from .phone import FB, iso, ms, ua

API = "https://api.kathakosh.example"
UA = ua("KathaKosh", "2.7.4")
BOOKS = [
    ("kk_shyamchi_aai", "श्यामची आई"),
    ("kk_mrutyunjay", "मृत्युंजय"),
    ("kk_batatyachi_chal", "बटाट्याची चाळ"),
    ("kk_shriman_yogi", "श्रीमान योगी"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "kathakosh", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-device", b.id("aid_katha", where="header x-device"))
    return b


def listen_progress(c: Context) -> Flow:
    bid, name = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"{API}/v1/audiobook/{bid}/aiklela-bhag")
    b.view("json ऐकलेला_वेळ / adhyay (Marathi: time listened / chapter)")
    b.json(
        {
            "pustak": name,
            "adhyay": c.rng.randint(1, 30),
            "ऐकलेला_वेळ": c.rng.randint(60, 3000),
            "sthiti_sec": c.rng.randint(60, 3000),
            "vel": iso(c),
        }
    )
    b.no_content()
    return b.build()


def shelf(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/aikat-aahe")
    b.view("response json aikat_aahe[].sthiti_sec", direction="response")
    b.ok_json(
        {
            "aikat_aahe": [
                {
                    "id": i,
                    "pustak": n,
                    "sthiti_sec": c.rng.randint(60, 9000),
                    "shevti_aikle": iso(c),
                }
                for i, n in c.rng.sample(BOOKS, 2)
            ]
        }
    )
    return b.build()


def listen_sync_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync")
    b.view("json payload (app-encrypted listening sync)", detectable=False)
    b.json({"payload": b64(bytes.fromhex(new_hex(c.rng, 96))), "iv": new_hex(c.rng, 32), "v": 2})
    b.ok_json({"ok": 1})
    return b.build()


def ebook_progress(c: Context) -> Flow:
    bid, name = c.rng.choice(BOOKS)
    b = _b(c, "PUT", f"{API}/v1/ebook/{bid}/vachan-pragati", device=False)
    b.decoy("e-book reading progress (reading is not watching or listening)")
    b.json(
        {
            "pustak": name,
            "pan": c.rng.randint(1, 400),
            "vachle_pct": c.rng.randint(1, 100),
            "vel": iso(c),
        }
    )
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home?bhasha=mr", device=False)
    b.decoy("catalogue with durations and listener counts (aggregate)")
    b.ok_json(
        {
            "vibhag": [
                {
                    "id": i,
                    "naav": n,
                    "kalavadhi_min": c.rng.randint(120, 900),
                    "shrote": c.rng.randint(1000, 90000),
                }
                for i, n in BOOKS
            ]
        }
    )
    return b.build()


def clevertap_chapter(c: Context) -> Flow:
    bid, _ = c.rng.choice(BOOKS)
    props = {
        "book_id": bid,
        "chapter": c.rng.randint(1, 30),
        "listen_time_sec": c.rng.randint(30, 1800),
        "ts": ms(c),
    }
    return trackers.clevertap(
        c,
        "kathakosh",
        "aid_katha",
        ("Chapter Listened", props),
        view="json [1].evtData.listen_time_sec",
    )
