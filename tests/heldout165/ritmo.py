"""Ritmo: a Spanish music-streaming app with car mode and earbud features.

Plays are reported as `reproducciones` (track, ms_escuchados, motivo_fin), a
scrobble in all but name, and the "escuchado recientemente" list comes back in
responses. In the car the app registers the head unit (serial, Bluetooth MAC);
with Galaxy Buds it registers their MAC for head-tracked audio. Charts ("lo más
escuchado en España"), lyrics and search are ordinary. A batched play log goes
out as msgpack under short keys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import mpack

from .phone import HB, iso, ms, rid, ua

API = "https://api.ritmo-musica.example"
UA = ua("Ritmo", "9.2.0")
TEMAS = [
    ("Rosalía", "Despechá"),
    ("Quevedo", "Columbia"),
    ("Aitana", "Los Ángeles"),
    ("Estopa", "Tu calorro"),
    ("Manel", "Boomerang"),
    ("Bad Gyal", "Fiebre"),
]


def _b(c: Context, method: str, url: str) -> HB:
    b = HB(c, "ritmo", method, url)
    b.header("user-agent", UA)
    b.header("x-ritmo-usuario", b.acct("ritmo_user"))
    return b


def _tema(c: Context) -> dict[str, str]:
    artista, titulo = c.rng.choice(TEMAS)
    return {"id_tema": "t" + str(c.rng.randint(10**8, 10**9)), "artista": artista, "titulo": titulo}


def reproducciones(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/eventos/reproducciones")
    b.view("json reproducciones[] (id_tema, ms_escuchados, motivo_fin)")
    b.json(
        {
            "reproducciones": [
                dict(
                    _tema(c),
                    ms_escuchados=c.rng.randint(5000, 240000),
                    inicio=iso(c),
                    motivo_fin=c.rng.choice(["fin_tema", "saltar", "pausa"]),
                    salida=c.rng.choice(["altavoz", "auriculares_bt", "coche"]),
                )
                for _ in range(c.rng.randint(1, 5))
            ],
        }
    )
    b.no_content()
    return b.build()


def recientes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/yo/escuchado-recientemente?limite=20")
    b.view("response json recientes[] (tema, escuchado_el)", direction="response")
    b.ok_json({"recientes": [dict(_tema(c), escuchado_el=iso(c)) for _ in range(8)]})
    return b.build()


def lote_msgpack(c: Context) -> Flow:
    """Offline play log: msgpack rows [track, ms, ts] under `r`."""
    b = _b(c, "POST", f"{API}/v1/l")
    b.view("msgpack r[] rows [track, ms, ts] (no names)", detectable=False)
    rows = [
        [c.rng.randint(10**8, 10**9), c.rng.randint(5000, 240000), ms(c)]
        for _ in range(c.rng.randint(3, 9))
    ]
    b.set_body(mpack({"r": rows, "v": 2}), "application/x-msgpack")
    b.no_content()
    return b.build()


def modo_coche(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivos/coche")
    b.json(
        {
            "unidad_principal": {
                "numero_serie": b.id("car_serial", where="json unidad_principal.numero_serie"),
                "mac_bluetooth": b.id("car_bt_mac", where="json unidad_principal.mac_bluetooth"),
                "marca": "SEAT",
                "sistema": "Android Auto",
            },
            "android_id": b.id("aid_ritmo", where="json android_id"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def auriculares(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivos/auriculares")
    b.json(
        {
            "modelo": "Galaxy Buds2 Pro",
            "direccion_bt": b.id("buds_mac", where="json direccion_bt"),
            "audio_espacial": True,
            "bateria": c.rng.randint(20, 100),
        }
    )
    b.no_content()
    return b.build()


def firebase_instalacion(c: Context) -> Flow:
    b = HB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ritmo-musica-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:30])
    b.json(
        {
            "fid": b.id("ritmo_fid", where="json fid"),
            "appId": "1:4820:android:9ab1",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/4820/installations/x", "authToken": {"expiresIn": "604800s"}})
    return b.build()


def lo_mas_escuchado(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/listas/top-espana")
    b.decoy("national chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "top": [
                dict(_tema(c), reproducciones=c.rng.randint(10**5, 10**7), posicion=i + 1)
                for i in range(10)
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/letras/{c.rng.randint(10**8, 10**9)}")
    b.decoy("synced lyrics with line timestamps (content fetch)")
    b.ok_json({"lineas": [{"ms": i * 4100, "texto": "la la la"} for i in range(6)]})
    return b.build()


def buscar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/buscar?q={c.rng.choice(['rosalia', 'quevedo', 'manel'])}")
    b.decoy("search results")
    b.ok_json({"temas": [_tema(c) for _ in range(5)]})
    return b.build()
