"""Hinchada+: an Argentine football streaming service (live matches and highlights).

The player sends a "latido" (heartbeat) every 30 s with the match, the stream
position and the device ("equipo" in the app's JSON means the phone; in the
match data it means a club). AppsFlyer in-app events follow AppsFlyer's
`/api/v6.x/androidevent` body (`advertiserId`, `uid`, `eventName`,
`eventValue`). Live scores carry a match clock (minuto 67'), and the league
table is literally "posiciones": neither is a viewing position.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.hinchadaplus.example"
UA = ua("HinchadaPlus", "3.18.0")
PKG = "ar.com.hinchadaplus.app"
CLUBES = ["Boca Juniors", "River Plate", "Racing Club", "Independiente", "San Lorenzo", "Talleres"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "hinchadaplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def _partido(c: Context) -> tuple[str, str]:
    local, visita = c.rng.sample(CLUBES, 2)
    return f"LPF-2024-{c.rng.randint(100, 399)}", f"{local} vs. {visita}"


def latido(c: Context) -> Flow:
    pid, nombre = _partido(c)
    b = _b(c, "POST", f"{API}/v1/reproduccion/latido")
    b.view("json partidoId + posicionSeg (player heartbeat)")
    b.json(
        {
            "partidoId": pid,
            "titulo": nombre,
            "tipo": c.rng.choice(["EN_VIVO", "REPETICION"]),
            "posicionSeg": c.rng.randint(30, 6400),
            "calidad": c.rng.choice(["HD", "SD", "auto"]),
            "equipo": {
                "androidId": b.id("aid_hinchada", where="json equipo.androidId"),
                "modelo": "moto g84 5G",
                "so": "Android 14",
            },
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "proximoLatidoSeg": 30})
    return b.build()


def resumen_visto(c: Context) -> Flow:
    pid, nombre = _partido(c)
    b = _b(c, "POST", f"{API}/v1/historial/resumenes")
    b.view("json resumenVisto / segundosVistos (highlight watched)")
    dur = c.rng.randint(90, 600)
    b.json(
        {
            "resumenVisto": {
                "idVideo": f"hl_{c.rng.randint(10000, 99999)}",
                "partidoId": pid,
                "titulo": f"Resumen: {nombre}",
                "segundosVistos": c.rng.randint(10, dur),
                "duracion": dur,
                "completo": c.rng.random() < 0.4,
            },
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def _af(c: Context, kind: str) -> FB:
    host = "inapps.appsflyer.com" if kind == "androidevent" else "launches.appsflyer.com"
    b = FB(c, "appsflyer", "POST", f"https://{host}/api/v6.14/{kind}", http_version="HTTP/1.1")
    b.param("app_id", PKG)
    b.param("buildnumber", "6.14.2")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; moto g84 5G Build/U1TCS34.52-14)")
    return b


def _af_base(b: FB, c: Context) -> dict[str, object]:
    return {
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("hinchada_af_uid", where="json uid"),
        "appsflyerKey": new_hex(c.rng, 22),
        "af_timestamp": str(ms(c)),
        "app_version_name": "3.18.0",
        "brand": "motorola",
        "model": "moto g84 5G",
        "country": "AR",
        "lang": "español",
    }


def af_partido_visto(c: Context) -> Flow:
    pid, nombre = _partido(c)
    b = _af(c, "androidevent")
    b.view("json eventName=partido_visto + eventValue.minutos_vistos")
    body = _af_base(b, c)
    body["eventName"] = "partido_visto"
    body["eventValue"] = js(
        {"af_content_id": pid, "af_content": nombre, "minutos_vistos": c.rng.randint(1, 105)}
    )
    b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def af_launch(c: Context) -> Flow:
    b = _af(c, "conversions")
    body = _af_base(b, c)
    body["counter"] = str(c.rng.randint(2, 60))
    b.json(body)
    b.ok_json({"af_status": "Organic", "is_first_launch": False})
    return b.build()


def af_suscripcion(c: Context) -> Flow:
    b = _af(c, "androidevent")
    b.decoy("purchase event with price and order id")
    body = _af_base(b, c)
    body["eventName"] = "af_purchase"
    body["eventValue"] = js(
        {
            "af_revenue": "7999",
            "af_currency": "ARS",
            "af_order_id": f"HP-{c.rng.randint(10**6, 10**7)}",
        }
    )
    b.json(body)
    b.respond(200, "text/plain", b"ok")
    return b.build()


def latido_opaco(c: Context) -> Flow:
    """Older player build: `p=pid|pos|ts` under a one-letter key, base64url."""
    pid, _ = _partido(c)
    b = FB(c, "hinchadaplus", "GET", f"{API}/t.gif")
    b.header("user-agent", UA)
    b.view("query d (base64 pid|pos|ts)", detectable=False)
    b.param("d", b64(f"{pid}|{c.rng.randint(30, 6400)}|{ms(c)}").rstrip("="))
    b.param("r", str(c.rng.randint(10**8, 10**9)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def marcador(c: Context) -> Flow:
    pid, nombre = _partido(c)
    b = _b(c, "GET", f"{API}/v1/partidos/{pid}/marcador")
    b.decoy("live score with match minute (match clock, not a viewing position)")
    b.ok_json(
        {
            "partidoId": pid,
            "partido": nombre,
            "minuto": c.rng.randint(1, 95),
            "goles": {"local": c.rng.randint(0, 3), "visitante": c.rng.randint(0, 3)},
            "estado": "SEGUNDO_TIEMPO",
        }
    )
    return b.build()


def posiciones(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/torneos/lpf-2024/posiciones")
    b.decoy("league table 'posiciones' with 'equipo' = club (not positions, not a device)")
    b.ok_json(
        {
            "posiciones": [
                {"posicion": i + 1, "equipo": club, "pts": 40 - 3 * i, "pj": 20}
                for i, club in enumerate(CLUBES)
            ]
        }
    )
    return b.build()


def segmento(c: Context) -> Flow:
    pid, _ = _partido(c)
    b = FB(
        c,
        "hinchadaplus",
        "GET",
        f"https://live.hinchadaplus.example/{pid}/1080p/seg_{c.rng.randint(1, 3000):05d}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/iso.segment", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
