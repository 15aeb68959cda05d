"""A REWE-like supermarket app and a Glovo-like delivery app: carts, order
progress, courier positions, loyalty points. The delivery app registers with
Firebase Installations (POST firebaseinstallations.googleapis.com/v1/projects/
{project}/installations with `fid`, `appId`, `authVersion` "FIS_v2",
`sdkVersion`: firebase-android-sdk, FirebaseInstallationServiceClient)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import app, iso, rf, rid

SHOP = "https://mobile-api.rewe.de/api/v3"
PRODUCTS = ["Vollmilch 3,5%", "Bio Bananen", "Roggenbrot", "Mozzarella", "Espresso Bohnen"]


def cart(c: Context) -> Flow:
    b = app(c, "grocery", "PUT", f"{SHOP}/baskets/{rid(c.rng)}")
    b.json(
        {
            "lineItems": [
                {
                    "listingId": new_hex(c.rng, 8),
                    "name": c.rng.choice(PRODUCTS),
                    "quantity": c.rng.randint(1, 4),
                    "priceCents": c.rng.randint(49, 899),
                }
                for _ in range(4)
            ],
            "marketId": str(c.rng.randint(100000, 999999)),
        }
    )
    b.ok_json({"totalCents": c.rng.randint(500, 6000)})
    b.decoy("cart line items: product listing ids and prices")
    return b.build()


def loyalty(c: Context) -> Flow:
    b = app(c, "grocery", "GET", f"{SHOP}/bonus/guthaben")
    b.ok_json(
        {
            "bonusGuthabenCent": c.rng.randint(0, 2500),
            "punkteVerlauf": [c.rng.randint(0, 80) for _ in range(12)],
            "coupons": [{"couponId": new_hex(c.rng, 12), "aktiviert": c.rng.random() < 0.5}],
        }
    )
    b.decoy("loyalty points per month: a numeric series, coupon ids")
    return b.build()


def order_progress(c: Context) -> Flow:
    oid = f"GLV{c.rng.randint(10**8, 10**9 - 1)}"
    b = app(c, "delivery", "GET", f"https://api.glovoapp.com/v3/customer/orders/{oid}/tracking")
    b.ok_json(
        {
            "status": c.rng.choice(["ACCEPTED", "PICKED_UP", "NEAR_CUSTOMER"]),
            "progress": rf(c.rng, 0, 1, 2),
            "etaSeconds": c.rng.randint(60, 2400),
            "courier": {
                "name": "Marco",
                "vehicle": "BICYCLE",
                "route": [[rf(c.rng, 45.4, 45.5, 5), rf(c.rng, 9.1, 9.2, 5)] for _ in range(6)],
            },
        }
    )
    b.decoy("order progress 0..1 and eta seconds; courier route coordinates")
    return b.build()


def reorder_list(c: Context) -> Flow:
    b = app(c, "delivery", "GET", "https://api.glovoapp.com/v3/customer/recently_ordered")
    b.ok_json(
        {
            "stores": [
                {"storeId": c.rng.randint(10000, 99999), "name": n, "lastOrderedAt": iso(c)}
                for n in ("Pizzeria Da Gino", "Sushi Ko", "Farmacia Centrale")
            ]
        }
    )
    b.decoy("recently ordered stores: purchase history, not viewing history")
    return b.build()


def fis_register(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/glovo-prod/installations"
    b = app(c, "firebase", "POST", url, "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8)")
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("shop_fid", where="json:fid"),
            "appId": "1:4471:android:9c2e1f",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/4471/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 60), "expiresIn": "604800s"},
        }
    )
    return b.build()
