"""Ordinary traffic between the apps: connectivity checks, weather, maps, crash
envelopes with trace ids, chat, update checks, a game's camera angles, a news
article about facial recognition, a shop's product-similarity vectors. None of it
carries biometric data, viewing history or a device identifier of the family."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, floats, iso, ms, rf, rid

CIUDADES = [("Ciudad de México", 19.43, -99.13), ("Guadalajara", 20.67, -103.35),
            ("Buenos Aires", -34.60, -58.38)]  # fmt: skip


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def generate_204(c: Context) -> Flow:
    url = "https://connectivitycheck.gstatic.com/generate_204"
    b = FB(c, "android", "GET", url, http_version="HTTP/1.1")
    b.no_content()
    return b.build()


def clima(c: Context) -> Flow:
    ciudad, lat, lon = c.rng.choice(CIUDADES)
    b = _b(c, "clima", "GET", f"https://api.clima-hoy.example/v1/pronostico?lat={lat}&lon={lon}")
    b.decoy("forecast with coordinates and an hourly temperature series")
    b.ok_json({"ciudad": ciudad, "temps": [rf(c.rng, 8, 31, 1) for _ in range(24)]})
    return b.build()


def mapa(c: Context) -> Flow:
    z = c.rng.randint(11, 16)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(
        200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o92817.ingest.sentry.io/api/4412203/envelope/")
    b.decoy("crash envelope: event, trace and span ids")
    event_id = new_hex(c.rng, 32)
    event = {
        "event_id": event_id,
        "platform": "java",
        "release": "mx.novelaplay.android@5.8.1",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "ExoPlaybackException", "value": "Source error"}]},
    }
    env = "\n".join(
        [js({"event_id": event_id, "sent_at": iso(c)}), js({"type": "event"}), js(event)]
    )
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": event_id})
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.mensajitos.example/v2/mensajes")
    b.json(
        {
            "conversacion": rid(c.rng),
            "id_cliente": rid(c.rng),
            "texto": c.rng.choice(
                ["ya llegué, abrime", "¿vemos la novela a las 9?", "dale, re va"]
            ),
            "enviado": ms(c),
        }
    )
    b.ok_json({"id": rid(c.rng), "estado": "entregado"})
    return b.build()


def actualizacion(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.appsmx.example/v1/ultima?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "5.8.2", "commit": new_hex(c.rng, 40)})
    return b.build()


def compra(c: Context) -> Flow:
    b = _b(c, "tienda", "POST", "https://api.tienda-mx.example/v2/ordenes")
    b.decoy("order number and idempotency key")
    b.json({"items": [{"sku": f"MLM{c.rng.randint(10**8, 10**9)}", "cant": 1}], "moneda": "MXN"})
    b.ok_json({"orden": order_no(c.rng), "total": rf(c.rng, 99, 2500, 2)})
    return b.build()


def juego(c: Context) -> Flow:
    b = _b(c, "juego", "POST", "https://telemetria.futbolito-game.example/v1/camara")
    b.decoy("game camera yaw/pitch/roll (not a head pose)")
    b.json(
        {
            "partida": rid(c.rng),
            "camara": [{"yaw": rf(c.rng, -180, 180, 1), "pitch": rf(c.rng, -30, 30, 1),
                        "roll": 0.0, "t": i * 33} for i in range(10)],
        }
    )  # fmt: skip
    b.no_content()
    return b.build()


def nota(c: Context) -> Flow:
    b = _b(
        c,
        "noticias",
        "GET",
        "https://www.noticias-cdmx.example/api/notas/reconocimiento-facial-metro",
    )
    b.decoy("news article about facial recognition cameras in the metro")
    b.ok_json(
        {
            "titulo": "El Metro instala cámaras con reconocimiento facial",
            "cuerpo": "La medida generó críticas de organizaciones de derechos digitales...",
            "imagen": f"https://img.noticias-cdmx.example/{new_hex(c.rng, 12)}.jpg",
        }
    )
    return b.build()


def similares(c: Context) -> Flow:
    b = _b(
        c,
        "tienda",
        "GET",
        f"https://api.tienda-mx.example/v2/similares/{c.rng.randint(10**5, 10**6)}",
    )
    b.decoy("product embedding vector (no face context)")
    b.ok_json({"vector": floats(c.rng, 64), "modelo": "prod-sim-3"})
    return b.build()


def imagen_cdn(c: Context) -> Flow:
    b = _b(c, "cdn", "GET", f"https://cdn.imagenes-mx.example/{new_hex(c.rng, 32)}/w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hora(c: Context) -> Flow:
    b = _b(c, "hora", "GET", "https://hora.example-ntp.org/ahora?tz=America/Mexico_City")
    b.ok_json({"epochMs": ms(c), "tz": "America/Mexico_City"})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204,
    clima,
    mapa,
    sentry,
    chat,
    actualizacion,
    compra,
    juego,
    nota,
    similares,
    imagen_cdn,
    hora,
    clima,
    imagen_cdn,
]
