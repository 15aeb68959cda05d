"""A church app ("IglesiaViva", in-house backend): sermon catalogue, Bible
reading plan, giving, prayer requests, and sermon playback progress.

The Bible reading position is e-book reading (not viewing history); the
sermon watch / listen progress is viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, iso, ms, rf, rid, ua

API = "https://app.iglesiaviva-example.org"
SERMONS = [
    "La fe que mueve montañas",
    "El buen samaritano",
    "Caminando en la luz",
    "Gracia sobre gracia",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "iglesiaviva", method, API + path)
    b.header("user-agent", ua("IglesiaViva", "2.7.5"))
    return b


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", "/api/sermones")
    b.ok_json(
        {
            "sermones": [
                {"id": new_digits(c.rng, 5), "titulo": t, "duracionSeg": c.rng.randint(1500, 4200)}
                for t in SERMONS
            ]
        }
    )
    b.decoy("sermon catalogue with durations")
    return b.build()


def bible_position(c: Context) -> Flow:
    b = _b(c, "PUT", "/api/plan-lectura/posicion")
    b.json(
        {
            "libro": c.rng.choice(["Juan", "Salmos", "Hechos"]),
            "capitulo": c.rng.randint(1, 28),
            "versiculo": c.rng.randint(1, 40),
            "porcentajeLeido": rf(c.rng, 0, 100, 1),
            "ultimaLectura": iso(c),
        }
    )
    b.no_content()
    b.decoy("Bible reading position and percent read: e-book reading, not viewing history")
    return b.build()


def giving(c: Context) -> Flow:
    b = _b(c, "POST", "/api/ofrendas")
    b.json(
        {
            "monto": c.rng.choice([50, 100, 200]),
            "moneda": "MXN",
            "fondo": "general",
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"recibo": "R" + new_digits(c.rng, 8)})
    b.decoy("donation")
    return b.build()


def prayer(c: Context) -> Flow:
    b = _b(c, "POST", "/api/peticiones")
    b.json(
        {"texto": "Por mi familia y el trabajo", "privada": True, "usuario": b.acct("church_user")}
    )
    b.ok_json({"ok": True})
    b.decoy("prayer request text")
    return b.build()


def sermon_progress(c: Context) -> Flow:
    b = _b(c, "POST", "/api/reproduccion/progreso")
    dur = c.rng.randint(1500, 4200)
    b.json(
        {
            "sermonId": new_digits(c.rng, 5),
            "titulo": c.rng.choice(SERMONS),
            "medio": "video",
            "posicionSeg": c.rng.randint(0, dur),
            "duracionSeg": dur,
            "evento": "heartbeat",
            "ts": ms(c),
            "usuario": b.acct("church_user"),
        }
    )
    b.view("json sermonId/posicionSeg/duracionSeg heartbeat")
    b.no_content()
    return b.build()


def listened(c: Context) -> Flow:
    b = _b(c, "GET", "/api/usuario/escuchados")
    b.ok_json(
        {
            "continuarEscuchando": [
                {
                    "sermonId": new_digits(c.rng, 5),
                    "titulo": t,
                    "segundosEscuchados": c.rng.randint(60, 3000),
                }
                for t in c.rng.sample(SERMONS, 2)
            ]
        }
    )
    b.view("response continuarEscuchando list", direction="response")
    return b.build()
