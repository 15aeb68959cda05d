"""Butaca: an Argentine streaming app (series, films) with an in-house backend whose
key names are Rioplatense Spanish ("visto", "minutos_vistos", "seguir viendo",
"peli", "avance", "capítulo", "temporada"), Comscore streaming tags and Google IMA
ads (see sdks.py for those sources). The backend is fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, jsb

from . import sdks
from .phone import FB, iso, ms, rid, ua

API = "https://api.butaca.com.ar"
PKG = "com.ar.butaca.play"
TITLES = [
    ("srs-0412", "El Conurbano", 8), ("srs-1187", "Los Pibes del Puerto", 10),
    ("pel-2290", "Asado de Domingo", 0), ("srs-0931", "Mate Amargo", 6),
    ("pel-3310", "Tango en Boedo", 0),
]  # fmt: skip


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "butaca", method, API + path)
    b.header("user-agent", ua("Butaca", "5.12.1"))
    b.header("authorization", "Bearer " + b64(rid(c.rng))[:40])
    return b


def _title(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(TITLES)


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/dispositivos/registro")
    b.json(
        {
            "id_instalacion": b.made("butaca_install", "body.json.id_instalacion"),
            "androidId": b.id("aid_butaca", where="body.json.androidId"),
            "modelo": "SM-A256E",
            "so": "Android 14",
            "usuario": b.acct("butaca_user"),
        }
    )
    b.ok_json({"ok": True, "plan": "estandar"})
    return b.build()


def visto(c: Context) -> Flow:
    tid, name, eps = _title(c)
    b = _b(c, "POST", "/v2/historial/visto")
    item: dict[str, object] = {"titulo_id": tid, "titulo": name, "fecha": iso(c)}
    if eps:
        item.update(temporada=c.rng.randint(1, 3), capítulo=c.rng.randint(1, eps))
    item.update(minutos_vistos=c.rng.randint(3, 52), completo=c.rng.random() < 0.3)
    b.json(item)
    b.view("body.json.titulo_id+minutos_vistos")
    b.ok_json({"ok": True})
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v2/perfiles/{c.rng.randint(1, 4)}/seguir-viendo")
    items = []
    for tid, _, eps in c.rng.sample(TITLES, 3):
        dur = c.rng.randint(1500, 6000)
        items.append(
            {
                "contenidoId": tid,
                "capitulo": c.rng.randint(1, eps) if eps else None,
                "avance_seg": c.rng.randint(60, dur),
                "duracion_seg": dur,
                "ultimaVez": ms(c) - c.rng.randint(0, 9) * 86400000,
            }
        )
    b.json({"seguirViendo": items})
    b.view("body.json.seguirViendo[].contenidoId+avance_seg")
    b.no_content()
    return b.build()


def latido(c: Context) -> Flow:
    """The player's slangy progress ping: 'peli', 'pos', 'estado'."""
    tid, _, eps = _title(c)
    b = _b(c, "POST", "/v2/player/latido")
    b.json(
        {
            "peli": tid,
            "cap": c.rng.randint(1, eps) if eps else 0,
            "pos": c.rng.randint(0, 5400),
            "estado": c.rng.choice(["reproduciendo", "pausa", "reproduciendo"]),
            "calidad": "HD",
            "cast": False,
        }
    )
    b.view("body.json.peli+pos+estado")
    b.no_content()
    return b.build()


def opaque_evento(c: Context) -> Flow:
    """An AES-sealed analytics envelope: a watch event inside, nothing readable."""
    b = _b(c, "POST", "/t/e")
    seal = b64(c.rng.randbytes(c.rng.randint(180, 320)))
    b.json({"v": 3, "k": "e2", "d": seal})
    b.view("body.json.d (encrypted)", detectable=False)
    b.no_content()
    return b.build()


def comscore(c: Context) -> Flow:
    tid, name, eps = _title(c)
    clip = {"ns_st_ci": tid, "ns_st_pr": name, "ns_st_cl": str(c.rng.randint(1200, 5400) * 1000)}
    if eps:
        clip["ns_st_ep"] = f"Capítulo {c.rng.randint(1, eps)}"
    ev = c.rng.choice(["play", "hb", "hb", "pause", "end"])
    return sdks.comscore_stream(c, "Butaca", "aid_butaca", ev, clip, c.rng.randint(0, 3000000))


def ima(c: Context) -> Flow:
    return sdks.ima_ad_request(c, "Butaca", PKG, "/21775744923/butaca/vod_preroll")


def home(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/home?perfil=1&region=AR")
    did = b.made("butaca_install", "header.cookie.bt_did")
    b.header("cookie", f"bt_sess={rid(c.rng).replace('-', '')}; bt_did={did}; ab=b")
    rails = [{"rail": r, "items": [t[0] for t in TITLES]} for r in ("Tendencias", "Estrenos")]
    b.ok_json({"rails": rails})
    b.decoy("catalogue rails (titles offered, not watched)")
    return b.build()


def poster(c: Context) -> Flow:
    tid = _title(c)[0]
    b = FB(c, "butaca_cdn", "GET", f"https://img.butaca.com.ar/posters/{tid}/w342.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**6), 500))
    b.decoy("poster image fetch")
    return b.build()


def buscar(c: Context) -> Flow:
    q = c.rng.choice(["comedia", "fútbol", "policial", "ricardo"])
    b = _b(c, "GET", f"/v2/buscar?q={q}&pagina=1")
    b.ok_json({"resultados": [{"id": t[0], "titulo": t[1]} for t in TITLES[:3]]})
    b.decoy("search results")
    return b.build()


def manifest(c: Context) -> Flow:
    tid = _title(c)[0]
    b = FB(c, "butaca_cdn", "GET", f"https://vod.butaca.com.ar/hls/{tid}/master.m3u8")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:6\n")
    b.decoy("video manifest fetch (not a watch report)")
    return b.build()


def perfil_form(c: Context) -> Flow:
    b = _b(c, "PATCH", "/v2/perfiles/2")
    b.set_body(
        jsb({"nombre": "Valen", "genero": "femenino", "nacimiento": 1996}), "application/json"
    )
    b.ok_json({"ok": True})
    b.decoy("self-declared gender on a profile form")
    return b.build()
