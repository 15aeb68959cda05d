"""Chasqui: a food and grocery delivery app (the chasqui was the Inca runner).

CleverTap's SDK batches a `meta` header record with its device id `g` and the
advertising id under `af.GoogleAID`, then events (`Pedido Realizado`). The app
tags every call with the ANDROID_ID in base64 under `x-cs`. Restaurants,
menus, photos, orders, the rider's live position and promo banners are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.chasqui.example"
UA = ua("Chasqui", "9.4.1")
PLATOS = [
    "Pollo a la brasa 1/4",
    "Lomo saltado",
    "Ají de gallina",
    "Ceviche mixto",
    "Rocoto relleno",
]


def _b(c: Context, method: str, url: str, tag: bool = False) -> FB:
    b = FB(c, "chasqui", method, url)
    b.header("user-agent", UA)
    if tag:
        b.header("x-cs", b.id("aid_chasqui", "b64", "header x-cs (base64 ANDROID_ID)", False))
    return b


def clevertap(c: Context) -> Flow:
    b = FB(
        c,
        "clevertap",
        "POST",
        f"https://wzrkt.com/a1?os=Android&t=60004&z=TEST-Z8R-4W6-5K7Z&ts={int(c.now)}",
    )
    b.header("user-agent", dalvik())
    meta = {
        "type": "meta",
        "g": b.id("clevertap_id", where="json [0].g (CleverTap device id)"),
        "tk": "TEST-6bc-a41",
        "l_ts": int(c.now) - 3600,
        "f_ts": int(c.now) - 864000,
        "af": {
            "GoogleAID": b.id("gaid", where="json [0].af.GoogleAID"),
            "Make": "Xiaomi",
            "Model": "23021RAAEG",
            "OS Version": "13",
            "Carrier": c.rng.choice(["Claro PE", "Movistar PE", "Entel PE", "Bitel"]),
        },
    }
    event = {
        "type": "event",
        "evtName": c.rng.choice(["Pedido Realizado", "Carrito Visto", "Restaurante Visto"]),
        "evtData": {"plato": c.rng.choice(PLATOS), "total": rf(c.rng, 12, 90, 2)},
        "ep": int(c.now),
        "s": int(c.now) - 300,
    }
    b.json([meta, event])
    b.ok_json({"status": "ok"})
    return b.build()


def restaurantes(c: Context) -> Flow:
    lat, lng = rf(c.rng, -12.13, -12.05, 5), rf(c.rng, -77.05, -76.98, 5)
    b = _b(c, "GET", f"{API}/v4/restaurantes?lat={lat}&lng={lng}", tag=True)
    b.decoy("restaurant coordinates and ratings")
    b.ok_json(
        {
            "restaurantes": [
                {
                    "id": f"r{c.rng.randint(100, 999)}",
                    "nombre": n,
                    "lat": rf(c.rng, -12.13, -12.05, 5),
                    "lng": rf(c.rng, -77.05, -76.98, 5),
                    "rating": rf(c.rng, 3.8, 4.9, 1),
                }
                for n in ("Pardos Chicken", "La Lucha", "El Chinito", "Punto Azul")
            ]
        }
    )
    return b.build()


def menu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/restaurantes/r{c.rng.randint(100, 999)}/menu")
    b.ok_json({"platos": [{"nombre": p, "precio": rf(c.rng, 12, 60, 2)} for p in PLATOS]})
    return b.build()


def foto(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.chasqui.example/platos/{new_hex(c.rng, 24)}.jpg?w=360")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/pedidos", tag=True)
    b.decoy("delivery address coordinates and order id")
    b.json(
        {
            "items": [{"plato": c.rng.choice(PLATOS), "cant": c.rng.randint(1, 3)}],
            "direccion": {
                "texto": "Jr. Huallaga 512, Cercado de Lima",
                "lat": -12.0464,
                "lng": -77.0298,
            },
            "pago": c.rng.choice(["yape", "plin", "tarjeta", "efectivo"]),
            "idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"idPedido": f"CH-{c.rng.randint(10**6, 10**7)}", "eta": c.rng.randint(20, 50)})
    return b.build()


def rider(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/pedidos/actual/rider")
    b.decoy("rider position (coordinates)")
    b.ok_json(
        {
            "rider": "Jhon",
            "lat": rf(c.rng, -12.13, -12.05, 6),
            "lng": rf(c.rng, -77.05, -76.98, 6),
            "actualizado": ms(c),
        }
    )
    return b.build()


def banners(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/promos?ciudad=lima")
    b.ok_json({"promos": [{"titulo": "Martes de brasa 2x1", "hasta": iso(c)}]})
    return b.build()
