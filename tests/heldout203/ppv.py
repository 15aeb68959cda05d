"""Cuadrilátero PPV: a lucha libre and boxing pay-per-view app (papá's Galaxy A34
in Monterrey).

Live functions (funciones) are bought per event and streamed; the player sends
a heartbeat with the event, the bout and the current second
(`eventoId`, `pelea`, `segundoActual`), and the "mis repeticiones" screen lists
the replays he watched and how far. AppsFlyer launches and in-app events carry
`advertiserId`, AppsFlyer's `uid` and `android_id` (the SDK's ServerParameters
names); the purchase event `af_purchase` carries the event bought and its
price. The Meta SDK logs app events to `/{app-id}/activities`
(`advertiser_id`, `anon_id`, `custom_events` with `fb_mobile_content_view`,
`fb_content_type` video and `fb_content_id` of the replay played;
https://developers.facebook.com/docs/app-events). Pre-roll ads on replays come
from Google IMA: the VAST ad tag on pubads.g.doubleclick.net with `rdid`,
`idtype=adid` and `is_lat` (https://support.google.com/admanager/answer/6238701).
An older player build pings a GIF with positional query keys and the base64 of
the ANDROID_ID. The fight card (rounds, times), results, rankings (`posicion`)
and the purchase itself are not viewing history.
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.cuadrilatero-ppv.example"
UA = ua("CuadrilateroPPV", "3.8.1", "papa")
PKG = "mx.cuadrilatero.ppv"
FB_APP = "471920385526314"
EXTINFO = [
    "a2", PKG, "381", "3.8.1", "14", "SM-A346M", "es_MX", "CST",
    "Telcel", "1080", "2340", "2.5", "8", "112", "41", "America/Monterrey",
]  # fmt: skip
EVENTOS = [
    ("ev9101", "Triplemanía XXXII", "lucha"),
    ("ev9102", "Arena Coliseo: Martes de Glorias", "lucha"),
    ("ev9103", "Noche de Campeones en Monterrey", "box"),
    ("ev9104", "Aniversario Arena México", "lucha"),
    ("ev9105", "Velada de Box en el Gimnasio Nuevo León", "box"),
]
PELEAS = [
    "Místico vs Averno (máscara contra cabellera)",
    "Dragón Rojo Jr vs Soberano",
    "El Regio Sánchez vs Kid Tijuana (12 rounds)",
    "Relevos australianos estelar",
    "La Bestia Garza vs Toro Valdez (10 rounds)",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cuadrilatero", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _af(c: Context, kind: str) -> FB:
    host = "launches" if kind == "launch" else "inapps"
    b = FB(
        c,
        "appsflyer",
        "POST",
        f"https://{host}.appsflyer.com/api/v6.15/androidevent",
        [("app_id", PKG), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", dalvik("papa"))
    return b


def appsflyer_launch(c: Context) -> Flow:
    b = _af(c, "launch")
    b.json(
        {
            "advertiserId": b.id("gaid_papa", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "uid": b.id("ppv_af_uid", where="json uid"),
            "android_id": b.id("aid_ppv", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "3.8.1",
            "model": "SM-A346M",
            "brand": "samsung",
            "lang_code": "es",
            "country": "MX",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def appsflyer_compra(c: Context) -> Flow:
    ev = c.rng.choice(EVENTOS)[0]
    b = _af(c, "inapp")
    b.json(
        {
            "eventName": "af_purchase",
            "eventValue": js(
                {
                    "af_content_id": ev,
                    "af_content_type": "ppv",
                    "af_revenue": rf(c.rng, 149, 399, 2),
                    "af_currency": "MXN",
                }
            ),
            "advertiserId": b.id("gaid_papa", where="json advertiserId"),
            "uid": b.id("ppv_af_uid", where="json uid"),
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def meta_eventos(c: Context, video: bool = True) -> Flow:
    b = FB(c, "facebook", "POST", f"https://graph.facebook.com/v19.0/{FB_APP}/activities")
    b.header("user-agent", "FBAndroidSDK.17.0.0")
    events: list[dict[str, object]] = [
        {
            "_eventName": "fb_mobile_activate_app",
            "_logTime": int(c.now),
            "_ui": "unknown",
            "_session_id": rid(c.rng),
        }
    ]
    if video:
        ev, nombre, _ = c.rng.choice(EVENTOS)
        events.append(
            {
                "_eventName": "fb_mobile_content_view",
                "fb_content_type": "video",
                "fb_content_id": f"{ev}-repeticion",
                "fb_description": nombre,
                "_logTime": int(c.now),
                "_ui": "ReproductorActivity",
            }
        )
        b.view("form custom_events[].fb_content_id (content_view video)")
    b.decoy("_session_id uuid")
    form = [
        ("format", "json"),
        ("sdk", "android"),
        ("event", "CUSTOM_APP_EVENTS"),
        ("custom_events", js(events)),
        ("advertiser_id", b.id("gaid_papa", where="form advertiser_id")),
        ("advertiser_tracking_enabled", "1"),
        ("application_tracking_enabled", "1"),
        ("anon_id", b.id("ppv_fb_anon", where="form anon_id")),
        ("extinfo", js(EXTINFO)),
        ("application_package_name", PKG),
    ]
    b.set_body(urlencode(form).encode(), "application/x-www-form-urlencoded")
    b.ok_json({"success": True})
    return b.build()


def ima_preroll(c: Context) -> Flow:
    b = FB(c, "google-ima", "GET", "https://pubads.g.doubleclick.net/gampad/ads")
    b.header("user-agent", dalvik("papa"))
    b.decoy("correlator / unviewed_position_start (ad tag, not viewing)")
    b.params.extend(
        [
            ("iu", "/21779033104/cuadrilatero/repeticiones/preroll"),
            ("sz", "640x480"),
            ("gdfp_req", "1"),
            ("output", "vast"),
            ("unviewed_position_start", "1"),
            ("env", "vp"),
            ("impl", "s"),
            ("vpos", "preroll"),
            ("correlator", str(c.rng.randint(10**15, 10**16))),
            ("msid", PKG),
            ("an", "Cuadrilátero PPV"),
            ("rdid", b.id("gaid_papa", where="query rdid")),
            ("idtype", "adid"),
            ("is_lat", "0"),
            ("sdkv", "h.3.31.0/n.android.3.31.0/" + PKG),
            ("cust_params", "seccion=deportes&pais=mx"),
        ]
    )
    b.respond(200, "text/xml; charset=UTF-8", b'<?xml version="1.0"?><VAST version="4.1"/>')
    return b.build()


def latido(c: Context) -> Flow:
    ev, nombre, _ = c.rng.choice(EVENTOS)
    b = _b(c, "POST", f"{API}/v2/transmision/latido")
    b.view("json eventoId + pelea + segundoActual (live PPV watch)")
    b.json(
        {
            "eventoId": ev,
            "funcion": nombre,
            "pelea": c.rng.choice(PELEAS),
            "segundoActual": c.rng.randint(30, 9000),
            "watchTimeSeg": c.rng.choice([30, 60]),
            "enVivo": True,
            "calidad": c.rng.choice(["720p", "1080p"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"sigue": True, "concurrencia": "ok"})
    return b.build()


def mis_repeticiones(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/usuario/repeticiones?vistas=1")
    b.view("response json repeticiones[] (replays watched, progress)", direction="response")
    b.ok_json(
        {
            "repeticiones": [
                {
                    "eventoId": ev,
                    "titulo": nombre,
                    "vistoEl": iso(c),
                    "progresoPct": c.rng.choice([20, 55, 80, 100]),
                }
                for ev, nombre, _ in c.rng.sample(EVENTOS, 3)
            ]
        }
    )
    return b.build()


def ping_gif(c: Context) -> Flow:
    """Old player build: positional keys; `k` is the base64 of the ANDROID_ID."""
    ev = c.rng.choice(EVENTOS)[0]
    b = FB(c, "cuadrilatero", "GET", "https://m.cuadrilatero-ppv.example/p.gif")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.view("query e/s/t (event, second, ts)", detectable=False)
    k = b.id("aid_ppv", "b64", "query k (base64 ANDROID_ID)", detectable=False)
    b.params.extend(
        [("e", ev[2:]), ("s", str(c.rng.randint(30, 9000))), ("t", str(ms(c))), ("k", k)]
    )
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def cartelera(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cartelera?pais=MX")
    b.decoy("fight card with rounds and start times (content)")
    b.ok_json(
        {
            "funciones": [
                {
                    "eventoId": ev,
                    "nombre": nombre,
                    "tipo": tipo,
                    "inicio": iso(c),
                    "peleas": [
                        {"pelea": p, "rounds": c.rng.choice([3, 8, 10, 12])} for p in PELEAS[:3]
                    ],
                    "precioMXN": c.rng.choice([149, 249, 399]),
                }
                for ev, nombre, tipo in EVENTOS
            ]
        }
    )
    return b.build()


def resultados(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/resultados?evento={c.rng.choice(EVENTOS)[0]}")
    b.decoy("results: round and minute of each decision (not viewing)")
    b.ok_json(
        {
            "resultados": [
                {
                    "pelea": p,
                    "ganador": p.split(" vs ")[0],
                    "round": c.rng.randint(1, 12),
                    "tiempo": f"{c.rng.randint(0, 2)}:{c.rng.randint(0, 59):02d}",
                    "decision": c.rng.choice(["KO", "TKO", "unánime", "dos de tres caídas"]),
                }
                for p in PELEAS
            ]
        }
    )
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/ranking?division=welter")
    b.decoy("boxer ranking posicion (not viewing)")
    b.ok_json(
        {
            "ranking": [
                {
                    "posicion": i + 1,
                    "boxeador": n,
                    "record": f"{c.rng.randint(10, 40)}-{c.rng.randint(0, 5)}-0",
                }
                for i, n in enumerate(
                    ["El Regio Sánchez", "Kid Tijuana", "La Bestia Garza", "Toro Valdez"]
                )
            ]
        }
    )
    return b.build()


def comprar(c: Context) -> Flow:
    ev = c.rng.choice(EVENTOS)[0]
    b = _b(c, "POST", f"{API}/v2/compras")
    b.decoy("PPV purchase: order number and event bought")
    b.json(
        {
            "eventoId": ev,
            "metodoPago": c.rng.choice(["tarjeta", "oxxo_pay", "google_pay"]),
            "montoMXN": c.rng.choice([149, 249, 399]),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"orden": order_no(c.rng), "estado": "PAGADO", "referencia": new_hex(c.rng, 12)})
    return b.build()
