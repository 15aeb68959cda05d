"""Ordinary traffic between the apps: connectivity checks, weather for Bengaluru /
Mysuru / Mangaluru / Singapore, map tiles and a geocoding lookup, a UPI
payment, a Namma Metro QR ticket with the trip history, a food-delivery order,
chat messages and a voice note, Kannada news, a cinema's show times for
Kannada films, crash reports with trace ids, update checks with commit hashes,
a Singapore bus-arrival poll. None of it carries biometric data, viewing
history or a device identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, fake_wav, js, multipart

from .phone import FB, iso, ms, rf, rid

CITIES = [(12.97, 77.59), (12.30, 76.64), (12.91, 74.86), (1.35, 103.82)]


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    if c.rng.random() < 0.4:
        b.header("x-request-id", rid(c.rng))
        b.decoy("x-request-id uuid")
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
        "&hourly=temperature_2m,precipitation_probability&timezone=auto",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 16, 33, 1) for _ in range(24)],
                "precipitation_probability": [c.rng.randint(0, 80) for _ in range(24)],
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
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def geocode(c: Context) -> Flow:
    place = c.rng.choice(["Mysuru Palace", "Lalbagh", "Kadri Manjunatha Temple", "Chamundi Hills"])
    b = _b(c, "maps", "GET", "https://nominatim.openstreetmap.org/search")
    b.param("q", place)
    b.param("format", "jsonv2")
    b.decoy("map position of a place (lat/lon)")
    b.ok_json(
        [
            {
                "place_id": c.rng.randint(10**8, 10**9),
                "display_name": place + ", Karnataka, India",
                "lat": str(rf(c.rng, 12.2, 13.1, 6)),
                "lon": str(rf(c.rng, 74.8, 77.7, 6)),
                "importance": rf(c.rng, 0.3, 0.8, 3),
            }
        ]
    )
    return b.build()


def upi_pay(c: Context) -> Flow:
    b = _b(c, "upi", "POST", "https://api.kaasupay.example/upi/v1/pay")
    b.decoy("UPI transaction id, RRN and idempotency key")
    b.json(
        {
            "payeeVpa": c.rng.choice(["mylarifoods@ybl", "bescom@upi", "vidyarthibhavan@okicici"]),
            "amount": rf(c.rng, 20, 2500, 2),
            "note": c.rng.choice(["Masala dose", "Current bill", "Haalu"]),
            "txnId": "KP" + new_hex(c.rng, 30).upper(),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"status": "SUCCESS", "rrn": new_digits(c.rng, 12, "5"), "at": iso(c)})
    return b.build()


def metro_ticket(c: Context) -> Flow:
    b = _b(c, "metro", "POST", "https://api.nammametro-tickets.example/v1/qr-ticket")
    b.decoy("ticket number, QR payload and journey history")
    stations = [
        "Majestic",
        "MG Road",
        "Jayanagar",
        "Yelachenahalli",
        "Indiranagar",
        "Vidhana Soudha",
    ]
    src, dst = c.rng.sample(stations, 2)
    b.json({"from": src, "to": dst, "count": 1, "payment": "UPI"})
    b.ok_json(
        {
            "ticketNo": "NMQR" + new_digits(c.rng, 12),
            "qr": new_hex(c.rng, 64),
            "fare": c.rng.choice([10, 20, 30, 40, 50, 60]),
            "validUntil": iso(c),
            "journeyHistory": [
                {"from": a, "to": z, "date": iso(c)[:10]}
                for a, z in (c.rng.sample(stations, 2) for _ in range(3))
            ],
        }
    )
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "food", "POST", "https://api.oota-delivery.example/v3/orders")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "restaurant": c.rng.choice(["MTR", "Vidyarthi Bhavan", "Hotel Mylari", "Giri Manja's"]),
            "items": [
                {
                    "name": c.rng.choice(
                        ["Masala Dose", "Bisi Bele Bath", "Neer Dose", "Kori Rotti"]
                    ),
                    "qty": c.rng.randint(1, 3),
                }
            ],
            "address": "4th Block, Jayanagar, Bengaluru",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "orderNo": order_no(c.rng),
            "eta_min": c.rng.randint(20, 45),
            "total": rf(c.rng, 120, 900, 0),
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.maatu-messenger.example/v2/messages")
    b.decoy("conversation / message uuids")
    b.json(
        {
            "conversation": rid(c.rng),
            "clientMsgId": rid(c.rng),
            "text": c.rng.choice(
                ["Oota aayta?", "Sankranti ge bartiya?", "ಎಳ್ಳು ಬೆಲ್ಲ ತಿಂದು ಒಳ್ಳೆ ಮಾತಾಡಿ", "Call maadu"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"delivered": True, "serverId": new_digits(c.rng, 18, "7")})
    return b.build()


def chat_voice_note(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.maatu-messenger.example/v2/media/voice-note")
    b.decoy("voice note to a chat (a message, not a voiceprint or verification)")
    boundary = rid(c.rng)
    body = multipart(
        boundary,
        [
            ("conversation", None, "text/plain", rid(c.rng).encode()),
            ("file", "note.m4a", "audio/mp4", fake_wav(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"mediaId": rid(c.rng)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.kannada-suddi.example/v1/suddigalu?vibhaga=rajya&t={ms(c)}"
    )
    b.ok_json(
        {
            "suddigalu": [
                {"id": c.rng.randint(10**5, 10**6), "sheershike": t}
                for t in (
                    "ಮೈಸೂರಿನಲ್ಲಿ ಸಂಕ್ರಾಂತಿ ಸಂಭ್ರಮ",
                    "Namma Metro Pink line trial run",
                    "Kambala season begins in Dakshina Kannada",
                )
            ]
        }
    )
    return b.build()


def cinema_showtimes(c: Context) -> Flow:
    b = _b(
        c,
        "cinema",
        "GET",
        "https://api.chitramandira-tickets.example/v1/shows?city=mysuru&date=2025-01-14",
    )
    b.decoy("a cinema's show times and running times (schedule, not viewing)")
    b.ok_json(
        {
            "theatre": c.rng.choice(["DRC Cinemas", "Woodlands", "Olympia"]),
            "shows": [
                {"film": f, "time": t, "runtime_min": r, "seatsLeft": c.rng.randint(0, 120)}
                for f, t, r in (
                    ("Max", "10:30", 133),
                    ("UI", "13:45", 132),
                    ("Bagheera", "18:30", 158),
                )
            ],
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o51230.ingest.sentry.io/api/4507731/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SSLHandshakeException", "value": "connection reset"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.kannada-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash and apk sha256")
    b.ok_json({"version": "2.9.0", "commit": new_hex(c.rng, 40), "apkSha256": new_hex(c.rng, 64)})
    return b.build()


def sg_bus(c: Context) -> Flow:
    stop = c.rng.choice(["17179", "17171", "16991"])
    b = _b(c, "sgbus", "GET", f"https://api.busleh-sg.example/v1/arrivals?stop={stop}")
    b.ok_json(
        {
            "stop": stop,
            "services": [
                {"no": n, "nextMin": c.rng.randint(1, 15), "load": c.rng.choice(["SEA", "SDA"])}
                for n in ("95", "151", "196")
            ],
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.kannada-suddi.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosanskannada/v27/8vIs7xs32H97qzQKnzfeXycxXZyUmySvZWItmf1fe6TVmgop9ndpS-BqHEyGrDvNzQ.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + c.rng.randbytes(300))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    weather,
    map_tile,
    map_tile,
    geocode,
    upi_pay,
    upi_pay,
    metro_ticket,
    food_order,
    chat,
    chat,
    chat_voice_note,
    news,
    news,
    cinema_showtimes,
    sentry_crash,
    update_check,
    sg_bus,
    cdn_image,
    fonts,
]
