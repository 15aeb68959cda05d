"""Sonora: a Latin music streaming app on the daughter's iPhone (Buenos Aires).

Plays are reported in batches (`reproducciones`, `ms_escuchados`, `completo`) with
the vendor's IDFV in a header; the offline queue uploads the same plays as a
protobuf of numbered fields (not readable). Search, the Top 50 Argentina chart,
lyrics and "para vos" recommendations are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, pb_bytes, pb_msg, pb_varint

from .phone import FB, ios_ua, iso, ms, rid

API = "https://api.sonora-music.example"
UA = ios_ua("Sonora", "7.2.0", "com.sonora.ios; build:7200")
TEMAS = [
    ("Bizarrap, Quevedo", "Quevedo: Bzrp Music Sessions, Vol. 52"),
    ("Tini", "Miénteme"),
    ("Duki", "Givenchy"),
    ("Peso Pluma", "Lady Gaga"),
    ("Los Ángeles Azules", "Nunca Es Suficiente"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sonora", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _track(c: Context) -> str:
    return "tr" + new_hex(c.rng, 14)


def reproducciones(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/reproducciones")
    b.header("x-dispositivo-idfv", b.id("idfv_musica", where="header x-dispositivo-idfv"))
    b.view("json reproducciones[] (track_id, artista, ms_escuchados, completo)")
    b.json(
        {
            "reproducciones": [
                {
                    "track_id": _track(c),
                    "artista": a,
                    "tema": t,
                    "ms_escuchados": c.rng.randint(5000, 240000),
                    "completo": c.rng.random() < 0.6,
                    "escuchado_en": iso(c),
                }
                for a, t in c.rng.sample(TEMAS, 3)
            ]
        }
    )
    b.ok_json({"aceptadas": 3})
    return b.build()


def cola_offline(c: Context) -> Flow:
    body = b"".join(
        pb_msg(
            1,
            [
                pb_bytes(1, _track(c)),
                pb_varint(2, c.rng.randint(5000, 240000)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    )
    b = _b(c, "POST", f"{API}/v2/sync/b")
    b.view("protobuf repeated field 1 {1: track, 2: ms, 3: ts}", detectable=False)
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def buscar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/buscar?q=cumbia&tipo=tema")
    b.decoy("search results with durations")
    b.ok_json(
        {
            "resultados": [
                {"track_id": _track(c), "tema": t, "duracion_ms": 200000} for _, t in TEMAS
            ]
        }
    )
    return b.build()


def top50(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/listas/top-50-argentina")
    b.decoy("chart of plays across all listeners (aggregate)")
    b.ok_json(
        {
            "lista": [
                {"puesto": i + 1, "tema": t, "reproducciones_totales": c.rng.randint(10**5, 10**8)}
                for i, (_, t) in enumerate(TEMAS)
            ]
        }
    )
    return b.build()


def para_vos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/recomendaciones/para-vos")
    b.decoy("recommendations ('Porque escuchaste...' is the app's pitch, no plays listed)")
    b.ok_json(
        {
            "titulo": "Hecho para vos, boludo",
            "temas": [{"track_id": _track(c), "tema": t} for _, t in TEMAS],
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/letras/{_track(c)}")
    b.decoy("synced lyrics with timestamps (content fetch)")
    b.ok_json({"lineas": [{"t_ms": i * 3500, "texto": "la la la"} for i in range(6)]})
    return b.build()
