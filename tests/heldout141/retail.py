"""Buckeye Mart (iPhone): a big-box retailer's app with Branch, Segment and OneTrust.

Segment gets e-commerce events (`Product Viewed`: a shopper looking at a product
page is not watching content), Branch's open call carries IDFA and IDFV, and
OneTrust stores the consent receipt. Search results, price history, weekly-ad
video tiles and store locator coordinates are look-alikes; "recently viewed
items" is a product list, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from . import sdkwire
from .phone import FB, ios_ua, iso, rf, rid

API = "https://api.buckeyemart.example"
UA = ios_ua("BuckeyeMart", "2024.47.0")
ITEMS = [
    ("000123451", "Keurig K-Mini"),
    ("000553219", "Tide Pods 81ct"),
    ("000998871", "LEGO Botanicals"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buckeyemart", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def segment_product(c: Context) -> Flow:
    sku, name = c.rng.choice(ITEMS)
    b = sdkwire.segment_track(
        c,
        "retail",
        "Product Viewed",
        {"product_id": sku, "name": name, "price": rf(c.rng, 5, 80, 2), "currency": "USD"},
        "idfv_retail",
        False,
    )
    b.decoys.append("Product Viewed e-commerce event (a product page, not watched content)")
    return b


def branch(c: Context) -> Flow:
    return sdkwire.branch_open(c, "retail", "idfv_retail")


def consent(c: Context) -> Flow:
    return sdkwire.onetrust_consent(c, "retail", "idfv_retail")


def search(c: Context) -> Flow:
    q = c.rng.choice(["coffee maker", "laundry", "lego"])
    b = _b(c, "GET", f"{API}/v3/search?q={q}&storeId=1482")
    b.decoy("search results with prices and aisle locations")
    b.ok_json(
        {
            "items": [
                {
                    "sku": s,
                    "name": n,
                    "price": rf(c.rng, 5, 80, 2),
                    "aisle": f"A{c.rng.randint(1, 40)}",
                }
                for s, n in ITEMS
            ]
        }
    )
    return b.build()


def price_history(c: Context) -> Flow:
    sku, _ = c.rng.choice(ITEMS)
    b = _b(c, "GET", f"{API}/v3/items/{sku}/price-history?days=90")
    b.decoy("90-day price series (floats over time)")
    b.ok_json({"points": [[i, rf(c.rng, 30, 60, 2)] for i in range(0, 90, 3)]})
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/recently-viewed-items")
    b.decoy("recently viewed products (shopping, not watching or listening)")
    b.ok_json({"items": [{"sku": s, "name": n, "viewedAt": iso(c)} for s, n in ITEMS]})
    return b.build()


def weekly_ad_video(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/weekly-ad/tiles")
    b.decoy("weekly-ad video tiles with durations (catalogue)")
    b.ok_json(
        {
            "tiles": [
                {"videoUrl": f"https://media.buckeyemart.example/ad{i}.mp4", "durationSec": 15}
                for i in range(3)
            ]
        }
    )
    return b.build()


def store_locator(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{API}/v3/stores?lat=39.96{c.rng.randint(10, 99)}&lon=-82.99{c.rng.randint(10, 99)}",
    )
    b.decoy("store locator coordinates")
    b.ok_json(
        {
            "stores": [
                {
                    "storeId": 1482,
                    "name": "Columbus Easton",
                    "lat": 40.05,
                    "lon": -82.91,
                    "distanceMi": rf(c.rng, 0.5, 9, 1),
                }
            ]
        }
    )
    return b.build()


def checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/cart/checkout")
    b.decoy("order and idempotency ids (not device ids)")
    b.json(
        {
            "cartId": rid(c.rng),
            "idempotencyKey": rid(c.rng),
            "fulfillment": "PICKUP",
            "rewardsId": b.acct("retail_member"),
            "email": b.id("email", where="json email (contact)"),
        }
    )
    b.ok_json({"orderId": f"BM{c.rng.randint(10**9, 10**10)}", "total": rf(c.rng, 10, 200, 2)})
    return b.build()
