"""JhatpatKart, a 10-minute grocery app (in-house api.jhatpatkart.in), with
CleverTap and AppsFlyer.

Most of its traffic looks sensitive and is not: delivery ETAs, the rider's
location series on the tracking screen, "recently viewed" products (browsing,
not media viewing), product images of face wash and face packs, voice search
sent as on-device transcripts. Key names mix Hinglish and English, as the
in-house APIs of Indian quick-commerce apps do (ours). SDK formats: adsdk.py.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from . import adsdk
from .phone import FB, ms, rf, rid, ua

API = "https://api.jhatpatkart.in"
PKG = "in.jhatpatkart.app"
UA = ua("JhatpatKart", "8.4.1")
ITEMS = [
    ("Himalaya Neem Face Wash 150ml", "FW150"),
    ("Aavin Toned Milk 500ml", "AV500"),
    ("Multani Mitti Face Pack", "MM100"),
    ("Ponni Boiled Rice 5kg", "PR5K"),
    ("Maggi 2-Minute Noodles 12 pack", "MG12"),
    ("Eye Drops Refresh Tears", "RT10"),
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "jhatpatkart", method, API + path)
    b.header("user-agent", UA)
    b.header("x-jk-trace", rid(c.rng))
    return b


def _sku(c: Context) -> dict[str, object]:
    name, code = c.rng.choice(ITEMS)
    return {"sku": code + new_digits(c.rng, 4), "naam": name, "daam": c.rng.randint(20, 600)}


def eta(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/dukaan/eta")
    b.param("lat", str(rf(c.rng, 13.02, 13.09, 5)))
    b.param("lng", str(rf(c.rng, 80.20, 80.27, 5)))
    b.ok_json(
        {
            "pahunch_samay_min": c.rng.randint(7, 19),
            "dark_store": "CHN-" + new_digits(c.rng, 3),
            "surge": c.rng.random() < 0.2,
            "slots": [c.rng.randint(8, 40) for _ in range(4)],
        }
    )
    b.decoy("delivery ETA minutes and the shop's own coordinates: no sensitive category")
    return b.build()


def rider_track(c: Context) -> Flow:
    order = "JK" + new_digits(c.rng, 10)
    b = _b(c, "GET", f"/v2/orders/{order}/rider")
    lat, lng = rf(c.rng, 13.02, 13.09, 5), rf(c.rng, 80.20, 80.27, 5)
    path = []
    for i in range(12):
        lat += c.rng.uniform(-0.0008, 0.0008)
        lng += c.rng.uniform(-0.0008, 0.0008)
        path.append([round(lat, 6), round(lng, 6), ms(c) - (12 - i) * 5000])
    b.ok_json(
        {
            "rider": {"naam": "Karthik", "vahan": "TN09 " + new_digits(c.rng, 4)},
            "rider_path": path,
            "eta_sec": c.rng.randint(60, 600),
            "heading": rf(c.rng, 0, 360, 1),
        }
    )
    b.decoy("rider's location series and heading (response): a courier's track, no device id")
    return b.build()


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/user/haal-mein-dekha")
    items = [dict(_sku(c), dekha_at=ms(c) - c.rng.randint(1, 80) * 60000) for _ in range(5)]
    b.json({"haal_mein_dekha": items, "screen": "pdp"})
    b.ok_json({"saved": len(items)})
    b.decoy("'recently viewed' grocery products (face wash, eye drops): browsing, not media")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/khoj")
    b.param("q", c.rng.choice(["face wash", "paal", "atta 5kg", "face pack", "kajal"]))
    b.param("src", c.rng.choice(["typed", "voice"]))
    b.ok_json({"results": [_sku(c) for _ in range(6)], "total": c.rng.randint(6, 90)})
    b.decoy("product search (face wash / face pack queries): no face data")
    return b.build()


def recommendations(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/recs/similar")
    vec = [round(c.rng.gauss(0, 0.12), 5) for _ in range(64)]
    b.json({"anchor_sku": _sku(c)["sku"], "item_embedding": vec, "k": 12, "model": "two-tower-v7"})
    b.ok_json({"skus": [_sku(c) for _ in range(4)]})
    b.decoy("64-float product embedding for 'similar items': a feature vector with no face context")
    return b.build()


def voice_search(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/khoj/awaaz")
    b.json(
        {
            "transcript": c.rng.choice(["do kilo pyaaz", "rendu litre paal", "face wash dikhao"]),
            "confidence": rf(c.rng, 0.6, 0.99, 3),
            "locale": c.rng.choice(["hi-IN", "ta-IN"]),
            "asr": "on_device",
        }
    )
    b.ok_json({"results": [_sku(c) for _ in range(3)]})
    b.decoy("voice search sent as on-device text transcript: no audio, no voiceprint")
    return b.build()


def product_image(c: Context) -> Flow:
    name, code = c.rng.choice(ITEMS)
    url = f"https://cdn.jhatpatkart.in/pimg/w_360/{code}_{new_hex(c.rng, 8)}.jpg"
    b = FB(c, "jhatpatkart", "GET", url)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 700))
    b.decoy(f"product image ({name}) from the app's CDN: a catalogue picture")
    return b.build()


def cart(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/cart/add")
    b.json({"item": _sku(c), "qty": c.rng.randint(1, 3), "cart_id": new_hex(c.rng, 16)})
    b.ok_json({"cart_total": c.rng.randint(99, 1999), "free_delivery_above": 199})
    b.decoy("cart id (hex) and SKU codes: identify a cart and products, not the phone")
    return b.build()


def session_start(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/device/session")
    b.header("x-device-id", b.id("aid_kirana", where="header.x-device-id"))
    b.json({"user": c.phone.kirana_user, "fcm": c.phone.fcm, "app_ver": "8.4.1", "os": "android"})
    b.ok_json({"session": new_hex(c.rng, 32), "ttl": 3600})
    return b.build()


def ct_product_viewed(c: Context) -> Flow:
    item = _sku(c)
    ev = {"evtName": "Product Viewed", "evtData": {"Product": item["naam"], "SKU": item["sku"]}}
    b = adsdk.clevertap(c, "jhatpatkart", "TEST-R78-ZK4-7W6Z", "ct_kirana", [ev], ad=True)
    b.decoy("CleverTap 'Product Viewed' of a grocery item: browsing, not media viewing")
    return b.build()


def ct_app_launched(c: Context) -> Flow:
    ev = {"evtName": "App Launched", "evtData": {"city": "Chennai"}}
    b = adsdk.clevertap(c, "jhatpatkart", "TEST-R78-ZK4-7W6Z", "ct_kirana", [ev], ad=False)
    return b.build()


def af_purchase(c: Context) -> Flow:
    value = {"af_revenue": c.rng.randint(99, 1500), "af_currency": "INR", "af_order_id": "JK"}
    b = adsdk.appsflyer(c, "jhatpatkart", PKG, "af_purchase", value)
    b.decoy("af_order_id / revenue: order references, not device ids")
    return b.build()
