"""DentalSuministros: the supplier's catalogue, price lists, cart and orders.

Product references (SKUs, EANs, lot numbers) look like identifiers; price series
look like numeric vectors: ordinary shopping.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.labelled import order_no

from .phone import FB, rf, rid, ua

API = "https://tienda.dentalsuministros.example/api/v1"
UA = ua("DentalSuministros", "6.0.3")
PRODUCTOS = ["Composite A2 4g", "Guantes nitrilo M", "Fresas diamante", "Alginato 500g", "Limas K"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dentalsuministros", method, url)
    b.header("user-agent", UA)
    return b


def catalogo(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/catalogo?categoria={c.rng.choice(['restauradora', 'higiene', 'endo'])}"
    )
    b.decoy("catalogue rail with SKUs and EAN codes")
    b.ok_json(
        {
            "productos": [
                {
                    "sku": f"DS-{c.rng.randint(10000, 99999)}",
                    "ean": new_digits(c.rng, 13, "84"),
                    "nombre": p,
                    "precio": rf(c.rng, 3, 180, 2),
                    "stock": c.rng.randint(0, 400),
                }
                for p in c.rng.sample(PRODUCTOS, 3)
            ]
        }
    )
    return b.build()


def historico_precios(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/productos/DS-{c.rng.randint(10000, 99999)}/precios?meses=12")
    b.decoy("a 12-month price series (numbers, not biometric)")
    b.ok_json({"serie": [rf(c.rng, 20, 30, 2) for _ in range(12)], "moneda": "EUR"})
    return b.build()


def buscar(c: Context) -> Flow:
    q = c.rng.choice(["composite", "implante", "hilo retractor", "anestesia articaina"])
    b = _b(c, "GET", f"{API}/buscar?q={q.replace(' ', '+')}&pagina=1")
    b.decoy("search results")
    b.ok_json(
        {
            "total": c.rng.randint(3, 80),
            "resultados": [{"sku": f"DS-{c.rng.randint(10000, 99999)}"}],
        }
    )
    return b.build()


def pedido(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/pedidos")
    b.decoy("an order with lot numbers and an idempotency key")
    b.json(
        {
            "lineas": [
                {"sku": f"DS-{c.rng.randint(10000, 99999)}", "cantidad": c.rng.randint(1, 10)}
            ],
            "envio": {"sede": c.rng.choice(["Madrid Chamberí", "València Russafa"])},
            "clave_idempotencia": rid(c.rng),
        }
    )
    b.ok_json({"num_pedido": order_no(c.rng), "lote": f"L{new_digits(c.rng, 8)}"})
    return b.build()
