"""ChoSi: an e-commerce app with livestream shopping and a virtual lipstick try-on.

Viewing history: the livestream watch log (`live_id`, `tg_xem_giay`), the live
player's heartbeat, and a CleverTap `Livestream Watched` event with the seconds
watched. CleverTap's meta record carries its device id under the one-letter key
`g` (opaque) beside `GoogleAdID` (readable). The try-on's skin and face-shape
analysis (an estimated age and face shape from the camera's face) is labelled
biometric as a face-analysis result. Not sensitive: all-viewer `dang_xem`
counts, livestream chat, product search and listings, searching by a photo of a
product, orders, the shipper's live position.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js, multipart

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.chosi.example"
UA = ua("ChoSi", "3.66.2")
SHOPS = [
    ("Mỹ phẩm Hà Linh", 10021),
    ("Thời trang Sài Gòn Xinh", 10022),
    ("Đồ gia dụng Bếp Việt", 10023),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "chosi", method, url)
    b.header("user-agent", UA)
    b.header("x-uid", b.acct("cho_user"))
    if device:
        b.header("x-device-id", b.id("aid_cho", where="header x-device-id"))
    return b


def live_watch_log(c: Context) -> Flow:
    shop, sid = c.rng.choice(SHOPS)
    b = _b(c, "POST", f"{API}/api/v4/live/xem/ket-thuc", device=True)
    b.view("json live_id + tg_xem_giay + vao_luc")
    b.json(
        {
            "live_id": c.rng.randint(10**7, 10**8),
            "shop_id": sid,
            "ten_shop": shop,
            "vao_luc": ms(c) - c.rng.randint(60, 3000) * 1000,
            "tg_xem_giay": c.rng.randint(30, 3000),
            "nguon": "trang_chu",
        }
    )
    b.ok_json({"error": 0})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/live/heartbeat")
    b.params += [
        ("live_id", str(c.rng.randint(10**7, 10**8))),
        ("watch_sec", str(c.rng.randint(5, 3000))),
        ("state", c.rng.choice(["playing", "paused"])),
        ("ts", str(ms(c))),
    ]
    b.view("query live_id + watch_sec + state (live player heartbeat)")
    b.no_content()
    return b.build()


def _ct_meta(b: FB, c: Context, opaque_only: bool) -> dict[str, object]:
    meta: dict[str, object] = {
        "type": "meta",
        "g": b.id("cho_ct_id", where="json [0].g (CleverTap id)", detectable=False),
        "tk": new_hex(c.rng, 10),
        "l_ts": ms(c) // 1000,
    }
    if not opaque_only:
        meta["af"] = {
            "GoogleAdID": b.id("gaid", where="json [0].af.GoogleAdID"),
            "Build": "TKQ1.221114.001",
            "Make": "Xiaomi",
            "Model": "23021RAAEG",
        }
    return meta


def _clevertap(c: Context) -> FB:
    b = FB(c, "clevertap", "POST", "https://sg1.clevertap-prod.com/a1")
    b.params += [
        ("os", "Android"),
        ("t", "60300"),
        ("z", "W8K-7Z9-RR6Z"),
        ("ts", str(ms(c) // 1000)),
    ]
    b.header("user-agent", dalvik())
    return b


def clevertap_live(c: Context) -> Flow:
    b = _clevertap(c)
    shop, _ = c.rng.choice(SHOPS)
    b.view("json evtData live_id + seconds_watched (Livestream Watched)")
    events = [
        _ct_meta(b, c, opaque_only=False),
        {
            "evtName": "Livestream Watched",
            "evtData": {
                "live_id": c.rng.randint(10**7, 10**8),
                "shop": shop,
                "seconds_watched": c.rng.randint(20, 2000),
            },
            "type": "event",
            "ep": ms(c) // 1000,
        },
    ]
    b.set_body(js(events).encode(), "application/json; charset=utf-8")
    b.ok_json({"g": "ok"})
    return b.build()


def clevertap_cart(c: Context) -> Flow:
    """An add-to-cart event: only the one-letter CleverTap id identifies the device."""
    b = _clevertap(c)
    events = [
        _ct_meta(b, c, opaque_only=True),
        {
            "evtName": "Added To Cart",
            "evtData": {"sku": f"SP{new_digits(c.rng, 8)}", "gia": c.rng.randint(50, 900) * 1000},
            "type": "event",
            "ep": ms(c) // 1000,
        },
    ]
    b.set_body(js(events).encode(), "application/json; charset=utf-8")
    b.ok_json({"g": "ok"})
    return b.build()


def tryon_analysis(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/thu-son/phan-tich-da", device=True)
    b.bio(
        "face_attributes", "json khuon_mat.do_tuoi_uoc_tinh + hinh_dang_mat (analysis of her face)"
    )
    b.json(
        {
            "khuon_mat": {
                "tong_mau_da": c.rng.choice(["sang", "trung_binh", "ngam"]),
                "sac_do": c.rng.choice(["am", "lanh"]),
                "hinh_dang_mat": c.rng.choice(["oval", "tron", "trai_xoan"]),
                "do_tuoi_uoc_tinh": c.rng.randint(30, 38),
                "mau_moi": "#" + new_hex(c.rng, 6),
            },
            "sp_dang_thu": f"SP{new_digits(c.rng, 8)}",
        }
    )
    b.ok_json({"goi_y": [f"SP{new_digits(c.rng, 8)}" for _ in range(3)]})
    return b.build()


def live_rooms(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/live/dang-phat?trang=1")
    b.decoy("live rooms with all-viewer dang_xem counts (aggregate)")
    b.ok_json(
        {
            "ds": [
                {
                    "live_id": c.rng.randint(10**7, 10**8),
                    "shop": s,
                    "dang_xem": c.rng.randint(50, 40000),
                }
                for s, _ in SHOPS
            ]
        }
    )
    return b.build()


def live_chat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/live/binh-luan")
    b.json(
        {
            "live_id": c.rng.randint(10**7, 10**8),
            "noi_dung": c.rng.choice(["ship HN bao lâu shop?", "size M còn không ạ", "chốt 1 đơn"]),
            "msg_id": rid(c.rng),
        }
    )
    b.ok_json({"error": 0})
    return b.build()


def live_stream(c: Context) -> Flow:
    b = FB(c, "chosi", "GET", f"https://live.chosicdn.example/live/{new_hex(c.rng, 16)}.flv")
    b.header("user-agent", "ijkplayer/0.8.8")
    b.respond(200, "video/x-flv", b"FLV\x01\x05" + c.rng.randbytes(600))
    return b.build()


def product_search(c: Context) -> Flow:
    q = c.rng.choice(["son kem li", "ao dai cach tan", "noi chien khong dau", "kem chong nang"])
    b = _b(c, "GET", f"{API}/api/v4/tim-kiem")
    b.params += [("keyword", q), ("sap_xep", "ban_chay"), ("trang", "1")]
    b.decoy("product search results with prices")
    b.ok_json(
        {
            "ds": [
                {
                    "sp_id": f"SP{new_digits(c.rng, 8)}",
                    "gia": c.rng.randint(50, 900) * 1000,
                    "da_ban": c.rng.randint(10, 9000),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def image_search(c: Context) -> Flow:
    boundary = "cs" + new_hex(c.rng, 14)
    b = _b(c, "POST", f"{API}/api/v4/tim-bang-hinh-anh")
    b.decoy("photo of a product (a pan) uploaded for visual search; product embedding back")
    b.set_body(
        multipart(
            boundary,
            [("anh", "san_pham.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600))],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "vector_sp": [rf(c.rng, -0.2, 0.2, 5) for _ in range(128)],
            "ds": [f"SP{new_digits(c.rng, 8)}" for _ in range(4)],
        }
    )
    return b.build()


def place_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v4/don-hang")
    b.decoy("order id, address, phone (accounts and addresses)")
    b.json(
        {
            "ds_sp": [{"sp_id": f"SP{new_digits(c.rng, 8)}", "sl": 1}],
            "dia_chi": "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
            "sdt": b.acct("phone_no"),
            "email_hoa_don": b.id("email", where="json email_hoa_don (e-invoice address)"),
            "thanh_toan": "COD",
        }
    )
    b.ok_json({"ma_don": "CS" + new_digits(c.rng, 12), "tao_luc": iso(c)})
    return b.build()


def shipper_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v4/don-hang/CS{new_digits(c.rng, 12)}/vi-tri-shipper")
    b.decoy("the shipper's live coordinates (another person's position)")
    b.ok_json(
        {"lat": rf(c.rng, 21.0, 21.05, 6), "lng": rf(c.rng, 105.8, 105.86, 6), "cap_nhat": iso(c)}
    )
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "chosi", "GET", f"https://cf.chosicdn.example/file/{new_hex(c.rng, 32)}_tn")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
