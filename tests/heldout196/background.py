"""Ordinary traffic between the apps: connectivity checks, weather over Yaoundé,
map tiles, crash envelopes with trace ids, WhatsApp-like chat, football news
articles, a tontine (njangi) app's contributions, airtime top-up. None of it
carries biometric data, viewing history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rf, rid


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.11.0")
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
    lat, lon = rf(c.rng, 3.8, 6.0, 2), rf(c.rng, 9.6, 11.6, 2)
    b = _b(
        c,
        "weather",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=precipitation",
    )
    b.decoy("coordinates and an hourly series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"precipitation": [rf(c.rng, 0, 12, 1) for _ in range(24)]},
        }
    )
    return b.build()


def map_tile(c: Context) -> Flow:
    z = c.rng.randint(12, 16)
    b = _b(
        c,
        "osm",
        "GET",
        f"https://tile.openstreetmap.org/{z}/{c.rng.randint(0, 2**z)}/{c.rng.randint(0, 2**z)}.png",
    )
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry_crash(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o77120.ingest.sentry.io/api/6630021/envelope/")
    b.decoy("trace / event ids in a crash envelope")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "level": "error",
        "platform": "java",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.nkwa-messenger.example/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(
                ["on dit quoi?", "I di come", "tu as wanda le match?", "massa, na so"]
            ),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "news", "GET", f"https://actu237.example/api/articles/{c.rng.randint(10000, 99999)}")
    b.decoy("news article about face-recognition at the border (text about faces, no face data)")
    b.ok_json(
        {
            "titre": "La reconnaissance faciale arrive à l'aéroport de Nsimalen",
            "corps": "Les voyageurs passeront devant des caméras...",
            "publie": iso(c),
        }
    )
    return b.build()


def njangi(c: Context) -> Flow:
    b = _b(c, "njangi", "POST", "https://api.njangi-app.example/v1/cotisations")
    b.decoy("tontine contribution with member and round ids")
    b.json(
        {
            "groupe": "Mami Njangi Biyem-Assi",
            "membre_id": rid(c.rng),
            "tour": c.rng.randint(1, 12),
            "montant": 10000,
        }
    )
    b.ok_json({"recu": "NJ" + new_hex(c.rng, 8).upper()})
    return b.build()


def airtime(c: Context) -> Flow:
    b = _b(c, "topup", "POST", "https://recharge.credit237.example/v1/topup")
    b.json({"operateur": "ORANGE", "montant": c.rng.choice([100, 500, 1000]), "ref": rid(c.rng)})
    b.ok_json({"statut": "OK"})
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(
        c, "cdn", "GET", f"https://img.kongossatv.example/vignettes/{new_hex(c.rng, 16)}/w320.jpg"
    )
    b.decoy("a series thumbnail: content fetch, not a viewing report")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def speech_search(c: Context) -> Flow:
    b = _b(c, "voice-search", "POST", "https://speech.kongossatv.example/v1/transcrire")
    b.decoy("voice search transcription: speech recognition, no speaker model")
    b.json(
        {
            "langue": "fr-CM",
            "texte_reconnu": "les tontons du mfoundi saison deux",
            "confiance": rf(c.rng, 0.6, 0.99, 2),
        }
    )
    b.ok_json({"resultats": 3})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    weather,
    map_tile,
    sentry_crash,
    chat,
    article,
    njangi,
    airtime,
    thumbnail,
    speech_search,
    weather,
    chat,
]
