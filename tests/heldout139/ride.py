"""XeOi: ride-hailing and food delivery. It carries the Adjust SDK. Pickup
points, driver tracks and menus are ordinary coordinates and prices; the
driver's phone id in the trip status is another person's device (decoy).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, builder, iso, rf, rid, ua, vn_point

API = "https://api.xeoi.example"
UA = ua("XeOi", "9.14.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "xeoi", method, url, UA)
    b.header("x-request-id", rid(c.rng))
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/android4.38.0 " + UA)
    b.form(
        [
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("adjust_adid", where="form android_uuid (Adjust adid)")),
            ("app_token", "xe0iqk2mzxs0"),
            ("created_at", iso(c)),
            ("session_count", str(c.rng.randint(2, 200))),
            ("environment", "production"),
        ]
    )
    b.ok_json({"adid": b.id("adjust_adid", where="response json adid", direction="response")})
    return b.build()


def book_ride(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/chuyen-di/dat-xe")
    lat, lon = vn_point(c)
    b.decoy("pickup / drop-off coordinates and fare (ordinary coordinates and price)")
    b.json(
        {
            "diem_don": {"lat": lat, "lng": lon, "ten": "Hồ Gươm"},
            "diem_den": {"lat": lat + 0.01, "lng": lon - 0.02},
            "loai_xe": c.rng.choice(["XeMay", "Oto4"]),
            "thiet_bi": b.id("aid_xe", where="json thiet_bi"),
        }
    )
    b.ok_json(
        {"ma_chuyen": "XO-" + new_hex(c.rng, 10).upper(), "gia": c.rng.randint(18, 90) * 1000}
    )
    return b.build()


def trip_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/chuyen-di/trang-thai?ma=XO-{new_hex(c.rng, 10).upper()}")
    lat, lon = vn_point(c)
    b.decoy("driver's phone id and track: another person's device, ordinary coordinates")
    b.ok_json(
        {
            "tai_xe": {
                "ten": "Trần Văn Nam",
                "bien_so": "29B1-" + str(c.rng.randint(10000, 99999)),
                "thiet_bi_tai_xe": new_hex(c.rng, 16),
            },
            "vi_tri": [
                [rf(c.rng, lat - 0.01, lat + 0.01, 6), rf(c.rng, lon - 0.01, lon + 0.01, 6)]
                for _ in range(8)
            ],
            "eta_phut": c.rng.randint(2, 12),
        }
    )
    return b.build()


def food_menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/do-an/quan/{c.rng.randint(1000, 99999)}/thuc-don")
    b.decoy("menu with prices and photo thumbnails")
    b.ok_json(
        {
            "mon": [
                {
                    "ten": m,
                    "gia": c.rng.randint(25, 80) * 1000,
                    "anh": f"https://img.xeoi.example/{new_hex(c.rng, 12)}.webp",
                }
                for m in ("Phở bò", "Bún chả", "Cơm tấm", "Bánh mì")
            ]
        }
    )
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/do-an/dat-hang")
    b.decoy("food order with idempotency key")
    b.json({"mon": [{"id": c.rng.randint(1, 999), "sl": 1}], "khoa": rid(c.rng), "tt": "vitien"})
    b.ok_json({"don_hang": "DH" + str(c.rng.randint(10**8, 10**9))})
    return b.build()
