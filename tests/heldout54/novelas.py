"""Telenovela streaming app (a ViX / Claro video-like service) on the moto g.

Real SDK traffic follows public sources:
- NPAW Youbora analytics: GET /start, /joinTime, /ping, /stop on its FastData /
  NQS hosts with query parameters accountCode, title, title2 (program),
  mediaResource, mediaDuration, playhead, isLive, bitrate, code (view code),
  deviceUUID (NPAW "Player Plugin Open REST API" v2 as cited in
  kaltura/mwEmbed youbora plugin; kaltura/playkit-android-youbora README).
- Kochava tracker: POST control.kochava.com/track/json with action,
  kochava_app_id, kochava_device_id and a `data` object holding adid /
  android_id (Kochava Android SDK docs, "Collected Device Data").
The app's own watch log (`/bitacora/reproduccion`) uses Latin-American Spanish
key names of our own making.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, js

from .phone import FB, iso, ms, rid, ua

API = "https://api.telenovelas-plus.example.mx"
UA = ua("NovelasPlus", "4.18.2")
TITLES = [
    ("La Herencia de Rosario", "nov-1187", 2580),
    ("Amores de Mercado", "nov-2204", 2700),
    ("El Señor de los Cielos del Sur", "ser-0932", 2940),
    ("Corazón Salvaje 2024", "nov-3310", 2460),
    ("Noticiero Estelar", "liv-0007", 0),
]


def _title(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def watch_log(c: Context) -> Flow:
    """In-house watch log: episode, position, seconds watched, in Spanish keys."""
    name, cid, dur = _title(c)
    b = FB(c, "novelas", "POST", f"{API}/v3/bitacora/reproduccion")
    b.header("user-agent", UA)
    b.header("x-perfil-id", "p1")
    pos = c.rng.randint(30, max(60, dur - 10))
    b.json(
        {
            "idContenido": cid,
            "tituloSerie": name,
            "capitulo": c.rng.randint(1, 120),
            "temporada": 1,
            "posicionSeg": pos,
            "segundosVistos": c.rng.randint(20, 300),
            "duracionSeg": dur,
            "evento": c.rng.choice(["reanudar", "pausa", "avance", "fin_capitulo"]),
            "fechaHora": iso(c),
            "idDispositivo": b.id("aid_novela", where="body.idDispositivo"),
        }
    )
    b.view("body.idContenido+posicionSeg")
    b.ok_json({"ok": True})
    return b.build()


def youbora(c: Context, event: str = "ping") -> Flow:
    name, cid, dur = _title(c)
    host = (
        "https://infinity-c12.youboranqs01.com"
        if event == "ping"
        else "https://a-fds.youborafds01.com"
    )
    b = FB(c, "youbora", "GET", f"{host}/{event}", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    params = [
        ("accountCode", "novelasplusmx"),
        ("code", "U_" + new_hex(c.rng, 12)),
        ("pluginVersion", "6.8.24-exoplayer2-Android"),
        ("playhead", str(c.rng.randint(0, max(1, dur)))),
        ("bitrate", str(c.rng.choice([1800000, 3200000, 5400000]))),
    ]
    if event == "start":
        params += [
            ("title", name),
            ("title2", cid),
            ("mediaResource", f"https://vod.telenovelas-plus.example.mx/{cid}/master.m3u8"),
            ("mediaDuration", str(dur)),
            ("isLive", "true" if dur == 0 else "false"),
            ("deviceUUID", b.id("youbora_uuid", where="query.deviceUUID")),
        ]
        b.view("query.title+mediaResource")
    else:
        params += [("pingTime", "5"), ("diffTime", str(c.rng.randint(4900, 5200)))]
        b.view("query.playhead (heartbeat of a view)")
    b.params += params
    b.respond(200, "text/plain", b"")
    return b.build()


def continue_watching(c: Context) -> Flow:
    """GET of the profile's 'seguir viendo' row: the history comes back in the response."""
    b = FB(c, "novelas", "GET", f"{API}/v3/perfiles/p1/seguir-viendo", [("limite", "12")])
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_novela", where="header.x-device-id"))
    items = [
        {"idContenido": cid, "titulo": t, "progreso": round(c.rng.random(), 2), "ultimaVez": iso(c)}
        for t, cid, _ in c.rng.sample(TITLES[:4], 3)
    ]
    b.view("response.items[].progreso", direction="response")
    b.ok_json({"items": items})
    return b.build()


def opaque_beacon(c: Context) -> Flow:
    """The player's QoE beacon: a base64 AES blob under 'd' (says nothing)."""
    b = FB(c, "novelas", "POST", f"{API}/q")
    b.header("user-agent", UA)
    b.form([("v", "3"), ("d", new_hex(c.rng, 8) + new_hex(c.rng, 120))])
    b.view("body.d (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def kochava(c: Context, action: str = "session") -> Flow:
    b = FB(c, "kochava", "POST", "https://control.kochava.com/track/json")
    b.header("user-agent", UA)
    data = {
        "adid": b.id("gaid", where="body.data.adid"),
        "device": "moto g84 5G-motorola",
        "os_version": "Android 14",
        "app_version": "NovelasPlus 4.18.2",
        "network_conn_type": "wifi",
        "uptime": round(c.rng.uniform(10, 5000), 3),
        "usertime": int(c.now),
    }
    if action == "install":
        data["android_id"] = b.id("aid_novela", where="body.data.android_id")
    b.json(
        {
            "action": action,
            "kochava_app_id": "konovelasplus-android-9xk2",
            "kochava_device_id": b.id("kochava_id", where="body.kochava_device_id"),
            "sdk_version": "AndroidTracker 5.4.0",
            "sdk_protocol": "16",
            "nt_id": rid(c.rng),
            "data": data,
        }
    )
    b.ok_json({"success": "1"})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "novelas", "GET", f"{API}/v3/catalogo/carrusel", [("seccion", "novelas")])
    b.header("user-agent", UA)
    b.decoy("catalogue page: titles and ids, no history")
    b.ok_json({"carrusel": [{"idContenido": cid, "titulo": t} for t, cid, _ in TITLES]})
    return b.build()


def poster(c: Context) -> Flow:
    _, cid, _ = _title(c)
    b = FB(c, "novelas", "GET", f"https://img.telenovelas-plus.example.mx/{cid}/poster_480x720.jpg")
    b.header("user-agent", UA)
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 600))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["rosario", "herencia", "futbol", "cielos"])
    b = FB(c, "novelas", "GET", f"{API}/v3/buscar", [("q", q), ("pagina", "1")])
    b.header("user-agent", UA)
    b.decoy("search results")
    b.respond(
        200,
        "application/json",
        js({"resultados": [t for t, _, _ in TITLES[:3]], "t": ms(c)}).encode(),
    )
    return b.build()


def profile_sync(c: Context) -> Flow:
    """Profile list; the web-view session keeps the device id in a cookie."""
    b = FB(c, "novelas", "GET", f"{API}/v3/perfiles")
    b.header("user-agent", UA)
    did = b.id("aid_novela", where="cookie.np_device_id")
    b.header("cookie", f"np_session={new_hex(c.rng, 32)}; np_device_id={did}; np_lang=es-MX")
    b.ok_json({"perfiles": [{"id": "p1", "nombre": "Vale"}, {"id": "p2", "nombre": "Niños"}]})
    return b.build()
