"""Pedilo: a delivery app (restaurants and "almacenes", voseo UI).

Braze's SDK posts to `sdk.iad-01.braze.com/api/v3/data` with its own
`device_id` and, in the `device` object, the Google advertising id
(`google_ad_id`). Order tracking returns the courier's coordinates and the
courier's own phone id (another person's device), and the restaurant's order
tablet id (a business's equipment). "Vistos recientemente" lists dishes the user
looked at in the shop: browsing, not watching.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.pedilo.example"
UA = ua("Pedilo", "12.4.0")
PLATOS = [
    "Completo italiano",
    "Chorrillana",
    "Empanadas de pino",
    "Milanesa napolitana",
    "Sushi roll",
]


def _b(c: Context, method: str, url: str, equipo: bool = False) -> FB:
    b = FB(c, "pedilo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if equipo:
        b.header("x-pedilo-device", b.id("aid_pedilo", where="header x-pedilo-device"))
    return b


def braze(c: Context) -> Flow:
    b = FB(c, "braze", "POST", "https://sdk.iad-01.braze.com/api/v3/data/")
    b.header("user-agent", UA)
    b.json(
        {
            "api_key": new_uuid(c.rng),
            "device_id": b.id("pedilo_braze_device", where="json device_id"),
            "time": int(c.now),
            "sdk_version": "30.3.0",
            "app_version": "12.4.0",
            "device": {
                "model": "moto g84 5G",
                "os_version": "14",
                "carrier": "Entel",
                "google_ad_id": b.id("gaid", where="json device.google_ad_id"),
                "ad_tracking_enabled": True,
            },
            "events": [{"name": "ce", "data": {"n": "abrió_local"}, "time": int(c.now)}],
        }
    )
    b.ok_json({})
    return b.build()


def seguimiento(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/pedidos/{c.rng.randint(10**7, 10**8)}/seguimiento", equipo=True)
    b.decoy("courier's coordinates and the courier's phone id (another person's device)")
    b.ok_json(
        {
            "estado": "EN_CAMINO",
            "repartidor": {
                "nombre": "Jhonatan",
                "lat": rf(c.rng, -33.46, -33.40, 5),
                "lng": rf(c.rng, -70.64, -70.56, 5),
                "dispositivoId": new_hex(c.rng, 16),
            },
            "etaMin": c.rng.randint(4, 30),
        }
    )
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pedidos", equipo=True)
    b.decoy("the restaurant's order tablet id (a business's equipment) and an order number")
    b.json(
        {
            "localId": c.rng.randint(1000, 9999),
            "items": [{"plato": c.rng.choice(PLATOS), "cantidad": c.rng.randint(1, 3)}],
            "direccion": {"calle": "Av. Providencia 1234", "depto": "502"},
            "propina": c.rng.choice([0, 500, 1000]),
        }
    )
    b.ok_json(
        {
            "pedidoId": c.rng.randint(10**7, 10**8),
            "tabletLocal": "TAB-" + new_hex(c.rng, 10).upper(),
        }
    )
    return b.build()


def vistos_recientemente(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/vistos-recientemente")
    b.decoy("'vistos recientemente': dishes browsed in a shop (not watching)")
    b.ok_json(
        {
            "items": [
                {"plato": p, "localId": c.rng.randint(1000, 9999), "vistoEn": iso(c)}
                for p in c.rng.sample(PLATOS, 3)
            ]
        }
    )
    return b.build()


def locales(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/locales?lat=-33.43&lng=-70.61&orden=cercania")
    b.ok_json(
        {
            "locales": [
                {"id": c.rng.randint(1000, 9999), "nombre": n, "rating": rf(c.rng, 3.5, 5, 1)}
                for n in ("La Fuente Alemana", "Pizzería Tiramisú", "Sushi Ya")
            ]
        }
    )
    return b.build()


def registro_push(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/dispositivos", equipo=True)
    b.json(
        {
            "plataforma": "android",
            "fcmToken": "e" + new_hex(c.rng, 10) + ":APA91b" + new_hex(c.rng, 60),
        }
    )
    b.ok_json({"ok": True, "ts": ms(c)})
    return b.build()


def foto_plato(c: Context) -> Flow:
    b = FB(c, "pedilo", "GET", f"https://img.pedilo.example/platos/{rid(c.rng)}.webp?w=400")
    b.header("user-agent", UA)
    b.respond(200, "image/webp", b"RIFF" + bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def calificar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/pedidos/calificar")
    b.json({"estrellas": c.rng.randint(3, 5), "comentario": "Llegó calentito, bacán", "at": iso(c)})
    b.no_content()
    return b.build()
