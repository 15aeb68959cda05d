"""VivaNovelas: a Spanish-language streamer (telenovelas, Liga MX en vivo) on the
iPhone and the Fire TV stick.

The in-house player team writes Spanglish keys (`posicion_seg`, `progreso_pct`,
`evento: "pausa"`), the continue-watching rail is `seguirViendo`, live Liga MX
tuning is logged per channel. Conviva's heartbeat (`CwsSessionHb`, `clid`,
`pht` playhead, `an` asset name) follows Conviva's public SDK protocol. The
catalogue, "Lo más visto" (counts over all viewers), HLS manifests and
thumbnails are not viewing history. An older tvOS/Fire TV player build ships its
progress as a gzip+base64 blob under `d`.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, cfnet, ios_ua, iso, ms, rf, rid

API = "https://api.vivanovelas.example"
PLAY = "https://play.vivanovelas.example"
CDN = "https://cdn.vivanovelas.example"
UA = ios_ua("VivaNovelas", "6.14.2")
FIRE_UA = "VivaNovelasFireTV/6.9.0 (Linux; Android 9; AFTKA Build/PS7633)"
NOVELAS = [
    ("nov_lrdg", "La Rosa de Guadalupe"),
    ("nov_tcmp", "Te Doy la Vida"),
    ("nov_vsml", "Vencer el Pasado"),
    ("nov_cdam", "Corona de Lágrimas 2"),
    ("nov_mxpl", "El Maleficio"),
]
PARTIDOS = ["América vs Chivas", "Tigres vs Monterrey", "Cruz Azul vs Pumas", "Toluca vs León"]


def _b(c: Context, method: str, url: str, fire: bool = False) -> FB:
    b = FB(c, "vivanovelas", method, url)
    b.header("user-agent", FIRE_UA if fire else UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    b.header("accept-language", "es-US,es;q=0.9,en-US;q=0.8")
    return b


def _episodio(c: Context) -> tuple[str, str, int]:
    code, title = c.rng.choice(NOVELAS)
    return code, title, c.rng.randint(1, 120)


def register_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/dispositivos/registrar")
    b.json(
        {
            "idDispositivo": b.id("idfv_novelas", where="json idDispositivo (IDFV)"),
            "idPublicidad": b.id("idfa", where="json idPublicidad (IDFA)"),
            "plataforma": "ios",
            "modelo": "iPhone15,4",
            "usuario": b.acct("novelas_user"),
        }
    )
    b.ok_json({"ok": True, "perfil": "mamá", "region": "US-TX"})
    return b.build()


def heartbeat(c: Context, evento: str = "progreso") -> Flow:
    code, title, ep = _episodio(c)
    b = _b(c, "POST", f"{PLAY}/v2/reproduccion/eventos")
    b.view("json posicion_seg / progreso_pct with contenidoId")
    dur = c.rng.choice([2580, 2640, 2700])
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "evento": evento,
            "contenidoId": f"{code}_e{ep:03d}",
            "titulo": f"{title} - Capítulo {ep}",
            "posicion_seg": pos,
            "duracion_seg": dur,
            "progreso_pct": round(100 * pos / dur, 1),
            "perfilId": b.acct("novelas_user"),
            "ts": ms(c),
            "calidad": c.rng.choice(["720p", "1080p"]),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/perfiles/principal/seguirViendo?limite=12")
    b.view("response json seguirViendo[] (posicion, vistoEl)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        code, title, ep = _episodio(c)
        rows.append(
            {
                "contenidoId": f"{code}_e{ep:03d}",
                "titulo": title,
                "capitulo": ep,
                "posicion": c.rng.randint(60, 2500),
                "vistoEl": iso(c),
            }
        )
    b.ok_json({"seguirViendo": rows})
    return b.build()


def liga_tuning(c: Context) -> Flow:
    b = _b(c, "POST", f"{PLAY}/v1/envivo/sintonia")
    b.view("json canal + inicio/fin of live tuning (sintonía)")
    b.json(
        {
            "canal": c.rng.choice(["TUDN", "Canal 5", "Las Estrellas"]),
            "partido": c.rng.choice(PARTIDOS),
            "inicio": iso(c),
            "segundosVistos": c.rng.randint(60, 5400),
            "dispositivo": "iphone",
        }
    )
    b.no_content()
    return b.build()


def firetv_heartbeat_blob(c: Context) -> Flow:
    """Fire TV build: the same progress event, gzip+base64 under `d`."""
    code, _, ep = _episodio(c)
    b = _b(c, "POST", f"{PLAY}/v1/e", fire=True)
    b.view("json d (gzip+base64 progress event)", detectable=False)
    inner = js({"c": f"{code}_e{ep:03d}", "p": c.rng.randint(30, 2600), "t": ms(c)}).encode()
    blob = base64.b64encode(gzip.compress(inner, mtime=0)).decode()
    b.json({"v": 2, "d": blob})
    b.no_content()
    return b.build()


def conviva_hb(c: Context, fire: bool = False) -> Flow:
    code, title, ep = _episodio(c)
    b = FB(c, "conviva", "POST", "https://vivanovelas.cws.conviva.com/0/wsg")
    b.header("user-agent", FIRE_UA if fire else cfnet("VivaNovelas", "6142"))
    b.view("json an (asset name) + pht playhead, CwsSessionHb")
    b.json(
        {
            "t": "CwsSessionHb",
            "cid": "c3.VivaNovelas",
            "clid": b.id("conviva_clid", where="json clid (Conviva client id)"),
            "sid": c.rng.randint(1, 40),
            "seq": c.rng.randint(1, 80),
            "st": c.rng.randint(20000, 900000),
            "pht": c.rng.randint(10000, 2600000),
            "an": f"{title} - Capítulo {ep}",
            "tags": {"c3.cm.contentType": "VOD", "genero": "telenovela", "c3.cm.id": code},
            "pf": "FireTV" if fire else "iOS",
        }
    )
    b.ok_json({"err": "ok", "seq": 1})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/catalogo/inicio?region=US&idioma=es")
    b.decoy("catalogue rails incl. 'Lo más visto' counts over all viewers (aggregate)")
    b.ok_json(
        {
            "rieles": [
                {
                    "titulo": "Lo más visto en Estados Unidos",
                    "items": [
                        {"id": code, "titulo": t, "vistas": c.rng.randint(10**4, 10**6)}
                        for code, t in NOVELAS
                    ],
                },
                {"titulo": "Liga MX en vivo", "items": [{"partido": p} for p in PARTIDOS]},
            ]
        }
    )
    return b.build()


def manifest(c: Context) -> Flow:
    code, _, ep = _episodio(c)
    b = _b(c, "GET", f"{CDN}/hls/{code}/e{ep:03d}/master.m3u8?token={new_hex(c.rng, 32)}")
    b.decoy("stream manifest fetch (not a report of watching)")
    body = "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2400000,RESOLUTION=1280x720\n720/index.m3u8\n"
    b.respond(200, "application/vnd.apple.mpegurl", body.encode())
    return b.build()


def thumbnail(c: Context) -> Flow:
    code, _, ep = _episodio(c)
    b = _b(c, "GET", f"{CDN}/img/{code}/e{ep:03d}_w640.jpg")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["rosa", "chivas", "maleficio", "novela turca"])
    b = _b(c, "GET", f"{API}/v3/buscar?q={q}&pagina=1")
    b.decoy("search results with durations and ratings (catalogue)")
    b.ok_json(
        {
            "resultados": [
                {"id": code, "titulo": t, "duracion_min": 45, "calificacion": rf(c.rng, 3, 5, 1)}
                for code, t in NOVELAS[:3]
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()
