"""Ordinary traffic between the apps: weather, maps, crash reports with trace ids,
family chat in Neapolitan and Italian, a news article about face recognition, an
e-book reader's reading position, train times. None of it carries biometric data,
viewing history or one of the family's device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

CITTA = [(40.85, 14.27), (45.46, 9.19)]  # Napoli, Milano
CHAT = [
    "uè guagliò, staje a casa stasera?",
    "mammà dice che 'o ragù è pronto",
    "arrivo col Frecciarossa delle 18:00",
    "stasera c'è 'a partita, jamme!",
    "ok 👍",
]


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


def meteo(c: Context) -> Flow:
    lat, lon = c.rng.choice(CITTA)
    b = _b(
        c,
        "meteo",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=temperature_2m",
    )
    b.decoy("coordinates and a temperature series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"temperature_2m": [rf(c.rng, 4, 31, 1) for _ in range(24)]},
        }
    )
    return b.build()


def tile(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
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


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118224.ingest.sentry.io/api/4504339/envelope/")
    b.decoy("crash envelope with event / trace ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "NullPointerException", "value": "posizione == null"}]},
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.famiglia-messenger.example/v1/messaggi")
    b.json({"conversazione": rid(c.rng), "testo": c.rng.choice(CHAT), "inviato": ms(c)})
    b.ok_json({"id": rid(c.rng), "stato": "consegnato"})
    return b.build()


def articolo(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://www.notizie-partenopee.example/api/articoli/riconoscimento-facciale-stadio",
    )
    b.decoy("news article about face recognition at the stadium (about faces, no face data)")
    b.ok_json(
        {
            "titolo": "Riconoscimento facciale allo stadio Maradona: cosa cambia",
            "corpo": (
                "Il Garante ha chiesto chiarimenti sulle telecamere con riconoscimento del volto..."
            ),
            "pubblicato": iso(c),
        }
    )
    return b.build()


def ebook(c: Context) -> Flow:
    b = _b(
        c, "ebook", "PUT", f"https://api.librivivi.example/v1/letture/{c.rng.randint(10**5, 10**6)}"
    )
    b.decoy("e-book reading position and progress (reading is not viewing history)")
    b.json(
        {
            "titolo": "L'amica geniale",
            "posizione": c.rng.randint(100, 9000),
            "percentuale": rf(c.rng, 1, 99, 1),
            "letto_il": iso(c),
        }
    )
    b.no_content()
    return b.build()


def treni(c: Context) -> Flow:
    b = _b(
        c,
        "treni",
        "GET",
        "https://orari.treni-example.it/v1/soluzioni?da=NAPOLI+CENTRALE&a=MILANO+CENTRALE",
    )
    b.decoy("timetable with durations")
    b.ok_json(
        {
            "soluzioni": [
                {"treno": f"FR {9500 + i * 2}", "partenza": iso(c), "durata_min": 275}
                for i in range(4)
            ]
        }
    )
    return b.build()


def ora(c: Context) -> Flow:
    b = _b(c, "time", "GET", "https://time.ntp-example.org/now")
    b.ok_json({"epochMs": ms(c), "tz": "Europe/Rome"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    meteo,
    tile,
    sentry,
    chat,
    articolo,
    ebook,
    treni,
    ora,
    chat,
    meteo,
    tile,
]
