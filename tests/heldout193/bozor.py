"""Bozor: a marketplace app (Uzbek/Russian search, cart, recently viewed products).

The cart carries the app's ANDROID_ID. "Recently viewed" products and a product
embedding vector are look-alikes: browsing a shop is not watching media, and a
feature vector without face context is not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

BOZOR = "https://api.bozor-market.example"


def _m(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bozor", method, url)
    b.header("user-agent", ua("Bozor", "2.9.3"))
    return b


def market_cart(c: Context) -> Flow:
    b = _m(c, "POST", f"{BOZOR}/api/savat")
    b.json(
        {
            "androidId": b.id("aid_bozor", where="json androidId"),
            "mahsulot": c.rng.randint(10**6, 10**7),
            "soni": c.rng.randint(1, 3),
        }
    )
    b.ok_json({"savat": rid(c.rng)})
    return b.build()


def market_search(c: Context) -> Flow:
    q = c.rng.choice(["telefon", "chaynik", "ko'ylak", "смартфон", "atlas"])
    b = _m(c, "GET", f"{BOZOR}/api/qidiruv?q={q}")
    b.ok_json({"mahsulotlar": [{"nomi": q, "narx": c.rng.randint(10**4, 10**7)} for _ in range(5)]})
    return b.build()


def market_seen(c: Context) -> Flow:
    b = _m(c, "GET", f"{BOZOR}/api/korilgan-mahsulotlar")
    b.decoy("recently viewed PRODUCTS in a shop: browsing, not watching media")
    b.ok_json({"korilgan": [{"id": c.rng.randint(10**6, 10**7), "vaqt": iso(c)} for _ in range(4)]})
    return b.build()


def market_dnn(c: Context) -> Flow:
    b = _m(c, "POST", f"{BOZOR}/api/tavsiya/vektor")
    b.decoy("product-embedding float vector for recommendations (no face context)")
    b.json({"embedding": [rf(c.rng, -1, 1, 4) for _ in range(64)], "kategoriya": "kiyim"})
    b.ok_json({"tavsiyalar": [c.rng.randint(10**6, 10**7) for _ in range(6)]})
    return b.build()
