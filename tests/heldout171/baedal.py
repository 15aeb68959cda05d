"""Baedal Yojeong (배달요정): a food delivery app in Daegu.

Shop lists near the user's coordinates, menus, orders, the rider's live position
and review photos of food are ordinary traffic. The API carries the ANDROID_ID
in `x-dvc-id`; the ad gateway sends it SHA-1 hashed under `dk`; Braze carries
its own device id and the GAID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, kst14, ms, rf, rid, ua_android

API = "https://api.baedalyojeong.example"
UA = ua_android("BaedalYojeong", "12.30.1")
SHOPS = [("떡볶이 명가", 3), ("교촌치킨 수성점", 5), ("마라탕 천국", 2), ("동대구 돈까스", 4)]


def _b(c: Context, method: str, url: str, dvc: bool = False) -> FB:
    b = FB(c, "baedal", method, url)
    b.header("user-agent", UA)
    if dvc:
        b.header("x-dvc-id", b.id("aid_food", where="header x-dvc-id"))
    return b


def _here(c: Context) -> tuple[float, float]:
    return rf(c.rng, 35.82, 35.9, 5), rf(c.rng, 128.55, 128.65, 5)


def shops(c: Context) -> Flow:
    lat, lng = _here(c)
    b = _b(c, "GET", f"{API}/v2/shops?lat={lat}&lng={lng}&category=chicken", dvc=True)
    b.decoy("shop list around coordinates with distances and ratings")
    b.ok_json(
        {
            "shops": [
                {
                    "shopNo": c.rng.randint(10**6, 10**7),
                    "name": n,
                    "dist": rf(c.rng, 0.2, 3, 1),
                    "rating": rf(c.rng, 4, 5, 1),
                    "deliveryMin": m * 10,
                }
                for n, m in SHOPS
            ]
        }
    )
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/shops/{c.rng.randint(10**6, 10**7)}/menu")
    b.ok_json(
        {
            "menus": [
                {"name": n, "price": p}
                for n, p in (("후라이드", 20000), ("양념", 22000), ("치즈볼", 5000))
            ]
        }
    )
    return b.build()


def order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/orders", dvc=True)
    b.decoy("order with an order number and delivery address coordinates")
    lat, lng = _here(c)
    b.json(
        {
            "cart": [{"menuId": c.rng.randint(1000, 9999), "qty": 1}],
            "addr": {"lat": lat, "lng": lng, "detail": "수성구 범어동 101동 1203호"},
            "payMethod": "KAKAOPAY",
            "memberNo": b.acct("food_user"),
        }
    )
    b.ok_json({"orderNo": f"B{kst14(c)}{c.rng.randint(1000, 9999)}", "eta": c.rng.randint(20, 50)})
    return b.build()


def rider(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/orders/{new_hex(c.rng, 12)}/rider")
    b.decoy("the rider's live coordinates (another person's position, no device id of ours)")
    lat, lng = _here(c)
    b.ok_json(
        {"riderLat": lat, "riderLng": lng, "heading": c.rng.randint(0, 359), "updatedAt": iso(c)}
    )
    return b.build()


def review_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/reviews")
    boundary = new_hex(c.rng, 24)
    b.decoy("review photo of food (an image, no face)")
    body = multipart(
        boundary,
        [
            ("rating", None, "text/plain", b"5"),
            ("content", None, "text/plain", "바삭하고 맛있어요!".encode()),
            ("photo", "food.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"reviewNo": c.rng.randint(10**7, 10**8)})
    return b.build()


def ad_gateway(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ad/v1/banner")
    b.param("dk", b.id("aid_food", "sha1", "query dk", detectable=False))
    b.param("slot", "home_top")
    b.ok_json(
        {"banners": [{"img": f"https://cdn.baedalyojeong.example/b/{new_hex(c.rng, 10)}.jpg"}]}
    )
    return b.build()


def braze(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.iad-03.braze.com/api/v3/data/")
    b.header("user-agent", UA)
    b.json(
        {
            "api_key": "5c2b9f0e-7a1d-4c3e-9b8a-" + new_hex(c.rng, 12),
            "device_id": b.id("food_braze_id", where="json device_id"),
            "time": ms(c) // 1000,
            "sdk_version": "30.1.0",
            "device": {
                "os_version": "14",
                "model": "SM-S921N",
                "carrier": "SKTelecom",
                "locale": "ko_KR",
                "google_ad_id": b.id("gaid", where="json device.google_ad_id"),
                "ad_tracking_enabled": True,
            },
            "events": [
                {
                    "name": "ce",
                    "data": {"n": "order_complete", "p": {"category": "chicken"}},
                    "time": ms(c) / 1000,
                    "session_id": rid(c.rng),
                }
            ],
        }
    )
    b.ok_json({"messages": []})
    return b.build()


def coupon(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/coupons")
    b.decoy("coupon codes and expiry timestamps")
    b.ok_json(
        {
            "coupons": [
                {"code": "YOJEONG" + new_hex(c.rng, 6).upper(), "amt": 3000, "expDt": kst14(c)}
            ]
        }
    )
    return b.build()
