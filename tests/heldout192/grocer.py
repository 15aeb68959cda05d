"""Kai Mart: a supermarket app on Mere's iPhone (Auckland stores, Clubcard-style
loyalty card), with the Adjust SDK.

Adjust's iOS SDK sends `idfa`, `idfv` and its own `adid` comes back in the
session response, as Adjust's open-source SDK names them. A cart analytics
header carries an MD5 of the IDFV under `x-kc` (opaque). Specials with price
series, store locations with coordinates, barcode scans, the loyalty card
number (an account) and receipts are ordinary shopping data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import WB, ios_ua, iso, rf, rid

API = "https://api.kaimart.example"
UA = ios_ua("KaiMart", "5.22.0")
PRODUCTS = [
    "Anchor Blue Milk 2L",
    "Vogel's Original",
    "Watties Baked Beans",
    "Taro 1kg",
    "Pineapple Lumps",
]


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "kaimart", method, url)
    b.header("user-agent", UA)
    b.header("x-loyalty-card", b.acct("shop_card"))
    return b


def adjust_session(c: Context) -> Flow:
    b = WB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", UA)
    b.header("client-sdk", "ios5.0.1")
    b.form(
        [
            ("app_token", "k7rbq2x9hs00"),
            ("idfa", b.id("idfa", where="form idfa")),
            ("idfv", b.id("idfv_shop", where="form idfv")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 80))),
            ("created_at", iso(c)),
        ]
    )
    adid = b.id("adjust_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = WB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", UA)
    b.form(
        [
            ("app_token", "k7rbq2x9hs00"),
            ("event_token", c.rng.choice(["x1b2c3", "p9q8r7"])),
            ("idfa", b.id("idfa", where="form idfa")),
            ("idfv", b.id("idfv_shop", where="form idfv")),
            ("revenue", str(rf(c.rng, 10, 200, 2))),
            ("currency", "NZD"),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def cart(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/cart")
    b.header("x-kc", b.id("idfv_shop", "md5", "header x-kc = md5(IDFV)", detectable=False))
    b.json({"items": [{"name": p, "qty": c.rng.randint(1, 3)} for p in c.rng.sample(PRODUCTS, 2)]})
    b.ok_json({"subtotal": rf(c.rng, 5, 120, 2)})
    return b.build()


def sign_in(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth/login")
    b.json({"email": b.id("email", where="json email"), "password": "********", "remember": True})
    b.ok_json({"token": rid(c.rng), "firstName": "Mere"})
    return b.build()


def specials(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/specials?store=akl-mtalbert")
    b.decoy("specials with 12-week price history series")
    b.ok_json(
        {
            "specials": [
                {
                    "name": p,
                    "price": rf(c.rng, 1, 12, 2),
                    "history": [rf(c.rng, 1, 12, 2) for _ in range(12)],
                }
                for p in PRODUCTS
            ]
        }
    )
    return b.build()


def stores(c: Context) -> Flow:
    lat, lon = rf(c.rng, -36.95, -36.80, 5), rf(c.rng, 174.70, 174.85, 5)
    b = _b(c, "GET", f"{API}/v1/stores/near?lat={lat}&lng={lon}")
    b.decoy("store locator coordinates")
    b.ok_json(
        {"stores": [{"name": "Kai Mart Mt Albert", "lat": lat, "lng": lon, "open": "7am-10pm"}]}
    )
    return b.build()


def barcode(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/products/barcode/94{c.rng.randint(10**10, 10**11 - 1)}")
    b.ok_json({"name": c.rng.choice(PRODUCTS), "price": rf(c.rng, 1, 12, 2)})
    return b.build()


def receipt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/receipts/latest")
    b.decoy("receipt id and till number")
    b.ok_json(
        {"receiptId": rid(c.rng), "till": c.rng.randint(1, 20), "total": rf(c.rng, 20, 300, 2)}
    )
    return b.build()
