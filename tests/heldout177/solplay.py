"""SolPlay: a Latin American streaming service (Peruvian novelas, Liga 1 live).

The in-house team writes Peruvian Spanish keys: playback progress
(`segundoActual`, `idEpisodio`), the "Sigue viendo" rail of a profile (viewing
history in the response), a live-match heartbeat (`latido`) for Liga 1. The
player carries NPAW's Youbora plugin (start / ping with `playhead`, `title`,
`mediaResource` and its own `deviceUUID`). An older player build batches its
resume rows as gzip+base64 under `d`. Catalogue rails with view counts over
all viewers, manifests, thumbnails, Liga 1 standings and live scores (a match
minute) are not viewing history.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.solplay.example"
UA = ua("SolPlay", "5.8.1")
NOVELAS = [
    ("nov-afhs", "Al fondo hay sitio", 11),
    ("nov-ddld", "De vuelta al barrio", 6),
    ("nov-pyj", "Pituca sin lucas", 1),
    ("nov-luz", "Luz de luna", 2),
    ("nov-mdc", "Mi día de suerte", 1),
]
PARTIDOS = [
    "Alianza Lima vs Universitario",
    "Sporting Cristal vs Melgar",
    "Cienciano vs Cusco FC",
    "FBC Melgar vs ADT",
    "Sport Huancayo vs Alianza Lima",
]
YOUBORA = "https://a-fds.youborafds01.com"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "solplay", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if device:
        b.header("x-sol-dispositivo", b.id("aid_sol", where="header x-sol-dispositivo"))
    return b


def _episodio(c: Context) -> tuple[str, str, int]:
    nid, titulo, temporadas = c.rng.choice(NOVELAS)
    t, e = c.rng.randint(1, temporadas), c.rng.randint(1, 120)
    return f"{nid}-t{t:02d}e{e:03d}", f"{titulo} T{t} E{e}", c.rng.randint(1800, 3000)


def progreso(c: Context) -> Flow:
    eid, titulo, dur = _episodio(c)
    b = _b(c, "PUT", f"{API}/api/v3/reproduccion/progreso")
    b.view("json segundoActual / idEpisodio (novela episode)")
    b.json(
        {
            "idPerfil": b.acct("sol_perfil"),
            "idEpisodio": eid,
            "titulo": titulo,
            "segundoActual": c.rng.randint(20, dur),
            "duracionSeg": dur,
            "estado": c.rng.choice(["reproduciendo", "pausado"]),
            "fechaHora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def sigue_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/perfiles/actual/sigue-viendo")
    b.view("response json sigueViendo[] (continue-watching rail)", direction="response")
    items = []
    for _ in range(c.rng.randint(3, 6)):
        eid, titulo, _ = _episodio(c)
        items.append(
            {
                "idEpisodio": eid,
                "titulo": titulo,
                "avancePct": c.rng.randint(4, 96),
                "ultimaVista": iso(c),
                "imagen": f"https://img.solplay.example/{eid}/16x9.jpg",
            }
        )
    b.ok_json({"sigueViendo": items})
    return b.build()


def latido_vivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/live/v1/latido")
    b.view("json latido: canal + partido + segundosVistos (Liga 1 live)")
    b.json(
        {
            "canal": "liga1-max",
            "partido": c.rng.choice(PARTIDOS),
            "evento": "latido",
            "segundosVistos": c.rng.choice([30, 60, 60, 90]),
            "calidad": c.rng.choice(["720p", "1080p", "480p"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "siguienteLatido": 60})
    return b.build()


def youbora(c: Context, path: str = "start") -> Flow:
    eid, titulo, dur = _episodio(c)
    live = c.rng.random() < 0.3
    live_url = "https://live.solplay.example/liga1-max/index.m3u8"
    b = FB(c, "youbora", "GET", f"{YOUBORA}/{path}")
    b.header("user-agent", UA)
    b.view(f"query title / mediaResource / playhead (Youbora /{path})")
    pairs = [
        ("accountCode", "solplayperu"),
        ("system", "solplayperu"),
        ("pluginVersion", "6.8.9-exoplayer2"),
        ("title", c.rng.choice(PARTIDOS) if live else titulo),
        ("mediaResource", live_url if live else f"https://vod.solplay.example/{eid}/master.m3u8"),
        ("live", str(live).lower()),
        ("mediaDuration", "0" if live else str(dur)),
        ("playhead", str(c.rng.randint(5, dur))),
        ("bitrate", str(c.rng.choice([1800000, 3200000, 5400000]))),
        ("deviceUUID", b.id("youbora_uuid", where="query deviceUUID")),
        ("deviceCode", "ANDROID"),
        ("code", "U_" + new_hex(c.rng, 14)),
        ("timemark", str(ms(c))),
    ]
    for k, v in pairs:
        b.param(k, v)
    b.respond(200, "text/plain", b"")
    return b.build()


def resumen_opaco(c: Context) -> Flow:
    """Old player build: resume rows, gzip then base64, under `d`."""
    b = _b(c, "POST", f"{API}/c/r", device=False)
    b.view("json d (gzip+base64 rows [episode, second, ts])", detectable=False)
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        eid, _, dur = _episodio(c)
        rows.append([eid, c.rng.randint(10, dur), ms(c)])
    aid = b.id_raw("aid_sol", "gzip_b64", "json d (inside the gzip+base64 blob)")
    b.carriers[-1].known = True  # plain JSON inside base64(gzip): a scanner can unwrap it
    blob = base64.b64encode(gzip.compress(js({"r": rows, "x": aid}).encode(), mtime=0)).decode()
    b.json({"v": 3, "d": blob})
    b.no_content()
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dispositivos", device=False)
    b.json(
        {
            "idDispositivo": b.id("aid_sol", where="json idDispositivo"),
            "idPublicidad": b.id("gaid", where="json idPublicidad"),
            "marca": "Xiaomi",
            "modelo": "Redmi Note 12",
            "so": "Android 13",
            "nombre": "Celular de Rosa",
        }
    )
    b.ok_json({"registrado": True, "maxPantallas": 2})
    return b.build()


def rieles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/inicio?rieles=lo-mas-visto,novelas,liga1")
    b.decoy("'lo más visto en Perú' rail with view counts over all viewers (aggregate)")
    b.ok_json(
        {
            "rieles": [
                {
                    "id": "lo-mas-visto",
                    "titulo": "Lo más visto en Perú",
                    "items": [
                        {"idSerie": nid, "titulo": t, "vistas": c.rng.randint(10**4, 10**6)}
                        for nid, t, _ in NOVELAS
                    ],
                },
                {
                    "id": "liga1",
                    "titulo": "Liga 1 Te Apuesto",
                    "items": [{"partido": p, "inicio": iso(c)} for p in PARTIDOS[:3]],
                },
            ]
        }
    )
    return b.build()


def manifiesto(c: Context) -> Flow:
    eid, _, _ = _episodio(c)
    b = FB(c, "solplay", "GET", f"https://vod.solplay.example/{eid}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    text = "#EXTM3U\n#EXT-X-VERSION:6\n" + "".join(
        f"#EXT-X-STREAM-INF:BANDWIDTH={bw},RESOLUTION={r}\n{r.split('x')[1]}p/index.m3u8\n"
        for bw, r in ((1800000, "854x480"), (3200000, "1280x720"), (5400000, "1920x1080"))
    )
    b.respond(200, "application/vnd.apple.mpegurl", text.encode())
    return b.build()


def miniatura(c: Context) -> Flow:
    eid, _, _ = _episodio(c)
    b = FB(c, "solplay", "GET", f"https://img.solplay.example/{eid}/16x9.jpg?w=480")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def marcador(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/deportes/v1/liga1/en-vivo", device=False)
    b.decoy("live score with the match minute (a public fact, not what the user watched)")
    b.ok_json(
        {
            "partidos": [
                {
                    "partido": p,
                    "minuto": c.rng.randint(1, 90),
                    "marcador": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                    "estadio": c.rng.choice(["Alejandro Villanueva", "Monumental", "Garcilaso"]),
                }
                for p in PARTIDOS[:3]
            ]
        }
    )
    return b.build()


def tabla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/deportes/v1/liga1/tabla?torneo=clausura", device=False)
    clubes = ["Universitario", "Alianza Lima", "Sporting Cristal", "Melgar", "Cienciano"]
    b.ok_json(
        {
            "tabla": [
                {"club": club, "pj": 14, "pts": 30 - 3 * i, "dg": 12 - 2 * i}
                for i, club in enumerate(clubes)
            ],
            "requestId": rid(c.rng),
        }
    )
    return b.build()
