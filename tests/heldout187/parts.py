"""Parts suppliers' catalogues (partsbay.example, a wholesaler's web store).

Searches, thumbnails, price histories, carts and a "recently viewed parts" rail:
the rail lists catalogue items she looked at in a shop, which is browsing, not
watching or listening (label choice: a decoy). Part numbers look like serials.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid

API = "https://api.partsbay.example"
UA = "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 Chrome/126.0 Mobile"
PARTS = [
    ("iPhone 13 OLED screen assembly (service pack)", "661-21997"),
    ("Galaxy A54 battery EB-BA546ABY", "GH82-31083A"),
    ("Pixel 7a USB-C charge port flex", "G949-00513-01"),
    ("iPhone 12 Pro Face ID flood illuminator flex", "821-02683-A"),
    ("LG OLED55C3 T-con board", "6871L-7232C"),
    ("Samsung QA65Q80C LED strip set", "BN96-56117A"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "partsbay", method, url)
    b.header("user-agent", UA)
    return b


def _item(c: Context) -> dict[str, object]:
    name, pn = c.rng.choice(PARTS)
    return {
        "title": name,
        "partNumber": pn,
        "priceAud": rf(c.rng, 9, 320, 2),
        "stock": c.rng.randint(0, 60),
    }


def search(c: Context) -> Flow:
    q = c.rng.choice(["iphone 13 screen", "a54 battery", "oled t-con", "face id flex"])
    b = _b(c, "GET", f"{API}/v2/search?q={q.replace(' ', '+')}&sort=relevance")
    b.decoy("search results with part numbers (look like serials) and prices")
    b.ok_json({"query": q, "results": [_item(c) for _ in range(8)]})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.partsbay.example/p/{new_hex(c.rng, 24)}/320.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def price_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/items/{c.rng.choice(PARTS)[1]}/price-history?days=90")
    b.decoy("price series of a part")
    base = rf(c.rng, 20, 200, 2)
    b.ok_json({"series": [[i, round(base + c.rng.gauss(0, 4), 2)] for i in range(90)]})
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/me/recently-viewed")
    b.decoy("recently viewed catalogue parts: shop browsing, not watching or listening")
    b.ok_json({"items": [{**_item(c), "viewedAt": iso(c)} for _ in range(6)]})
    return b.build()


def cart_checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/cart/checkout")
    b.decoy("trade order with ABN and delivery address")
    b.json(
        {
            "items": [{"partNumber": c.rng.choice(PARTS)[1], "qty": c.rng.randint(1, 5)}],
            "account": "TRADE-" + str(c.rng.randint(1000, 9999)),
            "deliverTo": "Shop 4, 112 Hopkins St, Footscray VIC 3011",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": f"PB{c.rng.randint(10**6, 10**7)}", "eta": "2 business days"})
    return b.build()
