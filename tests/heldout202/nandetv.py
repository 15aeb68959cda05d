"""ÑandeTV: a Paraguayan TV and football streaming app on Derlis's own Redmi 13C.

The backend is Paraguayan-built: paths and keys are Spanish with a little
Guarani (`ñane` = our, `jehecha` = seeing): `progreso`, `posicion`,
`duracion`, `seguirViendo`, `canal`. The player reports to NPAW (Youbora)
through its NQS endpoints (`/start`, `/ping`, `/stop` with `code`,
`accountCode`, `title`, `playhead`, `mediaDuration`, `pingTime`; `/start`
also carries the plugin's `deviceUUID`). Video events go to GA4 through the
Measurement Protocol (`app_instance_id`, `video_progress` / `video_complete`,
https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events).
AppsFlyer launches carry `advertiserId`, AppsFlyer's `uid` and `android_id`;
banner ads are bought through an OpenRTB 2.5 exchange (`device.ifa`,
`dpidsha1`, https://www.iab.com/guidelines/openrtb/). A config call carries
an MD5 of the ANDROID_ID in a one-letter header. The catalogue, fixtures with
match minutes, the EPG, "most watched" counts and HLS segments are content.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import SB, dalvik, iso, ms, rf, rid, ua

API = "https://api.nandetv.example"
PKG = "py.nandetv.app"
UA = ua("NandeTV", "5.2.0", "derlis")
CLUBES = [
    "Olimpia",
    "Cerro Porteño",
    "Libertad",
    "Guaraní",
    "Nacional",
    "Sportivo Luqueño",
    "Sportivo Trinidense",
    "2 de Mayo",
    "Sportivo Ameliano",
    "General Caballero JLM",
]
PROGRAMAS = [
    ("p310", "Ñane Retã - Documental", 3000),
    ("p322", "La Señora de Asunción", 2700),
    ("p341", "Kuarahy Ñe'ẽ", 2400),
    ("p355", "Noticiero Central", 3600),
    ("p367", "Polca y Guarania en Vivo", 3300),
]
CANALES = ["Trece", "Telefuturo", "SNT", "Unicanal", "GEN", "Paraguay TV", "ÑandeTV Fútbol"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:730218840517:android:4c1e0b9f22a6d3e7&api_secret=Zq3mT8vN1xRk5Lw2Hc9Pa0"
)
NQS = "https://infinity-c21.youboranqs01.com"


def _b(c: Context, method: str, url: str) -> SB:
    b = SB(c, "nandetv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _partido(c: Context) -> tuple[int, str, str]:
    home, away = c.rng.sample(CLUBES, 2)
    return c.rng.randint(77000, 77999), home, away


def _contenido(c: Context) -> tuple[str, str, int]:
    if c.rng.random() < 0.5:
        pid, local, visita = _partido(c)
        return f"m{pid}", f"{local} vs {visita} - Apertura", 6300
    return c.rng.choice(PROGRAMAS)


def appsflyer_launch(c: Context) -> Flow:
    b = SB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("derlis"))
    b.json(
        {
            "advertiserId": b.id("gaid_derlis", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("ntv_af_uid", where="json uid"),
            "android_id": b.id("aid_nandetv", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "5.2.0",
            "model": "23100RN82L",
            "brand": "Redmi",
            "lang_code": "es",
            "country": "PY",
            "counter": str(c.rng.randint(1, 80)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = SB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("derlis"))
    b.json(
        {
            "eventName": c.rng.choice(["af_subscribe", "seguir_club", "af_login"]),
            "eventValue": '{"club":"' + c.rng.choice(CLUBES) + '"}',
            "advertiserId": b.id("gaid_derlis", where="json advertiserId"),
            "uid": b.id("ntv_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def rtb_bid(c: Context) -> Flow:
    b = SB(c, "rtb-exchange", "POST", "https://rtb.guaraniads.example/openrtb2/auction")
    b.header("x-openrtb-version", "2.5")
    b.header("user-agent", dalvik("derlis"))
    b.decoy("bid id uuid, user.id hex, geo coordinates")
    b.json(
        {
            "id": rid(c.rng),
            "imp": [
                {
                    "id": "1",
                    "tagid": "nandetv_envivo_banner",
                    "banner": {"w": 320, "h": 50},
                    "bidfloor": 0.08,
                }
            ],
            "app": {
                "bundle": PKG,
                "name": "ÑandeTV",
                "cat": ["IAB17", "IAB1"],
                "publisher": {"id": new_hex(c.rng, 24)},
            },
            "device": {
                "ua": dalvik("derlis"),
                "ifa": b.id("gaid_derlis", where="json device.ifa"),
                "dpidsha1": b.id("aid_nandetv", "sha1", "json device.dpidsha1"),
                "lmt": 0,
                "make": "Xiaomi",
                "model": "23100RN82L",
                "os": "android",
                "osv": "14",
                "devicetype": 4,
                "carrier": "Tigo PY",
                "geo": {
                    "lat": rf(c.rng, -25.35, -25.25, 4),
                    "lon": rf(c.rng, -57.65, -57.55, 4),
                    "country": "PRY",
                    "type": 2,
                },
            },
            "user": {"id": new_hex(c.rng, 40)},
            "at": 1,
            "tmax": 300,
        }
    )
    b.respond(204, None)
    return b.build()


def registrar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivo/registrar")
    b.json(
        {
            "androidId": b.id("aid_nandetv", where="json androidId"),
            "modelo": "Redmi 13C",
            "idioma": "es-PY",
            "operadora": "Tigo",
            "usuario": b.acct("derlis_user"),
        }
    )
    b.ok_json({"ok": True, "maxDispositivos": 3})
    return b.build()


def config_opaque(c: Context) -> Flow:
    """The app's config call: header 't' holds an MD5 of the ANDROID_ID."""
    b = _b(c, "GET", f"{API}/v2/cfg?plataforma=android&v=520")
    b.header("t", b.id("aid_nandetv", "md5", "header t", detectable=False))
    b.ok_json({"anuncios": True, "calidadMax": "1080p", "ttl": 3600})
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = SB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.json(
        {
            "app_instance_id": b.id("ntv_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "screen_view",
                    "params": {
                        "screen_name": c.rng.choice(["Inicio", "EnVivo", "Fixture", "Perfil"]),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_video(c: Context, name: str = "video_progress") -> Flow:
    _, titulo, dur = _contenido(c)
    b = SB(c, "ga4-mp", "POST", MP)
    b.header("user-agent", UA)
    b.view(f"json events[].name={name} video_title/video_current_time")
    pct = 100 if name == "video_complete" else c.rng.choice([10, 25, 50, 75])
    b.json(
        {
            "app_instance_id": b.id("ntv_app_instance", where="json app_instance_id"),
            "user_id": b.acct("derlis_user"),
            "events": [
                {
                    "name": name,
                    "params": {
                        "video_title": titulo,
                        "video_provider": "nandetv",
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


def _nqs_code(c: Context) -> str:
    return "U_" + new_hex(c.rng, 6) + "_" + new_hex(c.rng, 12)


def npaw_start(c: Context) -> Flow:
    cid, titulo, dur = _contenido(c)
    params = [
        ("code", _nqs_code(c)),
        ("accountCode", "nandetvpy"),
        ("system", "nandetvpy"),
        ("title", titulo),
        ("contentId", cid),
        ("mediaDuration", str(dur)),
        ("live", "true" if cid.startswith("m") else "false"),
        ("playhead", "0"),
        ("rendition", c.rng.choice(["720p", "1080p", "480p"])),
        ("player", "ExoPlayer2"),
        ("pluginVersion", "6.8.12-ExoPlayer2-Android"),
        ("timemark", str(ms(c))),
    ]
    b = SB(c, "npaw", "GET", f"{NQS}/start", params)
    b.header("user-agent", UA)
    b.view("query title/contentId/playhead (NPAW start)")
    b.param("deviceUUID", b.id("ntv_npaw_uuid", where="query deviceUUID"))
    b.no_content()
    return b.build()


def npaw_ping(c: Context) -> Flow:
    params = [
        ("code", _nqs_code(c)),
        ("pingTime", "5"),
        ("playhead", str(c.rng.randint(30, 6000))),
        ("bitrate", str(c.rng.choice([1800000, 3200000, 5400000]))),
        ("throughput", str(c.rng.randint(4, 40) * 10**6)),
        ("timemark", str(ms(c))),
    ]
    b = SB(c, "npaw", "GET", f"{NQS}/ping", params)
    b.header("user-agent", UA)
    b.view("query playhead/pingTime (NPAW ping)")
    b.no_content()
    return b.build()


def npaw_stop(c: Context) -> Flow:
    _, titulo, dur = _contenido(c)
    params = [
        ("code", _nqs_code(c)),
        ("playhead", str(c.rng.randint(60, dur))),
        ("title", titulo),
        ("timemark", str(ms(c))),
    ]
    b = SB(c, "npaw", "GET", f"{NQS}/stop", params)
    b.header("user-agent", UA)
    b.view("query title/playhead (NPAW stop)")
    b.no_content()
    return b.build()


def progreso(c: Context) -> Flow:
    cid, titulo, dur = _contenido(c)
    b = _b(c, "POST", f"{API}/v2/jehecha/progreso")
    b.view("json contenidoId/titulo/posicion/duracion")
    b.json(
        {
            "contenidoId": cid,
            "titulo": titulo,
            "posicion": c.rng.randint(15, dur),
            "duracion": dur,
            "terminado": False,
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/usuario/seguir-viendo?limite=10")
    b.view("response json seguirViendo[] (continue watching)", direction="response")
    filas = []
    for _ in range(c.rng.randint(2, 4)):
        cid, titulo, dur = _contenido(c)
        filas.append(
            {
                "contenidoId": cid,
                "titulo": titulo,
                "posicion": c.rng.randint(60, dur - 60),
                "duracion": dur,
                "vistoEl": iso(c),
            }
        )
    b.ok_json({"seguirViendo": filas})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's compact beacon: [content, second, ts] rows under 'q'."""
    b = _b(c, "POST", f"{API}/q/3")
    b.view("json q[] rows (content number, second, time)", detectable=False)
    rows = [
        [c.rng.choice([310, 322, 341, 355, 367, 77123]), c.rng.randint(10, 6000), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"q": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


# --- ordinary ----------------------------------------------------------------


def cartelera(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/catalogo?seccion=inicio&pagina=1")
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json(
        {
            "filas": [
                {
                    "contenidoId": pid,
                    "titulo": t,
                    "duracion": d,
                    "poster": f"https://img.nandetv.example/p/{pid}.jpg",
                }
                for pid, t, d in PROGRAMAS
            ]
        }
    )
    return b.build()


def fixture(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/futbol/partidos?torneo=apertura&fecha=hoy")
    b.decoy("match minute and score (not viewing)")
    filas = []
    for _ in range(4):
        pid, local, visita = _partido(c)
        filas.append(
            {
                "partidoId": pid,
                "local": local,
                "visitante": visita,
                "marcador": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                "minuto": c.rng.randint(1, 90),
                "estadio": c.rng.choice(
                    ["Defensores del Chaco", "La Nueva Olla", "Manuel Ferreira"]
                ),
            }
        )
    b.ok_json({"partidos": filas})
    return b.build()


def guia(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/envivo/guia?canal={c.rng.randint(1, 7)}")
    b.decoy("EPG programme start times and durations (content fetch)")
    b.ok_json(
        {
            "canal": c.rng.choice(CANALES),
            "programas": [
                {"titulo": t, "inicio": iso(c), "duracion": c.rng.choice([30, 60, 90])}
                for t in ("Buen Día", "Telediario", "Fútbol de Primera", "La Lupa")
            ],
        }
    )
    return b.build()


def mas_vistos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ranking/mas-vistos?periodo=semana")
    b.decoy("aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "ranking": [
                {"contenidoId": pid, "titulo": t, "vistas": c.rng.randint(10**4, 10**6)}
                for pid, t, _ in PROGRAMAS
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = SB(
        c,
        "nandetv",
        "GET",
        f"https://vod.nandetv.example/{c.rng.choice(PROGRAMAS)[0]}/720p/"
        f"seg-{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
