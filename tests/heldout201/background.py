"""Ordinary traffic between the apps: connectivity checks, weather for
Mogadishu / Hargeisa / Nairobi / Minneapolis, flight status (Mogadishu -
Nairobi, Minneapolis - Istanbul), Somali news, a livestock market app (prices,
listings with view counts and ear-tag numbers), a family chat, a Shax board
game with camera yaw, map tiles, crash reports with trace ids and fonts. None of
it carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(2.05, 45.32), (9.56, 44.06), (-1.28, 36.82), (44.98, -93.27)]


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
        "&hourly=temperature_2m,precipitation",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, -12, 36, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 3, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def flight(c: Context) -> Flow:
    no = c.rng.choice(["KQ 356", "TK 679", "DM 210", "TK 6", "FZ 631"])
    b = _b(
        c, "flights", "GET", f"https://api.duulimaad.example/v1/status?flight={no.replace(' ', '')}"
    )
    b.decoy("flight number, seat, gate (travel, not a device)")
    b.ok_json(
        {
            "flight": no,
            "from": c.rng.choice(["MGQ", "HGA", "NBO", "MSP"]),
            "to": c.rng.choice(["IST", "NBO", "DXB", "MGQ"]),
            "gate": f"{c.rng.choice('ABC')}{c.rng.randint(1, 30)}",
            "scheduled": iso(c),
            "status": c.rng.choice(["on_time", "delayed", "boarding"]),
            "aircraft": {"type": "A321", "registration": "5Y-" + new_hex(c.rng, 3).upper()},
        }
    )
    return b.build()


def news(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", f"https://api.wararka-maanta.example/v1/maqaallo?qaybta=guud&t={ms(c)}"
    )
    b.ok_json(
        {
            "maqaallo": [
                {
                    "id": c.rng.randint(10**5, 10**6),
                    "cinwaan": t,
                    "akhriyey": c.rng.randint(100, 9000),
                }
                for t in (
                    "Roobabka Gu'ga oo ka da'ay Hiiraan",
                    "Dekedda Berbera oo ballaadhisay",
                    "Doorashada golaha deegaanka",
                )
            ]
        }
    )
    return b.build()


def article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        f"https://api.wararka-maanta.example/v1/maqaal/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("article read counter (aggregate)")
    b.ok_json(
        {"cinwaan": "Suuqa xoolaha Burco", "qoraal": "...", "akhriyey": c.rng.randint(100, 9000)}
    )
    return b.build()


def xoolaha_prices(c: Context) -> Flow:
    b = _b(c, "suuq_xoolaha", "GET", "https://api.suuqxoolaha.example/v1/qiimaha?suuq=burco")
    b.ok_json(
        {
            "suuqa": "Burco",
            "qiimaha": {
                "geel": rf(c.rng, 600, 1100, 0),
                "lo'": rf(c.rng, 300, 600, 0),
                "ari": rf(c.rng, 60, 120, 0),
            },
            "lacagta": "USD",
            "taariikh": iso(c)[:10],
        }
    )
    return b.build()


def xoolaha_listing(c: Context) -> Flow:
    b = _b(
        c,
        "suuq_xoolaha",
        "GET",
        f"https://api.suuqxoolaha.example/v1/xayeysiis/{c.rng.randint(1000, 9999)}",
    )
    b.decoy("livestock ear-tag serial and listing view count")
    b.ok_json(
        {
            "nooca": c.rng.choice(["geel", "ari", "idho"]),
            "da'da": c.rng.randint(1, 8),
            "calaamadda_dhegta": {"serial": "SL-" + str(c.rng.randint(10**7, 10**8))},
            "views": c.rng.randint(10, 900),
            "qiimaha": rf(c.rng, 60, 1100, 0),
            "sawir": f"https://img.suuqxoolaha.example/{new_hex(c.rng, 24)}.jpg",
        }
    )
    return b.build()


def xoolaha_photo(c: Context) -> Flow:
    b = _b(c, "suuq_xoolaha", "GET", f"https://img.suuqxoolaha.example/{new_hex(c.rng, 24)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://api.qoyska-chat.example/v3/fariimo")
    b.json(
        {
            "wadahadal": rid(c.rng),
            "qoraal": c.rng.choice(
                [
                    "Salaan, sidee tahay?",
                    "Lacagta waan kuu soo diray",
                    "Ciyaarta Arsenal ma daawatay?",
                    "Hooyo, roob ma da'ay?",
                ]
            ),
            "macmiil_id": rid(c.rng),
            "waqtiga": ms(c),
        }
    )
    b.ok_json({"la_gaarsiiyay": True})
    return b.build()


def shax_game(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://api.shax-game.example/v1/telemetry")
    b.decoy("camera yaw / pitch and board position in a game")
    b.json(
        {
            "session": rid(c.rng),
            "camera": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 10, 2)},
            "position": {"row": c.rng.randint(0, 6), "col": c.rng.randint(0, 6)},
            "moves": c.rng.randint(1, 24),
        }
    )
    b.no_content()
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


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o44120.ingest.sentry.io/api/5519023/envelope/")
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


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/notosans/v36/o-0IIpQlx3QUlC5A4PNr5TRA.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    flight,
    news,
    article,
    xoolaha_prices,
    xoolaha_listing,
    xoolaha_photo,
    chat,
    chat,
    shax_game,
    map_tile,
    sentry_crash,
    fonts,
    weather,
]
