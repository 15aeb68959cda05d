"""Radio Chévere: a Peruvian music / radio app (cumbia, huayno, live radio
stations) with a Quechua-language podcast channel ("Rimanakuy"), on the
mother's moto g84 in Arequipa.

The app's keys are in Peruvian Spanish (`escuchas`, `cancion`, `artista`,
`segundosEscuchados`, `emisora`); the podcast module was built with the
Quechua-speaking producers and names its paths and keys in Quechua
(`uyarisqakuna` = what was listened to, `willakuy` = episode / story,
`qallariy` = start, `tukukuy` = end, `pacha` = time). Listening reports,
radio sessions, the recently played list and podcast progress are listening
history; an older build batches plays as positional rows. Now-playing
metadata, lyrics, the weekly chart, the podcast feed and audio chunks are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.radiochevere.example"
UA = ua("RadioChevere", "5.1.3", "mama")
CANCIONES = [
    ("Agua Marina", "Tu amor fue una mentira"),
    ("Grupo 5", "Motor y motivo"),
    ("Corazón Serrano", "Mi mayor anhelo"),
    ("Dina Páucar", "Tu traición"),
    ("Amanda Portales", "Ojos azules"),
    ("Los Shapis", "El aguajal"),
    ("William Luna", "Niñachay"),
]
EMISORAS = [
    "Radio La Karibeña",
    "Radio Nacional",
    "Radio Inti Raymi Cusco",
    "Radio Yaraví Arequipa",
]
WILLAKUYKUNA = [
    ("rk-014", "Ñawpa willakuykuna"),
    ("rk-022", "Taytamama rimayninkuna"),
    ("rk-031", "Qhapaq Ñan purisqanchik"),
    ("rk-037", "Mikhunanchikmanta"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "radiochevere", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-instalacion", b.id("radio_install", where="header x-instalacion"))
    return b


def registrar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/dispositivo/alta", device=False)
    b.json(
        {
            "instalacionId": b.id("radio_install", where="json instalacionId"),
            "androidId": b.id("aid_radio", where="json androidId"),
            "adId": b.id("gaid_mama", where="json adId"),
            "modelo": "moto g84 5G",
            "ciudad": "Arequipa",
        }
    )
    b.ok_json({"usuario": b.acct("radio_user"), "premium": False})
    return b.build()


def config_publicidad(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/publicidad/config")
    b.param("aaid", b.id("gaid_mama", where="query aaid"))
    b.param("formato", "audio_preroll")
    b.ok_json({"frecuencia": 4, "proveedor": "interno", "cuñasPorHora": 6})
    return b.build()


def config_opaca(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/k", device=False)
    b.form([("a", "pe.radiochevere"), ("h", b.id("aid_radio", "sha1", "form h", False))])
    b.ok_json({"f": {"letras": True, "podcast": True}})
    return b.build()


def escuchas(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/escuchas")
    b.view("json escuchas[] (cancion/artista/segundosEscuchados)")
    b.json(
        {
            "escuchas": [
                {
                    "artista": art,
                    "cancion": can,
                    "segundosEscuchados": c.rng.randint(20, 280),
                    "completa": c.rng.random() < 0.6,
                    "fecha": iso(c),
                }
                for art, can in c.rng.sample(CANCIONES, c.rng.randint(1, 3))
            ]
        }
    )
    b.no_content()
    return b.build()


def sesion_radio(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/radio/sesion")
    b.view("json emisora + minutosEscuchados (radio listening session)")
    b.json(
        {
            "emisora": c.rng.choice(EMISORAS),
            "inicio": iso(c),
            "minutosEscuchados": c.rng.randint(3, 120),
            "origen": c.rng.choice(["favoritos", "buscador", "inicio"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def recientes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/usuario/escuchado-recientemente")
    b.view("response json recientes[] (recently played)", direction="response")
    b.ok_json(
        {
            "recientes": [
                {"artista": art, "cancion": can, "escuchadoEl": iso(c)}
                for art, can in c.rng.sample(CANCIONES, 4)
            ]
        }
    )
    return b.build()


def lote_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/l/3", device=False)
    b.view("json r[] rows [track, seconds, ts]", detectable=False)
    b.json(
        {"r": [[c.rng.randint(1000, 99999), c.rng.randint(5, 300), ms(c)] for _ in range(4)]},
        "gzip",
    )
    b.no_content()
    return b.build()


def uyarisqa(c: Context) -> Flow:
    """Quechua podcast progress: which willakuy (episode) and how far."""
    wid, suti = c.rng.choice(WILLAKUYKUNA)
    b = _b(c, "POST", f"{API}/v4/rimanakuy/uyarisqakuna")
    b.view("json willakuy + qallariy/tukukuy (podcast episode listened, Quechua keys)")
    b.json(
        {
            "willakuy": wid,
            "suti": suti,
            "qallariy": c.rng.randint(0, 600),
            "tukukuy": c.rng.randint(600, 2400),
            "pacha": iso(c),
            "simi": "qu",
        }
    )
    b.no_content()
    return b.build()


def rimanakuy_feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/rimanakuy/willakuykuna?simi=qu", device=False)
    b.decoy("podcast episode list with durations (content fetch)")
    b.ok_json(
        {
            "willakuykuna": [
                {"willakuy": w, "suti": s, "unay": c.rng.randint(900, 2700)}
                for w, s in WILLAKUYKUNA
            ]
        }
    )
    return b.build()


def ahora_suena(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/radio/ahora-suena?emisora={c.rng.randint(1, 4)}", device=False)
    b.decoy("station now-playing metadata (what the station airs, not what the user heard)")
    art, can = c.rng.choice(CANCIONES)
    b.ok_json({"emisora": c.rng.choice(EMISORAS), "artista": art, "cancion": can, "desde": iso(c)})
    return b.build()


def letras(c: Context) -> Flow:
    art, can = c.rng.choice(CANCIONES)
    b = _b(c, "GET", f"{API}/v4/letras?artista={art}&cancion={can}", device=False)
    b.ok_json({"letra": "Ay amor, ay amor...\n" * 3, "fuente": "radiochevere"})
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/ranking/semanal?genero=cumbia", device=False)
    b.decoy("weekly chart play counts (aggregate)")
    b.ok_json(
        {
            "ranking": [
                {
                    "puesto": i + 1,
                    "artista": a,
                    "cancion": s,
                    "reproducciones": c.rng.randint(10**4, 10**6),
                }
                for i, (a, s) in enumerate(CANCIONES)
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(
        c,
        "radiochevere",
        "GET",
        f"https://stream.radiochevere.example/live/{c.rng.randint(1, 4)}/"
        f"chunk_{new_hex(c.rng, 8)}.aac",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/aac", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
