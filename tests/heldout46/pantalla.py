"""Pantalla+, a Spanish streaming app on the Tizen TV and the phone, in-house backend.

Its player reports a watch log in Spanish key names (`registroVisionado`), syncs
resume points (`puntoReanudacion`), fetches a "Seguir viendo" row and, on the
TV, sends a batched player beacon encrypted by the app (opaque). The Tizen app
reads the TV's DUID via `webapis.productinfo.getDuid()` (Samsung ProductInfo API,
developer.samsung.com) and sends it as its device key. Decoys: catalogue rails,
poster thumbnails, search results, an HLS segment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, TV_UA, iso, ms, rid, ua

API = "https://api.pantallamas.es"
TITLES = [
    ("serie-la-frontera", "ep-0{}"),
    ("pelicula-el-faro", ""),
    ("doc-mares-del-sur", "ep-1{}"),
]
UA = ua("PantallaPlus", "5.14.2")


def _content(c: Context) -> dict[str, object]:
    slug, ep = c.rng.choice(TITLES)
    cid = f"{slug}-{ep.format(c.rng.randint(1, 9))}" if ep else slug
    return {"idContenido": cid, "tipo": "episodio" if ep else "pelicula"}


def watch_log(c: Context) -> Flow:
    """Player log every 60 s: what is watched, where in it, on which screen."""
    tv = c.rng.random() < 0.6
    b = FB(c, "pantalla", "POST", f"{API}/v2/reproduccion/registroVisionado")
    b.header("user-agent", TV_UA if tv else UA)
    body = {
        "usuario": b.acct("pantalla_user"),
        **_content(c),
        "segundoActual": c.rng.randint(30, 5400),
        "duracionTotal": 5520,
        "evento": c.rng.choice(["inicio", "progreso", "pausa", "fin"]),
        "pantalla": "tv" if tv else "movil",
        "marcaTiempo": iso(c),
    }
    if tv:
        body["duid"] = b.id("tv_duid", where="json:duid")
    b.view("json:idContenido+segundoActual")
    b.json(body)
    b.no_content()
    return b.build()


def resume_sync(c: Context) -> Flow:
    b = FB(c, "pantalla", "PUT", f"{API}/v2/perfiles/principal/puntoReanudacion")
    b.header("user-agent", UA)
    items = [
        {**_content(c), "posicionSeg": c.rng.randint(60, 3000), "vistoEl": ms(c) - i * 86400000}
        for i in range(c.rng.randint(1, 3))
    ]
    b.json({"reanudaciones": items})
    b.view("json:reanudaciones[].posicionSeg")
    b.ok_json({"ok": True})
    return b.build()


def continue_row(c: Context) -> Flow:
    """The "Seguir viendo" row: the server sends back what the household watched."""
    b = FB(c, "pantalla", "GET", f"{API}/v2/home/seguir-viendo", [("perfil", "principal")])
    b.header("user-agent", TV_UA)
    rows = [{**_content(c), "progreso": round(c.rng.random(), 2)} for _ in range(4)]
    b.view("response:seguirViendo[].progreso", direction="response")
    b.ok_json({"seguirViendo": rows})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """Player QoE batch, AES-encrypted by the app: nothing readable says what it holds."""
    b = FB(c, "pantalla", "POST", f"{API}/q/b")
    b.header("user-agent", TV_UA)
    blob = bytes(c.rng.getrandbits(8) for _ in range(180))
    b.json({"v": 3, "k": "p1", "d": b64(blob)})
    b.view("json:d (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = FB(c, "pantalla", "POST", f"{API}/v2/dispositivos/alta")
    b.header("user-agent", UA)
    b.json(
        {
            "idDispositivo": b.id("aid_pantalla", where="json:idDispositivo"),
            "idInstalacion": b.id("pantalla_install", where="json:idInstalacion"),
            "modelo": "SM-S921B",
            "so": "Android 14",
        }
    )
    b.ok_json({"estado": "registrado", "token": rid(c.rng)})
    return b.build()


def tv_login(c: Context) -> Flow:
    b = FB(c, "pantalla", "POST", f"{API}/v2/tv/activar")
    b.header("user-agent", TV_UA)
    b.form(
        [
            ("codigo", str(c.rng.randint(100000, 999999))),
            ("duid", b.id("tv_duid", where="form:duid")),
            ("mac_wifi", b.id("tv_mac", where="form:mac_wifi")),
        ]
    )
    b.ok_json({"activado": True})
    return b.build()


def catalogue(c: Context) -> Flow:
    b = FB(c, "pantalla", "GET", f"{API}/v2/catalogo/rail", [("id", "novedades"), ("pag", "1")])
    b.header("user-agent", TV_UA)
    b.decoy("catalogue rail: content ids with durations, nothing watched")
    b.ok_json({"items": [{**_content(c), "duracion": 5520, "anio": 2024} for _ in range(6)]})
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c, "pantalla", "GET", f"https://img.pantallamas.es/w342/{_content(c)['idContenido']}.jpg"
    )
    b.header("user-agent", TV_UA)
    b.decoy("poster thumbnail fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["faro", "mares", "frontera"])
    b = FB(c, "pantalla", "GET", f"{API}/v2/buscar", [("q", q)])
    b.header("user-agent", UA)
    b.decoy("search results with content ids")
    b.ok_json({"resultados": [_content(c) for _ in range(3)], "traceId": rid(c.rng)})
    return b.build()


def segment(c: Context) -> Flow:
    n = c.rng.randint(1, 900)
    b = FB(
        c, "pantalla", "GET", f"https://cdn.pantallamas.es/hls/pelicula-el-faro/1080p/seg_{n}.ts"
    )
    b.header("user-agent", TV_UA)
    b.decoy("video segment fetch")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
