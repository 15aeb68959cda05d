"""Ordinary background traffic of the Pixel 8a: connectivity and time checks,
Play services config, maps tiles and geocoding, IPMA-like weather for the
islands, Sentry crash reports, feature flags, CDN fetches, a news article about
facial recognition. Nothing sensitive; plenty of look-alikes (request and trace
ids, release hashes, coordinate lists, numeric series, the word "face").
Sentry's envelope (POST /api/{project}/envelope/ with an item header line and
an event with event_id, platform, contexts.device) follows develop.sentry.dev.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import js

from .phone import FB, floats, iso, ms, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "https://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8a Build/AP2A.240905.003)")
    b.respond(204, None)
    return b.build()


def time_sync(c: Context) -> Flow:
    b = FB(c, "android", "GET", "https://time.android.com/")
    b.respond(200, "text/plain", str(ms(c)).encode())
    return b.build()


def weather(c: Context) -> Flow:
    place = c.rng.choice([(37.74, -25.67), (32.65, -16.91), (38.72, -9.14), (38.53, -28.63)])
    b = FB(
        c,
        "tempo",
        "GET",
        "https://api.tempo-ilhas.pt/previsao",
        [("lat", str(place[0])), ("lon", str(place[1]))],
    )
    b.header("user-agent", ua("TempoIlhas", "1.4"))
    temps = [rf(c.rng, 12, 24, 1) for _ in range(24)]
    b.ok_json(
        {"horas": temps, "vento": [rf(c.rng, 0, 60, 1) for _ in range(24)], "emitido": iso(c)}
    )
    b.decoy("hourly temperature series for a place")
    return b.build()


def map_tiles(c: Context) -> Flow:
    z, x, y = 15, c.rng.randint(13000, 15000), c.rng.randint(12000, 13500)
    b = FB(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.header("user-agent", ua("Trotina", "3.7.5"))
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def geocode(c: Context) -> Flow:
    b = FB(
        c,
        "osm",
        "GET",
        "https://nominatim.openstreetmap.org/search",
        [("q", "Rua da Sé, Funchal"), ("format", "jsonv2")],
    )
    b.ok_json(
        [
            {
                "lat": "32.6479",
                "lon": "-16.9084",
                "boundingbox": ["32.64", "32.65", "-16.91", "-16.90"],
            }
        ]
    )
    b.decoy("geocoding result coordinates")
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o450123.ingest.de.sentry.io/api/5512345/envelope/")
    b.header(
        "x-sentry-auth",
        "Sentry sentry_version=7, sentry_client=sentry.java.android/7.14.0, sentry_key="
        + rid(c.rng).replace("-", ""),
    )
    eid = rid(c.rng).replace("-", "")
    event = {
        "event_id": eid,
        "timestamp": iso(c),
        "platform": "java",
        "release": f"pt.som.app@4.0.7+{c.rng.randint(400, 499)}",
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
        "contexts": {
            "device": {"model": "Pixel 8a", "memory_size": 8000000000, "orientation": "portrait"}
        },
        "tags": {"trace_id": rid(c.rng)},
    }
    body = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.decoy("crash report with event and trace ids")
    b.ok_json({"id": eid})
    return b.build()


def feature_flags(c: Context) -> Flow:
    b = FB(c, "flags", "POST", "https://flags.cdn-apps.pt/v1/avaliar")
    b.json(
        {
            "app": c.rng.choice(["som", "vizo", "ondas"]),
            "contexto": {"pais": "PT", "versao": "4.0"},
            "reqId": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "flags": {"novo_player": True, "modo_escuro": c.rng.random() < 0.5},
            "hash": rid(c.rng).replace("-", ""),
        }
    )
    b.decoy("feature flags with request id and hash")
    return b.build()


def news_article(c: Context) -> Flow:
    b = FB(
        c,
        "noticias",
        "GET",
        f"https://www.jornal-exemplo.pt/tec/reconhecimento-facial-{c.rng.randint(100, 999)}",
    )
    b.header("user-agent", ua("Chrome", "129.0"))
    text = (
        "<html><body><h1>Reconhecimento facial chega aos aeroportos</h1>"
        "<p>O sistema compara a face do passageiro com o passaporte.</p></body></html>"
    )
    b.respond(200, "text/html; charset=utf-8", text.encode())
    b.decoy("news article about facial recognition")
    return b.build()


def ml_model_vector(c: Context) -> Flow:
    b = FB(c, "recomendacoes", "POST", "https://reco.cdn-apps.pt/v2/similares")
    b.json({"itemEmbedding": floats(c.rng, 32), "k": 10, "catalogo": "musica"})
    b.ok_json({"itens": [f"trk{c.rng.randint(10**6, 10**7)}" for _ in range(10)]})
    b.decoy("feature vector of a catalogue item (no face context)")
    return b.build()


def cdn_js(c: Context) -> Flow:
    b = FB(
        c,
        "cdn",
        "GET",
        f"https://cdn.jsdelivr.net/npm/hls.js@1.5.{c.rng.randint(1, 15)}/dist/hls.min.js",
    )
    b.respond(200, "application/javascript", b"!function(){/* hls */}();")
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, time_sync, weather, map_tiles, geocode, sentry, feature_flags,
    news_article, ml_model_vector, cdn_js, generate_204, weather,
]  # fmt: skip
