"""Ordinary traffic between the apps: connectivity checks, weather for Nairobi /
Mombasa / Kisumu, map tiles, a Jumia-like shop (product "views", a phone's
serial-number field in a catalogue), news, a chat app, matatu routes, a
school-fees portal, a mobile game's camera telemetry, crash reports with trace
ids, update checks. None of it carries biometric data, viewing history or a
device identifier of these phones."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(-1.29, 36.82), (-4.04, 39.67), (-0.09, 34.77)]


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
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
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


def duka_view(c: Context) -> Flow:
    pid = c.rng.randint(10**6, 10**7)
    b = _b(c, "shop", "POST", "https://api.dukaletu.example/v1/bidhaa/view")
    b.decoy("shop product 'view' event with a product id and dwell time")
    b.json(
        {"bidhaaId": pid, "view": True, "sekunde": c.rng.randint(2, 60), "sessionId": rid(c.rng)}
    )
    b.ok_json({"sawa": True, "zinazofanana": [pid + 1, pid + 7]})
    return b.build()


def duka_catalogue(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.dukaletu.example/v1/bidhaa?aina=simu&ukurasa=2")
    b.decoy("catalogue of phones with IMEI-like / serial fields of stock items")
    b.ok_json(
        {
            "bidhaa": [
                {
                    "jina": m,
                    "bei": c.rng.randint(8000, 40000),
                    "serialNumber": "SN" + new_hex(c.rng, 10).upper(),
                    "model": m,
                }
                for m in ("Tecno Spark 20", "Infinix Hot 40", "Samsung A05", "itel A70")
            ]
        }
    )
    return b.build()


def duka_order(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.dukaletu.example/v1/oda")
    b.decoy("order number and delivery address")
    b.json(
        {
            "bidhaa": [{"sku": f"SKU-{c.rng.randint(1000, 9999)}", "idadi": 1}],
            "anwani": "Moi Avenue, Mombasa",
            "malipo": "mpesa",
        }
    )
    b.ok_json({"odaNo": order_no(c.rng), "jumla": rf(c.rng, 300, 20000, 0)})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.habarikenya.example/v1/habari?aina=siasa&t={ms(c)}")
    b.ok_json(
        {
            "habari": [
                {"id": c.rng.randint(10**5, 10**6), "kichwa": t}
                for t in ("Bei ya mafuta yashuka", "Mvua kubwa Nairobi", "Harambee Stars yashinda")
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.gumzo.example/v2/ujumbe")
    b.decoy("message id and conversation id")
    b.json(
        {
            "mazungumzo": rid(c.rng),
            "ujumbe": c.rng.choice(["Niko njiani", "Sasa mbogi", "Tutaonana kesho", "Poa sana"]),
            "clientMsgId": rid(c.rng),
            "saa": iso(c),
        }
    )
    b.ok_json({"imetumwa": True})
    return b.build()


def matatu(c: Context) -> Flow:
    b = _b(
        c, "matatu", "GET", f"https://api.matwana.example/v1/njia/{c.rng.choice([46, 111, 58, 33])}"
    )
    b.decoy("vehicle positions and stop times (route map)")
    b.ok_json(
        {
            "magari": [
                {
                    "plate": f"KC{c.rng.choice('ABCDEF')} {c.rng.randint(100, 999)}",
                    "position": [rf(c.rng, -1.32, -1.25), rf(c.rng, 36.75, 36.9)],
                    "eta": c.rng.randint(1, 25),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def school_fees(c: Context) -> Flow:
    b = _b(
        c,
        "school",
        "GET",
        f"https://portal.karoshule.example/api/mwanafunzi/ADM{c.rng.randint(1000, 9999)}/karo",
    )
    b.decoy("admission number and fee balance")
    b.ok_json({"salio": rf(c.rng, 0, 45000, 0), "muhula": 2, "paybill": "522522"})
    return b.build()


def game_telemetry(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetry.safari-rally.example/v1/frame")
    b.decoy("camera yaw / pitch and player position in a racing game")
    b.json(
        {
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2)},
            "position": [rf(c.rng, 0, 4000, 1), rf(c.rng, 0, 4000, 1)],
            "lap": c.rng.randint(1, 3),
            "fps": c.rng.randint(28, 60),
        }
    )
    b.no_content()
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "fitness", "POST", "https://api.mazoezi.example/v1/akaunti")
    b.decoy("self-declared gender and year of birth")
    b.json({"jina": "Akinyi", "jinsia": "F", "mwakaWaKuzaliwa": 1999, "lengo": "kukimbia"})
    b.ok_json({"id": new_digits(c.rng, 9, "4")})
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44102.ingest.sentry.io/api/5511209/envelope/")
    b.decoy("trace / event ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "UnknownHostException", "value": "no network"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.kenya-apps.example/v1/latest?channel=stable")
    b.decoy("commit hash")
    b.ok_json({"version": "3.1.0", "commit": new_hex(c.rng, 40), "maelezo": "Marekebisho"})
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.habarikenya.example/{new_hex(c.rng, 32)}/w640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    duka_view,
    duka_catalogue,
    duka_order,
    news,
    chat,
    matatu,
    school_fees,
    game_telemetry,
    signup,
    sentry_crash,
    update_check,
    cdn_image,
    map_tile,
    cdn_image,
]
