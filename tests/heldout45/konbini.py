"""A convenience-store / food-delivery app used in Japan and Vietnam.

Carts, points, coupons, order progress: all ordinary, but full of progress
percentages, seconds-remaining timers, "viewed" flags on coupons and long
numeric ids. Vietnamese keys (giỏ hàng = cart, điểm = points, tiến độ =
progress) and Japanese ones, as the app's own backend names them.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.konbimart.example"
UA = ua("KonbiMart", "812")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "konbini", method, API + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(c.rng))
    return b


def cart_update(c: Context) -> Flow:
    b = _b(c, "PUT", "/vn/v2/gio-hang")
    items = [
        {
            "ma_sp": f"SP{c.rng.randint(10**5, 10**6)}",
            "so_luong": c.rng.randint(1, 3),
            "gia": c.rng.choice([15000, 22000, 35000, 49000]),
        }
        for _ in range(c.rng.randint(1, 6))
    ]
    b.json({"gio_hang": items, "ma_cua_hang": f"CH{c.rng.randint(100, 999)}"})
    b.ok_json(
        {
            "tong_tien": sum(i["gia"] * i["so_luong"] for i in items),
            "diem_thuong_du_kien": c.rng.randint(5, 80),
        }
    )
    b.decoy("shopping cart (giỏ hàng) with product codes, quantities and prices")
    return b.build()


def order_progress(c: Context) -> Flow:
    b = _b(c, "GET", f"/vn/v2/don-hang/DH{c.rng.randint(10**7, 10**8)}/tien-do")
    b.ok_json(
        {
            "trang_thai": c.rng.choice(["dang_chuan_bi", "dang_giao", "da_giao"]),
            "tien_do_phan_tram": c.rng.randint(0, 100),
            "thoi_gian_con_lai_giay": c.rng.randint(0, 1800),
            "da_xem": bool(c.rng.getrandbits(1)),
            "tai_xe": {"vi_do": rf(c.rng, 10.7, 10.8, 6), "kinh_do": rf(c.rng, 106.6, 106.7, 6)},
        }
    )
    b.decoy(
        "delivery progress (tiến độ %), seconds remaining and courier position; "
        "'da_xem' = notification seen"
    )
    return b.build()


def points_card(c: Context) -> Flow:
    b = _b(c, "GET", "/jp/v1/point/card")
    b.ok_json(
        {
            "kaiin_bangou": "".join(c.rng.choice("0123456789") for _ in range(16)),
            "pointo_zandaka": c.rng.randint(0, 9000),
            "kigen": "2026-03-31",
            "barcode_jan": "".join(c.rng.choice("0123456789") for _ in range(13)),
        }
    )
    b.decoy("membership card number, JAN barcode and point balance: an account, not a device id")
    return b.build()


def coupons(c: Context) -> Flow:
    b = _b(c, "GET", "/jp/v1/coupons")
    b.param("store", str(c.rng.randint(10000, 99999)))
    cps = [
        {
            "coupon_id": rid(c.rng),
            "title": c.rng.choice(
                ["おにぎり 30円引き", "からあげクン 増量", "コーヒー Sサイズ無料"]
            ),
            "etsuran_zumi": bool(c.rng.getrandbits(1)),
            "shiyou_kaisuu": 0,
            "nokori_jikan_sec": c.rng.randint(600, 86400),
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.ok_json({"coupons": cps})
    b.decoy(
        "coupon list with a 'viewed' flag (閲覧済み) and seconds left: not media viewing history"
    )
    return b.build()


def store_search(c: Context) -> Flow:
    b = _b(c, "GET", "/jp/v1/stores/nearby")
    b.param("lat", str(rf(c.rng, 35.6, 35.7, 5)))
    b.param("lng", str(rf(c.rng, 139.6, 139.8, 5)))
    b.ok_json(
        {
            "stores": [
                {
                    "tenpo_code": c.rng.randint(10000, 99999),
                    "kyori_m": c.rng.randint(50, 900),
                    "eigyou_chuu": True,
                }
                for _ in range(5)
            ],
            "ts": ms(c),
        }
    )
    b.decoy("nearby stores with distances")
    return b.build()


def checkout(c: Context) -> Flow:
    b = _b(c, "POST", "/vn/v2/thanh-toan")
    b.json(
        {
            "phuong_thuc": c.rng.choice(["momo", "zalopay", "the"]),
            "ma_don": f"DH{c.rng.randint(10**7, 10**8)}",
            "su_dung_diem": c.rng.randint(0, 50),
            "ghi_chu": "Để ở quầy lễ tân",
            "thoi_diem": iso(c),
        }
    )
    b.ok_json({"ket_qua": "OK", "ma_giao_dich": rid(c.rng)})
    b.decoy("checkout with order number and transaction id")
    return b.build()
