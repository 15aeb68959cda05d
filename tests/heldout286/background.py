"""Ordinary traffic between the apps: connectivity checks, MET Norway weather for
Kautokeino / Karasjok / Inari, map tiles, news images, crash reports with trace
ids, update checks, a shop order and bus times. None of it carries biometric
data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(69.0117, 23.0413), (69.4735, 25.5115), (68.9055, 27.0289)]


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
    lat, lon = c.rng.choice(PLACES)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.met.no/weatherapi/locationforecast/2.0/compact?lat={lat}&lon={lon}",
    )
    b.decoy("coordinates of a town for a forecast")
    b.ok_json(
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat, 320]},
            "properties": {
                "timeseries": [
                    {
                        "time": iso(c),
                        "data": {
                            "instant": {
                                "details": {
                                    "air_temperature": rf(c.rng, -35, 2, 1),
                                    "wind_speed": rf(c.rng, 0, 12, 1),
                                }
                            }
                        },
                    }
                    for _ in range(3)
                ]
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(9, 14)
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


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.avvir-cdn.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o38215.ingest.sentry.io/api/6620413/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.sami-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.12.1", "commit": new_hex(c.rng, 40), "mearkkašumit": "Divvumat"})
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.duodjigavpi.example/v2/dingojupmi")
    b.decoy("shop order number")
    b.json(
        {
            "gálvvut": [{"sku": f"GAKTI-{c.rng.randint(100, 999)}", "mearri": 1}],
            "ruhta": "NOK",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"diŋgojupmi": order_no(c.rng), "submi": rf(c.rng, 200, 4000, 0)})
    return b.build()


def bus_times(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.snelandia.example/v1/stopp/{c.rng.randint(1, 300)}")
    b.ok_json({"linjat": [{"linja": "Kautokeino-Alta", "minuhtat": c.rng.randint(1, 90)}]})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.avvir.example/v1/artihkkalat?t={ms(c)}")
    b.ok_json(
        {
            "artihkkalat": [
                {"id": c.rng.randint(10**5, 10**6), "bajilčála": t}
                for t in (
                    "Boazodoallu dálvit",
                    "Sámediggi čoahkkinastá",
                    "Guovdageainnu beassášmárkan",
                )
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, weather, map_tile, news_image, sentry_crash, update_check,
    shop_order, bus_times, news, weather, news_image,
]  # fmt: skip
