"""Ordinary background traffic of the set-81 phone and TV: connectivity checks,
weather, map tiles, crash reports, feature flags, CDN images, exchange rates,
time zones. None is sensitive; several carry look-alikes (trace ids, hashes,
coordinate lists, numeric series).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, rf, rid, ua


def generate_204(c: Context) -> Flow:
    b = FB(
        c,
        "android",
        "GET",
        "http://connectivitycheck.gstatic.com/generate_204",
        http_version="HTTP/1.1",
    )
    b.respond(204, None)
    return b.build()


def clima(c: Context) -> Flow:
    city = c.rng.choice(["buenos-aires", "santiago", "bogota", "medellin"])
    b = FB(c, "clima", "GET", f"https://api.tiempo-sur.example/v1/pronostico/{city}")
    b.ok_json(
        {
            "horas": [rf(c.rng, 8, 28, 1) for _ in range(24)],
            "lluvia": [rf(c.rng, 0, 1, 2) for _ in range(24)],
        }
    )
    b.decoy("weather temperature series")
    return b.build()


def tile(c: Context) -> Flow:
    z, x, y = 14, c.rng.randint(5500, 5600), c.rng.randint(9800, 9900)
    b = FB(c, "maps", "GET", f"https://tiles.mapas-ejemplo.net/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + c.rng.randbytes(300))
    return b.build()


def sentry(c: Context) -> Flow:
    b = FB(c, "sentry", "POST", "https://o450123.ingest.sentry.io/api/5512345/envelope/")
    ev = rid(c.rng).replace("-", "")
    head = js({"event_id": ev, "sent_at": iso(c)})
    trace = {"trace_id": new_hex(c.rng, 32), "span_id": new_hex(c.rng, 16)}
    exc = {"values": [{"type": "java.net.SocketTimeoutException"}]}
    event = {"level": "error", "platform": "java", "exception": exc, "contexts": {"trace": trace}}
    body = "\n".join([head, js({"type": "event"}), js(event)])
    b.set_body(body.encode(), "application/x-sentry-envelope")
    b.ok_json({"id": ev})
    b.decoy("crash report with event / trace ids")
    return b.build()


def flags(c: Context) -> Flow:
    b = FB(
        c, "flags", "GET", "https://flags.butaca.com.ar/v1/config?plataforma=android&version=5.12.1"
    )
    b.ok_json({"nuevo_player": True, "rollout": rf(c.rng, 0, 1, 2), "etag": new_hex(c.rng, 40)})
    b.decoy("feature flags with a commit-like hash")
    return b.build()


def cdn_img(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://static.latamcdn.example/img/{new_hex(c.rng, 32)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 300))
    return b.build()


def cambio(c: Context) -> Flow:
    b = FB(c, "cambio", "GET", "https://api.cotizaciones.example/v2/latam?base=USD")
    b.header("user-agent", ua("Widget", "1.0"))
    b.ok_json(
        {
            "ARS": rf(c.rng, 900, 1300, 2),
            "CLP": rf(c.rng, 880, 990, 2),
            "COP": rf(c.rng, 3900, 4300, 2),
        }
    )
    return b.build()


def hora(c: Context) -> Flow:
    b = FB(
        c,
        "tz",
        "GET",
        "https://tz.mapas-ejemplo.net/v1/zona",
        [("lat", str(rf(c.rng, -35, 5, 3))), ("lon", str(rf(c.rng, -75, -58, 3)))],
    )
    b.ok_json({"zona": "America/Argentina/Buenos_Aires", "offset": -10800})
    b.decoy("coordinates for a time-zone lookup")
    return b.build()


def face_article(c: Context) -> Flow:
    b = FB(
        c,
        "noticias",
        "GET",
        "https://noticias.example.com.ar/api/nota/reconocimiento-facial-estadios",
    )
    b.ok_json(
        {
            "titulo": "Reconocimiento facial en los estadios: qué datos guardan",
            "cuerpo": "El sistema compara rostros...",
        }
    )
    b.decoy("news article about face recognition")
    return b.build()


BENIGN = [
    generate_204,
    clima,
    tile,
    sentry,
    flags,
    cdn_img,
    cambio,
    hora,
    face_article,
    tile,
    cdn_img,
]


def juego(c: Context) -> Flow:
    """A casual game's replay sync: camera yaw / pitch / roll, not a face pose."""
    b = FB(c, "juego", "POST", "https://sync.penales-game.example/v1/repeticion")
    cams = [
        {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -30, 30, 2), "roll": 0.0, "fov": 60}
        for _ in range(12)
    ]
    b.json({"camara": cams, "nivel": c.rng.randint(1, 40), "puntos": c.rng.randint(0, 9999)})
    b.ok_json({"ok": True})
    b.decoy("game camera yaw/pitch/roll")
    return b.build()


BENIGN.append(juego)
