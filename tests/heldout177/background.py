"""Ordinary traffic between the apps: connectivity checks, weather for Lima,
Arequipa and Cusco, map tiles, crash reports with trace ids, the day's exchange
rate, a news article about facial recognition at the airport, a combi route
planner, a Cusco photo app's alpaca-face sticker filter (an animal's face), a
video editor's timeline autosave, chat, fonts and time. None of it carries biometric data, viewing
history or a device identifier."""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid

CIUDADES = [("Lima", -12.05, -77.04), ("Arequipa", -16.40, -71.54), ("Cusco", -13.53, -71.97)]


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


def clima(c: Context) -> Flow:
    _, lat, lon = c.rng.choice(CIUDADES)
    b = _b(
        c,
        "clima",
        "GET",
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}&hourly=uv_index",
    )
    b.decoy("city coordinates and an hourly float series")
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {"uv_index": [rf(c.rng, 0, 14, 1) for _ in range(24)]},
        }
    )
    return b.build()


def mapa(c: Context) -> Flow:
    z = c.rng.randint(12, 17)
    x, y = c.rng.randint(0, 2**z), c.rng.randint(0, 2**z)
    b = _b(c, "osm", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    noise = bytes(c.rng.getrandbits(8) for _ in range(200))
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + noise)
    return b.build()


def sentry(c: Context) -> Flow:
    b = _b(c, "sentry", "POST", "https://o118201.ingest.sentry.io/api/6620114/envelope/")
    b.decoy("event / trace / span ids")
    eid = new_hex(c.rng, 32)
    event = {
        "event_id": eid,
        "platform": "java",
        "level": "error",
        "contexts": {"trace": {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}},
        "exception": {"values": [{"type": "SocketTimeoutException", "value": "timeout"}]},
        "tags": {"ciudad": c.rng.choice(CIUDADES)[0]},
    }
    env = "\n".join([js({"event_id": eid, "sent_at": iso(c)}), js({"type": "event"}), js(event)])
    b.set_body((env + "\n").encode(), "application/x-sentry-envelope")
    b.ok_json({"id": eid})
    return b.build()


def tipo_cambio(c: Context) -> Flow:
    b = _b(c, "cambio", "GET", "https://api.cambio-hoy.example/v1/pen?fuente=sunat")
    b.ok_json({"compra": rf(c.rng, 3.6, 3.8, 3), "venta": rf(c.rng, 3.7, 3.9, 3), "fecha": iso(c)})
    return b.build()


def noticia(c: Context) -> Flow:
    b = _b(
        c,
        "noticias",
        "GET",
        "https://noticias.example-diario.pe/api/articulos/reconocimiento-facial-aeropuerto",
    )
    b.decoy("a news article about facial recognition (text about faces, no face)")
    b.ok_json(
        {
            "titulo": "Aeropuerto Jorge Chávez prueba reconocimiento facial en embarque",
            "cuerpo": "Los pasajeros podrán abordar con su rostro, informó la concesionaria...",
            "etiquetas": ["biometría", "rostro", "aeropuerto"],
            "publicado": iso(c),
        }
    )
    return b.build()


def combi(c: Context) -> Flow:
    b = _b(
        c, "rutas", "GET", "https://api.rutas-lima.example/v1/planificar?desde=Ate&hasta=Miraflores"
    )
    b.decoy("a route of public-transport stops (coordinates)")
    b.ok_json(
        {
            "rutas": [
                {
                    "linea": "IO-35",
                    "paraderos": [
                        [rf(c.rng, -12.12, -12.03, 5), rf(c.rng, -77.03, -76.9, 5)]
                        for _ in range(6)
                    ],
                }
            ]
        }
    )
    return b.build()


def chat(c: Context) -> Flow:
    b = _b(c, "chat", "POST", "https://chat.example-mensajes.com/v1/messages")
    b.json(
        {
            "conversationId": rid(c.rng),
            "text": c.rng.choice(["ya llego", "jaja ya", "ok mamá"]),
            "sentAt": ms(c),
        }
    )
    b.ok_json({"messageId": rid(c.rng)})
    return b.build()


def fuentes(c: Context) -> Flow:
    b = _b(c, "gfonts", "GET", "https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2")
    b.respond(200, "font/woff2", b"wOF2" + bytes(c.rng.getrandbits(8) for _ in range(120)))
    return b.build()


def hora(c: Context) -> Flow:
    b = _b(c, "hora", "GET", "https://time.example-ntp.org/now?tz=America/Lima")
    b.ok_json({"epochMs": ms(c), "tz": "America/Lima"})
    return b.build()


def actualizacion(c: Context) -> Flow:
    b = _b(c, "updates", "GET", "https://updates.example-apps.com/v1/latest?canal=estable")
    b.decoy("commit hash")
    b.ok_json({"version": "2.4.1", "commit": new_hex(c.rng, 40)})
    return b.build()


def alpaca_filtro(c: Context) -> Flow:
    b = _b(c, "fotocusco", "POST", "https://api.fotocusco.example/v1/filtros/detectar")
    b.decoy("an alpaca's face landmarks for a sticker (an animal's face, not biometric)")
    cx, cy = rf(c.rng, 200, 500, 1), rf(c.rng, 250, 600, 1)
    b.json(
        {
            "especie": c.rng.choice(["alpaca", "llama"]),
            "cajaCara": [cx - 90, cy - 110, 180, 220],
            "puntosCara": [
                [round(cx + c.rng.gauss(0, 40), 1), round(cy + c.rng.gauss(0, 50), 1)]
                for _ in range(24)
            ],
            "filtro": "chullo-inti-raymi",
        }
    )
    b.ok_json({"stickerUrl": f"https://cdn.fotocusco.example/s/{new_hex(c.rng, 16)}.png"})
    return b.build()


def editor_video(c: Context) -> Flow:
    b = _b(c, "editor", "PUT", f"https://api.editorclip.example/v2/proyectos/{new_hex(c.rng, 10)}")
    b.decoy("an editor's timeline playhead and clip durations (editing, not watching)")
    b.json(
        {
            "nombre": "Cumpleaños de la abuela",
            "posicionLineaTiempo": rf(c.rng, 0, 180, 2),
            "clips": [
                {"archivo": f"VID_2025073{i}.mp4", "inicio": i * 12.5, "duracion": 12.5}
                for i in range(4)
            ],
            "guardadoEn": iso(c),
        }
    )
    b.ok_json({"version": c.rng.randint(2, 40)})
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    generate_204, clima, mapa, sentry, tipo_cambio, noticia, combi, chat, fuentes, hora,
    actualizacion, clima, mapa, chat, alpaca_filtro, editor_video,
]  # fmt: skip
