"""Ritmo Andino: a Peruvian radio and cumbia music app, on the son's iPhone.

Song plays go to the app's backend as `escuchas` (song, seconds listened,
completed); tuning into a live FM station is logged as `sintonia` (station,
start, end: a live-channel tuning log). AppsFlyer's iOS SDK sends `idfa`,
`idfv` and its `uid`, with an `af_listen` in-app event whose eventValue names
the song and the listening time. The offline queue flushes as msgpack rows with
one-letter keys. A station's "ahora suena" (the station's own playout), the
weekly top 20, lyrics and the Icecast audio fetch are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, mpack

from .phone import FB, ios_ua, iso, ms

API = "https://api.ritmoandino.example"
UA = ios_ua("RitmoAndino", "3.12.0", "412")
CANCIONES = [
    ("c-1021", "Motor y motivo", "Grupo 5"),
    ("c-1188", "Llorarás", "Agua Marina"),
    ("c-2045", "Cariñito", "Los Hijos del Sol"),
    ("c-3310", "El aguajal", "Juaneco y su Combo"),
    ("c-4102", "Vete", "Corazón Serrano"),
    ("c-5150", "Ojos así", "Armonía 10"),
]
EMISORAS = [
    ("la-karibena", "La Karibeña", "94.5 FM"),
    ("radio-moda", "Moda", "97.3 FM"),
    ("exitosa", "Exitosa", "95.5 FM"),
    ("inti-raymi-cusco", "Radio Inti Raymi", "104.9 FM"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "ritmoandino", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-ra-idfv", b.id("idfv_radio", where="header x-ra-idfv"))
    return b


def escucha(c: Context) -> Flow:
    cid, titulo, artista = c.rng.choice(CANCIONES)
    dur = c.rng.randint(170, 290)
    heard = c.rng.randint(15, dur)
    b = _b(c, "POST", f"{API}/v2/oyente/escuchas")
    b.view("json escuchas[].segundosEscuchados (song play)")
    b.json(
        {
            "escuchas": [
                {
                    "idCancion": cid,
                    "titulo": titulo,
                    "artista": artista,
                    "segundosEscuchados": heard,
                    "completa": heard == dur,
                    "escuchadaEn": iso(c),
                    "origen": c.rng.choice(["lista", "busqueda", "radio-auto"]),
                }
            ]
        }
    )
    b.ok_json({"guardadas": 1})
    return b.build()


def sintonia(c: Context) -> Flow:
    slug, nombre, freq = c.rng.choice(EMISORAS)
    b = _b(c, "POST", f"{API}/v2/oyente/sintonia")
    b.view("json emisora + inicio / fin (live station tuning log)")
    start = ms(c) - c.rng.randint(5, 90) * 60000
    b.json(
        {
            "emisora": slug,
            "nombreEmisora": nombre,
            "frecuencia": freq,
            "inicio": start,
            "fin": ms(c),
            "ciudad": c.rng.choice(["Lima", "Arequipa", "Cusco"]),
        }
    )
    b.no_content()
    return b.build()


def appsflyer_escucha(c: Context) -> Flow:
    cid, titulo, artista = c.rng.choice(CANCIONES)
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.13/iosevent?app_id=id1538812094&buildnumber=6.13.1",
    )
    b.header("user-agent", UA)
    b.view("json eventValue af_content_id + duracion_escucha (af_listen)")
    b.json(
        {
            "idfa": b.id("idfa", where="json idfa"),
            "idfv": b.id("idfv_radio", where="json idfv"),
            "uid": b.id("af_uid_radio", where="json uid"),
            "eventName": "af_listen",
            "eventValue": js(
                {
                    "af_content_id": cid,
                    "af_content": f"{titulo} - {artista}",
                    "af_content_type": "cancion",
                    "duracion_escucha": c.rng.randint(30, 280),
                }
            ),
            "af_timestamp": str(ms(c)),
            "app_version": "3.12.0",
            "model": "iPhone14,5",
            "os": "17.4.1",
            "att": 3,
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_lanzamiento(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.13/iosevent?app_id=id1538812094&buildnumber=6.13.1",
    )
    b.header("user-agent", UA)
    b.decoy("appsflyer cksm checksum hex")
    b.json(
        {
            "idfa": b.id("idfa", where="json idfa"),
            "idfv": b.id("idfv_radio", where="json idfv"),
            "uid": b.id("af_uid_radio", where="json uid"),
            "af_timestamp": str(ms(c)),
            "launch_counter": str(c.rng.randint(2, 60)),
            "cksm": new_hex(c.rng, 34),
            "model": "iPhone14,5",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def cola_offline(c: Context) -> Flow:
    """Offline queue flush: msgpack rows {c: song, s: seconds, t: ts}."""
    b = FB(c, "ritmoandino", "POST", f"{API}/q")
    b.header("user-agent", UA)
    b.view("msgpack rows c/s/t (song plays)", detectable=False)
    rows = [
        {"c": c.rng.choice(CANCIONES)[0], "s": c.rng.randint(20, 280), "t": ms(c)}
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack({"k": 2, "r": rows}), "application/x-msgpack")
    b.no_content()
    return b.build()


def ahora_suena(c: Context) -> Flow:
    slug, nombre, _ = c.rng.choice(EMISORAS)
    cid, titulo, artista = c.rng.choice(CANCIONES)
    b = _b(c, "GET", f"{API}/v2/emisoras/{slug}/ahora-suena", device=False)
    b.decoy("the station's own playout (what it broadcasts), not what the listener heard")
    b.ok_json(
        {
            "emisora": nombre,
            "sonando": {"idCancion": cid, "titulo": titulo, "artista": artista},
            "inicioEmision": iso(c),
            "anteriores": [{"titulo": t, "artista": a} for _, t, a in CANCIONES[:3]],
        }
    )
    return b.build()


def top20(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rankings/top-cumbias?semana=actual", device=False)
    b.decoy("weekly ranking with play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "ranking": [
                {"puesto": i + 1, "titulo": t, "artista": a, "reproducciones": 90000 - 7000 * i}
                for i, (_, t, a) in enumerate(CANCIONES)
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    cid, titulo, artista = c.rng.choice(CANCIONES)
    b = _b(c, "GET", f"{API}/v2/canciones/{cid}/letra", device=False)
    b.ok_json({"titulo": titulo, "artista": artista, "letra": "...", "sincronizada": False})
    return b.build()


def audio_stream(c: Context) -> Flow:
    slug, _, _ = c.rng.choice(EMISORAS)
    b = FB(c, "ritmoandino", "GET", f"https://stream.ritmoandino.example/{slug}.aac")
    b.header("user-agent", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X)")
    b.header("icy-metadata", "1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
