"""KottuGo: a food delivery app (kottu, lamprais, hoppers) on the Samsung phone.

Adjust counts sessions with its `gps_adid`, `android_uuid` and the ANDROID_ID.
Voice search sends the spoken dish name to speech recognition
(transcription, `si-LK` / `ta-LK`): recognising words is not recognising the
speaker, so it is a look-alike. Menus with prices, rider positions, order
tracking and the restaurant-rating histogram are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav

from .phone import DALVIK_SAMSUNG, FB, iso, rf, rid, ua_samsung

API = "https://api.kottugo.example"
UA = ua_samsung("KottuGo", "6.5.0")
DISHES = ["Chicken Kottu", "Egg Hoppers x4", "Lamprais", "Fish Ambul Thiyal", "Jaffna Crab Curry"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "kottugo", method, url)
    b.header("user-agent", UA)
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", DALVIK_SAMSUNG)
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", "5ncv0a1kqz8g"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("food_adid", where="form android_uuid")),
            ("android_id", b.id("aid_food", where="form android_id")),
            ("created_at", iso(c).replace("Z", "+0530")),
            ("device_name", "SM-A546E"),
            ("os_name", "android"),
            ("environment", "production"),
        ]
    )
    b.ok_json({"message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def restaurant_menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/restaurants/{c.rng.randint(100, 999)}/menu")
    b.decoy("menu with prices")
    b.ok_json({"items": [{"name": d, "price_lkr": c.rng.randint(450, 3200)} for d in DISHES]})
    return b.build()


def ratings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/restaurants/{c.rng.randint(100, 999)}/ratings")
    b.decoy("ratings histogram over all customers (aggregate)")
    b.ok_json({"stars": [c.rng.randint(0, 500) for _ in range(5)], "avg": rf(c.rng, 3.5, 4.9, 1)})
    return b.build()


def voice_search(c: Context) -> Flow:
    b = FB(c, "google-speech", "POST", "https://speech.googleapis.com/v1/speech:recognize")
    b.header("user-agent", "grpc-java-okhttp/1.58.0")
    b.decoy("speech recognition of a dish name (transcription, no speaker model)")
    b.json(
        {
            "config": {
                "encoding": "LINEAR16",
                "sampleRateHertz": 16000,
                "languageCode": c.rng.choice(["si-LK", "ta-LK"]),
            },
            "audio": {"content": b64(fake_wav(c.rng.randint(0, 10**9), 600))},
        }
    )
    b.ok_json({"results": [{"alternatives": [{"transcript": "kottu", "confidence": 0.91}]}]})
    return b.build()


def place_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/orders")
    b.decoy("order with idempotency key and delivery coordinates")
    b.json(
        {
            "customer": b.acct("food_user"),
            "items": [{"name": c.rng.choice(DISHES), "qty": c.rng.randint(1, 3)}],
            "drop": {"lat": rf(c.rng, 6.85, 6.95, 6), "lng": rf(c.rng, 79.84, 79.9, 6)},
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orderId": f"KG-{c.rng.randint(10**6, 10**7)}", "etaMin": c.rng.randint(20, 55)})
    return b.build()


def rider_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/orders/track")
    b.decoy("rider coordinates and bearing")
    b.ok_json(
        {
            "rider": {
                "lat": rf(c.rng, 6.85, 6.95, 6),
                "lng": rf(c.rng, 79.84, 79.9, 6),
                "bearing": c.rng.randint(0, 359),
            },
            "status": "ON_THE_WAY",
        }
    )
    return b.build()


def dish_photo(c: Context) -> Flow:
    b = FB(c, "kottugo", "GET", f"https://img.kottugo.example/dish/{new_hex(c.rng, 20)}.webp")
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
