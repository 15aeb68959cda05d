"""Estelar+: a Mexican telenovela and Liga MX streaming app (mamá's moto g54 in Monterrey).

The backend was written in Monterrey: paths and keys are Spanish, some with
accents dropped and some Spanglish (`reproduccion/progreso`, `posicionSeg`,
`capitulo`, `seguir_viendo`, `segundos_vistos`, `partidoId`). Watch progress of
telenovela episodes and heartbeats of live Liga MX matches go to the app's
backend; video events also go to GA4 through the Measurement Protocol,
app-stream form (`firebase_app_id` / `api_secret` in the URL,
`app_instance_id` in the body, recommended events `video_progress` /
`video_complete` with `video_title`, `video_percent`, `video_current_time`;
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
The player carries the Comscore streaming tag (`ns_st_ev`, `ns_st_ci` content
id, `ns_st_pt` play time, `ns_st_po` position, `ns_st_cl` clip length,
`ns_st_pr` programme, `ns_st_ep` episode); this build's `c12` visitor id is the
MD5 of the ANDROID_ID. Adjust tracks sessions (`gps_adid`, `android_uuid`, the
`adid` answered back) and the "capítulo visto" event (an event token) whose
`partner_params` carry the episode and minutes watched
(https://help.adjust.com/en/article/partner-parameters). Firebase Installations
registers the app (`fid`, FIS_v2). The catalogue with view counts, the Liga MX
table (`posicion` of each club), the "lo más visto" top ten, the TV guide,
search and HLS segments are content fetches.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.estelarplus.example"
UA = ua("EstelarPlus", "6.3.0", "mama")
NOVELAS = [
    ("tn2201", "Corazón de Cantera", 2640),
    ("tn2202", "La Hija del Mariachi Regio", 2580),
    ("tn2203", "Amores en San Pedro", 2700),
    ("tn2204", "Destino Cerro de la Silla", 2520),
    ("tn2205", "El Precio de tu Traición", 2760),
    ("tn2206", "Mañanitas para Lupita", 2460),
]
CLUBES = [
    "Rayados", "Tigres", "Chivas", "América", "Cruz Azul", "Pumas", "Toluca", "Atlas",
    "Santos", "León", "Pachuca", "Necaxa",
]  # fmt: skip
CANALES = ["Canal Estrellas", "Las Estrellas Norte", "Multimedios", "TUDN", "Azteca 7"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:738201946615:android:3c9e4b7a21f08d55&api_secret=Zq7LmR2xKd9VbT0pWs4EhA"
)
ADJUST_TOKEN = "x7k2m9qp3r1t"


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "estelarplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-id-dispositivo", b.id("aid_estelar", where="header x-id-dispositivo"))
    return b


def _cap(c: Context) -> tuple[str, str, int, int]:
    nid, titulo, dur = c.rng.choice(NOVELAS)
    return nid, titulo, c.rng.randint(1, 120), dur


def _partido(c: Context) -> tuple[int, str, str]:
    local, visita = c.rng.sample(CLUBES, 2)
    return c.rng.randint(880000, 889999), local, visita


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/estelar-plus-mx/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "mx.estelarplus.app")
    b.json(
        {
            "fid": b.id("estelar_fid", where="json fid"),
            "appId": "1:738201946615:android:3c9e4b7a21f08d55",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/738201946615/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def registrar_dispositivo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/dispositivos/registrar", device=False)
    b.json(
        {
            "idDispositivo": b.id("aid_estelar", where="json idDispositivo"),
            "fid": b.id("estelar_fid", where="json fid"),
            "modelo": "moto g54 5G",
            "idioma": "es-MX",
            "pais": "MX",
        }
    )
    b.ok_json({"ok": True, "maxDispositivos": 3})
    return b.build()


def progreso(c: Context) -> Flow:
    nid, titulo, cap, dur = _cap(c)
    b = _b(c, "POST", f"{API}/api/v3/reproduccion/progreso")
    b.view("json telenovelaId/capitulo/posicionSeg")
    b.json(
        {
            "telenovelaId": nid,
            "titulo": titulo,
            "capitulo": cap,
            "posicionSeg": c.rng.randint(20, dur),
            "duracionSeg": dur,
            "terminado": False,
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/usuario/seguir_viendo?limite=10")
    b.view("response json seguir_viendo[] (continue watching)", direction="response")
    filas = []
    for _ in range(c.rng.randint(2, 5)):
        nid, titulo, cap, dur = _cap(c)
        filas.append(
            {
                "telenovela_id": nid,
                "titulo": titulo,
                "capitulo": cap,
                "posicion_seg": c.rng.randint(60, dur - 60),
                "duracion_seg": dur,
                "visto_el": iso(c),
            }
        )
    b.ok_json({"seguir_viendo": filas})
    return b.build()


def historial(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/usuario/historial?pagina=1")
    b.view("response json historial[] (watch history)", direction="response")
    items = []
    for _ in range(6):
        nid, titulo, cap, _dur = _cap(c)
        items.append({"telenovelaId": nid, "título": titulo, "capítulo": cap, "fechaVisto": iso(c)})
    b.ok_json({"historial": items, "pagina": 1})
    return b.build()


def partido_latido(c: Context) -> Flow:
    pid, local, visita = _partido(c)
    b = _b(c, "POST", f"{API}/api/v3/envivo/heartbeat")
    b.view("json partidoId + segundos_vistos (live match watch time)")
    b.json(
        {
            "partidoId": pid,
            "partido": f"{local} vs {visita}",
            "canal": c.rng.choice(["TUDN", "Azteca 7"]),
            "segundos_vistos": c.rng.choice([30, 60, 60, 120]),
            "inicio": iso(c),
            "calidad": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"seguir": True})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, titulo, cap, dur = _cap(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name}")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("estelar_app_instance", where="json app_instance_id"),
            "user_id": b.acct("estelar_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": f"{titulo} - Capítulo {cap}",
                        "video_provider": "estelarplus",
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


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("estelar_app_instance", where="json app_instance_id"),
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
    nid, titulo, cap, dur = _cap(c)
    pos = c.rng.randint(10, dur)
    b = FB(c, "comscore", "GET", "https://sb.scorecardresearch.com/p", http_version="HTTP/1.1")
    b.header("user-agent", dalvik("mama"))
    b.view("query ns_st_ci/ns_st_pt/ns_st_po/ns_st_pr/ns_st_ep (streaming tag)")
    c12 = b.id("aid_estelar", "md5", "query c12 (md5 ANDROID_ID)", detectable=False)
    ev = c.rng.choice(["hb", "play", "pause", "end"])
    params = [
        ("c1", "19"),
        ("c2", "30418277"),
        ("ns_ap_an", "Estelar+"),
        ("ns_ap_pn", "android"),
        ("ns_ap_ver", "6.3.0"),
        ("ns_st_ev", ev),
        ("ns_st_mp", "android_exoplayer"),
        ("ns_st_ci", f"{nid}-c{cap:03d}"),
        ("ns_st_pt", str(c.rng.randint(10, 600) * 1000)),
        ("ns_st_po", str(pos * 1000)),
        ("ns_st_cl", str(dur * 1000)),
        ("ns_st_pr", titulo),
        ("ns_st_ep", f"Capítulo {cap}"),
        ("ns_st_ge", "Telenovela"),
        ("ns_st_ty", "video"),
        ("c12", c12),
        ("ns_ts", str(ms(c))),
    ]
    b.params.extend(params)
    b.respond(204, None)
    return b.build()


def _adj_time(c: Context) -> str:
    """Adjust's created_at: local time, a literal Z, then the UTC offset (Monterrey)."""
    local = datetime.fromtimestamp(c.now - 6 * 3600, UTC)
    return local.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z-0600"


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", dalvik("mama"))
    b.header(
        "authorization",
        f'Signature signature="{new_hex(c.rng, 64)}",secret_id="3",algorithm="adj2",headers_id="1"',
    )
    b.decoy("adjust signature sha256-looking hex")
    form = [
        ("app_token", ADJUST_TOKEN),
        ("gps_adid", b.id("gaid_mama", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("estelar_adjust_uuid", where="form android_uuid")),
        ("created_at", _adj_time(c)),
        ("device_type", "phone"),
        ("device_name", "moto g54 5G"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("country", "MX"),
        ("language", "es"),
        ("environment", "production"),
        ("needs_response_details", "1"),
        ("session_count", str(c.rng.randint(1, 80))),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.id("estelar_adid", where="response json adid", direction="response")
    b.ok_json({"adid": c.phone.estelar_adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_evento(c: Context) -> Flow:
    nid, _titulo, cap, _dur = _cap(c)
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", dalvik("mama"))
    b.view("form partner_params (capitulo visto + minutos)")
    partner = {"telenovela": nid, "capitulo": str(cap), "minutos_vistos": str(c.rng.randint(3, 45))}
    form = [
        ("app_token", ADJUST_TOKEN),
        ("event_token", "q3v8ds"),
        ("gps_adid", b.id("gaid_mama", where="form gps_adid")),
        ("android_uuid", b.id("estelar_adjust_uuid", where="form android_uuid")),
        ("adid", b.id("estelar_adid", where="form adid")),
        ("created_at", _adj_time(c)),
        ("event_count", str(c.rng.randint(1, 300))),
        ("partner_params", js(partner)),
        ("environment", "production"),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def beacon_opaco(c: Context) -> Flow:
    """The player's compact beacon: rows [novela, capítulo, segundo, ts] under 'd';
    a one-letter header holds the SHA-256 of the ANDROID_ID."""
    b = _b(c, "POST", f"{API}/px/2", device=False)
    b.header("x-t", b.id("aid_estelar", "sha256", "header x-t", detectable=False))
    b.view("json d[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(NOVELAS)[0][2:]), c.rng.randint(1, 120), c.rng.randint(10, 2700), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"d": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/catalogo?genero=telenovela&pagina=1", device=False)
    b.decoy("catalogue with view counts and durations (content fetch)")
    b.ok_json(
        {
            "telenovelas": [
                {
                    "id": nid,
                    "titulo": titulo,
                    "capitulos": 120,
                    "duracionSeg": dur,
                    "vistas": c.rng.randint(10**5, 10**7),
                    "poster": f"https://img.estelarplus.example/p/{nid}.jpg",
                }
                for nid, titulo, dur in NOVELAS
            ]
        }
    )
    return b.build()


def tabla_general(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ligamx/tabla?torneo=apertura-2024", device=False)
    b.decoy("league table posicion / partidos jugados (not viewing)")
    b.ok_json(
        {
            "tabla": [
                {
                    "posicion": i + 1,
                    "club": club,
                    "pj": 17,
                    "puntos": c.rng.randint(8, 40),
                    "dg": c.rng.randint(-15, 20),
                }
                for i, club in enumerate(CLUBES)
            ]
        }
    )
    return b.build()


def mas_vistas(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/top/lo-mas-visto?periodo=semana", device=False)
    b.decoy("aggregate 'most watched' counts (not one person's viewing)")
    b.ok_json(
        {
            "top10": [
                {"id": nid, "titulo": titulo, "reproducciones": c.rng.randint(10**4, 10**6)}
                for nid, titulo, _ in NOVELAS
            ]
        }
    )
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/envivo/guia?canal={c.rng.randint(1, 5)}", device=False)
    b.decoy("EPG programme start / duration (content fetch)")
    b.ok_json(
        {
            "canal": c.rng.choice(CANALES),
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracionMin": c.rng.choice([30, 60, 90])}
                for t in ("Las Noticias", "Hoy", "Corazón de Cantera", "Fútbol Liga MX")
            ],
        }
    )
    return b.build()


def buscar(c: Context) -> Flow:
    q = c.rng.choice(["cantera", "mariachi", "traicion", "lupita"])
    b = _b(c, "GET", f"{API}/api/v3/buscar?q={q}", device=False)
    b.decoy("search results (content fetch)")
    b.ok_json({"resultados": [{"id": n, "titulo": t, "duracionSeg": d} for n, t, d in NOVELAS[:3]]})
    return b.build()


def partidos_hoy(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/ligamx/jornada/actual", device=False)
    b.decoy("match minute and score (not viewing)")
    rows = []
    for _ in range(4):
        pid, local, visita = _partido(c)
        rows.append(
            {
                "partidoId": pid,
                "local": local,
                "visitante": visita,
                "marcador": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "minuto": c.rng.randint(1, 90),
                "estadio": c.rng.choice(["BBVA", "Universitario", "Akron", "Azteca"]),
            }
        )
    b.ok_json({"partidos": rows})
    return b.build()


def hls_segmento(c: Context) -> Flow:
    nid = c.rng.choice(NOVELAS)[0]
    b = FB(
        c,
        "estelarplus",
        "GET",
        f"https://vod.estelarplus.example/{nid}/c{c.rng.randint(1, 120):03d}/720p/"
        f"seg_{c.rng.randint(1, 450)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def mi_lista(c: Context) -> Flow:
    nid = _cap(c)[0]
    b = _b(c, "POST", f"{API}/api/v3/usuario/mi-lista", device=False)
    b.decoy("add to 'my list' (a wish, not watched)")
    b.json({"telenovelaId": nid, "accion": "agregar"})
    b.ok_json({"ok": True, "total": c.rng.randint(1, 20)})
    return b.build()
