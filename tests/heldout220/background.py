"""Ordinary traffic between the apps: connectivity checks, Almaty weather, map
tiles, news, a taxi order, crash reports with trace ids, update checks with
commit hashes. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import SB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> SB:
    b = SB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = SB(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )  # fmt: skip
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(
        c, "weather", "GET",
        "https://api.open-meteo.com/v1/forecast?latitude=43.35&longitude=77.04&hourly=temperature_2m",
    )  # fmt: skip
    b.ok_json(
        {
            "latitude": 43.35,
            "longitude": 77.04,
            "hourly": {"temperature_2m": [rf(c.rng, -12, 8, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    b = _b(
        c, "osm", "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )  # fmt: skip
    b.decoy("map tile coordinates")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.zhanalyqtar-kz.example/v1/news?cat=qogam&t={ms(c)}")
    b.ok_json(
        {
            "items": [
                {"id": c.rng.randint(10**5, 10**6), "title": t}
                for t in ("Алматыда қар жауады", "Әуежайда жаңа терминал", "Теңге бағамы")
            ]
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.zhanalyqtar-kz.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/7712044/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.ala-airport.example/v1/groundops/latest")
    b.decoy("commit hash")
    b.ok_json({"version": "2.31.5", "commit": new_hex(c.rng, 40), "notes": "Түзетулер"})
    return b.build()


def taxi_order(c: Context) -> Flow:
    b = _b(c, "taxi", "POST", "https://api.taksi-almaty.example/v3/orders")
    b.decoy("order number and pickup coordinates")
    b.json(
        {
            "from": {"lat": rf(c.rng, 43.34, 43.36, 5), "lon": rf(c.rng, 77.03, 77.05, 5)},
            "to": {"lat": rf(c.rng, 43.2, 43.28, 5), "lon": rf(c.rng, 76.85, 76.95, 5)},
            "tariff": "comfort",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "etaMin": c.rng.randint(3, 15)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news,
    news_image,
    sentry_crash,
    update_check,
    taxi_order,
    fonts,
]
