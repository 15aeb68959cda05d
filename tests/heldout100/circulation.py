"""The library's circulation system (an in-house ILS front end, keys in German and
French): loans, holds, RFID tag ids of items (ISO 28560 tags carry a UID and the
item barcode), self-checkout kiosks' and RFID gates' serials and MACs, and the
public tablets lent to patrons. Everything here belongs to the library or is
about books, never the tester's own device: every flow is a hard decoy.

Shapes follow the SIP2-over-REST gateways of open ILSs (Koha REST API
/api/v1/checkouts: checkout_id, item_id, patron_id, due_date).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rid, ua

HOST = "https://ausleihe.stadtbibliothek-zh.example.ch"
UA = ua("BiblioCirc", "5.12.1")


def _builder(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "circulation", method, HOST + path)
    b.header("user-agent", UA)
    b.header("x-request-id", rid(ctx.rng))
    return b


def _mac(ctx: Context) -> str:
    return "00:1B:5F:" + ":".join(new_hex(ctx.rng, 2).upper() for _ in range(3))


def checkout(ctx: Context) -> Flow:
    r = ctx.rng
    b = _builder(ctx, "POST", "/api/v1/checkouts")
    b.json(
        {
            "patron_id": int(new_digits(r, 6, "4")),
            "item_id": int(new_digits(r, 7, "3")),
            "barcode": "3000" + new_digits(r, 10),
            "rfid_uid": "E004" + new_hex(r, 12).upper(),
            "ausleihstelle": r.choice(["ZH-HB", "ZH-OERL", "ZH-ALTST"]),
            "kiosk": {"seriennummer": "BS" + new_digits(r, 8), "mac": _mac(ctx)},
            "due_date": "2026-12-2" + str(r.randint(0, 9)),
        }
    )
    b.decoy("self-checkout kiosk serial and MAC, RFID tag UID of a book: library assets")
    b.ok_json({"checkout_id": r.randint(10**6, 10**7), "status": "ok"})
    return b.build()


def gate_alarm(ctx: Context) -> Flow:
    r = ctx.rng
    b = _builder(ctx, "POST", "/gates/events")
    b.json(
        {
            "gateSerial": "SG-" + new_hex(r, 8).upper(),
            "gateMac": _mac(ctx),
            "deviceId": "gate-" + new_digits(r, 3),
            "tagUid": "E0040150" + new_hex(r, 8).upper(),
            "afi": "0x07",
            "passages": {"in": r.randint(20, 400), "out": r.randint(20, 400)},
            "ts": iso(ctx),
        }
    )
    b.decoy("RFID security gate serial, MAC, deviceId and a book tag UID: library hardware")
    b.no_content()
    return b.build()


def holds(ctx: Context) -> Flow:
    r = ctx.rng
    b = _builder(ctx, "GET", "/api/v1/holds")
    b.param("pickup_library_id", "ZH-HB")
    b.param("_per_page", "50")
    rows = [
        {
            "hold_id": r.randint(10**5, 10**6),
            "biblio_id": r.randint(10**5, 10**6),
            "titel": r.choice(["Der Besuch der alten Dame", "Heidi", "Le Petit Prince"]),
            "vormerkung_seit": iso(ctx),
            "priorite": r.randint(1, 9),
        }
        for _ in range(r.randint(3, 8))
    ]
    b.decoy("holds list: titles patrons reserved, no watching or listening")
    b.ok_json(rows)
    return b.build()


def tablet_lend(ctx: Context) -> Flow:
    r = ctx.rng
    b = _builder(ctx, "POST", "/leihgeraete/ausgabe")
    b.json(
        {
            "geraet": {
                "typ": r.choice(["iPad 9", "Chromebook", "Surface Go"]),
                "serialNumber": "DMPX" + new_hex(r, 8).upper(),
                "wifiMac": _mac(ctx).lower(),
                "inventarNr": "INV-" + new_digits(r, 6),
                "udid": new_hex(r, 40),
            },
            "ausleiher": {"benutzernummer": new_digits(r, 8)},
            "rueckgabe": "2026-12-0" + str(r.randint(1, 9)),
        }
    )
    b.decoy("a tablet the library lends to a patron: its serial, MAC, UDID are library assets")
    b.ok_json({"ok": True})
    return b.build()


def pc_inventory(ctx: Context) -> Flow:
    r = ctx.rng
    b = _builder(ctx, "PUT", "/inventaire/postes-publics")
    b.json(
        {
            "postes": [
                {
                    "nom": f"OPAC-{i:02d}",
                    "numero_serie": new_hex(r, 10).upper(),
                    "adresse_mac": _mac(ctx),
                    "ip": f"10.4.{r.randint(1, 9)}.{r.randint(2, 250)}",
                    "sessions_jour": r.randint(0, 30),
                }
                for i in range(r.randint(3, 6))
            ]
        }
    )
    b.decoy("public catalogue PCs' serials and MACs (French keys): library inventory")
    b.no_content()
    return b.build()


def renew(ctx: Context) -> Flow:
    r = ctx.rng
    b = _builder(ctx, "POST", "/api/v1/checkouts/" + str(r.randint(10**6, 10**7)) + "/renewal")
    b.form([("prolungamento", "1"), ("motivo", "richiesta utente"), ("seriale", new_digits(r, 9))])
    b.decoy("loan renewal, Italian keys, seriale is the item's serial issue number")
    b.ok_json({"due_date": "2027-01-0" + str(r.randint(1, 9)), "renewals": r.randint(1, 3)})
    return b.build()


FLOWS = [checkout, gate_alarm, holds, tablet_lend, pc_inventory, renew]
