"""Ordinary traffic between the apps: weather for Hanoi and Saigon, gold and
exchange-rate series, news, map tiles, CDN thumbnails, Sentry crash envelopes
with trace ids, chat, update checks, a sign-up form with self-declared gender,
an article about face recognition. None of it is sensitive."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid, vn_point


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
    lat, lon = vn_point(c)
    b = _b(c, "thoitiet", "GET", f"https://api.thoitiet.example/v1/du-bao?lat={lat}&lon={lon}")
    b.decoy("coordinates and hourly temperatures")
    b.ok_json(
        {
            "lat": lat,
            "lon": lon,
            "nhiet_do": [rf(c.rng, 18, 36, 1) for _ in range(24)],
            "aqi": c.rng.randint(40, 180),
        }
    )
    return b.build()


def gold_price(c: Context) -> Flow:
    b = _b(c, "giavang", "GET", "https://api.giavang.example/v2/sjc?ky=30d")
    b.decoy("gold price series")
    b.ok_json(
        {
            "mua": [c.rng.randint(82, 86) * 10**6 for _ in range(30)],
            "ban": [c.rng.randint(84, 88) * 10**6 for _ in range(30)],
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c,
        "baomoi",
        "GET",
        "https://api.tintuc.example/v1/bai-viet?chuyen-muc="
        + c.rng.choice(["the-thao", "cong-nghe", "xa-hoi"]),
    )
    b.ok_json(
        {
            "bai": [
                {
                    "id": c.rng.randint(10**6, 10**7),
                    "tieu_de": "Tin nóng",
                    "luot_doc": c.rng.randint(100, 10**5),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(
        c, "baomoi", "GET", f"https://api.tintuc.example/v1/bai-viet/{c.rng.randint(10**6, 10**7)}"
    )
    b.decoy("news article about face recognition at airports (an article, not a face)")
    b.ok_json(
        {
            "tieu_de": "Sân bay Nội Bài thử nghiệm nhận diện khuôn mặt",
            "tom_tat": "Hành khách có thể làm thủ tục bằng khuôn mặt (face ID) thay cho CCCD.",
            "tu_khoa": ["nhan-dien-khuon-mat", "sinh-trac-hoc"],
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
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.vuiplay.example/p/{new_hex(c.rng, 24)}/w320.jpg")
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o93721.ingest.sentry.io/api/4411/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "PlayerView.onResume"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.nhantin.example/v1/tin-nhan")
    b.json(
        {
            "hoi_thoai": rid(c.rng),
            "noi_dung": c.rng.choice(["tối nay ăn gì?", "con về chưa", "ok"]),
            "gui_luc": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def signup_form(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.muasam.example/v1/dang-ky")
    b.decoy("sign-up form with self-declared gender and birth year")
    b.json({"ho_ten": "Lê Minh Anh", "gioi_tinh": "nu", "nam_sinh": 1990, "tinh": "Hà Nội"})
    b.ok_json({"ok": True, "ma_kh": "KH" + str(c.rng.randint(10**6, 10**7))})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://cdn.capnhat.example/v1/latest?kenh=stable")
    b.decoy("commit hash and build id")
    b.ok_json({"phien_ban": "6.4.3", "commit": new_hex(c.rng, 40), "build": new_hex(c.rng, 12)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, gold_price, news, face_article, map_tile, thumbnail,
    sentry_crash, chat, signup_form, update_check, weather, thumbnail, news,
]  # fmt: skip
