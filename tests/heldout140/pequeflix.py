"""Pequeflix: a kids' video app on the Motorola (and cast to the dongle).

Episode progress (`episodio_visto`, `segundos_vistos`) and the parents' "qué vio
hoy" history are viewing history; the player's ping with one-letter keys is not
readable. The kid's profile is an account. The catalogue, songs and thumbnails
are not sensitive. The app's own install id rides in a header.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, ua

API = "https://api.pequeflix.example"
UA = ua("Pequeflix", "2.8.0")
SERIES = ["Bluey", "Paw Patrol: Patrulla de Cachorros", "Pocoyó", "Plim Plim", "Cantando Aprendo"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pequeflix", method, url)
    b.header("user-agent", UA)
    b.header("x-instalacion", b.made("kids_install", "header x-instalacion"))
    return b


def _ep(c: Context) -> str:
    return f"ep_{new_hex(c.rng, 10)}"


def episodio_visto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/perfiles/{c.phone.kids_profile}/episodio-visto")
    b.view("json serie + episodio + segundos_vistos + terminado")
    b.json(
        {
            "serie": c.rng.choice(SERIES),
            "episodio": _ep(c),
            "segundos_vistos": c.rng.randint(30, 1400),
            "terminado": c.rng.random() < 0.5,
            "android_id": b.id("aid_kids", where="json android_id"),
            "hora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def que_vio_hoy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/control-padres/{c.phone.kids_profile}/historial?dia=hoy")
    b.view("response json historial[] (serie, episodio, minutos, hora)", direction="response")
    b.ok_json(
        {
            "historial": [
                {"serie": s, "episodio": _ep(c), "minutos": c.rng.randint(2, 25), "hora": iso(c)}
                for s in c.rng.sample(SERIES, 3)
            ],
            "tiempo_total_min": c.rng.randint(20, 120),
        }
    )
    return b.build()


def ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/p")
    b.view("query v/t/s single-letter keys (episode, second, state)", detectable=False)
    b.params += [
        ("v", new_hex(c.rng, 10)),
        ("t", str(c.rng.randint(0, 1400))),
        ("s", "1"),
        ("z", str(ms(c))),
    ]
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/catalogo?edad=3-6")
    b.decoy("catalogue of series with episode counts and durations")
    b.ok_json(
        {
            "series": [
                {"titulo": s, "episodios": c.rng.randint(20, 150), "duracion_min": 7}
                for s in SERIES
            ]
        }
    )
    return b.build()


def miniatura(c: Context) -> Flow:
    b = FB(c, "pequeflix-cdn", "GET", f"https://img.pequeflix.example/t/{new_hex(c.rng, 20)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
