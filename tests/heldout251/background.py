"""Ordinary traffic between the apps on a Macau work phone: connectivity checks,
the observatory's weather, map tiles, bus arrival times, news, crash reports
with trace ids, update checks with commit hashes, a food-delivery order, a
Macau Pass top-up. None of it carries biometric data, viewing history or a
device identifier."""

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
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    b = _b(c, "weather", "GET", "https://xml.smg.gov.mo/c_actual_brief.xml")
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><ActualWeatherBrief>'
        f"<Temperature><Value>{rf(c.rng, 12, 31, 1)}</Value></Temperature>"
        f"<Humidity><Value>{c.rng.randint(50, 95)}</Value></Humidity>"
        "<WeatherDescription>多雲</WeatherDescription></ActualWeatherBrief>"
    )
    b.respond(200, "application/xml; charset=utf-8", xml.encode())
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(13, 17)
    x, y = int(0.8153 * 2**z), int(0.4355 * 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def bus_times(c: Context) -> Flow:
    stop = c.rng.choice(["T308", "M254", "C683"])
    b = _b(c, "bus", "GET", f"https://api.bus-macau.example/v1/stop/{stop}/eta")
    b.decoy("bus positions and arrival minutes")
    b.ok_json(
        {
            "stop": stop,
            "routes": [
                {
                    "route": r,
                    "eta_min": c.rng.randint(1, 25),
                    "position": [rf(c.rng, 22.11, 22.2, 5), rf(c.rng, 113.53, 113.59, 5)],
                }
                for r in ("25", "26A", "MT4")
            ],
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.tdm-noticias.example/v1/artigos?lang=zh&t={ms(c)}")
    b.ok_json(
        {
            "artigos": [
                {"id": c.rng.randint(10**5, 10**6), "titulo": t}
                for t in ("博彩毛收入按月上升", "澳門輕軌延長線通車", "Tempo: chuva fraca")
            ]
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.macau-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51207.ingest.sentry.io/api/4507331/envelope/")
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
    b = _b(c, "updates", "GET", "https://apps.it.lotusbay.example/v1/latest?app=surv&ch=prod")
    b.decoy("commit hash")
    b.ok_json({"version": "8.2.1", "commit": new_hex(c.rng, 40), "notes": "修正 FR 警報延遲"})
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.aomi-food.example/v3/orders")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"PORKBUN-{c.rng.randint(100, 999)}", "qty": 2}],
            "currency": "MOP",
            "address": "路氹連貫公路 蓮灣度假村 員工入口",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNo": order_no(c.rng), "total": rf(c.rng, 40, 200, 1)})
    return b.build()


def macau_pass(c: Context) -> Flow:
    b = _b(c, "macaupass", "POST", "https://api.macaupass-topup.example/v2/topup")
    b.decoy("card top-up reference")
    b.json(
        {
            "amount": c.rng.choice([50, 100, 200]),
            "currency": "MOP",
            "ref": "MP" + str(c.rng.randint(10**9, 10**10)),
        }
    )
    b.ok_json({"balance": rf(c.rng, 50, 500, 1)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosanstc/v35/-nFuOG829Oofr2wohFbTp9.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    bus_times,
    news,
    cdn_image,
    sentry_crash,
    update_check,
    food_order,
    macau_pass,
    fonts,
    weather,
    news,
]
