"""Ordinary traffic between the apps: connectivity checks, zmanim (prayer times)
for Williamsburg / Antwerp / Bnei Brak with coordinates, map tiles, a Yiddish
news feed, a seforim-shop order, a tzedakah receipt, crash reports with trace
ids, update checks, fonts. None of it carries biometric data, viewing history or
a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

PLACES = [
    (40.7081, -73.9571, "America/New_York", "Williamsburg"),
    (40.6340, -73.9880, "America/New_York", "Boro Park"),
    (51.2108, 4.4194, "Europe/Brussels", "Antwerpen"),
    (32.0807, 34.8338, "Asia/Jerusalem", "Bnei Brak"),
]


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


def zmanim(c: Context) -> Flow:
    lat, lon, tz, name = c.rng.choice(PLACES)
    day = iso(c)[:10]
    b = _b(
        c,
        "hebcal",
        "GET",
        f"https://www.hebcal.com/zmanim?cfg=json&latitude={lat}&longitude={lon}&tzid={tz}"
        f"&date={day}",
    )
    b.decoy("coordinates for prayer times")
    hh = c.rng.randint(6, 7)
    b.ok_json(
        {
            "date": day,
            "location": {"latitude": lat, "longitude": lon, "tzid": tz, "title": name},
            "times": {
                "alotHaShachar": f"{day}T0{hh - 1}:{c.rng.randint(10, 59)}:00",
                "sunrise": f"{day}T0{hh}:{c.rng.randint(10, 59)}:00",
                "sofZmanShma": f"{day}T09:{c.rng.randint(10, 59)}:00",
                "sunset": f"{day}T16:{c.rng.randint(10, 59)}:00",
                "tzeit7083deg": f"{day}T17:{c.rng.randint(10, 59)}:00",
            },
        }
    )
    return b.build()


def zmanim_widget(c: Context) -> Flow:
    lat, lon, _tz, name = c.rng.choice(PLACES)
    b = _b(c, "zmanim", "POST", "https://api.zmanim-luekh.example/v2/tsaytn")
    b.decoy("lat/lon in a zmanim request")
    b.json({"breyt": lat, "leng": lon, "shtot": name, "minhag": "ashkenaz", "t": ms(c)})
    b.ok_json(
        {
            "licht_bentshn": f"16:{c.rng.randint(10, 40)}",
            "havdole": f"17:{c.rng.randint(20, 55)}",
            "sof_zman_krishme": f"09:{c.rng.randint(10, 50)}",
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
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


def seforim_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.seforim-krom.example/v1/bashtelung")
    b.decoy("shop order number")
    b.json(
        {
            "zakhn": [
                {"sku": f"SFR-{c.rng.randint(1000, 9999)}", "nomen": "Mishne Brure", "tsol": 1},
                {
                    "sku": f"SFR-{c.rng.randint(1000, 9999)}",
                    "nomen": "Siddur Tehilas Hashem",
                    "tsol": 2,
                },
            ],
            "adres": "Lee Ave, Brooklyn NY 11211",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"bashtelung_nomer": order_no(c.rng), "sakh_hakl": rf(c.rng, 20, 300, 2)})
    return b.build()


def tzedakah_receipt(c: Context) -> Flow:
    b = _b(c, "tzedakah", "POST", "https://api.kupat-tsdoke.example/v1/nedove")
    b.decoy("tzedakah receipt number and amount")
    b.json(
        {
            "moysed": c.rng.choice(["Kupat Ezra", "Bikur Cholim Antwerpen", "Hatzolah"]),
            "summe": rf(c.rng, 18, 360, 0),
            "valute": c.rng.choice(["USD", "EUR", "ILS"]),
            "kabole_blitspost": True,
        }
    )
    b.ok_json(
        {
            "kabole_nomer": f"TZ-{c.rng.randint(10**6, 10**7)}",
            "transaktsye": rid(c.rng),
            "datum": iso(c)[:10],
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44721.ingest.sentry.io/api/5519032/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "player released"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.heymishe-apps.example/v1/letste?kanal=stabil")
    b.decoy("commit hash")
    b.ok_json({"versye": "3.9.5", "commit": new_hex(c.rng, 40), "notitsn": "Farrikhtungen"})
    return b.build()


def yiddish_news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.yidishe-nayes.example/v1/artiklen?t={ms(c)}")
    b.ok_json(
        {
            "artiklen": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "kepl": t,
                    "bild": f"https://img.yidishe-nayes.example/{new_hex(c.rng, 16)}.jpg",
                }
                for t in ("שניי שטורעם אין ניו יארק", "אנטווערפן: נייע שול", "בני ברק: חתונה")
            ]
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.yidishe-nayes.example/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 450))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c, "gfonts", "GET", "https://fonts.gstatic.com/s/frankruhllibre/v21/j8_96_fAw7jrcalD.woff2"
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    zmanim,
    zmanim_widget,
    map_tile,
    seforim_order,
    tzedakah_receipt,
    sentry_crash,
    update_check,
    yiddish_news,
    news_image,
    fonts,
    zmanim,
    news_image,
]
