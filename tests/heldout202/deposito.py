"""Ñemuha (the warehouse app) on the depot's handheld scanners and Liz's phone,
and the spare-parts catalogue the sales team browses.

Scanners read GS1 barcodes (GTIN-13 with Paraguay's 784 prefix, SSCC pallet
labels, lots and expiry dates) into bin locations; a loading-dock timer
(`cronometro`) runs while a truck is loaded. The terminal is named by an
asset label (`terminal` "C07"), not by any hardware id. The parts catalogue
lists product serial-number ranges (`nroSerie` of pumps, engines, sprayers):
serials of goods on sale, not of anybody's device.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import SB, iso, ms, rid, ua

API = "https://wms.tekopora.example/api"
CAT = "https://catalogo.tekopora.example/api"
UA_ZEBRA = "Nemuha/3.0.7 (Linux; U; Android 11; TC21 Build/11-49-09.00-RN-U00-STD)"
PRODUCTOS = [
    ("7840050001234", "Yerba Mate Kurupí 1kg"),
    ("7840118004412", "Aceite de soja 900ml"),
    ("7840262009981", "Harina de mandioca 500g"),
    ("7840337000156", "Fertilizante NPK 15-15-15 50kg"),
    ("7840419002273", "Semilla de soja RR2 40kg"),
]


def _b(c: Context, method: str, url: str, sdk: str = "nemuha") -> SB:
    b = SB(c, sdk, method, url)
    b.header("user-agent", UA_ZEBRA if sdk == "nemuha" else ua("Catalogo", "1.2.0", "liz"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _sscc(c: Context) -> str:
    return "0" + "784" + new_digits(c.rng, 14)


def _ubicacion(c: Context) -> str:
    return f"{c.rng.choice('ABCD')}-{c.rng.randint(1, 20):02d}-{c.rng.randint(1, 5)}"


def escaneo(c: Context) -> Flow:
    gtin, nombre = c.rng.choice(PRODUCTOS)
    b = _b(c, "POST", f"{API}/v1/inventario/lecturas")
    b.decoy("GTIN / SSCC / lot codes and scanner asset label")
    b.json(
        {
            "terminal": c.rng.choice(["C03", "C07", "C11"]),
            "operario": b.acct("legajo_liz"),
            "lecturas": [
                {
                    "gtin": gtin,
                    "descripcion": nombre,
                    "sscc": _sscc(c),
                    "lote": "L" + new_digits(c.rng, 6),
                    "vencimiento": "2025-0" + str(c.rng.randint(1, 9)) + "-28",
                    "ubicacion": _ubicacion(c),
                    "cantidad": c.rng.randint(1, 120),
                }
            ],
            "t": ms(c),
        }
    )
    b.ok_json({"aceptadas": 1})
    return b.build()


def picking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/picking/ordenes?anden={c.rng.randint(1, 6)}")
    b.ok_json(
        {
            "orden": f"OP-{c.rng.randint(10**5, 10**6)}",
            "lineas": [
                {"gtin": g, "descripcion": n, "cantidad": c.rng.randint(1, 40)}
                for g, n in c.rng.sample(PRODUCTOS, 3)
            ],
        }
    )
    return b.build()


def cronometro_carga(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/anden/cronometro")
    b.decoy("loading-dock timer: start, elapsed seconds, pause (not viewing)")
    inicio = c.now - c.rng.randint(300, 5400)
    b.json(
        {
            "anden": c.rng.randint(1, 6),
            "chapa": c.rng.choice(["XBCF 412", "XBDA 077", "XBCK 903"]),
            "evento": c.rng.choice(["inicio", "pausa", "reanudar", "fin"]),
            "inicio": int(inicio * 1000),
            "transcurridoSeg": int(c.now - inicio),
            "pallets": c.rng.randint(4, 28),
        }
    )
    b.no_content()
    return b.build()


def recepcion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/recepcion/contenedor")
    b.decoy("container and seal numbers")
    b.json(
        {
            "contenedor": "MSKU" + new_digits(c.rng, 7),
            "precinto": "PY" + new_digits(c.rng, 8),
            "despacho": f"24{new_digits(c.rng, 3)}IC04{new_digits(c.rng, 6)}",
            "pallets": [_sscc(c) for _ in range(3)],
            "fecha": iso(c),
        }
    )
    b.ok_json({"recibido": True})
    return b.build()


def etiqueta(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/etiquetas/imprimir")
    sscc = _sscc(c)
    b.json({"impresora": "ZT411-DEP2", "formato": "GS1-128", "sscc": sscc, "copias": 1})
    b.ok_json({"zpl": f"^XA^FO50,50^BCN,100,Y,N,N^FD(00){sscc}^FS^XZ"})
    return b.build()


def catalogo(c: Context) -> Flow:
    b = _b(c, "GET", f"{CAT}/v1/repuestos?linea=riego&pagina={c.rng.randint(1, 5)}", "catalogo")
    b.decoy("product serial numbers and models in a catalogue")
    b.ok_json(
        {
            "items": [
                {
                    "codigo": "RP-" + new_digits(c.rng, 5),
                    "descripcion": d,
                    "modelo": m,
                    "nroSerie": m.split()[0][:3].upper() + new_hex(c.rng, 8).upper(),
                    "serieDesde": "2019",
                    "precioGs": c.rng.randint(150, 9000) * 1000,
                    "stock": c.rng.randint(0, 40),
                }
                for d, m in (
                    ("Bomba centrífuga 5HP", "Thebe THS-16"),
                    ("Motor diésel 4 cilindros", "MWM 4.10TCA"),
                    ("Pulverizador de arrastre 2000L", "Jacto Advance 2000"),
                )
            ]
        }
    )
    return b.build()


def garantia(c: Context) -> Flow:
    b = _b(c, "GET", f"{CAT}/v1/garantia?serie=THS{new_hex(c.rng, 8).upper()}", "catalogo")
    b.decoy("a sold product's serial number (warranty lookup)")
    b.ok_json({"vigente": c.rng.random() < 0.6, "vence": "2025-11-30", "cliente": "Agro Pirapó"})
    return b.build()
