"""Ordinary traffic between the apps: connectivity checks, weather and cyclone
alerts for Kolkata / Dhaka / Chattogram / London, map tiles, a ride app's fare
estimate (a pickup "position"), a grocery app (a product's batch serial in the
catalogue), news, a chat app's messages, train tickets, a cricket game's camera
yaw, crash reports with trace ids, update checks with commit hashes. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(22.57, 88.36), (23.81, 90.41), (22.36, 91.78), (51.51, -0.13)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 14, 36, 1) for _ in range(24)]},
        }
    )
    return b.build()


def cyclone_alert(c: Context) -> Flow:
    b = _b(
        c,
        "bmd-alert",
        "GET",
        f"https://api.ghurnijhor-alert.example/v1/sotorkota?zila=khulna&t={ms(c)}",
    )
    b.decoy("cyclone track position and signal number (not a device, not viewing)")
    b.ok_json(
        {
            "ghurnijhor": "Dana",
            "position": {"lat": rf(c.rng, 17, 21, 2), "lon": rf(c.rng, 87, 90, 2)},
            "songket": c.rng.choice([3, 4, 7]),
            "barta": "সমুদ্রবন্দরসমূহকে ৭ নম্বর বিপদ সংকেত দেখাতে বলা হয়েছে",
            "updated": iso(c),
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


def ride_fare(c: Context) -> Flow:
    b = _b(c, "ride", "POST", "https://api.cholo-ride.example/v2/bhara/estimate")
    b.decoy("pickup / drop position (a trip request)")
    b.json(
        {
            "pickup": {
                "position": [rf(c.rng, 23.7, 23.9, 5), rf(c.rng, 90.3, 90.5, 5)],
                "naam": "Dhanmondi 27",
            },
            "drop": {
                "position": [rf(c.rng, 23.7, 23.9, 5), rf(c.rng, 90.3, 90.5, 5)],
                "naam": "Gulshan 1",
            },
            "vehicle": c.rng.choice(["bike", "car", "cng"]),
        }
    )
    b.ok_json({"bhara": rf(c.rng, 90, 450, 0), "currency": "BDT", "eta_min": c.rng.randint(3, 15)})
    return b.build()


def grocery_catalogue(c: Context) -> Flow:
    b = _b(
        c,
        "grocery",
        "GET",
        f"https://api.bazarghor.example/v1/products?category=masala&page={c.rng.randint(1, 5)}",
    )
    b.decoy("product batch serial numbers and 'view' counts in a shop catalogue")
    b.ok_json(
        {
            "products": [
                {
                    "sku": f"MSL-{c.rng.randint(100, 999)}",
                    "naam": n,
                    "dam": rf(c.rng, 30, 400, 0),
                    "batch_serial": f"B{c.rng.randint(10**7, 10**8)}",
                    "views": c.rng.randint(10, 9000),
                }
                for n in ("Radhuni Holud Gura", "Pran Morich Gura", "Teer Soybean Tel")
            ]
        }
    )
    return b.build()


def grocery_order(c: Context) -> Flow:
    b = _b(c, "grocery", "POST", "https://api.bazarghor.example/v1/order")
    b.decoy("order number")
    b.json(
        {
            "items": [{"sku": f"MSL-{c.rng.randint(100, 999)}", "qty": 2}],
            "thikana": "Lake Town, Kolkata 700089",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"order_no": order_no(c.rng), "mot": rf(c.rng, 200, 2500, 0)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.khobor-kagoj.example/v1/articles?section=khela&t={ms(c)}"
    )
    b.ok_json(
        {
            "articles": [
                {"id": c.rng.randint(10**5, 10**6), "shironam": t}
                for t in (
                    "বিপিএলে রংপুরের টানা পঞ্চম জয়",
                    "Kolkata-y brishti, jolabaddho rasta",
                    "Padma Setu-te toll aday record",
                )
            ]
        }
    )
    return b.build()


def news_article_views(c: Context) -> Flow:
    b = _b(c, "news", "GET", "https://api.khobor-kagoj.example/v1/most-read?window=24h")
    b.decoy("most-read article view counts (aggregate)")
    b.ok_json(
        {
            "most_read": [
                {"id": c.rng.randint(10**5, 10**6), "views": c.rng.randint(10**3, 10**5)}
                for _ in range(5)
            ]
        }
    )
    return b.build()


def chat_message(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.golpoguchchho.example/v1/messages")
    b.json(
        {
            "to": "grp_" + new_hex(c.rng, 10),
            "text": c.rng.choice(
                ["Didi, London-e thanda kemon?", "Mama, Eid-e ashcho to?", "খেয়েছ?"]
            ),
            "client_msg_id": rid(c.rng),
            "sent": ms(c),
        }
    )
    b.ok_json({"id": new_hex(c.rng, 16), "delivered": True})
    return b.build()


def train_search(c: Context) -> Flow:
    b = _b(
        c,
        "rail",
        "GET",
        "https://api.rail-ticket-bd.example/v1/search?from=Dhaka&to=Chattogram&date=2024-12-05",
    )
    b.ok_json(
        {
            "trains": [
                {"naam": n, "chharbe": t, "seat": c.rng.randint(0, 80)}
                for n, t in (("Suborno Express", "07:00"), ("Sonar Bangla Express", "17:00"))
            ]
        }
    )
    return b.build()


def train_booking(c: Context) -> Flow:
    b = _b(c, "rail", "POST", "https://api.rail-ticket-bd.example/v1/booking")
    b.decoy("PNR and seat number")
    b.json(
        {
            "train": "Suborno Express",
            "coach": "CHA",
            "seat": f"{c.rng.randint(1, 60)}",
            "jatri": "Md. Rafiqul Islam",
            "idempotency_key": rid(c.rng),
        }
    )
    b.ok_json({"pnr": f"{c.rng.randint(10**9, 10**10)}", "status": "confirmed"})
    return b.build()


def game_state(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.cricket-superstar.example/v1/replay/save")
    b.decoy("game camera yaw/pitch and ball position (a game replay)")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2)},
            "ball": {"position": [rf(c.rng, -10, 10, 2), rf(c.rng, 0, 3, 2), rf(c.rng, 0, 20, 2)]},
            "over": c.rng.randint(1, 20),
            "score": c.rng.randint(0, 250),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.khobor-cdn.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41722.ingest.sentry.io/api/7713025/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "api down"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.bangla-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "notes": "Bug fix"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    cyclone_alert,
    map_tile,
    ride_fare,
    grocery_catalogue,
    grocery_order,
    news,
    news_article_views,
    chat_message,
    train_search,
    train_booking,
    game_state,
    cdn_image,
    sentry_crash,
    update_check,
    weather,
    map_tile,
    chat_message,
]
