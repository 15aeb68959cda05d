"""SongDuan: a food and parcel delivery app (Bangkok and Chiang Mai).

Its backend sees the phone's ANDROID_ID in `x-sd-device`; the CleverTap SDK
uploads events to the Singapore region (`sg1.wzrkt.com/a1`) with a meta
element carrying its own guid under `g` (a one-letter key: opaque) and the
advertising id as `af.GoogleAID`. Restaurants near by, the rider's live
position (and the rider's own phone id: another person's device), menus,
orders and promo codes are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, bearer, ms, rf, rid, ua

API = "https://api.songduan.example"
UA = ua("SongDuan", "9.7.0")
SHOPS = ["ข้าวซอยแม่มณี", "ส้มตำป้าแดง", "โจ๊กสามย่าน", "ก๋วยเตี๋ยวเรือ ป.ปลา", "ชานมไข่มุกตาโต"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "songduan", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    b.header("x-sd-device", b.id("aid_songduan", where="header x-sd-device"))
    return b


def _here(c: Context) -> tuple[float, float]:
    if c.rng.random() < 0.5:
        return rf(c.rng, 13.70, 13.80, 6), rf(c.rng, 100.50, 100.60, 6)
    return rf(c.rng, 18.76, 18.81, 6), rf(c.rng, 98.95, 99.02, 6)


def clevertap(c: Context) -> Flow:
    b = FB(
        c,
        "clevertap",
        "POST",
        f"https://sg1.wzrkt.com/a1?os=Android&t=60400&z=TEST-R6K-9W7-856Z&ts={int(c.now)}",
    )
    b.header("user-agent", "okhttp/4.12.0")
    meta = {
        "g": b.id(
            "sd_ct_guid", where="json [0].g (CleverTap guid, one-letter key)", detectable=False
        ),
        "type": "meta",
        "af": {
            "Build": "97001",
            "Version": "9.7.0",
            "OS Version": "14",
            "Make": "OPPO",
            "Model": "CPH2599",
            "GoogleAID": b.id("gaid", where="json [0].af.GoogleAID"),
            "Carrier": "TRUE-H",
            "useIP": False,
        },
        "id": "TEST-R6K-9W7-856Z",
        "l_ts": int(c.now) - 3600,
    }
    event = {
        "type": "event",
        "evtName": c.rng.choice(["Charged", "Restaurant Viewed", "Promo Applied"]),
        "evtData": {"shop": c.rng.choice(SHOPS), "amount": rf(c.rng, 60, 600, 2)},
        "ep": int(c.now),
    }
    b.json([meta, event])
    b.ok_json({"evpr": {"ts": int(c.now)}})
    return b.build()


def nearby(c: Context) -> Flow:
    lat, lng = _here(c)
    b = _b(c, "GET", f"{API}/v2/ran-ahan/klai-khiang?lat={lat}&lng={lng}")
    b.decoy("restaurant coordinates and distances")
    b.ok_json(
        {
            "ran": [
                {"chue": s, "lat": rf(c.rng, lat - 0.02, lat + 0.02, 6),
                 "lng": rf(c.rng, lng - 0.02, lng + 0.02, 6), "rayathang_km": rf(c.rng, 0.3, 6, 1)}
                for s in SHOPS
            ]
        }
    )  # fmt: skip
    return b.build()


def rider_track(c: Context) -> Flow:
    lat, lng = _here(c)
    b = _b(c, "GET", f"{API}/v2/orders/{c.rng.randint(10**8, 10**9)}/rider")
    b.decoy("rider's live position and the rider's phone id (another person's device)")
    b.ok_json(
        {
            "rider": {
                "chue": "คุณสมชาย",
                "rider_device_id": rid(c.rng).replace("-", "")[:16],
                "lat": lat,
                "lng": lng,
                "heading": c.rng.randint(0, 359),
                "eta_min": c.rng.randint(3, 30),
            }
        }
    )
    return b.build()


def menu(c: Context) -> Flow:
    b = FB(c, "songduan", "GET", f"{API}/v2/ran-ahan/{c.rng.randint(1000, 9999)}/menu")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "menu": [
                {"item": n, "rakha": p}
                for n, p in (("ข้าวซอยไก่", 70), ("ส้มตำไทย", 50), ("ชาเย็น", 35))
            ]
        }
    )
    return b.build()


def place_order(c: Context) -> Flow:
    lat, lng = _here(c)
    b = _b(c, "POST", f"{API}/v2/orders")
    b.decoy("order id, idempotency key, delivery coordinates")
    b.json(
        {
            "shop": c.rng.choice(SHOPS),
            "items": [{"id": c.rng.randint(1, 99), "qty": c.rng.randint(1, 3)}],
            "drop": {"lat": lat, "lng": lng, "note": "ฝากไว้ที่ป้อมยาม"},
            "idempotency": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"order_id": c.rng.randint(10**8, 10**9), "status": "RAP_ORDER"})
    return b.build()


def promo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/promo/check")
    b.json({"code": c.rng.choice(["SONGFREE", "KHAOSOI20", "PAYDAY"])})
    b.ok_json({"valid": c.rng.random() < 0.6, "discount": 20})
    return b.build()
