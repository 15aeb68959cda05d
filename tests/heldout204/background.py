"""Ordinary traffic between the apps: connectivity checks, weather for Hà Nội /
Đà Nẵng / Thành phố Hồ Chí Minh, map tiles, a Shopee-like shop (product pages
with view counts, a refurbished laptop's serial in the catalogue, "recently
viewed products"), a news site (article views and reading time), a Zalo-like
chat sharing a location, a school contact-book app (marks, a pupil's
self-declared gender), a ride-hailing / food app (pickup position, the
driver's position), a game's camera yaw, crash reports with trace ids and an
update check with a commit hash. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(21.03, 105.85), (16.05, 108.22), (10.78, 106.70)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=Asia%2FBangkok",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 15, 33, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 4, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def shop_product(c: Context) -> Flow:
    pid = c.rng.randint(10**9, 10**10)
    b = _b(c, "shop", "GET", f"https://api.sanhang.example/v4/san-pham/{pid}?nguon=trang_chu")
    b.decoy("product view counter and a refurbished laptop's serial number in the listing")
    b.ok_json(
        {
            "ma_sp": pid,
            "ten": "Laptop ThinkPad T14 Gen 2 (hàng tân trang)",
            "gia": c.rng.randint(80, 150) * 100000,
            "luot_xem": c.rng.randint(100, 90000),
            "da_ban": c.rng.randint(1, 900),
            "so_serial": "PF" + new_hex(c.rng, 6).upper(),
            "bao_hanh": "6 tháng",
            "danh_gia": rf(c.rng, 4, 5, 1),
        }
    )
    return b.build()


def shop_recently_viewed(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.sanhang.example/v4/nguoi-dung/da-xem-gan-day?limit=10")
    b.decoy("recently viewed products in a shop (browsing, not media viewing)")
    b.ok_json(
        {
            "da_xem": [
                {
                    "ma_sp": c.rng.randint(10**9, 10**10),
                    "ten": t,
                    "xem_luc": iso(c),
                }
                for t in ("Nồi cơm điện Sharp 1.8L", "Áo dài cách tân", "Tai nghe bluetooth")
            ]
        }
    )
    return b.build()


def shop_cart(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.sanhang.example/v4/gio-hang/them")
    b.decoy("order / cart ids")
    b.json(
        {
            "ma_sp": c.rng.randint(10**9, 10**10),
            "so_luong": c.rng.randint(1, 3),
            "phan_loai": c.rng.choice(["Đỏ, XL", "Xanh, M", "Đen"]),
            "ma_gio": rid(c.rng),
        }
    )
    b.ok_json({"so_mon": c.rng.randint(1, 9), "tong": c.rng.randint(10, 900) * 1000})
    return b.build()


def news(c: Context) -> Flow:
    aid = c.rng.randint(4800000, 4899999)
    b = _b(c, "news", "GET", f"https://api.tinnhanh.example/v2/bai-viet/{aid}")
    b.decoy("article view count and estimated reading time")
    b.ok_json(
        {
            "id": aid,
            "tieu_de": c.rng.choice(
                [
                    "Hà Nội rét đậm, nhiệt độ xuống dưới 15 độ",
                    "Đà Nẵng chuẩn bị lễ hội pháo hoa",
                    "Giá vàng hôm nay tăng mạnh",
                ]
            ),
            "luot_xem": c.rng.randint(1000, 500000),
            "thoi_gian_doc": f"{c.rng.randint(2, 9)} phút",
            "xuat_ban": iso(c),
        }
    )
    return b.build()


def chat_location(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(c, "chat", "POST", "https://api.chatnhanh.example/v3/tin-nhan/gui")
    b.decoy("a shared location ('vi_tri') in a chat message")
    b.json(
        {
            "hoi_thoai": "g" + new_digits(c.rng, 12),
            "loai": "vi_tri",
            "vi_tri": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05, 5),
                "lng": rf(c.rng, lon - 0.05, lon + 0.05, 5),
            },
            "noi_dung": "Mẹ đang ở đây nè",
            "msg_id": rid(c.rng),
            "t": ms(c),
        }
    )
    b.ok_json({"da_gui": True})
    return b.build()


def chat_text(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.chatnhanh.example/v3/tin-nhan/gui")
    b.json(
        {
            "hoi_thoai": "g" + new_digits(c.rng, 12),
            "loai": "van_ban",
            "noi_dung": c.rng.choice(["Tối nay ăn gì?", "Con về chưa?", "Nhớ mặc áo ấm nhé"]),
            "msg_id": rid(c.rng),
            "t": ms(c),
        }
    )
    b.ok_json({"da_gui": True})
    return b.build()


def school(c: Context) -> Flow:
    b = _b(c, "school", "GET", "https://api.solienlac.example/v1/hoc-sinh/diem?hoc_ky=1")
    b.decoy("a pupil's marks and self-declared gender")
    b.ok_json(
        {
            "hoc_sinh": {"ho_ten": "Nguyễn Minh Anh", "lop": "11A2", "gioi_tinh": "Nữ"},
            "diem": [
                {"mon": m, "diem": rf(c.rng, 6, 10, 1)}
                for m in ("Toán", "Ngữ văn", "Tiếng Anh", "Vật lý")
            ],
        }
    )
    return b.build()


def ride_booking(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(c, "ride", "POST", "https://api.xeomnhanh.example/v2/chuyen-di/dat")
    b.decoy("pickup / drop-off positions")
    b.json(
        {
            "diem_don": {
                "lat": rf(c.rng, lat - 0.03, lat + 0.03, 5),
                "lng": rf(c.rng, lon - 0.03, lon + 0.03, 5),
            },
            "diem_den": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05, 5),
                "lng": rf(c.rng, lon - 0.05, lon + 0.05, 5),
            },
            "loai_xe": c.rng.choice(["xe_may", "o_to_4", "o_to_7"]),
            "ma_khuyen_mai": "GIAM20K",
        }
    )
    b.ok_json({"ma_chuyen": "XO" + new_digits(c.rng, 10), "gia": c.rng.randint(15, 120) * 1000})
    return b.build()


def ride_driver(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(
        c,
        "ride",
        "GET",
        f"https://api.xeomnhanh.example/v2/chuyen-di/XO{new_digits(c.rng, 10)}/tai-xe",
    )
    b.decoy("driver's position and heading, licence plate")
    b.ok_json(
        {
            "tai_xe": "Trần Văn Phúc",
            "bien_so": f"{c.rng.randint(29, 92)}B1-{new_digits(c.rng, 5)}",
            "vi_tri_tai_xe": {
                "lat": rf(c.rng, lat - 0.02, lat + 0.02, 5),
                "lng": rf(c.rng, lon - 0.02, lon + 0.02, 5),
            },
            "huong": c.rng.randint(0, 359),
            "den_trong": c.rng.randint(1, 12),
        }
    )
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.xeomnhanh.example/v2/do-an/dat")
    b.decoy("order number")
    b.json(
        {
            "quan": c.rng.choice(["Phở Thìn Lò Đúc", "Mì Quảng Bà Mua", "Cơm tấm Ba Ghiền"]),
            "mon": [{"ten": "Phở bò tái", "so_luong": 2}],
            "dia_chi": "Ngõ 12 Láng Hạ, Đống Đa, Hà Nội",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"ma_don": "FD" + new_digits(c.rng, 11), "tong": c.rng.randint(50, 400) * 1000})
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.rongvang-game.example/v1/su-kien")
    b.decoy("camera yaw / pitch and player position in a game")
    b.json(
        {
            "tran": rid(c.rng),
            "su_kien": "di_chuyen",
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 60, 2)},
            "vi_tri": [rf(c.rng, 0, 500, 2), rf(c.rng, 0, 50, 2), rf(c.rng, 0, 500, 2)],
            "fps": c.rng.randint(40, 60),
        }
    )
    b.no_content()
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41822.ingest.sentry.io/api/7713402/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.appviet.example/v1/latest?kenh=stable")
    b.decoy("commit hash")
    b.ok_json({"phien_ban": "3.4.1", "commit": new_hex(c.rng, 40), "ghi_chu": "Sửa lỗi nhỏ"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.tinnhanh-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/beviet/v12/QdVPSTAyLFyeg_IDWvOJmVES.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    shop_product,
    shop_recently_viewed,
    shop_cart,
    news,
    chat_location,
    chat_text,
    school,
    ride_booking,
    ride_driver,
    food_order,
    game_telemetry,
    sentry_crash,
    update_check,
    cdn_image,
    fonts,
    weather,
    news,
    chat_text,
    cdn_image,
]
