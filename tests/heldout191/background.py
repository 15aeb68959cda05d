"""Ordinary traffic on the café network between the apps: connectivity checks,
Busan weather, map tiles, news, chat, exchange rates, game launchers and
patches, crash reports with trace ids. None of it is sensitive."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, noise, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
           http_version="HTTP/1.1")  # fmt: skip
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 35.10, 35.20, 3), rf(c.rng, 129.0, 129.1, 3)
    url = "https://api.open-meteo.com/v1/forecast"
    b = _b(c, "weather", "GET", f"{url}?latitude={lat}&longitude={lon}&hourly=temperature_2m")
    b.decoy("coordinates and a temperature series")
    b.ok_json({"latitude": lat, "longitude": lon,
               "hourly": {"temperature_2m": [rf(c.rng, 2, 14, 1) for _ in range(24)]}})  # fmt: skip
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    url = f"https://map.pstatic.net/nrb/styles/basic/{z}/{x}/{y}.png"
    b = _b(c, "navermap", "GET", url)
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + noise(c, 300))
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://news.example-daily.kr/article/{c.rng.randint(10**6, 10**7)}")
    b.decoy("article about face recognition at stadium gates (text about faces)")
    html = (
        "<html><body><h1>경기장 얼굴인식 입장, 개인정보 논란</h1>"
        "<p>Face recognition gates use a 512-dimension face embedding per fan...</p></body></html>"
    )
    b.respond(200, "text/html; charset=utf-8", html.encode())
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://talk.example-messenger.kr/v1/messages")
    b.json(
        {
            "roomId": rid(c.rng),
            "clientMsgId": rid(c.rng),
            "text": c.rng.choice(
                ["12번 자리 키보드 교체했어요", "토요일 대회 인원 확정", "라면 재고 주문 부탁"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"msgId": rid(c.rng)})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "fx", "GET", "https://fx.example-finance.kr/v1/rates?base=USD&symbols=KRW&days=30")
    b.decoy("a 30-day price series")
    b.ok_json({"KRW": [rf(c.rng, 1380, 1420, 2) for _ in range(30)]})
    return b.build()


def steam_news(c: Context) -> Flow:
    url = "https://api.steampowered.com/ISteamNews/GetNewsForApp/v2/?appid=578080&count=3"
    b = FB(c, "steam", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", "Valve/Steam HTTP Client 1.0")
    b.ok_json(
        {
            "appnews": {
                "appid": 578080,
                "newsitems": [{"gid": new_hex(c.rng, 18), "title": "Patch 33.1"}],
            }
        }
    )
    return b.build()


def riot_status(c: Context) -> Flow:
    b = FB(c, "riot", "GET", "https://kr.api.riotgames.com/lol/status/v4/platform-data")
    b.header("user-agent", "RiotClient/91.0.1")
    b.ok_json({"id": "KR", "maintenances": [], "incidents": []})
    return b.build()


def patch_chunk(c: Context) -> Flow:
    url = f"https://lol.dyn.riotcdn.net/channels/public/bundles/{new_hex(c.rng, 16).upper()}.bundle"
    b = FB(c, "riot", "GET", url, http_version="HTTP/1.1")
    b.header("user-agent", "RiotClient/91.0.1")
    b.respond(200, "application/octet-stream", noise(c, 800))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o4506.ingest.sentry.io/api/4507713/envelope/")
    b.decoy("trace and event ids")
    event_id = new_hex(c.rng, 32)
    env = "\n".join([
        js({"event_id": event_id, "sent_at": iso(c)}),
        js({"type": "event"}),
        js({"event_id": event_id, "platform": "java",
            "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
            "exception": {"values": [{"type": "IOException", "value": "timeout"}]}}),
    ]) + "\n"  # fmt: skip
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def delivery(c: Context) -> Flow:
    b = _b(c, "delivery", "POST", "https://api.example-delivery.kr/v3/orders")
    b.decoy("food order for the staff: address coordinates and an order id")
    b.json(
        {
            "shopId": c.rng.randint(10**5, 10**6),
            "menu": [{"name": "돼지국밥", "qty": 2}],
            "dropoff": {"lat": rf(c.rng, 35.15, 35.16, 5), "lng": rf(c.rng, 129.05, 129.06, 5)},
            "orderKey": rid(c.rng),
        }
    )
    b.ok_json({"etaMin": c.rng.randint(20, 50)})
    return b.build()


def promo_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.example-cdn.kr/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.kr/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Seoul"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, news_article, chat, fx_rates, steam_news, riot_status,
    patch_chunk, sentry_crash, delivery, promo_image, time_sync, patch_chunk, chat,
]  # fmt: skip
