"""Pakketlijn: the parcel-tracking side of the TMS, and the handheld scanners.

A parcel's scan history (`scanhistorie` with `gescand_op`, `locatie`, `scanner`) is a
list of content-like ids with timestamps, yet no one watched anything. The scans
are made by the warehouse's Zebra handhelds; their serials and MACs belong to the
company. The handhelds' fleet check-in is the employer's MDM traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import company_mac, iso, ms, rid, web

API = "https://pakket.havenroute.example"


def _barcode(c: Context) -> str:
    return "3SHVR" + new_digits(c.rng, 10)


def scan_history(c: Context) -> Flow:
    code = _barcode(c)
    b = web(c, "havenroute.pakket", "GET", f"{API}/v2/zendingen/{code}/scans")
    b.decoy("parcel scan history: gescand_op timestamps and scanner serials (company's)")
    b.ok_json(
        {
            "barcode": code,
            "scanhistorie": [
                {
                    "gescand_op": iso(c),
                    "gebeurtenis": ev,
                    "locatie": c.rng.choice(["Waalhaven hal B", "Deurganck dok", "Venlo XD"]),
                    "scanner": "21" + new_digits(c.rng, 12),
                    "duur_in_hal_min": c.rng.randint(2, 300),
                }
                for ev in ("ONTVANGEN", "GESORTEERD", "GELADEN", "ONDERWEG")[: c.rng.randint(2, 4)]
            ],
        }
    )
    return b.build()


def delivery_proof(c: Context) -> Flow:
    b = web(c, "havenroute.pakket", "GET", f"{API}/v2/zendingen/{_barcode(c)}/afleverbewijs")
    b.decoy("proof of delivery: signature stroke coordinates, a photo of the parcel at a door")
    strokes = [[c.rng.randint(0, 400), c.rng.randint(0, 150), ms(c) + i * 16] for i in range(60)]
    b.ok_json(
        {
            "handtekening": {"punten": strokes},
            "foto_url": f"{API}/media/{new_hex(c.rng, 24)}.jpg",
            "ontvanger": "receptie",
        }
    )
    return b.build()


def scanner_checkin(c: Context) -> Flow:
    b = web(c, "havenroute.mdm", "POST", "https://mdm.havenroute.example/api/devices/checkin")
    b.decoy("Zebra TC52 handheld's serial and Wi-Fi MAC: the warehouse's device, not the tester's")
    b.json(
        {
            "deviceSerial": "21" + new_digits(c.rng, 12),
            "wifiMac": company_mac(c.rng, "00:07:4D"),
            "model": "TC52",
            "battery": {"level": c.rng.randint(5, 100), "cycles": c.rng.randint(10, 900)},
            "site": "RTM-WAALHAVEN",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"policy": "warehouse-kiosk", "next": 900})
    return b.build()


def sort_stats(c: Context) -> Flow:
    b = web(c, "havenroute.pakket", "GET", f"{API}/v2/sorteercentrum/stats?uur=1")
    b.decoy("hourly throughput aggregates of the sorting centre")
    b.ok_json(
        {
            "gescand_per_uur": [c.rng.randint(800, 4000) for _ in range(12)],
            "gem_doorlooptijd_min": c.rng.randint(20, 90),
        }
    )
    return b.build()
