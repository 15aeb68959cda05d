"""Ordinary traffic between the apps: connectivity checks, weather for Baku /
Ganja / Istanbul, map tiles, images, crash reports with trace ids, update
checks with commit hashes, a grocery order, metro times, news and a shop's
product views. None of it carries biometric data, viewing history or a device
identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(40.41, 49.87), (40.68, 46.36), (41.01, 28.98)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -2, 34, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(10, 16)
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


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.xeber-cdn.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.izleaz.example/thumb/sr2{c.rng.randint(0, 99):02d}.jpg")
    b.decoy("series thumbnail with a face on it (an image fetch, not face data)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51734.ingest.sentry.io/api/7731902/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IOException", "value": "unexpected end of stream"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://yenilenme.az-apps.example/v1/son?kanal=stabil")
    b.decoy("commit hash")
    b.ok_json({"versiya": "3.1.0", "commit": new_hex(c.rng, 40), "qeydler": "Düzəlişlər"})
    return b.build()


def grocery_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.bazarim.example/v2/sifaris")
    b.decoy("order number")
    b.json(
        {
            "mehsullar": [{"sku": f"CAY-{c.rng.randint(100, 999)}", "say": 2}],
            "valyuta": "AZN",
            "unvan": "Nizami küç. 45, Bakı",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"sifarisNomresi": order_no(c.rng), "cem": rf(c.rng, 5, 80, 2)})
    return b.build()


def product_view(c: Context) -> Flow:
    b = _b(c, "shop", "GET", f"https://api.bazarim.example/v2/mehsul/{c.rng.randint(10**5, 10**6)}")
    b.decoy("product view with a shop's barcode and the warehouse scanner's serial")
    b.ok_json(
        {
            "ad": "Azərçay 500q",
            "barkod": "476" + str(c.rng.randint(10**9, 10**10)),
            "anbar": {"skaner": "ZB-" + new_hex(c.rng, 10).upper()},
            "qiymet": rf(c.rng, 2, 9, 2),
        }
    )
    return b.build()


def metro_times(c: Context) -> Flow:
    b = _b(c, "metro", "GET", f"https://api.bakimetro.example/v1/stansiya/{c.rng.randint(1, 27)}")
    b.ok_json({"qatarlar": [{"xett": "Qırmızı", "deqiqe": c.rng.randint(1, 8)} for _ in range(2)]})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNb4g.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.xeberler.example/v1/meqaleler?bolme=idman&t={ms(c)}")
    b.ok_json(
        {
            "meqaleler": [
                {"id": c.rng.randint(10**5, 10**6), "basliq": t}
                for t in ("Qarabağ Avropada qalib gəldi", "Bakıda külək gözlənilir", "Neft qiyməti")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    cdn_image,
    thumbnail,
    sentry_crash,
    update_check,
    grocery_order,
    product_view,
    metro_times,
    fonts,
    news,
    weather,
    cdn_image,
]
