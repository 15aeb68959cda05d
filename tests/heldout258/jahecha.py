"""Jahecha ("let's watch"): the telco Ñane Tel's TV and football streaming app on
the son's Redmi Note 13 in Encarnación.

The backend is Paraguayan-built and speaks jopara: Spanish key names with
Guaraní words in them (`hecha` = see, `ma'ẽ` / `mae` = watch, `aravo` = hour /
time, `pumbyry` = device, `ñemaẽkuéra` = the things watched). The player
reports its own telemetry (position, seconds watched per match) to
`telemetria.jahecha.example`; video events also go to GA4 over the
Measurement Protocol (app stream: `firebase_app_id` + `api_secret` in the
URL, `app_instance_id` in the body, `video_progress` / `video_complete` with
`video_title`, `video_percent`, `video_current_time`), and the Firebase
Analytics SDK uploads its own protobuf bundles to app-measurement.com. The
app registers with Firebase Installations (`fid`, FIS_v2) and reports its
launches to AppsFlyer (`advertiserId`, `uid`, `android_id`). Live scores with
match minutes, the programme guide, the catalogue, searches, "lo más visto"
counts, thumbnails and HLS segments are content, not anyone's viewing.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, gz, jsb, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.jahecha.example"
TEL = "https://telemetria.jahecha.example"
UA = ua("Jahecha", "6.4.0", "hijo")
CLUBES = [
    "Olimpia",
    "Cerro Porteño",
    "Libertad",
    "Guaraní",
    "Nacional",
    "Sportivo Luqueño",
    "Sportivo Ameliano",
    "Tacuary",
    "2 de Mayo",
    "General Caballero JLM",
]
PROGRAMAS = [
    ("p301", "Ñande Róga", 2700),
    ("p302", "La Chipera de Itauguá", 2400),
    ("p303", "Kure Luísa", 1800),
    ("p304", "Noticiero Ñane", 3600),
    ("p305", "Mbarete Fútbol Show", 3000),
]
CANALES = ["Telefuturo", "SNT", "Unicanal", "Trece", "GEN", "Tigo Sports", "Paraguay TV"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:804512270193:android:3fa0c9e1d5b24a7e&api_secret=Qm8vT2xLpR4nZ0cWs6Yh9k"
)


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "jahecha", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if device:
        b.header("x-pumbyry-id", b.id("aid_jahecha", where="header x-pumbyry-id"))
    return b


def _partido(c: Context) -> tuple[int, str, str]:
    local, visita = c.rng.sample(CLUBES, 2)
    return c.rng.randint(70000, 79999), local, visita


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/jahecha-py/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.header("x-android-package", "py.nanetel.jahecha")
    b.json(
        {
            "fid": b.id("jahecha_fid", where="json fid"),
            "appId": "1:804512270193:android:3fa0c9e1d5b24a7e",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/804512270193/installations/x",
            "refreshToken": new_hex(c.rng, 40),
            "authToken": {"token": new_hex(c.rng, 48), "expiresIn": "604800s"},
        }
    )
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "py.nanetel.jahecha"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("hijo"))
    b.json(
        {
            "advertiserId": b.id("gaid_hijo", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("jahecha_af_uid", where="json uid"),
            "android_id": b.id("aid_jahecha", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.4.0",
            "model": "23129RAA4G",
            "brand": "Redmi",
            "lang_code": "es",
            "country": "PY",
            "operator": "Ñane Tel",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def registro_pumbyry(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/pumbyry/mboheraguapy", device=False)
    b.json(
        {
            "pumbyry": {
                "androidId": b.id("aid_jahecha", where="json pumbyry.androidId"),
                "fid": b.id("jahecha_fid", where="json pumbyry.fid"),
                "publicidadId": b.id("gaid_hijo", where="json pumbyry.publicidadId"),
                "modelo": "23129RAA4G",
            },
            "ñe'ẽ": "es-PY",
            "msisdn": b.acct("jahecha_user"),
        }
    )
    b.ok_json({"oñemboheraguapy": True, "maximoPumbyry": 3})
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, titulo, dur = c.rng.choice(PROGRAMAS)
    b = FB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} + video_title")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("jahecha_app_instance", where="json app_instance_id"),
            "user_id": b.acct("jahecha_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": titulo,
                        "video_provider": "jahecha",
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
            "app_instance_id": b.id("jahecha_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Ñepyrũ", "Buscar", "EnVivo", "Perfil"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def measurement_bundle(c: Context) -> Flow:
    """The Firebase Analytics SDK's own upload: a protobuf batch whose event
    names and parameter names are plain strings; the app-instance id sits in a
    numbered field."""
    _, titulo, dur = c.rng.choice(PROGRAMAS)
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik("hijo"))
    b.view("protobuf event video_progress with video_title param (strings)")
    b.other_id("jahecha_app_instance", "protobuf bundle field 21", detectable=False)
    t = ms(c)
    event = pb_msg(
        2,
        [
            pb_msg(2, [pb_bytes(1, "video_title"), pb_bytes(2, titulo)]),
            pb_msg(2, [pb_bytes(1, "video_current_time"), pb_varint(4, c.rng.randint(10, dur))]),
            pb_bytes(3, "video_progress"),
            pb_varint(4, t),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(8, "android"),
            pb_bytes(10, "23129RAA4G"),
            pb_bytes(14, "py.nanetel.jahecha"),
            pb_bytes(21, c.phone.jahecha_app_instance),
            pb_varint(25, 1),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def hecha_progreso(c: Context) -> Flow:
    pid, titulo, dur = c.rng.choice(PROGRAMAS)
    b = _b(c, "POST", f"{TEL}/v3/hecha/progreso")
    b.view("json contenidoId + ma'ẽ_aravo (position) + ma'ẽmbyre_pct")
    b.json(
        {
            "contenidoId": pid,
            "titulo": titulo,
            "capitulo": c.rng.randint(1, 90),
            "ma'ẽ_aravo": c.rng.randint(15, dur),
            "ma'ẽmbyre_pct": c.rng.randint(1, 99),
            "duracion": dur,
            "ára": iso(c),
        }
    )
    b.no_content()
    return b.build()


def partido_heartbeat(c: Context) -> Flow:
    pid, local, visita = _partido(c)
    b = _b(c, "POST", f"{TEL}/v3/envivo/pulso")
    b.view("json partidoId + segundosHecha (live match watch time)")
    b.json(
        {
            "partidoId": pid,
            "partido": f"{local} vs {visita}",
            "torneo": "Copa de Primera - Clausura 2024",
            "segundosHecha": c.rng.randint(30, 5400),
            "calidad": c.rng.choice(["HD", "SD", "auto"]),
            "aravo": iso(c),
        },
        "gzip",
    )
    b.ok_json({"sigue": True})
    return b.build()


def canal_mae(c: Context) -> Flow:
    b = _b(c, "POST", f"{TEL}/v3/envivo/canal")
    b.view("form canal + mae_seg (live channel watched seconds)")
    b.form(
        [
            ("canal", c.rng.choice(CANALES)),
            ("mae_seg", str(c.rng.choice([30, 60, 120, 300]))),
            ("ts", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def nemaekuera(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/che/nemaekuera?pagina=1")
    b.view("response json ñemaẽkuéra[] (watch history)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        pid, titulo, dur = c.rng.choice(PROGRAMAS)
        rows.append(
            {"contenidoId": pid, "titulo": titulo, "hechaAra": iso(c), "ma'ẽ_aravo": dur - 60}
        )
    b.ok_json({"ñemaẽkuéra": rows, "pagina": 1})
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/che/seguir-viendo")
    b.view("response json seguirViendo[] (continue watching with position)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        pid, titulo, dur = c.rng.choice(PROGRAMAS)
        rows.append(
            {
                "contenidoId": pid,
                "titulo": titulo,
                "posicionSeg": c.rng.randint(60, dur - 60),
                "duracion": dur,
                "ultimaVez": iso(c),
            }
        )
    b.ok_json({"seguirViendo": rows})
    return b.build()


def telemetria_opaca(c: Context) -> Flow:
    """The player's compact beacon: base64 of gzipped positional rows in form field
    `d`; the ANDROID_ID rides SHA-256-hashed in header `x-h`."""
    b = FB(c, "jahecha", "POST", f"{TEL}/q")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("x-h", b.id("aid_jahecha", "sha256", "header x-h", detectable=False))
    b.view("form d = base64(gzip(rows [content, second, ts]))", detectable=False)
    rows = [
        [int(c.rng.choice(PROGRAMAS)[0][1:]), c.rng.randint(10, 3300), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    packed = base64.b64encode(gz(jsb(rows))).decode()
    b.form([("v", "2"), ("d", packed)])
    b.no_content()
    return b.build()


def resultados(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/futbol/resultados?torneo=clausura", device=False)
    b.decoy("match minutes and scores (content, not viewing)")
    rows = []
    for _ in range(4):
        pid, local, visita = _partido(c)
        rows.append(
            {
                "partidoId": pid,
                "local": local,
                "visita": visita,
                "goles": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                "minuto": c.rng.randint(1, 90),
            }
        )
    b.ok_json({"partidos": rows})
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/guia?canal={c.rng.randint(1, 7)}&ára=hoy", device=False)
    b.decoy("EPG start times and durations (content fetch)")
    b.ok_json(
        {
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracion": d}
                for _, t, d in c.rng.sample(PROGRAMAS, 3)
            ]
        }
    )
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogo?genero=novela", device=False)
    b.decoy("catalogue with durations and posters (content fetch)")
    b.ok_json(
        {
            "contenidos": [
                {
                    "contenidoId": pid,
                    "titulo": t,
                    "duracion": d,
                    "ta'anga": f"https://img.jahecha.example/p/{pid}.jpg",
                }
                for pid, t, d in PROGRAMAS
            ]
        }
    )
    return b.build()


def buscar(c: Context) -> Flow:
    q = c.rng.choice(["olimpia", "cerro", "novela", "chipera", "kure"])
    b = _b(c, "GET", f"{API}/v2/buscar?q={q}", device=False)
    b.decoy("search query and results (content fetch)")
    b.ok_json({"resultados": [{"contenidoId": p, "titulo": t} for p, t, _ in PROGRAMAS[:3]]})
    return b.build()


def lo_mas_visto(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/top/lo-mas-hecha?periodo=7d", device=False)
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "top": [
                {"contenidoId": p, "titulo": t, "hechaCantidad": c.rng.randint(10**3, 10**6)}
                for p, t, _ in PROGRAMAS
            ]
        }
    )
    return b.build()


def miniatura(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMAS)[0]
    b = FB(
        c, "jahecha", "GET", f"https://img.jahecha.example/p/{pid}/thumb_{c.rng.randint(1, 40)}.jpg"
    )
    b.header("user-agent", UA)
    b.decoy("thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    pid = c.rng.choice(PROGRAMAS)[0]
    b = FB(
        c,
        "jahecha",
        "GET",
        f"https://vod.jahecha.example/{pid}/720p/seg_{c.rng.randint(1, 900):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
