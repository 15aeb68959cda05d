"""Çatdır: a food and grocery delivery app (Turkish-built: AppsFlyer and Insider).

The app identifies its install to its own backend by ANDROID_ID and sends an
MD5 of it as `cid` on the courier-tracking socket's HTTP fallback (an opaque
key). Restaurants, baskets, courier coordinates and promo codes are ordinary
look-alike data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, baku, iso, rf, rid, ua

API = "https://api.catdir.example"
UA = ua("Catdir", "6.1.4")
PLACES = [
    "Şirvanşah Kababxana",
    "Dolma House",
    "Lahmacun Sarayı",
    "Araz Market",
    "Bravo Hipermarket",
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "catdir", method, url)
    b.header("user-agent", UA)
    b.header("x-platform", "android")
    if device:
        b.header("x-cihaz-kimligi", b.id("aid_food", where="header x-cihaz-kimligi"))
    return b


def restaurants(c: Context) -> Flow:
    lat, lon = baku(c.rng)
    b = _b(c, "GET", f"{API}/v2/restoranlar?lat={lat}&lng={lon}")
    b.decoy("restaurant list with coordinates and ratings")
    b.ok_json(
        {
            "restoranlar": [
                {"ad": p, "reytinq": rf(c.rng, 3.5, 5, 1), "catdirilma_deq": c.rng.randint(15, 60)}
                for p in PLACES
            ]
        }
    )
    return b.build()


def basket(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sebet", device=True)
    b.json(
        {
            "restoran": c.rng.choice(PLACES),
            "mehsullar": [{"sku": c.rng.randint(1000, 9999), "say": c.rng.randint(1, 3)}],
            "promo": c.rng.choice(["", "YAY25", "NOVRUZ"]),
        }
    )
    b.ok_json({"cem": rf(c.rng, 8, 60, 2), "valyuta": "AZN"})
    return b.build()


def place_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sifarisler", device=True)
    b.decoy("order number and address coordinates")
    lat, lon = baku(c.rng)
    b.json({"unvan": {"lat": lat, "lng": lon, "menzil": "12"}, "odenis": "kart", "key": rid(c.rng)})
    b.ok_json({"sifaris_no": f"CD-{c.rng.randint(10**6, 10**7)}", "gozlenilen": iso(c)})
    return b.build()


def courier_poll(c: Context) -> Flow:
    lat, lon = baku(c.rng)
    b = _b(c, "POST", f"{API}/ws-fallback/kuryer")
    b.form(
        [
            ("cid", b.id("aid_food", "md5", "form cid (md5 of ANDROID_ID)", detectable=False)),
            ("o", str(c.rng.randint(10**6, 10**7))),
        ]
    )
    b.decoy("courier coordinates")
    b.ok_json({"kuryer": {"lat": lat, "lng": lon}, "deq": c.rng.randint(2, 30)})
    return b.build()


def dish_photo(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.catdir.example/menu/{c.rng.randint(10**4, 10**5)}_w400.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def app_config(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/konfiqurasiya?versiya=6.1.4", device=True)
    b.ok_json(
        {"xususiyyetler": {"yeni_sebet": True, "kuryer_xerite": True}, "min_versiya": "5.9.0"}
    )
    return b.build()
