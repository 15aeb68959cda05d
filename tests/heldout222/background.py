"""Ordinary traffic between the apps: connectivity checks, weather for Tehran /
Isfahan / Toronto, map tiles, news images, crash reports with trace ids,
update checks with commit hashes, a ride-hailing quote with a route's
coordinate list, a shop's product page, currency rates, a game's camera pose,
Persian web fonts. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(35.69, 51.39), (32.65, 51.67), (43.65, -79.38)]


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
            "hourly": {"temperature_2m": [rf(c.rng, -10, 35, 1) for _ in range(24)]},
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


def news_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://static.khabar-cdn.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44170.ingest.sentry.io/api/5512093/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "filtered"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://update.iran-apps.example/v1/akharin?kanal=stable")
    b.decoy("commit hash")
    b.ok_json({"noskhe": "5.0.2", "commit": new_hex(c.rng, 40), "tozih": "رفع اشکال"})
    return b.build()


def ride_quote(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.safar-taxi.example/v3/gheymat")
    b.decoy("route coordinate list and ride id (not a device or a person's biometrics)")
    lat, lon = CITIES[c.rng.randint(0, 1)]
    b.json(
        {
            "mabda": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05),
                "lng": rf(c.rng, lon - 0.05, lon + 0.05),
            },
            "maghsad": {
                "lat": rf(c.rng, lat - 0.05, lat + 0.05),
                "lng": rf(c.rng, lon - 0.05, lon + 0.05),
            },
            "masir": [
                [rf(c.rng, lat - 0.05, lat + 0.05), rf(c.rng, lon - 0.05, lon + 0.05)]
                for _ in range(6)
            ],
            "kelidYekta": rid(c.rng),
        }
    )
    b.ok_json({"safarId": rid(c.rng), "gheymat": c.rng.randint(800000, 3000000), "vahed": "IRR"})
    return b.build()


def product_view(c: Context) -> Flow:
    pid = c.rng.randint(10**6, 10**7)
    b = _b(c, "shop", "GET", f"https://api.bazarche-online.example/v2/kala/{pid}")
    b.decoy("product view with shop's product id and SKU (not a device)")
    b.ok_json(
        {
            "kalaId": pid,
            "onvan": c.rng.choice(["گوشی سامسونگ A55", "چای ایرانی ۵۰۰ گرمی", "ساعت هوشمند"]),
            "sku": "DKP-" + str(pid),
            "gheymat": c.rng.randint(10**6, 10**8),
        }
    )
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.bazarche-online.example/v2/sefaresh")
    b.decoy("order number")
    b.json(
        {
            "aghlam": [{"sku": f"DKP-{c.rng.randint(10**6, 10**7)}", "tedad": 1}],
            "adres": "اصفهان، خیابان چهارباغ",
            "kelidYekta": rid(c.rng),
        }
    )
    b.ok_json({"shomareSefaresh": order_no(c.rng), "jam": c.rng.randint(10**6, 10**8)})
    return b.build()


def currency(c: Context) -> Flow:
    b = _b(c, "rates", "GET", f"https://api.nerkh-bazar.example/v1/arz?t={ms(c)}")
    b.ok_json({"dollar": c.rng.randint(600000, 700000), "euro": c.rng.randint(650000, 750000)})
    return b.build()


def game_pose(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://sync.pahlevan-game.example/v1/state")
    b.decoy("game camera pose yaw/pitch/roll (not a head pose)")
    b.json(
        {
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -30, 30, 2),
                "roll": 0.0,
                "pos": [rf(c.rng, -50, 50, 2) for _ in range(3)],
            },
            "level": c.rng.randint(1, 40),
            "t": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "fonts",
        "GET",
        "https://fonts.gstatic.com/s/vazirmatn/v13/Dxx78j6PP2D_kU2muijPEe1n.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.khabar-online.example/v1/akhbar?dastebandi=varzeshi&t={ms(c)}",
    )
    b.ok_json(
        {
            "akhbar": [
                {"id": c.rng.randint(10**5, 10**6), "titr": t}
                for t in ("پیروزی تیم ملی در تهران", "هوای اصفهان آفتابی", "قیمت دلار امروز")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    news_image,
    sentry_crash,
    update_check,
    ride_quote,
    product_view,
    shop_order,
    currency,
    game_pose,
    fonts,
    news,
    weather,
    news_image,
]
