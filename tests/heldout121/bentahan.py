"""Bentahan Live: an online-selling live-stream app (mine! mine! sellers).

The viewer's app reports which seller's live it watched and for how long
(`live_id`, `tagal_nanood_seg`, `umalis`) in Taglish; replays of past lives
log `replay_pos`. Product lists, "mine" orders with prices, the seller's
shop, live comments and viewer counts (aggregate) are ordinary. The seller's
ring-light phone in the stall is the seller's device, not the tester's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, android_ua, ms, rf, rid

API = "https://api.bentahanlive.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bentahan", method, url)
    b.header("user-agent", android_ua("BentahanLive", "1.22.0"))
    return b


def _live(c: Context) -> str:
    return f"LV{c.rng.randint(100000, 999999)}"


def nanood(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/v1/nanood")
    b.view("json live_id + tagal_nanood_seg + umalis")
    b.json(
        {
            "live_id": _live(c),
            "tagal_nanood_seg": c.rng.randint(15, 2400),
            "umalis": c.rng.random() < 0.5,
            "device_id": b.id("aid_bentahan", where="json device_id (ANDROID_ID)"),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def replay(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/live/v1/replay/log?live={_live(c)}"
        f"&replay_pos={c.rng.randint(0, 3000)}&kaganapan=pause",
    )
    b.view("query live + replay_pos + kaganapan=pause (replay player event)")
    b.no_content()
    return b.build()


def products(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/v1/{_live(c)}/paninda")
    b.decoy("products with prices in a live (catalogue)")
    b.ok_json(
        {
            "paninda": [
                {"sku": new_hex(c.rng, 8), "presyo": rf(c.rng, 99, 1999, 2)} for _ in range(5)
            ]
        }
    )
    return b.build()


def mine(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/order/v1/mine")
    b.decoy("'mine' order with an order id and price")
    b.json(
        {
            "live_id": _live(c),
            "sku": new_hex(c.rng, 8),
            "dami": 1,
            "order_ref": rid(c.rng),
            "mamimili": b.acct("mobile"),
        }
    )
    b.ok_json({"order": rid(c.rng), "kabuuan": rf(c.rng, 99, 1999, 2)})
    return b.build()


def viewers(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/v1/{_live(c)}/stats")
    b.decoy("viewer count and average watch time over all viewers (aggregate)")
    b.ok_json({"nanonood_ngayon": c.rng.randint(10, 4000), "avg_tagal_seg": c.rng.randint(60, 600)})
    return b.build()


def seller_stall(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/seller/v1/{c.phone.seller}")
    b.decoy(
        "the seller's own streaming phone serial and ring-light"
        " (the seller's device, not the tester's)"
    )
    b.ok_json(
        {
            "stall_device": {"serial": "R5CT" + new_hex(c.rng, 8).upper(), "model": "SM-S918B"},
            "rating": 4.8,
        }
    )
    return b.build()


def thumb(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.bentahanlive.example/live/{_live(c)}/cover.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
