"""Canal Andino Play: a Peruvian TV channel's streaming app (telenovelas, cumbia
concerts, news), on the daughter's Redmi in Madrid.

The backend speaks Peruvian Spanish (`progreso`, `posicion`, `duracion`,
`capitulo`, `seguir-viendo`, `en-vivo`). Video events also go to GA4 through the
Measurement Protocol, app-stream form (`firebase_app_id`, `api_secret`,
`app_instance_id`, recommended events `video_progress` / `video_complete`), the
app registers with Firebase Installations (`fid`, `appId`, FIS_v2), and the
player carries Comscore streaming tags (`c1=19`, `c2` publisher id, `ns_st_ev`,
`ns_st_pt`, `ns_st_cl`, `ns_st_pr` programme, `ns_st_ep` episode, and `c12`,
the SDK's visitor id, a key that does not say what it is). Catalogue rails,
search, the EPG, rating counts and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.canalandinoplay.example"
UA = ua("CanalAndinoPlay", "6.2.0", "hija")
NOVELAS = [
    ("n201", "Amor de Barrio", 2600),
    ("n215", "Al Fondo Hay Sitio", 2700),
    ("n230", "Luz de Luna", 2500),
    ("c044", "Concierto: Grupo 5 en el Estadio", 5400),
    ("c051", "Noche de Cumbia Norteña", 4800),
    ("d012", "Reportaje Dominical", 3000),
]
SENALES = ["Canal Andino HD", "Andino Noticias 24h", "Andino Cumbia TV", "Andino Deportes"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:730192846615:android:4b1e2c90a7d35f08&api_secret=Qw3rTy8uPz1Lm0NkV5Hx2c"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "canalandino", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-id-dispositivo", b.id("aid_canal", where="header x-id-dispositivo"))
    return b


def _cap(c: Context) -> tuple[str, str, int, int]:
    cid, title, dur = c.rng.choice(NOVELAS)
    return cid, title, c.rng.randint(1, 120), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/canal-andino-play/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "pe.canalandino.play")
    b.json(
        {
            "fid": b.id("canal_fid", where="json fid"),
            "appId": "1:730192846615:android:4b1e2c90a7d35f08",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/730192846615/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def registrar_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dispositivos/registrar", device=False)
    b.json(
        {
            "androidId": b.id("aid_canal", where="json androidId"),
            "idPublicidad": b.id("gaid_hija", where="json idPublicidad"),
            "firebaseInstallationId": b.id("canal_fid", where="json firebaseInstallationId"),
            "modelo": "23124RA7EO",
            "pais": "ES",
            "idioma": "es-PE",
        }
    )
    b.ok_json({"ok": True, "maxDispositivos": 3})
    return b.build()


def progreso(c: Context) -> Flow:
    cid, title, cap, dur = _cap(c)
    b = _b(c, "POST", f"{API}/api/v3/reproduccion/progreso")
    b.view("json contenidoId/capitulo/posicion")
    b.json(
        {
            "contenidoId": cid,
            "titulo": title,
            "capitulo": cap,
            "posicion": c.rng.randint(15, dur),
            "duracion": dur,
            "terminado": False,
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/usuario/seguir-viendo?limite=10")
    b.view("response json seguirViendo[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        cid, title, cap, dur = _cap(c)
        rows.append(
            {
                "contenidoId": cid,
                "titulo": title,
                "capitulo": cap,
                "posicion": c.rng.randint(60, dur - 60),
                "duracion": dur,
                "vistoEl": iso(c),
            }
        )
    b.ok_json({"seguirViendo": rows})
    return b.build()


def en_vivo_latido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/en-vivo/latido")
    b.view("json senal + segundosVistos (live channel watch time)")
    b.json(
        {
            "senal": c.rng.choice(SENALES),
            "segundosVistos": c.rng.choice([30, 60, 60, 120]),
            "inicio": iso(c),
            "calidad": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"continuar": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, title, cap, dur = _cap(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("canal_app_instance", where="json app_instance_id"),
            "user_id": b.acct("canal_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{title} - Capítulo {cap}",
                        "video_provider": "canalandino",
                        "video_percent": pct,
                        "video_current_time": dur * pct // 100,
                        "video_duration": dur,
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_pantalla(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("canal_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Inicio", "Buscar", "MiLista", "EnVivo"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def comscore(c: Context) -> Flow:
    """A Comscore streaming heartbeat (the Android SDK's GET to sb.scorecardresearch.com)."""
    cid, title, cap, dur = _cap(c)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p2")
    b.header("user-agent", UA)
    b.view("query ns_st_ev/ns_st_pr/ns_st_ep/ns_st_pt (Comscore streaming tag)")
    ev = c.rng.choice(["hb", "play", "pause", "end"])
    b.params = [
        ("c1", "19"),
        ("c2", "23041688"),
        ("ns_ap_an", "Canal Andino Play"),
        ("ns_ap_pn", "android"),
        ("ns_ap_ver", "6.2.0"),
        ("c12", b.id("canal_cs_c12", where="query c12", detectable=False)),
        ("ns_ak", "none"),
        ("ns_type", "hidden"),
        ("ns_st_ev", ev),
        ("ns_st_ci", cid),
        ("ns_st_pr", title),
        ("ns_st_ep", f"Capítulo {cap}"),
        ("ns_st_ge", "Telenovela" if cid.startswith("n") else "Música"),
        ("ns_st_cl", str(dur * 1000)),
        ("ns_st_pt", str(c.rng.randint(10, dur) * 1000)),
        ("ns_st_hc", str(c.rng.randint(1, 40))),
        ("ns_ts", str(ms(c))),
    ]
    b.respond(204, None)
    return b.build()


def baliza_opaca(c: Context) -> Flow:
    """The player's compact beacon: [content, chapter, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/t/2", device=False)
    b.view("json q[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(NOVELAS)[0][1:]), c.rng.randint(1, 120), c.rng.randint(10, 5400), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/catalogo?genero=telenovelas&pagina=1", device=False)
    b.decoy("catalogue rail with chapter counts and durations (content fetch)")
    b.ok_json(
        {
            "contenidos": [
                {
                    "contenidoId": cid,
                    "titulo": title,
                    "capitulos": 120,
                    "duracion": dur,
                    "poster": f"https://img.canalandinoplay.example/p/{cid}.jpg",
                }
                for cid, title, dur in NOVELAS
            ]
        }
    )
    return b.build()


def buscar(c: Context) -> Flow:
    q = c.rng.choice(["cumbia", "amor", "noticias", "grupo 5"])
    b = _b(c, "GET", f"{API}/api/v3/buscar?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json(
        {
            "resultados": [
                {"contenidoId": cid, "titulo": title, "duracion": dur}
                for cid, title, dur in NOVELAS[:3]
            ]
        }
    )
    return b.build()


def lo_mas_visto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ranking/lo-mas-visto?periodo=semana", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "ranking": [
                {"contenidoId": cid, "titulo": title, "vistas": c.rng.randint(10**4, 10**6)}
                for cid, title, _ in NOVELAS
            ]
        }
    )
    return b.build()


def programacion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/en-vivo/programacion?senal={c.rng.randint(1, 4)}", device=False)
    b.decoy("EPG programme times (content fetch)")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracion": c.rng.choice([30, 60, 90])}
                for t in ("Noticiero Central", "Amor de Barrio", "Sábado de Cumbia", "Dominical")
            ]
        }
    )
    return b.build()


def segmento_hls(c: Context) -> Flow:
    cid = c.rng.choice(NOVELAS)[0]
    b = FB(
        c,
        "canalandino",
        "GET",
        f"https://vod.canalandinoplay.example/{cid}/cap{c.rng.randint(1, 120):03d}/720p/"
        f"seg_{c.rng.randint(1, 800)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
