"""A grocery app and a bus app (fictional in-house APIs): only look-alikes.

Grocery: "visti di recente" (products viewed, which the conventions say is not
viewing history), price series, loyalty card, order numbers. Bus (Carris /
OASA / ATAC style): stop ETAs, live vehicle positions with vehicle ids of public
buses (shared things, not the tester's devices).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, digits, hexs, iso, ms, rf, rid, ua

SHOP = "https://api.spesafacile.it/mobile/v2"
BUS = "https://api.busfacile.eu/rt/v1"
PRODUCTS = ["Latte intero 1L", "Pasta 500g", "Γιαούρτι", "Pão de forma", "Olio EVO 1L"]


def _s(c: Context, method: str, path: str) -> FB:
    b = FB(c, "spesa", method, SHOP + path)
    b.header("user-agent", ua("SpesaFacile", "11.3.0"))
    b.header("x-trace-id", hexs(c.rng, 32))
    return b


def _bus(c: Context, path: str, params: list[tuple[str, str]]) -> FB:
    b = FB(c, "bus", "GET", BUS + path, params)
    b.header("user-agent", ua("BusFacile", "5.2.0"))
    return b


def visti(c: Context) -> Flow:
    b = _s(c, "POST", "/visti-di-recente")
    b.json(
        {
            "prodotti": [
                {
                    "ean": digits(c.rng, 13, "80"),
                    "nome": p,
                    "vistoIl": iso(c),
                    "secondiSullaPagina": c.rng.randint(3, 90),
                }
                for p in PRODUCTS[:3]
            ]
        }
    )
    b.no_content()
    b.decoy("recently viewed products with time on page: products viewed are not viewing history")
    return b.build()


def prezzi(c: Context) -> Flow:
    p = c.rng.choice(PRODUCTS)
    b = _s(c, "GET", f"/prodotti/{digits(c.rng, 13, '80')}/storico-prezzi")
    b.ok_json(
        {"nome": p, "serie": [[ms(c) - d * 86400000, rf(c.rng, 0.8, 9, 2)] for d in range(30)]}
    )
    b.decoy("price series: 30 (timestamp, price) pairs")
    return b.build()


def carrello(c: Context) -> Flow:
    b = _s(c, "POST", "/carrello/checkout")
    b.json(
        {
            "carta_fedelta": "0400" + digits(c.rng, 9),
            "ordine": "SF" + digits(c.rng, 10),
            "idempotency_key": rid(c.rng),
            "slot": "2025-12-01T10:00/12:00",
        }
    )
    b.ok_json({"stato": "OK", "totale": rf(c.rng, 20, 140, 2)})
    b.decoy("checkout: loyalty card number, order number, idempotency key")
    return b.build()


def volantino(c: Context) -> Flow:
    b = _s(c, "GET", "/volantino?negozio=" + digits(c.rng, 4))
    b.ok_json(
        {"pagine": [f"https://cdn.spesafacile.it/vol/{hexs(c.rng, 16)}.webp" for _ in range(4)]}
    )
    b.decoy("weekly flyer page images")
    return b.build()


def arrivi(c: Context) -> Flow:
    stop = c.rng.choice(["AT-40021", "ROM-70112", "LX-1403"])
    b = _bus(c, "/fermate/" + stop + "/arrivi", [("lingua", c.rng.choice(["it", "el", "pt"]))])
    b.ok_json(
        {
            "arrivi": [
                {
                    "linea": c.rng.choice(["64", "A15", "728"]),
                    "etaSec": c.rng.randint(30, 1500),
                    "veicolo": "V" + digits(c.rng, 4),
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("stop ETAs: line numbers, seconds to arrival, public bus ids")
    return b.build()


def veicoli(c: Context) -> Flow:
    b = _bus(c, "/linee/64/veicoli", [("bbox", "12.44,41.87,12.52,41.92")])
    b.ok_json(
        {
            "veicoli": [
                {
                    "id": "V" + digits(c.rng, 4),
                    "targa": "FP" + digits(c.rng, 3) + "ZX",
                    "lat": rf(c.rng, 41.87, 41.92, 5),
                    "lon": rf(c.rng, 12.44, 12.52, 5),
                    "direzione": c.rng.randint(0, 359),
                }
                for _ in range(5)
            ]
        }
    )
    b.decoy("live positions, ids and on-board-unit serials of public buses (shared things)")
    return b.build()


def percorso(c: Context) -> Flow:
    b = _bus(
        c,
        "/percorso",
        [("da", "38.7223,-9.1393"), ("a", "38.7369,-9.1427"), ("partenza", str(ms(c)))],
    )
    b.ok_json(
        {"polilinea": [[rf(c.rng, 38.72, 38.74, 5), rf(c.rng, -9.15, -9.13, 5)] for _ in range(12)]}
    )
    b.decoy("journey planner: coordinate polyline")
    return b.build()


DECOYS_SHOP = [(0.5, visti), (0.5, prezzi), (0.2, carrello), (0.4, volantino)]
DECOYS_BUS = [(0.9, arrivi), (0.5, veicoli), (0.3, percorso)]
