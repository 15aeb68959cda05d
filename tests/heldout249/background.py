"""Ordinary traffic between the apps: connectivity checks, weather for Ahmedabad
/ Surat / Rajkot / Leicester, map tiles, a UPI payment, an online order and
its history, a chat message, temple darshan timings, the choghadiya
(auspicious-time table), Gujarati news, cinema showtimes, BRTS bus times,
Leicester bin days, crash reports with trace ids, fonts and images. None of it
carries biometric data, viewing history or an identifier of the family's
devices."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ist, ms, rf, rid

CITIES = [(23.03, 72.58), (21.17, 72.83), (22.3, 70.8), (52.64, -1.13)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation_probability",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 8, 36, 1) for _ in range(24)],
                "precipitation_probability": [c.rng.randint(0, 90) for _ in range(24)],
            },
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(11, 17)
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


def route(c: Context) -> Flow:
    b = _b(
        c, "maps", "GET", "https://maps.rasto-app.example/v1/route?from=Maninagar&to=Ashram+Road"
    )
    b.decoy("current position and route duration (maps)")
    b.ok_json(
        {
            "position": {"lat": rf(c.rng, 22.99, 23.05), "lon": rf(c.rng, 72.55, 72.62)},
            "duration_min": c.rng.randint(12, 45),
            "distance_km": rf(c.rng, 4, 14, 1),
        }
    )
    return b.build()


def upi(c: Context) -> Flow:
    b = _b(c, "upi", "POST", "https://api.paisapay.example/upi/v2/collect")
    b.decoy("UPI transaction id and VPA")
    b.json(
        {
            "payer": "patel.family@okicici",
            "payee": c.rng.choice(["farsan.mart@ybl", "rickshaw.bhai@paytm", "garba.pass@upi"]),
            "amount": rf(c.rng, 20, 1500, 2),
            "txnId": "PPY" + new_hex(c.rng, 20).upper(),
            "remarks": "Navratri pass",
        }
    )
    b.ok_json({"status": "SUCCESS", "utr": str(c.rng.randint(10**11, 10**12))})
    return b.build()


def shop_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kharidi-bazaar.example/v3/order")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"CHANIYA-CHOLI-{c.rng.randint(100, 999)}", "qty": 1}],
            "currency": "INR",
            "pincode": c.rng.choice(["380008", "395007", "360001"]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderNumber": order_no(c.rng), "total": rf(c.rng, 400, 6000, 0)})
    return b.build()


def order_history(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.kharidi-bazaar.example/v3/orders/history?page=1")
    b.decoy("shopping order history")
    b.ok_json(
        {
            "history": [
                {"orderNumber": order_no(c.rng), "title": t, "status": "DELIVERED"}
                for t in ("Dandiya sticks (pair)", "Kediyu kurta", "Khakhra 1kg")
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://msg.vaatchit.example/v1/messages")
    b.decoy("message id")
    b.json(
        {
            "to": "group:patel-parivar",
            "text": c.rng.choice(["Jai Shri Krishna 🙏", "Aaje garba kya?", "Leicester ma varsad"]),
            "clientMsgId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 24), "delivered": True})
    return b.build()


def darshan_samay(c: Context) -> Flow:
    mandir = c.rng.choice(["somnath", "dwarkadhish", "ambaji", "bochasanwasi-leicester"])
    b = _b(c, "temple", "GET", f"https://api.mandir-darshan.example/v1/{mandir}/darshan-samay")
    b.decoy("darshan / aarti timetable (samay) and live-darshan stream link")
    b.ok_json(
        {
            "mandir": mandir,
            "samay": [
                {"naam": "મંગળા", "sharu": "06:00", "purn": "06:30"},
                {"naam": "શૃંગાર", "sharu": "07:00", "purn": "11:00"},
                {"naam": "સંધ્યા આરતી", "sharu": "19:00", "purn": "19:30"},
            ],
            "live": f"https://live.mandir-darshan.example/{mandir}/index.m3u8",
        }
    )
    return b.build()


def choghadiya(c: Context) -> Flow:
    b = _b(
        c,
        "panchang",
        "GET",
        f"https://api.panchang-guj.example/v1/choghadiya?city={quote('અમદાવાદ')}",
    )
    b.decoy("auspicious time slots (samay) of the day")
    b.ok_json(
        {
            "tithi": "આસો સુદ ચોથ",
            "divas": [
                {"naam": n, "sharu": s, "purn": e}
                for n, s, e in (
                    ("અમૃત", "06:31", "08:00"),
                    ("શુભ", "09:29", "10:58"),
                    ("લાભ", "15:24", "16:53"),
                )
            ],
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.samachar-gujarat.example/v2/lekho?vibhag=rajya&t={ms(c)}"
    )
    b.ok_json(
        {
            "lekho": [
                {"id": c.rng.randint(10**5, 10**6), "shirshak": t}
                for t in ("અમદાવાદમાં ગરબાની ધૂમ", "સુરતમાં હીરા બજાર તેજીમાં", "રાજકોટમાં વરસાદ")
            ]
        }
    )
    return b.build()


def showtimes(c: Context) -> Flow:
    b = _b(
        c, "cinema", "GET", "https://api.filmy-tickets.example/v1/showtimes?city=rajkot&date=today"
    )
    b.decoy("cinema schedule: film running times and show times")
    b.ok_json(
        {
            "shows": [
                {"film": f, "runtime_min": rt, "times": ["12:15", "15:40", "21:00"], "screen": s}
                for f, rt, s in (("Hellaro", 121, 2), ("Fakt Mahilao Maate", 134, 1))
            ]
        }
    )
    return b.build()


def brts(c: Context) -> Flow:
    b = _b(c, "bus", "GET", f"https://api.janmarg-brts.example/v1/stop/{c.rng.randint(1, 160)}/eta")
    b.ok_json({"routes": [{"route": r, "eta_min": c.rng.randint(1, 15)} for r in ("1", "7", "15")]})
    return b.build()


def bin_day(c: Context) -> Flow:
    b = _b(c, "council", "GET", "https://bins.leicester-council.example/api/collections?uprn=2465")
    b.decoy("collection dates and a property reference number")
    b.ok_json(
        {
            "next": [
                {"bin": "recycling", "date": iso(c)[:10]},
                {"bin": "general", "date": iso(c)[:10]},
            ]
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44021.ingest.sentry.io/api/5517302/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [{"type": "IllegalStateException", "value": "Fragment not attached"}]
        },
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosansgujarati/v25/wlpWgx_HC1ti5ViekvcxnhMlCVo3f5pv.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.samachar-gujarat.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def gold_rate(c: Context) -> Flow:
    b = _b(c, "gold", "GET", "https://api.sonu-bhav.example/v1/rates?city=rajkot")
    b.ok_json(
        {
            "gold24k_10g": rf(c.rng, 74000, 78000, 0),
            "silver_1kg": rf(c.rng, 88000, 95000, 0),
            "as_of": ist(c.now),
        }
    )
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    route,
    upi,
    shop_order,
    order_history,
    chat,
    darshan_samay,
    choghadiya,
    news,
    showtimes,
    brts,
    bin_day,
    sentry_crash,
    fonts,
    cdn_image,
    gold_rate,
    weather,
    chat,
    cdn_image,
]
