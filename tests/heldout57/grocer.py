"""A supermarket loyalty app: "recently viewed" products, price series, weekly
specials, a receipt, and AppsFlyer (ATT denied in this app, so IDFV only).

AppsFlyer iOS: launches to `https://launches.appsflyer.com/api/v6.x/iosevent?
app_id=id...&buildnumber=6.x` with a JSON body holding appsflyerKey, uid (the
AppsFlyer id), timestamp, and the IDFV (AppsFlyer raw-data field "idfv"), IDFA
only when ATT allows (`disableIDFVCollection` in the RN plugin docs, API.md).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from .phone import FB, iso, new, rf, rid, ua

API = "https://api.freshmart.example"
AGENT = ua("FreshRewards", "12.4", "1240")
PRODUCTS = [
    ("105231", "Anchor Blue Milk 2L"),
    ("228190", "Whittaker's Peanut Slab"),
    ("300114", "Vegemite 380g"),
    ("441902", "Watties Baked Beans"),
    ("512003", "Tim Tam Original"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = new(c, "freshmart", method, API + path, AGENT)
    b.header("x-loyalty-card", c.phone.shop_card)
    return b


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/me/recently-viewed")
    b.ok_json(
        {
            "products": [
                {"sku": s, "name": n, "viewedAt": iso(c), "price": rf(c.rng, 1, 12, 2)}
                for s, n in c.rng.sample(PRODUCTS, 3)
            ]
        }
    )
    b.decoy("recently viewed products (products viewed: not viewing history)")
    return b.build()


def price_series(c: Context) -> Flow:
    sku, name = c.rng.choice(PRODUCTS)
    b = _b(c, "GET", f"/v1/products/{sku}/price-history")
    b.ok_json(
        {
            "sku": sku,
            "name": name,
            "weeks": 26,
            "prices": [rf(c.rng, 2, 9, 2) for _ in range(26)],
            "wasNow": [rf(c.rng, 3, 9, 2), rf(c.rng, 2, 6, 2)],
        }
    )
    b.decoy("price series")
    return b.build()


def specials(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/specials")
    b.param("store", str(c.rng.randint(100, 400)))
    b.ok_json({"items": [{"sku": s, "name": n, "promo": "2 for $5"} for s, n in PRODUCTS]})
    b.decoy("catalogue of specials")
    return b.build()


def receipt(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/receipts/{c.rng.randint(10**9, 10**10 - 1)}")
    b.ok_json(
        {
            "store": "Freshmart Ponsonby",
            "lines": [{"sku": s, "qty": 1, "price": rf(c.rng, 1, 12, 2)} for s, _ in PRODUCTS[:3]],
            "terminalId": "T" + str(c.rng.randint(100, 999)),
            "eftposTxn": rid(c.rng),
        }
    )
    b.decoy("receipt with the shop's terminal id and transaction id")
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = new(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/iosevent",
        AGENT,
        [("app_id", "id1048791123"), ("buildnumber", "6.13.2")],
    )
    b.json(
        {
            "appsflyerKey": "Fq8" + rid(c.rng).replace("-", "")[:19],
            "uid": b.id("af_uid", where="body.uid"),
            "idfv": b.id("idfv_shop", where="body.idfv"),
            "advertiserIdEnabled": "false",
            "att_status": 2,
            "timestamp": str(int(c.now * 1000)),
            "counter": str(c.rng.randint(1, 60)),
            "model": "iPad13,18",
            "lang_code": "en",
            "country": "NZ",
            "af_events_api": "1",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = new(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/iosevent",
        AGENT,
        [("app_id", "id1048791123"), ("buildnumber", "6.13.2")],
    )
    b.json(
        {
            "eventName": "af_content_view",
            "eventValue": '{"af_content_id":"228190","af_price":"5.50"}',
            "uid": b.id("af_uid", where="body.uid"),
            "idfv": b.id("idfv_shop", how="upper", where="body.idfv"),
            "timestamp": str(int(c.now * 1000)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def recommendations(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/recs")
    b.json(
        {
            "basketSkus": [s for s, _ in c.rng.sample(PRODUCTS, 2)],
            "shopperVector": floats_b64([rf(c.rng, -1, 1, 5) for _ in range(32)]),
            "model": "two-tower-v5",
            "k": 12,
        }
    )
    b.ok_json({"skus": [s for s, _ in PRODUCTS], "scores": [rf(c.rng, 0, 1, 3) for _ in PRODUCTS]})
    b.decoy("recommender embedding of shopping taste (base64 float32, no face or voice context)")
    return b.build()
