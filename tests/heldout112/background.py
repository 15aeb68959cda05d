"""Ordinary traffic between the apps: connectivity check, Lyon transit, Vélo'v,
map tiles, news (one article about facial recognition), crash reports with
trace ids, messaging, app updates. None of it carries biometric data, viewing
history or a device identifier of hers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://connectivitycheck.gstatic.com/generate_204",
           http_version="HTTP/1.1")  # fmt: skip
    b.no_content()
    return b.build()


def transit(c: Context) -> Flow:
    stop = c.rng.choice(["Croix-Rousse", "Hénon", "Hôtel de Ville", "Bellecour", "Part-Dieu"])
    b = _b(c, "tcl", "GET", f"https://api.tcl-lyon.example/v1/prochains-passages?arret={stop}")
    b.ok_json(
        {
            "arret": stop,
            "passages": [{"ligne": "C", "dans_min": c.rng.randint(1, 15)} for _ in range(3)],
        }
    )
    return b.build()


def velov(c: Context) -> Flow:
    b = _b(c, "velov", "GET", "https://api.velov-lyon.example/stations/proches")
    b.decoy("bike-sharing stations with coordinates and the stations' terminal ids (public)")
    b.ok_json(
        {
            "stations": [
                {
                    "id": c.rng.randint(1000, 11000),
                    "lat": rf(c.rng, 45.74, 45.78, 5),
                    "lon": rf(c.rng, 4.80, 4.87, 5),
                    "velos": c.rng.randint(0, 20),
                    "borne": "BRN-" + new_hex(c.rng, 8).upper(),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def news_article(c: Context) -> Flow:
    b = _b(
        c, "news", "GET", "https://api.info-lyon.example/v1/articles/reconnaissance-faciale-gare"
    )
    b.decoy("news article about facial recognition cameras (an article about faces)")
    b.ok_json(
        {
            "titre": "Reconnaissance faciale : la gare Part-Dieu en test ?",
            "corps": "Le projet de caméras analysant les visages des voyageurs divise les élus...",
            "publieLe": iso(c),
        }
    )
    return b.build()


def news_image(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://img.info-lyon.example/{new_hex(c.rng, 24)}/640.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o451203.ingest.de.sentry.io/api/6611029/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    env = "\n".join(
        [
            js({"event_id": event_id, "sent_at": iso(c)}),
            js({"type": "event"}),
            js(
                {
                    "event_id": event_id,
                    "level": "error",
                    "platform": "java",
                    "contexts": {
                        "trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
                    },
                    "exception": {
                        "values": [{"type": "SocketTimeoutException", "value": "timeout"}]
                    },
                }
            ),
        ]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def messaging(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.messagerie-exemple.fr/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["Je décale à 18h30", "Bien reçu merci", "À demain !"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def update_check(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.kinetika.example/android/latest.json")
    b.decoy("build commit hash")
    b.ok_json({"version": "3.8.3", "commit": new_hex(c.rng, 40)})
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    transit,
    velov,
    map_tile,
    news_article,
    news_image,
    sentry_crash,
    messaging,
    update_check,
    fonts,
    transit,
    map_tile,
]
