"""Ordinary traffic between the apps: connectivity checks, Ufa weather, the Ufa bus
timetable, a horse-breeding marketplace (listings with a stallion's photo and
pedigree), map tiles, news, crash reports with trace ids, update checks with
commit hashes. None of it carries biometric data, viewing history or a device
identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [(54.74, 55.97), (54.72, 55.94), (53.63, 55.95), (52.76, 58.24)]
STOPS = ["Өфө вокзалы", "Гостиный двор", "Монумент Дружбы", "Сипайлово", "Черниковка"]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates of a city for a forecast")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -25, 5, 1) for _ in range(24)]},
        }
    )
    return b.build()


def bus(c: Context) -> Flow:
    stop = c.rng.randint(1, 900)
    b = _b(c, "bus", "GET", f"https://api.ufa-avtobus.example/v1/tuqtalysh/{stop}/kilau")
    b.ok_json(
        {
            "tuqtalysh": c.rng.choice(STOPS),
            "marshruttar": [
                {
                    "nomer": str(c.rng.choice([18, 51, 69, 101, 110, 226])),
                    "minut": c.rng.randint(1, 25),
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def horse_listings(c: Context) -> Flow:
    b = _b(
        c,
        "yylqy",
        "GET",
        f"https://api.yylqy-bazary.example/v2/iglandar?toqom=bashkir&bit={c.rng.randint(1, 9)}",
    )
    b.decoy("horse-breeding marketplace listings (ids, prices, seller phone)")
    b.ok_json(
        {
            "iglandar": [
                {
                    "id": c.rng.randint(10**6, 10**7),
                    "isem": c.rng.choice(["Аҡбуҙат", "Тулпар", "Ҡарагөл", "Йондоҙ"]),
                    "toqom": "башҡорт аты",
                    "yash": c.rng.randint(2, 12),
                    "haq": c.rng.randint(80, 600) * 1000,
                    "rasem": f"https://img.yylqy-bazary.example/{new_hex(c.rng, 16)}.jpg",
                    "satyusy_tel": "+7347" + str(c.rng.randint(10**6, 10**7)),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def horse_photo(c: Context) -> Flow:
    b = _b(c, "yylqy", "GET", f"https://img.yylqy-bazary.example/{new_hex(c.rng, 16)}.jpg")
    b.decoy("a horse photo (no person)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def horse_post(c: Context) -> Flow:
    b = _b(c, "yylqy", "POST", "https://api.yylqy-bazary.example/v2/iglan")
    b.decoy("listing with a horse's pedigree and a chip number")
    b.json(
        {
            "isem": "Буранбай",
            "atahy": "Ҡаратау",
            "inahy": "Аҡһылыу",
            "chip": "643" + str(c.rng.randint(10**11, 10**12)),
            "haq": 250000,
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"id": c.rng.randint(10**6, 10**7), "zakaz": order_no(c.rng)})
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44921.ingest.sentry.io/api/7713024/envelope/")
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
    b = _b(c, "updates", "GET", "https://updates.bash-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json(
        {"version": "3.12.1", "commit": new_hex(c.rng, 40), "yanylyqtar": "Хаталар төҙәтелде"}
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.bashinform-news.example/v1/yanylyqtar?t={ms(c)}")
    b.ok_json(
        {
            "yanylyqtar": [
                {"id": c.rng.randint(10**5, 10**6), "baslam": t}
                for t in ("Өфөлә ҡар яуа", "Ҡурай фестивале башланды", "Сабантуй әҙерлеге")
            ]
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    bus,
    horse_listings,
    horse_photo,
    horse_post,
    map_tile,
    sentry,
    update_check,
    news,
    bus,
    weather,
]
