"""Mandadito: a Mexican delivery app on the Motorola, with Adjust attribution.

Order tracking returns the courier's position and his own phone's id (another
person's device: not the family's). Addresses, coordinates, the courier's track
and menu prices are look-alikes. The app's own session ping carries the
ANDROID_ID under `dispositivo`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64

from . import sdks
from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.mandadito.example"
UA = ua("Mandadito", "9.41.0")
RESTAURANTES = ["Tacos El Güero", "Pozolería Doña Mary", "Tortas Ahogadas El Chato", "Sushi Itto"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mandadito", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def sesion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/sesion/inicio")
    b.json(
        {
            "dispositivo": b.id("aid_mandado", where="json dispositivo (ANDROID_ID)"),
            "usuario": c.phone.mandado_user,
            "ubicacion": {"lat": rf(c.rng, 20.6, 20.75), "lng": rf(c.rng, -103.45, -103.3)},
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def restaurantes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/restaurantes?lat=20.67&lng=-103.35")
    b.decoy("restaurant list with coordinates and prices")
    b.ok_json(
        {
            "restaurantes": [
                {"nombre": r, "lat": rf(c.rng, 20.6, 20.75), "lng": rf(c.rng, -103.45, -103.3),
                 "envio": rf(c.rng, 19, 49, 2), "eta_min": c.rng.randint(15, 50)}
                for r in RESTAURANTES
            ]
        }
    )  # fmt: skip
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/pedidos")
    b.decoy("order with idempotency key and order number")
    b.json(
        {
            "restaurante": c.rng.choice(RESTAURANTES),
            "items": [{"sku": f"MX-{c.rng.randint(1000, 9999)}", "cant": 2, "precio": 45.0}],
            "clave_idempotencia": new_uuid(c.rng),
            "propina": 20,
        }
    )
    b.ok_json({"numero_pedido": order_no(c.rng), "total": rf(c.rng, 120, 600, 2)})
    return b.build()


def rastreo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v4/pedidos/{new_hex(c.rng, 12)}/rastreo")
    b.decoy("courier's position track and his own phone id (another person's device)")
    b.ok_json(
        {
            "repartidor": {
                "nombre": "Jorge",
                "dispositivo_repartidor": new_hex(c.rng, 16),
                "posiciones": [
                    [rf(c.rng, 20.6, 20.75), rf(c.rng, -103.45, -103.3), ms(c)] for _ in range(5)
                ],
            },
            "eta": iso(c),
        }
    )
    return b.build()


adjust = sdks.adjust_session
