"""Ordinary traffic between the apps: Samsung connectivity and update checks,
weather (KMA-style), Naver map tiles, a route with coordinate lists, crash
reports with trace ids, Firebase Remote Config flags, a shop order and a
time sync. None of it carries biometric data, viewing history or a device id.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def connectivity(c: Context) -> Flow:
    b = FB(
        c, "android", "GET", "http://connectivity.samsung.com/generate_204", http_version="HTTP/1.1"
    )
    b.header("user-agent", dalvik())
    b.no_content()
    return b.build()


def galaxy_store(c: Context) -> Flow:
    b = _b(
        c,
        "galaxy-store",
        "GET",
        "https://vas.samsungapps.com/stub/stubUpdateCheck.as?appId=com.sec.android.app.launcher&versionCode=150000000&deviceId=SM-S921N&mcc=450&mnc=05&csc=SKC&sdkVer=34&pd=0",
    )
    b.decoy("model name under deviceId (not an identifier)")
    b.respond(200, "text/xml", b"<result><resultCode>0</resultCode></result>")
    return b.build()


def weather(c: Context) -> Flow:
    nx, ny = c.rng.randint(55, 65), c.rng.randint(120, 130)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.kweather-example.kr/v1/short?nx={nx}&ny={ny}&base_time=0800",
    )
    b.ok_json({"nx": nx, "ny": ny, "T1H": [rf(c.rng, 3, 18, 1) for _ in range(6)], "SKY": 3})
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    url = f"https://map.pstatic.net/nrb/styles/basic/1699999999/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png"  # noqa: E501
    b = _b(c, "naver-map", "GET", url)
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def route(c: Context) -> Flow:
    b = _b(
        c,
        "kakao-map",
        "GET",
        "https://apis-navi.kakaomobility-example.com/v1/directions?origin=127.02,37.49&destination=127.10,37.51",
    )
    b.decoy("route coordinate list")
    b.ok_json(
        {
            "routes": [
                {
                    "vertexes": [
                        rf(c.rng, 126.9, 127.2, 6) if i % 2 == 0 else rf(c.rng, 37.4, 37.6, 6)
                        for i in range(40)
                    ],
                    "duration": c.rng.randint(600, 2400),
                }
            ]
        }
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o450123.ingest.sentry.io/api/6612345/envelope/")
    b.decoy("trace / event ids")
    eid = new_hex(c.rng, 32)
    env = (
        "\n".join(
            [
                js({"event_id": eid, "sent_at": iso(c)}),
                js({"type": "event"}),
                js(
                    {
                        "event_id": eid,
                        "level": "error",
                        "platform": "java",
                        "contexts": {
                            "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
                        },
                        "exception": {
                            "values": [{"type": "SocketTimeoutException", "value": "timeout"}]
                        },
                    }
                ),
            ]
        )
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def remote_config(c: Context) -> Flow:
    url = "https://firebaseremoteconfig.googleapis.com/v1/projects/482130/namespaces/firebase:fetch"
    b = _b(c, "firebase-rc", "POST", url)
    b.decoy("feature flags with experiment ids")
    b.json(
        {
            "appId": "1:482130:android:" + new_hex(c.rng, 16),
            "appVersion": "6.11.2",
            "countryCode": "KR",
            "languageCode": "ko-KR",
            "platformVersion": "34",
            "timeZone": "Asia/Seoul",
            "sdkVersion": "21.6.0",
        }
    )
    b.ok_json({"entries": {"new_player_ui": "true", "exp_id": rid(c.rng)}, "state": "UPDATE"})
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.shop-example.co.kr/v2/orders")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"SKU{c.rng.randint(10000, 99999)}", "qty": 1}],
            "currency": "KRW",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {"orderNo": f"2024{c.rng.randint(10**9, 10**10 - 1)}", "total": c.rng.randint(5000, 90000)}
    )
    return b.build()


def time_sync(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.example-ntp.kr/now")
    b.ok_json({"epochMs": ms(c), "tz": "Asia/Seoul"})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://talk.example-messenger.kr/v1/messages")
    b.json(
        {
            "roomId": rid(c.rng),
            "clientMsgId": rid(c.rng),
            "text": c.rng.choice(["ㅇㅋ", "곧 도착", "저녁 뭐 먹지?"]),
            "at": ms(c),
        }
    )
    b.ok_json({"msgId": rid(c.rng)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    connectivity,
    galaxy_store,
    weather,
    map_tile,
    route,
    sentry,
    remote_config,
    shop_order,
    time_sync,
    chat,
    map_tile,
    weather,
]
