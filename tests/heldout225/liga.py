"""Liga 1 Play: a Peruvian league football app (live matches, highlights,
tables) on the son's Galaxy A15 in Cusco, with two attribution SDKs.

AppsFlyer (Android SDK 6.x): POST to launches./inapps.appsflyer.com
`/api/v6.13/androidevent?app_id=...` with a JSON body (`appsflyerKey`,
`advertiserId`, `uid`, `af_timestamp`, `eventName`, `eventValue`, `counter`,
`deviceData`). Adjust (Android SDK 4.x): form-encoded POSTs to app.adjust.com
`/session` and `/event` (`app_token`, `gps_adid`, `android_uuid`,
`created_at`, `event_token`, `partner_params` as a JSON string). The match
stream's heartbeats and the "resumen visto" event are viewing history; a newer
player build batches its stats as positional rows. Scores, tables, fixtures
and highlights lists are content fetches.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.liga1play.example"
UA = ua("Liga1Play", "3.8.4", "hijo")
PARTIDOS = [
    ("p1801", "Universitario vs Alianza Lima"),
    ("p1802", "Cienciano vs Melgar"),
    ("p1803", "Sporting Cristal vs Cusco FC"),
    ("p1804", "ADT vs Sport Boys"),
    ("p1805", "Deportivo Garcilaso vs Alianza Lima"),
    ("p1806", "Melgar vs Universitario"),
]
AF_KEY = "kQ7vWd2mPz9YhR4sLx8TnB"
ADJ_TOKEN = "4w9kq2z1x8ts"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "liga1play", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _af(c: Context, host: str, event: str | None, value: dict | None, view: str = "") -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.13/androidevent?app_id=pe.liga1play.app"
        "&buildnumber=6.13.0",
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155M Build/UP1A.231005.007)")
    if view:
        b.view(view)
    body = {
        "appsflyerKey": AF_KEY,
        "advertiserId": b.id("gaid_hijo", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("liga_af_uid", where="json uid"),
        "af_timestamp": str(ms(c)),
        "app_version_name": "3.8.4",
        "brand": "samsung",
        "model": "SM-A155M",
        "lang_code": "es",
        "country": "PE",
        "operator": "Movistar PE",
        "network": "MOBILE",
        "counter": str(c.rng.randint(2, 300)),
        "iaecounter": str(c.rng.randint(0, 50)),
        "deviceData": {"cpu_abi": "arm64-v8a", "dim": {"x_px": "1080", "y_px": "2340"}},
    }
    if event:
        body["eventName"] = event
        body["eventValue"] = js(value or {})
    b.json(body)
    b.ok_json({"status": "ok"})
    return b.build()


def af_launch(c: Context) -> Flow:
    return _af(c, "launches", None, None)


def af_evento(c: Context) -> Flow:
    """An in-app event about the subscription (not viewing)."""
    return _af(
        c,
        "inapps",
        "af_subscribe",
        {"af_revenue": "19.90", "af_currency": "PEN", "plan": "mensual"},
    )


def af_partido_visto(c: Context) -> Flow:
    """An in-app event naming the match the user watched and for how long."""
    pid, nombre = c.rng.choice(PARTIDOS)
    return _af(
        c,
        "inapps",
        "partido_visto",
        {"af_content_id": pid, "af_content": nombre, "minutos_vistos": c.rng.randint(5, 95)},
        "json eventValue (partido_visto: af_content + minutos_vistos)",
    )


def _adjust(c: Context, path: str, extra: list[tuple[str, str]]) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-A155M Build/UP1A.231005.007)")
    b.header("client-sdk", "android4.38.2")
    pairs = [
        ("app_token", ADJ_TOKEN),
        ("gps_adid", b.id("gaid_hijo", where="form gps_adid")),
        ("android_uuid", b.id("liga_adj_uuid", where="form android_uuid")),
        ("created_at", iso(c).replace("Z", "+0000")),
        ("environment", "production"),
        ("os_name", "android"),
        ("package_name", "pe.liga1play.app"),
        ("tracking_enabled", "1"),
        ("session_count", str(c.rng.randint(2, 400))),
        *extra,
    ]
    b.set_body(urlencode(pairs).encode(), "application/x-www-form-urlencoded")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session", [])
    b.ok_json({"adid": new_hex(c.rng, 32), "message": "Session tracked", "timestamp": iso(c)})
    return b.build()


def adjust_evento(c: Context) -> Flow:
    b = _adjust(
        c,
        "event",
        [
            ("event_token", "q8xk1a"),
            ("event_count", str(c.rng.randint(1, 90))),
            ("partner_params", js({"seccion": c.rng.choice(["tabla", "fixture", "en_vivo"])})),
        ],
    )
    b.ok_json({"message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def latido_partido(c: Context) -> Flow:
    pid, nombre = c.rng.choice(PARTIDOS)
    b = _b(c, "POST", f"{API}/v2/transmision/latido")
    b.header("x-dispositivo", b.id("aid_liga", where="header x-dispositivo"))
    b.view("json partidoId + segundosVistos (live match watch time)")
    b.json(
        {
            "partidoId": pid,
            "partido": nombre,
            "segundosVistos": c.rng.choice([30, 60, 60]),
            "minutoDeJuego": c.rng.randint(1, 95),
            "calidad": c.rng.choice(["480p", "720p"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def resumen_visto(c: Context) -> Flow:
    pid, nombre = c.rng.choice(PARTIDOS)
    b = _b(c, "POST", f"{API}/v2/videos/resumen/visto")
    b.view("json videoId + porcentajeVisto (highlight watched)")
    b.json(
        {
            "videoId": f"res-{pid}",
            "titulo": f"Resumen: {nombre}",
            "porcentajeVisto": c.rng.choice([25, 50, 90, 100]),
            "vistoEl": iso(c),
        }
    )
    b.no_content()
    return b.build()


def stats_opacos(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/s")
    b.view("json d[] rows [match, second, bitrate]", detectable=False)
    b.json(
        {
            "d": [
                [int(c.rng.choice(PARTIDOS)[0][1:]), c.rng.randint(1, 5700), 1800, ms(c)]
                for _ in range(c.rng.randint(2, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def marcadores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/partidos/en-vivo")
    b.ok_json(
        {
            "partidos": [
                {
                    "id": pid,
                    "partido": n,
                    "marcador": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}",
                }
                for pid, n in PARTIDOS[:3]
            ]
        }
    )
    return b.build()


def tabla(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/torneo/clausura/tabla")
    b.ok_json(
        {
            "tabla": [
                {"equipo": e, "pj": 12, "pts": c.rng.randint(8, 30)}
                for e in (
                    "Universitario",
                    "Alianza Lima",
                    "Sporting Cristal",
                    "Cienciano",
                    "Melgar",
                )
            ]
        }
    )
    return b.build()


def resumenes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/videos/resumenes?fecha={c.rng.randint(1, 17)}")
    b.decoy("highlights list with durations and view counts (content fetch)")
    b.ok_json(
        {
            "videos": [
                {
                    "videoId": f"res-{pid}",
                    "titulo": f"Resumen: {n}",
                    "duracion": c.rng.randint(120, 600),
                    "vistas": c.rng.randint(10**3, 10**6),
                }
                for pid, n in PARTIDOS
            ]
        }
    )
    return b.build()


def fixture(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/torneo/clausura/fixture")
    b.ok_json(
        {
            "fecha": c.rng.randint(1, 17),
            "partidos": [{"id": pid, "partido": n, "hora": iso(c)} for pid, n in PARTIDOS],
        }
    )
    return b.build()


def alineacion(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/partidos/{c.rng.choice(PARTIDOS)[0]}/alineaciones")
    b.decoy("player positions on the pitch (x/y coordinates)")
    b.ok_json(
        {
            "local": [
                {"dorsal": i, "x": rf(c.rng, 0, 1, 2), "y": rf(c.rng, 0, 1, 2)}
                for i in range(1, 12)
            ]
        }
    )
    return b.build()
