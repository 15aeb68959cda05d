"""Ordinary traffic between the apps: Vienna weather and transit, maps, crash
envelopes with trace ids, MusicBrainz lookups, chat, an article about face
recognition at concerts, fonts and a connectivity check. None of it carries
biometric data, viewing history or her device identifiers."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid


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
    lat, lon = rf(c.rng, 48.15, 48.25, 3), rf(c.rng, 16.3, 16.45, 3)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,precipitation&timezone=Europe%2FVienna",
    )
    b.decoy("coordinates and hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, -3, 9, 1) for _ in range(24)],
                "precipitation": [rf(c.rng, 0, 2, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def transit(c: Context) -> Flow:
    stop = c.rng.choice(["Westbahnhof", "Burggasse-Stadthalle", "Karlsplatz", "Schwedenplatz"])
    b = _b(c, "transit", "GET", f"https://api.oeffi-wien.example/v1/abfahrten?halt={stop}")
    b.decoy("departures with coordinates")
    b.ok_json(
        {
            "halt": stop,
            "lat": rf(c.rng, 48.18, 48.22, 5),
            "lon": rf(c.rng, 16.33, 16.38, 5),
            "abfahrten": [
                {"linie": line, "in_min": c.rng.randint(0, 12)}
                for line in ("U6", "U3", "49", "13A")
            ],
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
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
    b = _b(c, "sentry", "POST", "https://o450117.ingest.sentry.io/api/5830021/envelope/")
    b.decoy("trace / span / event ids of a crash envelope")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {
            "values": [
                {
                    "type": "AudioRecord$Exception",
                    "value": "startRecording() called on an uninitialized AudioRecord",
                }
            ]
        },
    }
    env = (
        "\n".join([js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
        + "\n"
    )
    b.set_body(env.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def musicbrainz(c: Context) -> Flow:
    b = _b(
        c,
        "musicbrainz",
        "GET",
        f"https://musicbrainz.org/ws/2/recording/{rid(c.rng)}?inc=artists+releases&fmt=json",
    )
    b.decoy("recording metadata lookup (length in ms): catalogue, not listening")
    b.ok_json(
        {
            "title": "Spiegel im Spiegel",
            "length": c.rng.randint(500_000, 600_000),
            "artist-credit": [{"name": "Arvo Pärt"}],
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-messenger.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "clientMessageId": rid(c.rng),
            "text": c.rng.choice(["Soundcheck 17 Uhr?", "Bin im Proberaum", "Danke für den Mix!"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng), "status": "delivered"})
    return b.build()


def face_article(c: Context) -> Flow:
    b = _b(
        c,
        "news",
        "GET",
        "https://www.wiener-kulturblatt.example/api/artikel/gesichtserkennung-konzert",
    )
    b.decoy("an article about face recognition at concert entrances: text about faces")
    b.ok_json(
        {
            "titel": "Gesichtserkennung am Konzerteinlass?",
            "woerter": 1200,
            "text": "Veranstalter testen Kameras, die Gesichter mit Tickets abgleichen …",
        }
    )
    return b.build()


def fonts(c: Context) -> Flow:
    b = _b(
        c,
        "gfonts",
        "GET",
        "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfMZg.woff2",
    )
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(200)))
    return b.build()


def remote_config(c: Context) -> Flow:
    b = _b(c, "config", "GET", "https://config.stimmwerk.example/v1/flags?platform=android")
    b.decoy("feature flags with an experiment bucket hash")
    b.ok_json({"flags": {"neuer_tuner": True, "spektrum_3d": False}, "bucket": new_hex(c.rng, 16)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    transit,
    map_tile,
    sentry_crash,
    musicbrainz,
    chat,
    face_article,
    fonts,
    remote_config,
    transit,
    weather,
]
