"""Courier labels through Australia Post's shipping API (real host, simulated calls).

Mail-in repairs go back by Express Post. Shipments name the customer's phone
(model and IMEI in the declared contents, for insurance): a customer's device.
Tracking numbers and article ids look like identifiers and are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import CUSTOMERS, FB, customer_device, iso, rf, rid

API = "https://digitalapi.auspost.com.au"
SUBURBS = [("Sunshine", "3020"), ("Richmond", "3121"), ("Oakleigh", "3166"), ("Geelong", "3220")]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "auspost", method, url)
    b.header("user-agent", "okhttp/4.12.0")
    b.header("account-number", "0006" + str(c.rng.randint(100000, 999999)))
    return b


def _tracking(c: Context) -> str:
    return (
        "33"
        + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
        + str(c.rng.randint(10**17, 10**18))
    )


def create_shipment(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/shipping/v1/shipments")
    b.decoy("shipment of a customer's repaired phone, its IMEI in declared contents")
    name, _ = c.rng.choice(CUSTOMERS)
    suburb, pc = c.rng.choice(SUBURBS)
    dev = customer_device(c.rng)
    b.json(
        {
            "shipments": [
                {
                    "shipment_reference": f"MEL-{c.rng.randint(20000, 29999)}",
                    "to": {
                        "name": name,
                        "lines": ["12 Example St"],
                        "suburb": suburb,
                        "state": "VIC",
                        "postcode": pc,
                    },
                    "items": [
                        {
                            "product_id": "3J35",
                            "weight": rf(c.rng, 0.2, 0.6, 2),
                            "length": 22,
                            "width": 16,
                            "height": 6,
                            "item_contents": [
                                {
                                    "description": f"{dev['model']} IMEI {dev['imei']}",
                                    "value": rf(c.rng, 200, 1400, 2),
                                }
                            ],
                        }
                    ],
                }
            ]
        }
    )
    b.ok_json(
        {
            "shipments": [
                {
                    "shipment_id": rid(c.rng),
                    "items": [
                        {
                            "tracking_details": {
                                "article_id": _tracking(c),
                                "consignment_id": _tracking(c),
                            }
                        }
                    ],
                }
            ]
        }
    )
    return b.build()


def track(c: Context) -> Flow:
    art = _tracking(c)
    b = _b(c, "GET", f"{API}/shipping/v1/track?tracking_ids={art}")
    b.decoy("parcel tracking number and scan events")
    b.ok_json(
        {
            "tracking_results": [
                {
                    "tracking_id": art,
                    "status": "In transit",
                    "events": [{"location": "SUNSHINE WEST VIC", "date": iso(c)}],
                }
            ]
        }
    )
    return b.build()


def label_pdf(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/shipping/v1/labels/{rid(c.rng)}")
    b.respond(
        200, "application/pdf", b"%PDF-1.4\n" + bytes(c.rng.getrandbits(8) for _ in range(400))
    )
    return b.build()
