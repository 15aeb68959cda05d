"""Seriemanía: the dentist's own series-streaming app (her evenings, her phone).

Her watch progress (Spanish keys `posicion_seg`, `visto_pct`), the continue-
watching row in responses, and an encrypted beacon (`p=`, AES then base64:
opaque). AppsFlyer's launch carries her advertising id, AppsFlyer's uid and
the app's ANDROID_ID; Firebase Analytics' protobuf bundle carries the app
instance id and the advertising id under field numbers only (opaque). The
catalogue, posters, manifests, search and the trending rail are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.seriemania.example/v4"
UA = ua("Seriemania", "9.12.0")
TITULOS = [
    ("s-4411", "Hospital Central: Urgencias"),
    ("s-2093", "La casa del faro"),
    ("s-7710", "Crims de l'Horta"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "seriemania", method, url)
    b.header("user-agent", UA)
    b.header("x-sm-perfil", b.acct("series_user"))
    return b


def progreso(c: Context) -> Flow:
    sid, title = c.rng.choice(TITULOS)
    b = _b(c, "POST", f"{API}/reproduccion/progreso")
    b.view("json id_episodio + posicion_seg + visto_pct")
    dur = c.rng.randint(2400, 3600)
    pos = c.rng.randint(60, dur)
    b.json(
        {
            "id_serie": sid,
            "titulo": title,
            "id_episodio": f"{sid}-t{c.rng.randint(1, 4)}e{c.rng.randint(1, 13):02d}",
            "posicion_seg": pos,
            "duracion_seg": dur,
            "visto_pct": round(100 * pos / dur, 1),
            "evento": c.rng.choice(["heartbeat", "pausa", "fin"]),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def seguir_viendo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/perfil/seguir-viendo")
    b.view("response json fila[].posicion_seg", direction="response")
    b.ok_json(
        {
            "fila": [
                {
                    "id_serie": sid,
                    "titulo": t,
                    "episodio": f"T1E{c.rng.randint(1, 10)}",
                    "posicion_seg": c.rng.randint(60, 3000),
                    "visto_en": iso(c),
                }
                for sid, t in TITULOS[:2]
            ]
        }
    )
    return b.build()


def baliza_cifrada(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/m")
    b.view("form p (AES-encrypted progress, base64)", detectable=False)
    b.form([("p", b64(bytes(c.rng.getrandbits(8) for _ in range(96)))), ("k", "2")])
    b.no_content()
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyer.com/api/v6.15/androidevent",
        [("app_id", "es.seriemania.app"), ("buildnumber", "6.15.0")],
    )
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    b.json(
        {
            "advertiserId": b.id("gaid", where="json advertiserId"),
            "uid": b.id("af_uid", where="json uid"),
            "android_id": b.id("aid_series", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "app_version_name": "9.12.0",
            "model": "SM-S911B",
            "brand": "samsung",
            "lang": "español",
            "counter": str(c.rng.randint(1, 60)),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firebase_bundle(c: Context) -> Flow:
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S911B Build/UP1A.231005.007)")
    instance = b.id("fb_app_instance", "protobuf", "body.protobuf.1.21", detectable=False)
    gaid = b.id("gaid", "protobuf", "body.protobuf.1.19", detectable=False)
    event = pb_msg(2, [pb_bytes(2, "screen_view"), pb_varint(4, ms(c))])
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_bytes(19, gaid),
            pb_bytes(21, instance),
            pb_bytes(14, "es.seriemania.app"),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.no_content()
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/inicio?filas=tendencias,estrenos")
    b.decoy("home rails: trending and most-watched (aggregates), content ids")
    b.ok_json(
        {
            "filas": [
                {
                    "nombre": "Lo más visto en España",
                    "items": [
                        {"id_serie": s, "titulo": t, "espectadores": c.rng.randint(10**4, 10**6)}
                        for s, t in TITULOS
                    ],
                },
                {"nombre": "Estrenos", "items": [{"id_serie": f"s-{c.rng.randint(1000, 9999)}"}]},
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c,
        "seriemania",
        "GET",
        f"https://img.seriemania.example/poster/{new_hex(c.rng, 16)}/w342.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def manifiesto(c: Context) -> Flow:
    sid, _ = c.rng.choice(TITULOS)
    b = FB(
        c, "seriemania", "GET", f"https://vod.seriemania.example/{sid}/{rid(c.rng)}/manifest.mpd"
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.decoy("DASH manifest fetch (fetching a stream is not viewing history)")
    b.respond(
        200,
        "application/dash+xml",
        b'<?xml version="1.0"?><MPD mediaPresentationDuration="PT52M"/>',
    )
    return b.build()


def buscar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/buscar?q={c.rng.choice(['hospital', 'faro', 'crims'])}")
    b.decoy("search results")
    b.ok_json({"resultados": [{"id_serie": s, "titulo": t} for s, t in TITULOS]})
    return b.build()
