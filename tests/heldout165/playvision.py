"""Playvisión: a national public broadcaster's streaming app (RTVE Play-like).

The in-house player team writes Spanish keys: `posicion`, `tiempo_visto`,
`id_contenido`, `seguir_viendo`. Audience measurement goes to comScore's
streaming tag (`ns_st_*` parameters: content id, playhead, event). An older
player build batches its progress as gzip + base64 under `d`. Catalogue rails,
the "lo más visto" ranking (counts over all viewers), the EPG ("parrilla"),
HLS manifests and thumbnails are not viewing history.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, js

from .phone import HB, iso, ms, rid, ua

API = "https://api.playvision.example"
CDN = "https://ztnr.playvision-cdn.example"
UA = ua("PlayvisionApp", "5.8.2")
PROGRAMAS = [
    ("El Ministerio del Tiempo", "T4 E3"),
    ("Cuéntame cómo pasó", "T22 E11"),
    ("MasterChef", "T12 E5"),
    ("La Revuelta", "12/11"),
    ("Informe Semanal", "09/11"),
    ("Saber y Ganar", "diario"),
]


def _b(c: Context, method: str, url: str, device: bool = True) -> HB:
    b = HB(c, "playvision", method, url)
    b.header("user-agent", UA)
    b.header("x-pv-usuario", b.acct("pv_user"))
    if device:
        b.header("x-pv-dispositivo", b.id("pv_install", where="header x-pv-dispositivo"))
    return b


def _contenido(c: Context) -> tuple[str, str, int]:
    titulo, episodio = c.rng.choice(PROGRAMAS)
    return (
        f"{titulo} {episodio}",
        str(c.rng.randint(6_000_000, 7_999_999)),
        c.rng.randint(1500, 5400),
    )


def registro_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/dispositivos/registro", device=False)
    b.json(
        {
            "id_instalacion": b.id("pv_install", where="json id_instalacion"),
            "android_id": b.id("aid_playvision", where="json android_id"),
            "id_publicidad": b.id("gaid", where="json id_publicidad"),
            "modelo": "SM-S911B",
            "so": "Android 14",
            "email": b.id("email", where="json email"),
        }
    )
    b.ok_json({"ok": True, "token": rid(c.rng).replace("-", "")})
    return b.build()


def progreso(c: Context) -> Flow:
    titulo, cid, dur = _contenido(c)
    b = _b(c, "POST", f"{API}/api/v2/usuarios/progreso")
    b.view("json id_contenido + posicion + tiempo_visto")
    pos = c.rng.randint(30, dur)
    b.json(
        {
            "id_contenido": cid,
            "titulo": titulo,
            "posicion": pos,
            "duracion": dur,
            "tiempo_visto": pos - c.rng.randint(0, 30),
            "fecha": iso(c),
            "evento": c.rng.choice(["pausa", "latido", "fin", "salida"]),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/usuarios/seguir-viendo?limite=10")
    b.view("response json seguir_viendo[] (id, porcentaje_visto)", direction="response")
    items = []
    for _ in range(c.rng.randint(3, 7)):
        titulo, cid, _dur = _contenido(c)
        items.append(
            {
                "id": cid,
                "titulo": titulo,
                "porcentaje_visto": c.rng.randint(3, 97),
                "ultima_vez": iso(c),
            }
        )
    b.ok_json({"seguir_viendo": items})
    return b.build()


def comscore(c: Context) -> Flow:
    titulo, cid, dur = _contenido(c)
    ev = c.rng.choice(["play", "hb", "pause", "end"])
    pt = c.rng.randint(10, dur) * 1000
    b = HB(
        c,
        "comscore",
        "GET",
        "https://sb.scorecardresearch.com/p",
        [
            ("c1", "19"),
            ("c2", "14621447"),
            ("ns_st_ev", ev),
            ("ns_st_ci", cid),
            ("ns_st_pt", str(pt)),
            ("ns_st_pa", str(pt + c.rng.randint(0, 5000))),
            ("ns_st_cl", str(dur * 1000)),
            ("ns_st_pr", titulo.split(" T")[0]),
            ("ns_st_ep", titulo),
            ("ns_st_hc", str(c.rng.randint(1, 40))),
            ("ns_ts", str(ms(c))),
        ],
        http_version="HTTP/1.1",
    )
    b.header("user-agent", UA)
    b.view("query ns_st_ev (player event) + ns_st_ci + ns_st_pt (playhead) + ns_st_ep")
    b.no_content()
    return b.build()


def progreso_lote_opaco(c: Context) -> Flow:
    """Player 4.x batches progress rows, gzipped and base64'd, under `d`."""
    b = _b(c, "POST", f"{API}/api/v1/sync")
    b.view("form d = base64(gzip(json rows)) (nothing readable)", detectable=False)
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        _, cid, dur = _contenido(c)
        rows.append([cid, c.rng.randint(30, dur), ms(c)])
    blob = b64(gzip.compress(js(rows).encode(), mtime=0))
    b.form([("d", blob), ("v", "4")])
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/catalogo/portada?seccion=series")
    b.decoy("catalogue rail (content fetch, not what was watched)")
    rail = []
    for n in range(8):
        titulo, cid, _dur = _contenido(c)
        rail.append({"id": cid, "titulo": titulo, "imagen": f"{CDN}/i/{n}.jpg"})
    b.ok_json({"filas": [{"nombre": "Series españolas", "contenidos": rail}]})
    return b.build()


def lo_mas_visto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/rankings/lo-mas-visto?periodo=semana")
    b.decoy("most-watched ranking: counts over all viewers (aggregate)")
    b.ok_json(
        {
            "ranking": [
                {
                    "puesto": i + 1,
                    "titulo": t,
                    "visionados": c.rng.randint(40_000, 900_000),
                    "minutos_vistos_medios": c.rng.randint(8, 55),
                }
                for i, (t, _) in enumerate(PROGRAMAS)
            ]
        }
    )
    return b.build()


def parrilla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/directos/parrilla?canal=la1&fecha=hoy", device=False)
    b.decoy("EPG (programme guide with start times, a catalogue)")
    b.ok_json(
        {"emisiones": [{"titulo": t, "inicio": iso(c), "duracion_min": 60} for t, _ in PROGRAMAS]}
    )
    return b.build()


def manifiesto(c: Context) -> Flow:
    cid = _contenido(c)[1]
    b = HB(c, "playvision-cdn", "GET", f"{CDN}/hls/{cid}/master.m3u8?bw=auto")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=2500000\n720p.m3u8\n",
    )
    return b.build()


def miniatura(c: Context) -> Flow:
    b = HB(c, "playvision-cdn", "GET", f"{CDN}/i/{c.rng.randint(10**6, 10**7)}_640x360.jpg")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
