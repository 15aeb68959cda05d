"""The restaurant's POS / kitchen-display app (shared tablets, ticket printers,
card terminals, all the restaurant's) and the wine-list app with sommelier
audio clips. Hard decoys only: the device ids here belong to shared restaurant
equipment, the audio durations are catalogue facts, not her listening.

Printer status follows Epson ePOS-Print's public XML response (`success`,
`code`, `status`) as documented in the Epson ePOS SDK reference; terminals
report like any acquirer TPA (serial, terminal id).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import b_, iso, mac, ms, rf, rid, serial

POS = "https://pos.tascadomar.es/api"


def order(c: Context) -> Flow:
    b = b_(c, "pos", "POST", f"{POS}/v2/comandas", "TascaPOS", "4.8.0")
    b.decoy("order from a shared restaurant tablet: tablet deviceId/serial are the restaurant's")
    b.json(
        {
            "mesa": c.rng.randint(1, 30),
            "tabletId": "TAB-" + new_hex(c.rng, 12).upper(),
            "tabletSerial": serial(c.rng, "R52W"),
            "lineas": [
                {
                    "plato": c.rng.choice(["Bacalhau à Brás", "Pulpo a feira", "Croquetas"]),
                    "cantidad": c.rng.randint(1, 3),
                }
            ],
            "camarero": c.rng.randint(1, 40),
            "idempotencyKey": rid(c.rng),
        }
    )
    b.ok_json({"comandaId": new_digits(c.rng, 7), "estado": "enviada_cocina"})
    return b.build()


def kds(c: Context) -> Flow:
    b = b_(
        c, "kds", "GET", f"{POS}/v2/kds/pantallas/{new_hex(c.rng, 8)}/tickets", "TascaPOS", "4.8.0"
    )
    b.decoy("kitchen display tickets with prep-time series (seconds) and the screen's android id")
    b.ok_json(
        {
            "pantalla": {"androidId": new_hex(c.rng, 16), "nombre": "Cocina caliente"},
            "tickets": [
                {
                    "id": new_digits(c.rng, 7),
                    "tiemposPrep": [c.rng.randint(30, 900) for _ in range(5)],
                    "watchTime": c.rng.randint(0, 1200),
                }
                for _ in range(3)
            ],
        }
    )
    return b.build()


def printer_status(c: Context) -> Flow:
    b = b_(
        c,
        "epos",
        "POST",
        f"http://192.168.1.{c.rng.randint(20, 60)}/cgi-bin/epos/service.cgi"
        "?devid=local_printer&timeout=10000",
        "TascaPOS",
        "4.8.0",
    )
    b.decoy("Epson ePOS print job to the kitchen printer (printer serial in response)")
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">'
        '<s:Body><epos-print xmlns="http://www.epson-pos.com/schemas/2011/03/epos-print">'
        f'<text>MESA {c.rng.randint(1, 30)}&#10;</text><cut type="feed"/>'
        "</epos-print></s:Body></s:Envelope>"
    )
    b.set_body(xml.encode(), "text/xml; charset=utf-8")
    resp = (
        f'<response success="true" code="" status="251658262" battery="0" '
        f'serial="{serial(c.rng, "X4WH", 6)}" xmlns="http://www.epson-pos.com/schemas/2011/03/epos-print"/>'
    )
    b.respond(200, "text/xml", resp.encode())
    return b.build()


def card_terminal(c: Context) -> Flow:
    b = b_(c, "tpa", "POST", f"{POS}/v2/pagos/tpa", "TascaPOS", "4.8.0")
    b.decoy("card payment on the restaurant's card terminal: terminal serial, TID, auth code")
    b.json(
        {
            "importe": rf(c.rng, 8, 140, 2),
            "moneda": "EUR",
            "terminal": {
                "serialNumber": serial(c.rng, "PAX-A920-", 8),
                "tid": new_digits(c.rng, 8),
                "mac": mac(c.rng, "70:B3:D5"),
            },
            "pan": "************" + new_digits(c.rng, 4),
            "ts": iso(c),
        }
    )
    b.ok_json({"autorizacion": new_digits(c.rng, 6), "resultado": "APROBADA", "arc": "00"})
    return b.build()


def device_fleet(c: Context) -> Flow:
    b = b_(c, "pos", "GET", f"{POS}/v2/dispositivos", "TascaPOS", "4.8.0")
    b.decoy("the restaurant's device fleet: tablets' IMEIs/serials/MACs (shared, not hers)")
    b.ok_json(
        {
            "dispositivos": [
                {
                    "tipo": t,
                    "imei": new_digits(c.rng, 15, "35"),
                    "serie": serial(c.rng, "R52W"),
                    "wifiMac": mac(c.rng, "F0:5B:7B"),
                    "bateria": c.rng.randint(5, 100),
                }
                for t in ("tablet_sala", "tablet_terraza", "kds")
            ]
        }
    )
    return b.build()


def wine_list(c: Context) -> Flow:
    b = b_(
        c, "wine", "GET", "https://api.adegadigital.pt/v1/carta?restaurante=412", "Adega", "2.0.3"
    )
    b.decoy(
        "wine catalogue with sommelier audio clip durations (catalogue facts, nobody's listening)"
    )
    b.ok_json(
        {
            "vinhos": [
                {
                    "id": new_digits(c.rng, 5),
                    "nome": n,
                    "preco": rf(c.rng, 18, 90, 2),
                    "audioSommelier": {
                        "url": f"https://cdn.adegadigital.pt/a/{new_hex(c.rng, 10)}.m4a",
                        "duracaoSeg": c.rng.randint(30, 140),
                    },
                }
                for n in ("Alvarinho 2022", "Douro Tinto", "Ribera del Duero")
            ]
        }
    )
    return b.build()


def wine_clip_play(c: Context) -> Flow:
    b = b_(c, "wine", "POST", "https://api.adegadigital.pt/v1/stats/clip", "Adega", "2.0.3")
    b.decoy("a guest-facing tablet's clip play counter for a wine (restaurant tablet, staff demo)")
    b.json(
        {
            "vinhoId": new_digits(c.rng, 5),
            "reproducoes": 1,
            "tabletId": new_hex(c.rng, 12),
            "duracaoClipSeg": c.rng.randint(30, 140),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


BLOCK = [
    (0.9, order),
    (0.5, kds),
    (0.5, printer_status),
    (0.5, card_terminal),
    (0.15, device_fleet),
    (0.3, wine_list),
    (0.2, wine_clip_play),
]
