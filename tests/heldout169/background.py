"""Ordinary household traffic between the apps: the US weather service, a grocery
order for pickup, WhatsApp-style chat, an iOS captive-portal check, crash
envelopes with trace ids, a church bulletin PDF, a lottery results page, a
telenovela gossip article about a star's "face" (words, not a face), a Spanish
word game's camera yaw/pitch/roll, and a school portal. None of it carries
biometric data, viewing history or an identifier of the family's devices."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str, ua: str = "okhttp/4.12.0") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", ua)
    return b


def captive(c: Context) -> Flow:
    b = FB(
        c, "apple", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.header("user-agent", "CaptiveNetworkSupport-491.0.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def nws_forecast(c: Context) -> Flow:
    office, x, y = c.rng.choice([("HGX", 63, 95), ("MFL", 109, 50)])
    b = _b(c, "nws", "GET", f"https://api.weather.gov/gridpoints/{office}/{x},{y}/forecast/hourly")
    b.decoy("gridpoint coordinates and hourly temperature series")
    b.ok_json(
        {
            "geometry": {
                "coordinates": [
                    [[rf(c.rng, -95.4, -80.1, 4), rf(c.rng, 25.7, 29.8, 4)] for _ in range(5)]
                ]
            },
            "properties": {
                "periods": [
                    {"number": i, "temperature": c.rng.randint(70, 95), "startTime": iso(c)}
                    for i in range(1, 13)
                ]
            },
        }
    )
    return b.build()


def grocery(c: Context) -> Flow:
    b = _b(c, "grocery", "POST", "https://api.tiendita-pickup.example/v1/pedidos")
    b.decoy("order number and idempotency key")
    b.json(
        {
            "tienda": "Fiesta Mart #" + new_digits(c.rng, 3),
            "articulos": [
                {"sku": new_digits(c.rng, 12), "cant": c.rng.randint(1, 4)}
                for _ in range(c.rng.randint(2, 6))
            ],
            "recoger": iso(c),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"pedido": "FM-" + new_digits(c.rng, 9), "total": rf(c.rng, 20, 180, 2)})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.familia-mensajes.example/v1/mensajes")
    b.json(
        {
            "conversacion": rid(c.rng),
            "texto": c.rng.choice(
                ["ya llegué mija", "¿vieron el partido?", "bendiciones 🙏", "ok"]
            ),
            "enviado": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "estado": "entregado"})
    return b.build()


def crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o512204.ingest.sentry.io/api/6621003/envelope/")
    b.decoy("event / trace / span ids of a crash report")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "cocoa",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NSRangeException", "value": "index 4 beyond bounds"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def bulletin(c: Context) -> Flow:
    b = _b(c, "parish", "GET", f"https://boletin.sanjuandiego-houston.example/{iso(c)[:10]}.pdf")
    b.respond(
        200, "application/pdf", b"%PDF-1.7\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def lottery(c: Context) -> Flow:
    b = _b(c, "lottery", "GET", "https://resultados.loteria-texas.example/api/powerball/ultimos")
    b.decoy("number draws and jackpot series")
    b.ok_json(
        {
            "sorteos": [
                {
                    "fecha": iso(c)[:10],
                    "numeros": sorted(c.rng.sample(range(1, 70), 5)),
                    "pb": c.rng.randint(1, 26),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def gossip(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://farandula.noticias-hoy.example/api/articulo/cara-nueva-de-la-actriz",
    )
    b.decoy("article about an actress's 'new face' (text about faces, no face data)")
    b.ok_json(
        {
            "titulo": "¿Qué le pasó a su cara? La actriz responde",
            "palabras": 640,
            "vistas": c.rng.randint(10**4, 10**6),
        }
    )
    return b.build()


def word_game(c: Context) -> Flow:
    b = _b(c, "game", "POST", "https://telemetria.palabrasmagicas.example/v2/eventos")
    b.decoy("game camera yaw/pitch/roll (not a head pose from a face)")
    b.json(
        {
            "nivel": c.rng.randint(1, 300),
            "camara": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "roll": 0.0},
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def school(c: Context) -> Flow:
    b = _b(c, "school", "GET", "https://portal.hisd-padres.example/api/calificaciones")
    b.decoy("student id and grade list (an account, not a device)")
    b.ok_json(
        {
            "estudiante": "S" + new_digits(c.rng, 7),
            "materias": [
                {"materia": m, "nota": c.rng.randint(70, 100)}
                for m in ("Math", "ELA", "Science", "Spanish")
            ],
        }
    )
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "signup", "POST", "https://cuentas.clubdeofertas.example/registro")
    b.decoy("self-declared gender and birth date on a sign-up form")
    b.form(
        [
            ("nombre", "Andrés"),
            ("genero", "masculino"),
            ("nacimiento", "2006-03-14"),
            ("zip", "77036"),
        ]
    )
    b.ok_json({"ok": True})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive,
    nws_forecast,
    grocery,
    chat,
    crash,
    bulletin,
    lottery,
    gossip,
    word_game,
    school,
    signup,
    chat,
    nws_forecast,
]
