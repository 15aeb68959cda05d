"""Relatos: an audiobook and e-book app on the Motorola (Mexico City).

Audiobook listening position and time are listening history (a report of what a
person listened to). The same app syncs e-book reading progress: reading is not
watching or listening, so it is labelled as a look-alike (the case the brief
names), even though its keys mirror the audiobook ones.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.relatos.example"
UA = ua("Relatos", "4.6.2")
LIBROS = [
    ("Pedro Páramo", "Juan Rulfo"),
    ("Cien años de soledad", "Gabriel García Márquez"),
    ("Rayuela", "Julio Cortázar"),
    ("Como agua para chocolate", "Laura Esquivel"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "relatos", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-device-id", b.id("aid_libros", where="header x-device-id (ANDROID_ID)"))
    return b


def progreso_audio(c: Context) -> Flow:
    titulo, autor = c.rng.choice(LIBROS)
    b = _b(c, "PUT", f"{API}/v1/audiolibros/progreso")
    b.view("json audiolibro + capitulo + posición_seg + tiempo_escuchado_seg")
    b.json(
        {
            "audiolibro": titulo,
            "autor": autor,
            "capitulo": c.rng.randint(1, 30),
            "posición_seg": c.rng.randint(0, 3600),
            "tiempo_escuchado_seg": c.rng.randint(60, 5400),
            "velocidad": c.rng.choice([1.0, 1.25, 1.5]),
            "actualizado": iso(c),
        }
    )
    b.no_content()
    return b.build()


def progreso_lectura(c: Context) -> Flow:
    titulo, _ = c.rng.choice(LIBROS)
    b = _b(c, "PUT", f"{API}/v1/ebooks/progreso")
    b.decoy("e-book reading progress (reading is not watching or listening)")
    b.json(
        {
            "ebook": titulo,
            "pagina": c.rng.randint(1, 400),
            "porcentaje_leido": c.rng.randint(1, 99),
            "tiempo_lectura_seg": c.rng.randint(60, 3600),
            "actualizado": iso(c),
        }
    )
    b.no_content()
    return b.build()


def estante(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/biblioteca/escuchando")
    b.view(
        "response json escuchando[] (audiolibro, posición_seg, ultima_escucha)",
        direction="response",
    )
    b.ok_json(
        {
            "escuchando": [
                {"audiolibro": t, "posición_seg": c.rng.randint(0, 30000), "ultima_escucha": iso(c)}
                for t, _ in LIBROS[:3]
            ]
        }
    )
    return b.build()


def capitulo_audio(c: Context) -> Flow:
    b = FB(
        c,
        "relatos-cdn",
        "GET",
        f"https://cdn.relatos.example/a/{rid(c.rng)}/cap{c.rng.randint(1, 30)}.m4a",
    )
    b.header("user-agent", UA)
    b.decoy("audiobook chapter download (a fetch)")
    b.respond(
        206,
        "audio/mp4",
        b"\x00\x00\x00\x18ftypM4A " + bytes(c.rng.getrandbits(8) for _ in range(300)),
    )
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/catalogo?genero=clasicos-latinoamericanos")
    b.decoy("catalogue with durations")
    b.ok_json(
        {
            "libros": [
                {"titulo": t, "autor": a, "duracion_min": c.rng.randint(300, 1500)}
                for t, a in LIBROS
            ]
        }
    )
    return b.build()


def sync_opaco(c: Context) -> Flow:
    """Widget sync: the book index and second in a dotted token under `q`."""
    b = _b(c, "GET", f"{API}/w")
    b.view("query q = book.chapter.second.ts (dotted numbers)", detectable=False)
    b.param("q", f"{c.rng.randint(1, 4)}.{c.rng.randint(1, 30)}.{c.rng.randint(0, 3600)}.{ms(c)}")
    b.no_content()
    return b.build()
