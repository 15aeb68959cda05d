"""Ordinary traffic between the apps: weather in the three cities, Zalo chat and
avatars, map tiles, SJC gold prices, lottery results, a news article about face
recognition at airports, a public traffic camera's snapshot, crash envelopes
with trace ids, connectivity checks. None of it carries biometric data, viewing
history or an identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [
    ("Hà Nội", 21.0285, 105.8542),
    ("Đà Nẵng", 16.0544, 108.2022),
    ("TP. Hồ Chí Minh", 10.8231, 106.6297),
]


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
    name, lat, lon = c.rng.choice(CITIES)
    b = _b(c, "weather", "GET", "https://api.openweathermap.org/data/2.5/forecast")
    b.params += [
        ("lat", str(lat)),
        ("lon", str(lon)),
        ("appid", new_hex(c.rng, 32)),
        ("lang", "vi"),
        ("units", "metric"),
    ]
    b.decoy("API key of 32 hex (md5-looking) and city coordinates")
    b.ok_json(
        {
            "city": {"name": name},
            "list": [
                {"dt": ms(c) // 1000 + i * 10800, "main": {"temp": rf(c.rng, 18, 35, 2)}}
                for i in range(8)
            ],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def zalo_message(c: Context) -> Flow:
    b = _b(c, "zalo", "POST", "https://tt-chat2-wpa.chat.zalo.me/api/message/sms")
    b.decoy("conversation and client message ids")
    b.form(
        [
            ("toid", new_digits(c.rng, 19, "5")),
            (
                "message",
                c.rng.choice(
                    [
                        "Mẹ ơi con về tới nhà rồi",
                        "tối nay ăn gì?",
                        "ok anh",
                        "Chúc mừng sinh nhật bà!",
                    ]
                ),
            ),
            ("clientId", str(ms(c))),
            ("imei", rid(c.rng)),
        ]
    )
    b.decoy("Zalo web's `imei` form field holds a random per-login UUID, not the phone's IMEI")
    b.ok_json({"error_code": 0, "data": {"msgId": new_digits(c.rng, 13)}})
    return b.build()


def zalo_avatar(c: Context) -> Flow:
    b = _b(
        c,
        "zalo",
        "GET",
        f"https://s120-ava-talk.zadn.vn/{new_hex(c.rng, 1)}/{new_hex(c.rng, 1)}/"
        f"{new_hex(c.rng, 32)}.jpg",
    )
    b.decoy("a contact's profile photo displayed in chat (no face matching)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def gold_prices(c: Context) -> Flow:
    b = _b(c, "giavang", "GET", "https://api.giavang.example/v1/sjc/lich-su?ngay=30")
    b.decoy("SJC gold price series (floats)")
    base = rf(c.rng, 82, 86, 2)
    b.ok_json(
        {
            "don_vi": "trieu/luong",
            "ds": [
                [
                    ms(c) // 1000 - i * 86400,
                    round(base + c.rng.gauss(0, 0.4), 2),
                    round(base + 2 + c.rng.gauss(0, 0.4), 2),
                ]
                for i in range(30)
            ],
        }
    )
    return b.build()


def lottery(c: Context) -> Flow:
    b = _b(c, "xoso", "GET", "https://api.xoso.example/v2/ket-qua?mien=bac&ngay=2024-11-05")
    b.decoy("lottery numbers")
    b.ok_json(
        {
            "giai_db": new_digits(c.rng, 5),
            "giai_nhat": new_digits(c.rng, 5),
            "giai_nhi": [new_digits(c.rng, 5) for _ in range(2)],
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "vnexpress",
        "GET",
        f"https://vnexpress.net/xac-thuc-khuon-mat-tai-san-bay-noi-bai-{new_digits(c.rng, 7)}.html",
    )
    b.decoy("news article about face recognition at airports (text about faces, no face data)")
    body = (
        "<html><head><title>Hành khách xác thực khuôn mặt khi qua cửa an ninh</title></head><body>"
        "<p>Từ tháng 8, hành khách tại Nội Bài có thể dùng sinh trắc học khuôn mặt (face ID) "
        "đã tích hợp VNeID thay giấy tờ. Hệ thống so khớp 68 điểm đặc trưng trên khuôn mặt.</p>"
        "</body></html>"
    )
    b.respond(200, "text/html; charset=utf-8", body.encode())
    return b.build()


def traffic_camera(c: Context) -> Flow:
    cam = c.rng.choice(["56df8381c062921100540d5d", "5d8cdc9f766c880017188c9a"])
    b = _b(
        c,
        "giaothong",
        "GET",
        f"https://camera.giaothong.example/api/snapshot?camId={cam}&t={ms(c)}",
    )
    b.decoy("public traffic camera snapshot and its camera id (city equipment, not the tester's)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(
        c,
        "sentry",
        "POST",
        f"https://o{new_digits(c.rng, 6)}.ingest.sentry.io/api/{new_digits(c.rng, 7)}/envelope/",
    )
    b.decoy("sentry event and trace ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "platform": "java",
        "level": "error",
        "contexts": {
            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)},
            "device": {"model": "23021RAAEG", "family": "Redmi"},
        },
        "exception": {"values": [{"type": "java.net.SocketTimeoutException", "value": "timeout"}]},
    }
    env = (
        "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/beviettampro/v11/QdVPSTAyLFyeg_IDWvOJmVES_Hw3BX8.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(200))
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "forms", "POST", "https://api.khoahoc.example/v1/dang-ky")
    b.decoy("sign-up form with self-declared gioi_tinh and birth date")
    b.json(
        {
            "ho_ten": "Nguyễn Thu Hà",
            "gioi_tinh": "nu",
            "ngay_sinh": "1989-03-12",
            "khoa_hoc": "Tiếng Anh giao tiếp",
        }
    )
    b.ok_json({"ma_dang_ky": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    zalo_message,
    zalo_avatar,
    gold_prices,
    lottery,
    news_article,
    traffic_camera,
    sentry_crash,
    fonts,
    signup_form,
    weather,
    zalo_message,
]
