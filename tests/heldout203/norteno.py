"""Puro Norte: a norteño / banda / regional Mexican music app with live radio
(hija's Redmi Note 13 and abuelo's Moto E6 Play in Guadalajara).

Songs (rolas) and radio sessions are reported to the backend in snake_case
Spanish (`escuchas`, `rola_id`, `segundos_escuchados`, `emisora`,
`duracion_seg`). The abuelo's phone runs Android 9 and an old build that still
asks for READ_PHONE_STATE (to pause the radio on calls) and sends the IMEI at
registration and in a header of the radio calls. His radio's audio ads are
bought through an OpenRTB 2.5 exchange: `device.ifa`, `device.didmd5` (the
MD5 of the hardware id, the IMEI) and `device.dpidmd5` (the MD5 of the
ANDROID_ID), https://www.iab.com/guidelines/openrtb/. The hija's build uses
AppsFlyer (`advertiserId`, `uid`, `android_id`) and uploads listens in a
msgpack batch of positional rows. Remote config is keyed by the base64 of
the ANDROID_ID under `c`. Lyrics, the charts ("reproducciones" counts),
the station's now-playing text and podcast listings are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import mpack

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.puronorte.example"
UA_HIJA = ua("PuroNorte", "5.2.0", "hija")
UA_ABUELO = ua("PuroNorte", "3.9.4", "abuelo")
PKG = "mx.puronorte.musica"
ROLAS = [
    ("r3101", "Los Tigres del Norte", "La Puerta Negra"),
    ("r3102", "Ramón Ayala", "Tragos Amargos"),
    ("r3103", "Grupo Frontera", "No Se Va"),
    ("r3104", "Intocable", "¿Y Todo Para Qué?"),
    ("r3105", "Banda MS", "El Color de tus Ojos"),
    ("r3106", "Peso Pluma", "Ella Baila Sola"),
    ("r3107", "Los Cadetes de Linares", "Las Tres Tumbas"),
]
EMISORAS = [
    "La Ley 100.5 Monterrey",
    "La Caliente 90.9",
    "Ke Buena GDL",
    "La Mejor 97.9",
    "Radio Ranchito",
]


def _b(c: Context, method: str, url: str, who: str = "hija") -> FB:
    b = FB(c, "puronorte", method, url)
    b.header("user-agent", UA_HIJA if who == "hija" else UA_ABUELO)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if who == "abuelo":
        b.header("x-dispositivo-imei", b.id("imei_abuelo", where="header x-dispositivo-imei"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("hija"))
    b.json(
        {
            "advertiserId": b.id("gaid_hija", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("norte_af_uid", where="json uid"),
            "android_id": b.id("aid_norte_hija", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.2.0",
            "brand": "Redmi",
            "model": "23124RA7EO",
            "lang_code": "es",
            "country": "MX",
            "counter": str(c.rng.randint(1, 90)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def registro_abuelo(c: Context) -> Flow:
    b = FB(c, "puronorte", "POST", f"{API}/v1/dispositivo/registro")
    b.header("user-agent", UA_ABUELO)
    b.json(
        {
            "imei": b.id("imei_abuelo", where="json imei"),
            "android_id": b.id("aid_norte_abuelo", where="json android_id"),
            "gaid": b.id("gaid_abuelo", where="json gaid"),
            "modelo": "moto e6 play",
            "version_android": "9",
            "operador": "Telcel",
        }
    )
    b.ok_json({"registrado": True, "usuario": c.phone.norte_user})
    return b.build()


def escucha(c: Context) -> Flow:
    rid_, artista, titulo = c.rng.choice(ROLAS)
    b = _b(c, "POST", f"{API}/v1/escuchas")
    b.view("json rola_id + segundos_escuchados (song listened)")
    b.json(
        {
            "rola_id": rid_,
            "artista": artista,
            "titulo": titulo,
            "segundos_escuchados": c.rng.randint(20, 240),
            "completa": c.rng.random() < 0.6,
            "origen": c.rng.choice(["playlist", "busqueda", "radio_artista"]),
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def radio_sesion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/radio/sesiones", who="abuelo")
    b.view("json emisora + inicio + duracion_seg (radio listening session)")
    b.json(
        {
            "emisora": c.rng.choice(EMISORAS),
            "inicio": iso(c),
            "duracion_seg": c.rng.randint(300, 7200),
            "salida": c.rng.choice(["bocina", "audifonos"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def recientes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/usuario/escuchado-recientemente?limite=8")
    b.view("response json recientes[] (recently played)", direction="response")
    b.ok_json(
        {
            "recientes": [
                {"rola_id": r, "artista": a, "canción": t, "escuchada_el": iso(c)}
                for r, a, t in c.rng.sample(ROLAS, 4)
            ]
        }
    )
    return b.build()


def lote_opaco(c: Context) -> Flow:
    """Listens batched as msgpack rows [song number, seconds, ts]: no key names."""
    b = _b(c, "POST", f"{API}/v1/b")
    b.view("msgpack rows", detectable=False)
    rows = [
        [int(c.rng.choice(ROLAS)[0][1:]), c.rng.randint(20, 240), ms(c)]
        for _ in range(c.rng.randint(2, 6))
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def config_opaca(c: Context) -> Flow:
    b = FB(c, "puronorte", "GET", f"{API}/v1/cfg")
    b.header("user-agent", UA_HIJA)
    b.param("c", b.id("aid_norte_hija", "b64", "query c (base64 ANDROID_ID)", detectable=False))
    b.param("v", "520")
    b.ok_json({"anuncios": True, "calidad_max": "320k", "radio_buffer_s": 8})
    return b.build()


def rtb_audio(c: Context) -> Flow:
    b = FB(c, "rtb-exchange", "POST", "https://rtb.bajioads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("abuelo"))
    b.decoy("bid id uuid, user.id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "tagid": "puronorte_radio_audio",
                    "audio": {"mimes": ["audio/mp4"], "minduration": 10, "maxduration": 30},
                    "bidfloor": 0.4,
                }
            ],
            "app": {"bundle": PKG, "name": "Puro Norte", "cat": ["IAB1-6"]},
            "device": {
                "ua": dalvik("abuelo"),
                "ifa": b.id("gaid_abuelo", where="json device.ifa"),
                "didmd5": b.id("imei_abuelo", "md5", "json device.didmd5"),
                "dpidmd5": b.id("aid_norte_abuelo", "md5", "json device.dpidmd5"),
                "lmt": 0,
                "make": "motorola",
                "model": "moto e6 play",
                "os": "android",
                "osv": "9",
                "carrier": "Telcel",
                "geo": {
                    "lat": rf(c.rng, 20.6, 20.72, 4),
                    "lon": rf(c.rng, -103.42, -103.3, 4),
                    "type": 2,
                },
            },
            "user": {"id": new_hex(c.rng, 40)},
            "at": 1,
            "tmax": 250,
        }
    )
    b.respond(204, None)
    return b.build()


def letra(c: Context) -> Flow:
    r, a, t = c.rng.choice(ROLAS)
    b = _b(c, "GET", f"{API}/v1/rolas/{r}/letra")
    b.decoy("lyrics with line timestamps (content)")
    b.ok_json(
        {"titulo": t, "artista": a, "lineas": [{"ms": i * 4200, "texto": "..."} for i in range(6)]}
    )
    return b.build()


def top(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts/top-regional?pais=MX")
    b.decoy("chart positions and reproducciones counts (aggregate)")
    b.ok_json(
        {
            "top": [
                {
                    "posicion": i + 1,
                    "rola_id": r,
                    "titulo": t,
                    "reproducciones": c.rng.randint(10**5, 10**7),
                }
                for i, (r, _a, t) in enumerate(ROLAS)
            ]
        }
    )
    return b.build()


def ahora_suena(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/radio/ahora-suena?emisora={c.rng.randint(1, 5)}")
    b.decoy("station now-playing metadata (content)")
    _r, a, t = c.rng.choice(ROLAS)
    b.ok_json(
        {
            "emisora": c.rng.choice(EMISORAS),
            "suena": {"artista": a, "titulo": t},
            "oyentes": c.rng.randint(200, 9000),
        }
    )
    return b.build()


def podcasts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/podcasts/corridos-y-leyendas/episodios")
    b.decoy("podcast episode list with durations (content)")
    b.ok_json(
        {
            "episodios": [
                {"num": n, "titulo": f"Episodio {n}", "duracion_seg": c.rng.randint(1200, 3600)}
                for n in range(1, 6)
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    url = f"https://stream.puronorte.example/live/{c.rng.randint(1, 5)}/"
    b = FB(c, "puronorte", "GET", url + f"chunk_{c.rng.randint(1000, 99999)}.aac")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
