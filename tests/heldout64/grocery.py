"""A grocery app ("SuperMercadito", in-house): search, catalogue, "recently viewed"
products, cart and a loyalty login (the courier's email).

Recently-viewed lists are products viewed, which the project's conventions say
is not viewing history: hard decoys. The login is a contact carrier.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.supermercadito-example.mx"
ITEMS = ["tortillas de harina", "frijoles bayos", "chiles jalapeños", "queso oaxaca", "pan dulce"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "supermercadito", method, API + path)
    b.header("user-agent", ua("SuperMercadito", "12.0.3"))
    return b


def _sku(c: Context) -> str:
    return "75" + new_digits(c.rng, 11)


def recently_viewed(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/vistos-recientemente")
    b.json(
        {
            "vistosRecientemente": [
                {
                    "sku": _sku(c),
                    "nombre": c.rng.choice(ITEMS),
                    "vistoEn": ms(c) - c.rng.randint(0, 9_000_000),
                    "segundosEnPagina": c.rng.randint(2, 90),
                }
                for _ in range(c.rng.randint(3, 12))
            ],
            "sessionId": rid(c.rng),
        }
    )
    b.no_content()
    b.decoy("recently viewed products with seconds on page: product views, not viewing history")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/buscar")
    b.param("q", c.rng.choice(ITEMS))
    b.param("tienda", "TIJ-07")
    b.ok_json({"resultados": [{"sku": _sku(c), "precio": rf(c.rng, 12, 180, 2)} for _ in range(8)]})
    b.decoy("product search results with prices")
    return b.build()


def product_image(c: Context) -> Flow:
    b = _b(c, "GET", f"/img/productos/{new_hex(c.rng, 12)}_400.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(32), 500))
    b.decoy("product image fetch")
    return b.build()


def cart(c: Context) -> Flow:
    b = _b(c, "PATCH", "/v1/carrito")
    b.json(
        {
            "items": [{"sku": _sku(c), "cant": c.rng.randint(1, 4)} for _ in range(3)],
            "cupon": None,
            "actualizado": iso(c),
        }
    )
    b.ok_json({"total": rf(c.rng, 100, 900, 2), "moneda": "MXN"})
    b.decoy("cart update")
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/auth/login")
    b.json(
        {
            "correo": b.id("email", where="json correo"),
            "password": new_hex(c.rng, 12),
            "recordar": True,
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40), "monedero": rf(c.rng, 0, 300, 2)})
    return b.build()
