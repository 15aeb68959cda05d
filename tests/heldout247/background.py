"""Ordinary traffic between the apps: connectivity checks, weather for Belgrade /
Novi Sad / Banja Luka / Vienna, map tiles and a route (with positions), a taxi
ride (driver position, ride duration, price), an electronics e-shop's order
history, a chat app's messages, news, a cinema's schedule (films and their
running times), bus arrivals, crash reports with trace ids and update checks
with commit hashes. None of it carries biometric data, viewing history or a
device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid

CITIES = [(44.82, 20.46), (45.25, 19.84), (44.77, 17.19), (48.21, 16.37)]


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
        "&hourly=temperature_2m,precipitation&timezone=Europe%2FBelgrade",
    )
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, -3, 14, 1) for _ in range(24)]},
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
    b = _b(c, "maps", "POST", "https://api.mape-rs.example/v1/ruta")
    b.decoy("route with start / end positions and duration")
    b.json(
        {
            "pozicija": {"lat": 44.8125, "lon": 20.4612},
            "odrediste": {"lat": 44.7866, "lon": 20.4489},
            "nacin": "auto",
        }
    )
    b.ok_json(
        {
            "trajanje": c.rng.randint(600, 2400),
            "duzinaKm": rf(c.rng, 2, 15, 1),
            "polyline": new_hex(c.rng, 40),
        }
    )
    return b.build()


def taxi(c: Context) -> Flow:
    b = _b(
        c,
        "taxi",
        "GET",
        f"https://api.taksigo.example/v2/voznja/{c.rng.randint(10**6, 10**7)}/status",
    )
    b.decoy("driver position, ride duration and price")
    b.ok_json(
        {
            "vozac": {
                "ime": "Milan",
                "vozilo": "Škoda Octavia BG-123-XY",
                "pozicija": [44.80 + c.rng.random() / 50, 20.46],
            },
            "trajanjeMin": c.rng.randint(4, 25),
            "cena": rf(c.rng, 450, 1800, 0),
            "valuta": "RSD",
        }
    )
    return b.build()


def eshop_history(c: Context) -> Flow:
    b = _b(c, "shop", "GET", "https://api.kupiodmah.example/v1/nalog/istorija-porudzbina?strana=1")
    b.decoy("e-shop order history (istorija) with order numbers")
    b.ok_json(
        {
            "istorijaPorudzbina": [
                {
                    "broj": order_no(c.rng),
                    "artikal": c.rng.choice(
                        ['Televizor 55" 4K', "Slušalice", "Usisivač", "Punjač USB-C"]
                    ),
                    "cena": rf(c.rng, 1200, 80000, 0),
                    "datum": iso(c)[:10],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def eshop_cart(c: Context) -> Flow:
    b = _b(c, "shop", "POST", "https://api.kupiodmah.example/v1/korpa")
    b.decoy("cart with prices and delivery duration")
    b.json(
        {"sku": f"KO-{c.rng.randint(10**5, 10**6)}", "kolicina": 1, "idempotencyKey": rid(c.rng)}
    )
    b.ok_json({"ukupno": rf(c.rng, 1500, 60000, 0), "isporukaDana": c.rng.randint(1, 4)})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.poruke.example/v3/messages")
    b.json(
        {
            "to": "grp_" + new_hex(c.rng, 12),
            "text": c.rng.choice(
                [
                    "Jesi gledao utakmicu?",
                    "Stižem za 10 min",
                    "Pozdravi baku",
                    "Ко долази у недељу?",
                ]
            ),
            "clientMsgId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"seq": c.rng.randint(10**5, 10**6), "delivered": True})
    return b.build()


def news(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://api.vesti-danas.example/v1/clanci?rubrika=sport&t={ms(c)}")
    b.ok_json(
        {
            "clanci": [
                {"id": c.rng.randint(10**5, 10**6), "naslov": t}
                for t in ("Звезда славила у Дворани", "Sneg u Beogradu", "Cene goriva od petka")
            ]
        }
    )
    return b.build()


def cinema(c: Context) -> Flow:
    b = _b(
        c,
        "cinema",
        "GET",
        "https://api.bioskop-repertoar.example/v1/projekcije?grad=beograd&datum=danas",
    )
    b.decoy("cinema schedule: film titles, start times and running times")
    b.ok_json(
        {
            "projekcije": [
                {"film": f, "pocetak": iso(c), "trajanje": d, "sala": c.rng.randint(1, 8)}
                for f, d in (("Gladiator II", 148), ("Wicked", 160), ("Moana 2", 100))
            ]
        }
    )
    return b.build()


def bus(c: Context) -> Flow:
    b = _b(
        c,
        "bus",
        "GET",
        f"https://api.gradski-prevoz.example/v1/stajaliste/{c.rng.randint(1, 3000)}/dolasci",
    )
    b.ok_json(
        {
            "dolasci": [
                {"linija": line, "minuta": c.rng.randint(1, 20)} for line in ("26", "31", "E2")
            ]
        }
    )
    return b.build()


def cdn_image(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://img.vesti-danas.example/{new_hex(c.rng, 32)}/w720.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o41772.ingest.sentry.io/api/5538810/envelope/")
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


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.srpske-aplikacije.example/v1/latest?kanal=stable")
    b.decoy("commit hash")
    b.ok_json({"verzija": "3.1.0", "commit": new_hex(c.rng, 40), "beleske": "Ispravke grešaka"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    route,
    taxi,
    eshop_history,
    eshop_cart,
    chat,
    news,
    cinema,
    bus,
    cdn_image,
    sentry_crash,
    update_check,
    weather,
    chat,
    map_tile,
]
