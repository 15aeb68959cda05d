"""Ordinary traffic between the apps: weather, Kakao local search, Naver map
tiles, crash reports with trace ids, delivery tracking, subway arrivals, news.
None of it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import builder, iso, kst, ms, rf, rid

OK = "okhttp/4.12.0"


def generate_204(c: Context) -> Flow:
    b = builder(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204", OK)
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = rf(c.rng, 35.0, 37.7, 3), rf(c.rng, 126.8, 129.2, 3)
    b = builder(c, "nalssi", "GET", f"https://api.nalssi.example/v1/dangi?lat={lat}&lon={lon}", OK)
    b.decoy("forecast series at coordinates (weather, not a person)")
    b.ok_json(
        {
            "gion": [rf(c.rng, -5, 30, 1) for _ in range(24)],
            "gangsu": [c.rng.randint(0, 80) for _ in range(24)],
        }
    )
    return b.build()


def kakao_local(c: Context) -> Flow:
    b = builder(
        c,
        "kakao-local",
        "GET",
        "https://dapi.kakao.com/v2/local/search/keyword.json?query=%EA%B5%AD%EB%B0%A5",
        OK,
    )
    b.decoy("place search results with x/y coordinates")
    b.ok_json(
        {
            "documents": [
                {
                    "place_name": "돼지국밥",
                    "x": str(rf(c.rng, 129.0, 129.2, 6)),
                    "y": str(rf(c.rng, 35.1, 35.2, 6)),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def naver_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = builder(
        c,
        "naver-map",
        "GET",
        f"https://map.pstatic.net/nrb/styles/basic/{z}/{x}/{y}.png",
        OK,
    )
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = builder(c, "sentry", "POST", "https://o4504.ingest.sentry.io/api/77/envelope/", OK)
    b.decoy("crash envelope with event and trace ids (not device ids)")
    b.set_body(
        (
            '{"event_id":"' + new_hex(c.rng, 32) + '","sent_at":"' + iso(c) + '"}\n'
            '{"type":"event"}\n{"exception":{"values":[{"type":"NullPointerException"}]},'
            '"contexts":{"trace":{"trace_id":"' + new_hex(c.rng, 32) + '"}}}\n'
        ).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": new_hex(c.rng, 32)})
    return b.build()


def subway(c: Context) -> Flow:
    b = builder(
        c,
        "jihacheol",
        "GET",
        "https://api.jihacheol.example/v1/arrival?station=%EC%84%9C%EB%A9%B4",
        OK,
    )
    b.ok_json(
        {"arrivals": [{"line": 1, "minutes": c.rng.randint(1, 12)} for _ in range(4)], "t": kst(c)}
    )
    return b.build()


def parcel(c: Context) -> Flow:
    b = builder(
        c,
        "taekbae",
        "GET",
        f"https://api.taekbae.example/track/{c.rng.randint(10**11, 10**12)}",
        OK,
    )
    b.decoy("tracking number (a parcel, not a device)")
    b.ok_json({"status": "배송출발", "at": kst(c)})
    return b.build()


def news(c: Context) -> Flow:
    b = builder(c, "news", "GET", "https://news.hangyeol.example/api/article/2024112712", OK)
    b.decoy("article about face recognition at airports (text about faces)")
    b.ok_json(
        {
            "title": "공항 얼굴인식 출국 확대",
            "body": "..." * 20,
            "views": c.rng.randint(1000, 90000),
        }
    )
    return b.build()


def config(c: Context) -> Flow:
    b = builder(c, "config", "GET", "https://cfg.hanul-common.example/remote-config?v=3", OK)
    b.ok_json(
        {
            "flags": {"newHome": True, "darkMode": False},
            "etag": new_hex(c.rng, 16),
            "req": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.decoy("etag and request id (cache and trace ids)")
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    kakao_local,
    naver_tile,
    sentry_crash,
    subway,
    parcel,
    news,
    config,
]
