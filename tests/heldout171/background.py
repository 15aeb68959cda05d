"""Ordinary traffic between the apps, the way a Korean phone talks: the KMA-style
weather forecast for a grid cell, Seoul bus arrivals, Naver news (one article is
about face recognition), KOSPI prices, KakaoTalk-style chat, Kakao map tiles, a
shopping order, a Sentry crash envelope with trace ids and update checks. None
of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, kst14, ms, rf, rid


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
    nx, ny = c.rng.choice([(60, 127), (98, 76), (89, 90)])  # Seoul, Busan, Daegu grid cells
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.nalssi.example/VilageFcstInfoService/getVilageFcst?nx={nx}&ny={ny}&base_date=20241109&base_time=0500&dataType=JSON",
    )
    b.ok_json(
        {
            "response": {
                "body": {
                    "items": {
                        "item": [
                            {
                                "category": cat,
                                "fcstTime": f"{h:02d}00",
                                "fcstValue": str(c.rng.randint(0, 20)),
                            }
                            for h in range(6, 12)
                            for cat in ("TMP", "POP")
                        ]
                    }
                }
            }
        }
    )
    return b.build()


def bus_arrival(c: Context) -> Flow:
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.busan-bus.example/arrival?stopId={c.rng.randint(100000, 199999)}",
    )
    b.decoy("bus positions and arrival seconds (public vehicles)")
    b.ok_json(
        {
            "arrivals": [
                {
                    "routeNo": r,
                    "arrSec": c.rng.randint(30, 900),
                    "busLat": rf(c.rng, 35.1, 35.2, 5),
                    "busLng": rf(c.rng, 129.0, 129.1, 5),
                    "vehId": f"70{c.rng.randint(1000, 9999)}",
                }
                for r in ("1001", "40", "139")
            ]
        }
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://n.news.naver.com/mnews/article/{c.rng.randint(1, 500):03d}/"
        f"{c.rng.randint(10**9, 10**10)}",
    )
    b.decoy("news article about face recognition at airports (text about faces)")
    html = (
        "<html><head><title>인천공항, 안면인식 탑승 확대</title></head><body>"
        "<p>얼굴 인식(face recognition) 기술로 신분증 없이 탑승하는 스마트패스가 "
        "국제선 전 구간으로 확대된다. "
        "정부는 얼굴 특징점(landmarks) 정보를 암호화해 보관한다고 밝혔다.</p>"
        "</body></html>"
    )
    b.respond(200, "text/html; charset=utf-8", html.encode())
    return b.build()


def kospi(c: Context) -> Flow:
    b = _b(c, "stocks", "GET", "https://api.jusik.example/v1/index/KOSPI/intraday?interval=5m")
    b.decoy("KOSPI intraday series (price series)")
    b.ok_json(
        {
            "index": "KOSPI",
            "series": [[ms(c) - i * 300000, rf(c.rng, 2500, 2620, 2)] for i in range(48)],
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://talk.chatter.example/v3/chat/send")
    b.json(
        {
            "chatId": c.rng.randint(10**15, 10**16),
            "msgId": rid(c.rng),
            "text": c.rng.choice(
                ["엄마 오늘 늦어?", "ㅇㅋ", "주일에 교회 같이 가요", "치킨 시킴 🍗"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"logId": c.rng.randint(10**17, 10**18), "status": 0})
    return b.build()


def kakao_tile(c: Context) -> Flow:
    z = c.rng.randint(3, 13)
    b = _b(
        c,
        "kakaomap",
        "GET",
        f"https://map.daumcdn.example/map_2d/2410hsp/L{z}/"
        f"{c.rng.randint(0, 4000)}/{c.rng.randint(0, 4000)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.rocketmall.example/v2/orders")
    b.decoy("order number and an idempotency key")
    b.json(
        {
            "items": [{"productId": c.rng.randint(10**9, 10**10), "qty": 1}],
            "idempotencyKey": rid(c.rng),
            "currency": "KRW",
        }
    )
    b.ok_json(
        {"orderId": f"{kst14(c)}{c.rng.randint(10**5, 10**6)}", "total": c.rng.randint(5000, 90000)}
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o1187732.ingest.sentry.io/api/6305521/envelope/")
    b.decoy("crash envelope: event / trace / span ids")
    event_id = new_hex(c.rng, 32)
    head = {"event_id": event_id, "sent_at": iso(c)}
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "NullPointerException", "value": "RecyclerView adapter is null"}]
        },
    }
    env = "\n".join([js(head), js({"type": "event"}), js(event)]) + "\n"
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://t1.kakaocdn.net/thumb/{new_hex(c.rng, 32)}/R640x0.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://update.onestore.example/v1/apps/check?pkg=com.dalbit.tv")
    b.decoy("release hash")
    b.ok_json({"latest": "5.8.3", "sha1": new_hex(c.rng, 40), "force": False})
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.kriss.example/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Seoul"})
    return b.build()


def naver_search(c: Context) -> Flow:
    q = c.rng.choice(["오늘 날씨", "흑백요리사 다시보기", "KBO 한국시리즈 일정", "수능 D-day"])
    b = _b(c, "naver", "GET", "https://m.search.naver.com/search.naver")
    b.param("query", q)
    b.param("sm", "mtb_hty.top")
    b.decoy("web search query (a search, not a watch record)")
    b.respond(
        200, "text/html; charset=utf-8", f"<html><title>{q} : 네이버 검색</title></html>".encode()
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    bus_arrival,
    news_article,
    kospi,
    chat,
    kakao_tile,
    shop_order,
    sentry,
    cdn_image,
    update_check,
    time_sync,
    naver_search,
    chat,
    weather,
    cdn_image,
]
