"""Food delivery and grocery: order progress, carts, courier tracking; the
AppsFlyer SDK's launch event carries the GAID and ANDROID_ID.

AppsFlyer Android SDK posts JSON to `/api/v6.x/androidevent?app_id=...` with
`advertiserId`, `android_id` (when collection is enabled), `uid`, `eventName`
(AppsFlyer SDK reference docs, dev.appsflyer.com "Android SDK reference").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import DALVIK, FB, iso, ms, near, rid, ua

API = "https://api.talabak-now.example"


def cart(c: Context) -> Flow:
    b = FB(c, "talabak", "POST", f"{API}/v2/cart/items")
    b.header("user-agent", ua("Talabak", "11.2.0"))
    items = [
        {
            "sku": f"SKU{c.rng.randint(10000, 99999)}",
            "kamiya": c.rng.randint(1, 4),
            "se3r": c.rng.randint(5, 300),
        }
        for _ in range(c.rng.randint(1, 6))
    ]
    b.json({"3arabeya_id": rid(c.rng), "items": items, "currency": "EGP"})
    b.decoy("Arabizi cart (3arabeya = cart, kamiya = quantity, se3r = price): price series")
    b.ok_json({"total": sum(i["kamiya"] * i["se3r"] for i in items)})
    return b.build()


def order_status(c: Context) -> Flow:
    order = f"TLB-{c.rng.randint(10**7, 10**8)}"
    b = FB(c, "talabak", "GET", f"{API}/v2/orders/{order}/tracking")
    b.header("user-agent", ua("Talabak", "11.2.0"))
    lat, lng = near(c.rng, "cairo")
    steps = ["placed", "accepted", "cooking", "picked_up", "on_the_way", "delivered"]
    b.decoy("order progress (stage, percent, elapsed minutes, courier position): no media")
    b.ok_json(
        {
            "order_no": order,
            "stage": c.rng.choice(steps),
            "progress": round(c.rng.uniform(0, 1), 2),
            "elapsed_min": c.rng.randint(1, 50),
            "courier": {"lat": lat, "lng": lng, "heading": c.rng.randint(0, 359)},
            "history": [{"status": s, "at": iso(c)} for s in steps[: c.rng.randint(1, 6)]],
        }
    )
    return b.build()


def grocery_search(c: Context) -> Flow:
    q = c.rng.choice(["maziwa", "unga", "lait", "khubz", "mayai", "tomatoes"])
    b = FB(
        c, "sokoni", "GET", "https://sokoni-grocery.example/api/search", [("q", q), ("page", "1")]
    )
    b.header("user-agent", DALVIK)
    b.decoy("grocery search results with product thumbnails: a catalogue")
    b.ok_json(
        {
            "results": [
                {
                    "id": rid(c.rng),
                    "name": q,
                    "thumb": f"https://img.sokoni.example/{c.rng.randint(1, 9999)}.webp",
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/androidevent",
        [("app_id", "com.talabak.now"), ("buildnumber", "6.13.0")],
        http_version="HTTP/1.1",
    )
    b.header("user-agent", DALVIK)
    b.json(
        {
            "advertiserId": b.id("gaid", where="json:advertiserId"),
            "advertiserIdEnabled": "true",
            "android_id": b.id("aid_food", where="json:android_id"),
            "uid": b.id("af_uid", where="json:uid"),
            "eventName": c.rng.choice(["af_purchase", "af_add_to_cart", None]),
            "timepassedsincelastlaunch": str(c.rng.randint(10, 90000)),
            "date1": iso(c),
            "model": "SM-A155F",
            "brand": "samsung",
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()
