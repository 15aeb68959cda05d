"""Pasión+: her own streaming app (series and Liga Profesional live), fictional.

Keys and paths are Rioplatense Spanish (`seguir-viendo`, `avance`,
`segundosVistos`, `capitulo`, `partido`, `en-vivo`). Watch progress, the live
match heartbeat and the "seguir viendo" row go to the app's backend. Firebase:
the app registers with Firebase Installations (`fid`, `appId`, `authVersion`
FIS_v2) and Google Analytics for Firebase uploads gzip'd protobuf batches to
app-measurement.com/a (the app instance id and the advertising id sit in
unnamed protobuf fields; the batch holds only automatic events, `_s`, `_vs`,
`_e`). AppsFlyer: launches and in-app events to `{launches,inapps}.appsflyer.com
/api/v6.15/androidevent` with `advertiserId`, `uid`, `af_timestamp`, and a
custom `reproduccion_completa` event whose eventValue names the episode and the
minutes watched. The player also sends a compact beacon of
[content, second, ts] rows (opaque). Catalogue, search, the fixture, the
"más vistos" rail and HLS segments are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js, pb_bytes, pb_msg, pb_varint

from .phone import FB, dalvik, iso, ms, rid, ua

API = "https://api.pasionplus.example/v1"
UA = ua("PasionPlus", "6.3.0")
PKG = "ar.pasionplus.app"
APP_ID = "1:803316429051:android:3c1f09ad5e7b21e4"
SERIES = [
    ("s-2201", "El Marginal", 2900),
    ("s-2214", "Okupas", 2700),
    ("s-2230", "Los Simuladores", 2600),
    ("s-2245", "Division Palermo", 1900),
    ("s-2252", "Puan: la serie", 2400),
]
PARTIDOS = ["Boca vs River", "Racing vs Independiente", "Riachuelo vs Huracán", "Vélez vs Talleres"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pasionplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    sid, title, dur = c.rng.choice(SERIES)
    return sid, title, c.rng.randint(1, 13), dur


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/pasionplus-ar/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.json(
        {
            "fid": b.id("stream_fid", where="json fid"),
            "appId": APP_ID,
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/803316429051/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def ga_batch(c: Context) -> Flow:
    """Google Analytics for Firebase upload: gzip'd protobuf, ids in unnamed fields."""
    b = FB(c, "firebase-analytics", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    events = [pb_msg(2, [pb_bytes(2, name), pb_varint(4, ms(c))]) for name in ("_s", "_vs", "_e")]
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *events,
            pb_bytes(14, PKG),
            pb_bytes(16, "6.3.0"),
            pb_bytes(19, b.id("gaid", "protobuf", "protobuf bundle field 19", detectable=False)),
            pb_bytes(
                27,
                b.id(
                    "stream_app_instance",
                    "protobuf",
                    "protobuf bundle field 27",
                    detectable=False,
                ),
            ),
            pb_bytes(25, APP_ID),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded", "gzip")
    b.no_content()
    return b.build()


def _af(c: Context, host: str) -> FB:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik())
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launches")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("stream_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "6.3.0",
            "model": "SM-A546E",
            "brand": "samsung",
            "lang_code": "es",
            "country": "AR",
            "counter": str(c.rng.randint(1, 80)),
            "isFirstCall": "false",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_reproduccion(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _af(c, "inapps")
    b.view("json eventName=reproduccion_completa, eventValue titulo/minutosVistos")
    b.json(
        {
            "eventName": "reproduccion_completa",
            "eventValue": js(
                {
                    "af_content_id": sid,
                    "af_content_type": "serie",
                    "titulo": f"{title} T1E{ep}",
                    "minutosVistos": dur // 60,
                }
            ),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("stream_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_suscripcion(c: Context) -> Flow:
    b = _af(c, "inapps")
    b.decoy("purchase order id")
    b.json(
        {
            "eventName": "af_subscribe",
            "eventValue": js({"af_revenue": "8999", "af_currency": "ARS", "plan": "Pack Fútbol"}),
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("stream_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def avance(c: Context) -> Flow:
    sid, title, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/usuario/avance/{sid}/{ep}")
    b.view("json capitulo/segundosVistos/duracion (watch progress)")
    b.json(
        {
            "serie": title,
            "capitulo": ep,
            "segundosVistos": c.rng.randint(30, dur),
            "duracion": dur,
            "dispositivo": "celular",
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def en_vivo_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/en-vivo/latido")
    b.view("json partido + segundosVistos (live match watch time)")
    b.json(
        {
            "partido": c.rng.choice(PARTIDOS),
            "torneo": "Liga Profesional 2024",
            "segundosVistos": c.rng.choice([30, 60, 60, 120]),
            "calidad": c.rng.choice(["720p", "1080p", "auto"]),
        }
    )
    b.ok_json({"seguir": True})
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/usuario/seguir-viendo?limite=10")
    b.view("response json seguirViendo[] (continue watching)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        sid, title, ep, dur = _ep(c)
        rows.append(
            {
                "id": sid,
                "serie": title,
                "capitulo": ep,
                "segundosVistos": c.rng.randint(60, dur - 60),
            }
        )
    b.ok_json({"seguirViendo": rows})
    return b.build()


def baliza(c: Context) -> Flow:
    """The player's compact beacon: [content, second, ts] rows under 'b'."""
    b = _b(c, "POST", "https://qoe.pasionplus.example/b")
    b.view("json b[] rows (content, second, ts), no key names", detectable=False)
    rows = [
        [c.rng.choice(SERIES)[0], c.rng.randint(10, 2900), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    b.json({"b": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/catalogo?genero=policial&pagina=1")
    b.decoy("catalogue with durations (content fetch)")
    b.ok_json({"series": [{"id": s, "titulo": t, "duracion": d} for s, t, d in SERIES]})
    return b.build()


def mas_vistos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rails/mas-vistos")
    b.decoy("'más vistos' rail with aggregate view counts")
    b.ok_json(
        {
            "items": [
                {"id": s, "titulo": t, "vistas": c.rng.randint(10**4, 10**6)} for s, t, _ in SERIES
            ]
        }
    )
    return b.build()


def buscar(c: Context) -> Flow:
    q = c.rng.choice(["marginal", "okupas", "river", "simuladores"])
    b = _b(c, "GET", f"{API}/buscar?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"resultados": [{"id": s, "titulo": t} for s, t, _ in SERIES[:3]]})
    return b.build()


def fixture(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/futbol/fixture?fecha={c.rng.randint(1, 27)}")
    b.ok_json(
        {"partidos": [{"partido": p, "hora": "21:30", "canal": "ESPN Premium"} for p in PARTIDOS]}
    )
    return b.build()


def hls(c: Context) -> Flow:
    b = FB(
        c,
        "pasionplus",
        "GET",
        f"https://vod.pasionplus.example/{c.rng.choice(SERIES)[0]}/hls/1080/"
        f"seg-{c.rng.randint(1, 600)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def reproducir(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/reproduccion/token")
    b.decoy("DRM session and request ids")
    b.json({"contenido": c.rng.choice(SERIES)[0], "drm": "widevine", "solicitud": rid(c.rng)})
    b.ok_json(
        {"manifiesto": "https://vod.pasionplus.example/m.mpd", "licencia": new_hex(c.rng, 48)}
    )
    return b.build()
