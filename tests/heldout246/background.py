"""Ordinary traffic between the apps: connectivity checks, weather for Hyderabad /
Vijayawada / Visakhapatnam / Dallas, map tiles and a place search (a map
"position"), UPI payments with transaction ids and RRNs, a biryani order with
its delivery duration and an order history, chat messages, Telugu news, a
cinema's showtimes, gold rates, crash reports with trace ids and update checks
with commit hashes. None of it carries biometric data, viewing history or an
identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import TB, bearer, iso, ms, rf, rid

CITIES = [(17.385, 78.4867), (16.5062, 80.648), (17.6868, 83.2185), (32.7767, -96.797)]
UA = "okhttp/4.12.0"


def _b(c: Context, sdk: str, method: str, url: str) -> TB:
    b = TB(c, sdk, method, url)
    b.header("user-agent", UA)
    return b


def generate_204(c: Context) -> Flow:
    b = TB(
        c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204", None, "HTTP/1.1"
    )
    b.no_content()
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITIES)
    b = _b(c, "weather", "GET", "https://api.open-meteo.com/v1/forecast")
    b.params += [
        ("latitude", str(lat)),
        ("longitude", str(lon)),
        ("hourly", "temperature_2m,precipitation_probability"),
        ("timezone", "auto"),
    ]
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 24, 41, 1) for _ in range(24)],
                "precipitation_probability": [c.rng.randint(0, 60) for _ in range(24)],
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


def place_search(c: Context) -> Flow:
    q = c.rng.choice(["Charminar", "Kanaka Durga Temple", "RK Beach Visakhapatnam", "Irving TX"])
    b = _b(c, "nominatim", "GET", "https://nominatim.openstreetmap.org/search")
    b.params += [("q", q), ("format", "jsonv2"), ("limit", "3")]
    b.decoy("map position / coordinates of a place")
    lat, lon = c.rng.choice(CITIES)
    b.ok_json(
        [
            {
                "display_name": q,
                "lat": str(rf(c.rng, lat - 0.1, lat + 0.1, 5)),
                "lon": str(rf(c.rng, lon - 0.1, lon + 0.1, 5)),
                "position": {"zoom": 16, "bearing": 0},
                "place_id": c.rng.randint(10**7, 10**9),
            }
        ]
    )
    return b.build()


def upi_pay(c: Context) -> Flow:
    b = _b(c, "chellinchu-pay", "POST", "https://api.chellinchupay.example/upi/v2/pay")
    b.header("authorization", bearer(c))
    b.decoy("UPI transaction id and RRN")
    payee = c.rng.choice(["ratnadeep@ybl", "paradisebiryani@icici", "rtc.vja@sbi", "kirana@paytm"])
    b.json(
        {
            "payeeVpa": payee,
            "amount": f"{rf(c.rng, 20, 2500, 2):.2f}",
            "currency": "INR",
            "txnId": "CPY" + new_hex(c.rng, 29).upper(),
            "note": c.rng.choice(["kooralu", "biryani", "bus ticket", "pooja samagri"]),
            "mpinBlock": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"status": "SUCCESS", "rrn": new_digits(c.rng, 12, "5"), "at": iso(c)})
    return b.build()


def upi_history(c: Context) -> Flow:
    b = _b(c, "chellinchu-pay", "GET", "https://api.chellinchupay.example/upi/v2/history?page=1")
    b.header("authorization", bearer(c))
    b.decoy("payment history with reference numbers")
    b.ok_json(
        {
            "history": [
                {
                    "to": c.rng.choice(["Ratnadeep", "Paradise", "APSRTC", "Kirana"]),
                    "amount": rf(c.rng, 20, 2500, 2),
                    "rrn": new_digits(c.rng, 12, "5"),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def food_order(c: Context) -> Flow:
    b = _b(c, "ruchi", "POST", "https://api.ruchidelivery.example/v2/orders")
    b.header("authorization", bearer(c))
    b.decoy("order number and delivery duration")
    b.json(
        {
            "items": [
                {
                    "name": c.rng.choice(
                        ["Hyderabadi Chicken Biryani", "Ulavacharu Biryani", "Pesarattu", "Haleem"]
                    ),
                    "qty": c.rng.randint(1, 3),
                }
            ],
            "address": "Flat 302, Madhapur, Hyderabad",
            "payment": "UPI",
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "orderNo": f"RD{c.rng.randint(10**9, 10**10)}",
            "etaMinutes": c.rng.randint(20, 55),
            "deliveryDuration": "PT35M",
            "total": rf(c.rng, 180, 1200, 0),
        }
    )
    return b.build()


def food_history(c: Context) -> Flow:
    b = _b(c, "ruchi", "GET", "https://api.ruchidelivery.example/v2/orders/history")
    b.header("authorization", bearer(c))
    b.decoy("a shop's order history")
    b.ok_json(
        {
            "history": [
                {
                    "orderNo": f"RD{c.rng.randint(10**9, 10**10)}",
                    "restaurant": c.rng.choice(["Paradise", "Bawarchi", "Shah Ghouse", "Minerva"]),
                    "deliveredIn": c.rng.randint(20, 60),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def chat_message(c: Context) -> Flow:
    b = _b(c, "mataladu", "POST", "https://chat.mataladu.example/v3/messages")
    b.header("authorization", bearer(c))
    b.json(
        {
            "chat": rid(c.rng),
            "text": c.rng.choice(
                ["అన్నం తిన్నావా?", "Match chusava? SRH gelichindi!", "Dallas lo weather ela undi?"]
            ),
            "clientMsgId": new_hex(c.rng, 20),
            "ts": ms(c),
        }
    )
    b.ok_json({"delivered": True, "serverId": new_hex(c.rng, 16)})
    return b.build()


def chat_photo(c: Context) -> Flow:
    b = _b(c, "mataladu", "POST", "https://media.mataladu.example/v3/upload")
    b.header("authorization", bearer(c))
    b.decoy("a photo of a festival rangoli sent in a chat (no face analysis)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "image/jpeg")
    b.ok_json({"mediaId": new_hex(c.rng, 24), "sha256": new_hex(c.rng, 64)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.telugu-varthalu.example/v1/varthalu?vibhagam=top&t={ms(c)}"
    )
    b.ok_json(
        {
            "varthalu": [
                {"id": c.rng.randint(10**5, 10**6), "sheershika": t}
                for t in (
                    "హైదరాబాద్‌లో భారీ వర్షం",
                    "విశాఖ ఉక్కు కర్మాగారంపై కీలక నిర్ణయం",
                    "ఐపీఎల్: సన్‌రైజర్స్ ఘన విజయం",
                )
            ]
        }
    )
    return b.build()


def cinema_showtimes(c: Context) -> Flow:
    b = _b(c, "tickets", "GET", "https://api.cinemaseats.example/v1/showtimes?city=hyderabad")
    b.decoy("a cinema's showtimes, films and running times (a schedule)")
    b.ok_json(
        {
            "theatre": c.rng.choice(["Prasads Multiplex", "AMB Cinemas", "Sudarshan 35MM"]),
            "shows": [
                {"film": f, "start": t, "runtimeMin": r, "language": "Telugu"}
                for f, t, r in (
                    ("Court", "11:15", 149),
                    ("Mad Square", "14:30", 146),
                    ("Robinhood", "18:45", 155),
                )
            ],
        }
    )
    return b.build()


def gold_rates(c: Context) -> Flow:
    b = _b(c, "gold", "GET", "https://api.bangaram-dhara.example/v1/rates?city=vijayawada")
    b.ok_json(
        {
            "22k_10g": rf(c.rng, 82000, 86000, 0),
            "24k_10g": rf(c.rng, 89000, 93000, 0),
            "updated": iso(c),
        }
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44512.ingest.sentry.io/api/5512093/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "IllegalStateException", "value": "Fragment detached"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.telugu-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "6.3.2", "commit": new_hex(c.rng, 40), "gamanika": "Bug fixes"})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosanstelugu/v26/0FlxVOGZlE2Rrtr-HmgkMWJNjJ5_RyT8o8c7fHkeg-esVC5dzHkHIJQqrEntezbqQUbf-3v37w.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    place_search,
    upi_pay,
    upi_history,
    food_order,
    food_history,
    chat_message,
    chat_message,
    chat_photo,
    news,
    cinema_showtimes,
    gold_rates,
    sentry_crash,
    update_check,
    fonts,
    weather,
    map_tile,
]
