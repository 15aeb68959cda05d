"""Dealdeck: a sponsor / brand-deal CRM (decoys).

In-house backend: deals, deliverables, invoices and the creator's media kit,
which quotes audience demographics as distributions and average view
duration as a channel aggregate.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, rid, ua

API = "https://api.dealdeck.io"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "dealdeck", method, API + path)
    b.header("user-agent", ua("Dealdeck", "408"))
    b.header("x-trace-id", rid(c.rng).replace("-", ""))
    return b


def deals(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/deals?status=open")
    b.decoy("brand deals: amounts, due dates, deliverables")
    b.ok_json(
        {
            "deals": [
                {
                    "id": f"deal_{c.rng.randint(1000, 9999)}",
                    "brand": br,
                    "amountCad": c.rng.randint(500, 9000),
                    "due": iso(c),
                    "deliverables": ["60s integration"],
                }
                for br in ("NordPeak Outdoors", "Café Boréal")
            ]
        }
    )
    return b.build()


def media_kit(c: Context) -> Flow:
    b = _b(c, "PUT", "/v1/media-kit")
    b.json(
        {
            "subscribers": c.rng.randint(90000, 140000),
            "avgViewDurationSec": c.rng.randint(200, 420),
            "audience": {
                "gender": {"female": 47.0, "male": 51.8, "other": 1.2},
                "age": {"18-24": 28.0, "25-34": 41.0, "35-44": 19.0, "45+": 12.0},
                "topCountries": {"CA": 44.0, "US": 38.0, "FR": 6.0},
            },
            "updatedAt": iso(c),
        }
    )
    b.decoy("media kit: audience gender/age/country distributions and channel averages")
    b.ok_json({"ok": True})
    return b.build()


def invoice(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/invoices")
    b.json(
        {
            "dealId": f"deal_{c.rng.randint(1000, 9999)}",
            "montant": rf(c.rng, 500, 9000, 2),
            "devise": "CAD",
            "tps": 0.05,
            "tvq": 0.09975,
            "echeance": iso(c),
        }
    )
    b.decoy("invoice with CA-French keys (montant, tps, tvq)")
    b.ok_json({"invoiceNo": f"INV-{c.rng.randint(10**4, 10**5)}"})
    return b.build()
