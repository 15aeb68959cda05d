"""KadaiBill, the shop's billing / inventory app (in-house api.kadaibill.in).

Everything here is look-alike and none of it is sensitive: EAN-13 barcode
series from the scanner, GST invoice numbers, the 64-hex GST e-invoice IRN
(a SHA-256 over the invoice, per the GSTN e-invoice schema), GSTINs, stock
numeric series, and the settings sync that lists the shop's Bluetooth receipt
printer with its serial number (its writer's decoy; the lead labels it a device
id of the user's own thing, as other sets do). The owner's
e-mail goes with the cloud-backup settings. Key names are Tamil / English (ours).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://api.kadaibill.in"
UA = ua("KadaiBill", "3.7.5")
GSTIN = "33AAKFM4821Q1Z7"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kadaibill", method, API + path)
    b.header("user-agent", UA)
    b.header("x-kb-trace", rid(c.rng))
    return b


def _ean(c: Context) -> str:
    """An Indian (890) EAN-13 with its check digit."""
    body = "890" + new_digits(c.rng, 9)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def invoice(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/bill")
    items = [
        {"barcode": _ean(c), "porul": "item", "alavu": c.rng.randint(1, 4), "vilai": 45}
        for _ in range(c.rng.randint(2, 7))
    ]
    b.json(
        {
            "bill_no": f"KB/24-25/{c.rng.randint(1, 9999):05d}",
            "items": items,
            "gstin": GSTIN,
            "irn": new_hex(c.rng, 64),
            "printed_on": {"model": "RP3160 GOLD", "serial": "R3G" + new_digits(c.rng, 9)},
            "at": iso(c),
        }
    )
    b.ok_json({"ok": True, "ack_no": new_digits(c.rng, 15)})
    b.decoy("invoice: EAN-13 barcodes, GSTIN, 64-hex e-invoice IRN")
    # Relabelled by the lead after scoring: the shop's own receipt printer is the
    # user's own thing, whose serial other sets label as a device id (set 7's and
    # set 53's home cameras, set 51's vacuum); its writer counted it as a decoy.
    b.other_id("printer_serial", "body.printed_on.serial")
    return b.build()


def scan_series(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/stock/scan-batch")
    n = c.rng.randint(5, 14)
    b.json(
        {
            "barcodes": [_ean(c) for _ in range(n)],
            "scan_ms": [ms(c) + i * c.rng.randint(600, 2500) for i in range(n)],
            "scanner": "camera",
        }
    )
    b.ok_json({"matched": n, "unknown": 0})
    b.decoy("barcode series with scan timestamps: products, not device ids")
    return b.build()


def settings_sync(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/kadai/settings")
    body: dict[str, object] = {
        "kadai_peyar": "Sri Murugan Stores",
        "printers": [
            {
                "peyar": "Counter printer",
                "bt_name": "RPP02N",
                "serial_no": "R3G" + new_digits(c.rng, 9),
                "paper_mm": 58,
                "firmware": "V2.1.3",
            }
        ],
        "tax_mode": "composition",
        "gstin": GSTIN,
    }
    if c.rng.random() < 0.4:
        body["backup"] = {"gdrive": True, "email": b.id("email", where="body.backup.email")}
    b.json(body)
    b.ok_json({"saved": True})
    # Relabelled by the lead after scoring (see `bill`): the shop's own printer.
    b.other_id("printer_serial", "body.printers[].serial_no")
    return b.build()


def stock_report(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/reports/stock")
    b.param("range", c.rng.choice(["7d", "30d"]))
    series = [c.rng.randint(0, 140) for _ in range(30)]
    b.ok_json({"daily_sales": series, "low_stock": [_ean(c) for _ in range(3)], "gst_due": 4210})
    b.decoy("numeric sales series and barcodes")
    return b.build()


def customer_khata(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/khata/entry")
    b.json(
        {
            "customer": c.rng.choice(["Selvi akka", "Rafiq bhai", "Nimal"]),
            "amount": c.rng.randint(20, 900),
            "entry_id": new_hex(c.rng, 24),
            "reminder_sms": c.rng.random() < 0.3,
        }
    )
    b.ok_json({"balance": c.rng.randint(0, 5000)})
    b.decoy("credit ledger entry with a hex entry id: not a device id")
    return b.build()
