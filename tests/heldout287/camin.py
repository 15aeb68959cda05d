"""Camín: a hiking app for the Picos d'Europa and the GR20 (Xuana's Galaxy A55).

Trails with their `duración`, the hiker's GPS `posición` on a route, the
"cara norte" of Picu Urriellu or the "faccia nordu" of Monte Cintu in route
descriptions, trail photos (landscapes, with EXIF-like metadata: camera pitch
and heading, coordinates) and elevation profiles are all ordinary. The app
uses Firebase (Installations, Remote Config with `appInstanceId`) and
registers its ANDROID_ID for offline map licences.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, jsb, multipart

from . import sdk
from .phone import FB, iso, rf, rid, ua

API = "https://api.camin-app.example"
UA = ua("Camin", "4.0.2", "xu")
PKG = "ast.camin.app"
APP_ID = "1:330918274401:android:9b2d7e01c4f3a856"
ROUTES = [
    ("r17", "Ruta del Cares", 360, "cara norte"),
    ("r22", "Picu Urriellu", 480, "cara oeste"),
    ("r31", "GR20 Étape 2", 390, "faccia nordu"),
    ("r38", "Monte Cintu", 420, "faccia sud"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "camin", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def firebase(c: Context) -> Flow:
    return sdk.fis(c, "firebase", "camin-ast", APP_ID, "camin_fid", PKG)


def remote_config(c: Context) -> Flow:
    return sdk.remote_config(c, "firebase", "330918274401", APP_ID, "camin_fid", PKG, True)


def licence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/mapes/llicencia")
    b.json(
        {
            "preséu": b.id("aid_camin", where="json preséu"),
            "rexón": "picos-europa",
            "usuariu": b.acct("camin_user"),
        }
    )
    b.ok_json({"llicencia": new_hex(c.rng, 32), "caduca": iso(c)[:10]})
    return b.build()


def routes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/rutes?zona=picos&dificultá=media")
    b.decoy("route descriptions with 'cara norte' / 'faccia' (a mountain face) and duración")
    b.ok_json(
        {
            "rutes": [
                {"id": i, "nome": n, "duración": d, "descripción": f"Subida pela {f}"}
                for i, n, d, f in ROUTES
            ]
        }
    )
    return b.build()


def track(c: Context) -> Flow:
    rid_, _name, _d, _f = c.rng.choice(ROUTES)
    b = _b(c, "POST", f"{API}/v2/rutes/{rid_}/tracks")
    b.decoy("GPS posición samples on a trail")
    b.json(
        {
            "ruta": rid_,
            "posiciones": [
                {
                    "lat": rf(c.rng, 43.1, 43.3, 5),
                    "lon": rf(c.rng, -4.9, -4.7, 5),
                    "alt": c.rng.randint(400, 2500),
                    "t": iso(c),
                }
                for _ in range(5)
            ],
        }
    )
    b.ok_json({"guardáu": True})
    return b.build()


def photo(c: Context) -> Flow:
    rid_, name, _d, face = c.rng.choice(ROUTES)
    b = _b(c, "POST", f"{API}/v2/fotos")
    b.decoy("trail landscape photo with camera pitch/heading (no person)")
    boundary = rid(c.rng)
    meta = {
        "ruta": rid_,
        "títulu": f"{name}: {face}",
        "posición": {"lat": rf(c.rng, 42.3, 43.3, 5), "lon": rf(c.rng, -4.9, 9.0, 5)},
        "cámara": {"pitch": rf(c.rng, -10, 30, 1), "heading": rf(c.rng, 0, 359, 1)},
        "tipu": "paisaxe",
    }
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("foto", "IMG_2024.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"id": f"ph{c.rng.randint(10**6, 10**7)}"})
    return b.build()


def elevation(c: Context) -> Flow:
    rid_ = c.rng.choice(ROUTES)[0]
    b = _b(c, "GET", f"{API}/v2/rutes/{rid_}/perfil")
    b.ok_json({"altitúes": [c.rng.randint(300, 2600) for _ in range(20)], "desnivel": 1240})
    return b.build()


def photo_feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fotos?ruta={c.rng.choice(ROUTES)[0]}&páxina=1")
    b.decoy("other hikers' landscape photos (content fetch)")
    b.ok_json(
        {"fotos": [f"https://img.camin-app.example/{new_hex(c.rng, 16)}.jpg" for _ in range(6)]}
    )
    return b.build()
