"""The asset-inventory scanner (Snipe-IT), scanning barcodes on kit around the office.

Endpoints from Snipe-IT's REST API reference (snipe-it.readme.io): GET
/api/v1/hardware/bytag/{asset_tag}, /hardware/byserial/{serial}, /hardware?
search=, POST /hardware/{id}/checkout {checkout_to_type, assigned_user, ...},
/hardware/{id}/audit {asset_tag, location_id, note}. Asset tags, serials and
MACs (custom field `_snipeit_mac_address_1`) are company property: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, mac, other_imei, other_serial

API = "https://assets.cnoc-systems.example/api/v1"


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "snipeit", method, f"{API}/{path}", params)
    b.header("authorization", "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + new_hex(c.rng, 40))
    b.header("accept", "application/json")
    b.header("user-agent", "AssetScan/1.9.4 (Android 14)")
    return b


def _asset(c: Context, tag: str, serial: str) -> dict[str, object]:
    return {
        "id": c.rng.randint(100, 5000),
        "asset_tag": tag,
        "serial": serial,
        "model": {
            "id": c.rng.randint(1, 80),
            "name": c.rng.choice(
                ["Latitude 5440", "Galaxy Tab A9", "Poly Studio X30", "Zebra TC21"]
            ),
        },
        "status_label": {"name": "Deployed", "status_meta": "deployed"},
        "assigned_to": {"type": "user", "name": c.rng.choice(["Aoife Byrne", "Tom Price"])},
        "custom_fields": {
            "MAC Address": {"field": "_snipeit_mac_address_1", "value": mac(c.rng)},
            "IMEI": {"field": "_snipeit_imei_2", "value": other_imei(c.rng)},
        },
        "last_audit_date": {"datetime": iso(c)},
    }


def _tag(c: Context) -> str:
    return "CNOC-" + new_digits(c.rng, 5)


def by_tag(c: Context) -> Flow:
    tag = _tag(c)
    b = _b(c, "GET", f"hardware/bytag/{tag}")
    b.ok_json(_asset(c, tag, other_serial(c.rng)))
    b.decoy("barcode scan of an asset tag; answer lists the asset's serial, MAC and IMEI")
    return b.build()


def by_serial(c: Context) -> Flow:
    serial = other_serial(c.rng)
    b = _b(c, "GET", f"hardware/byserial/{serial}")
    b.ok_json({"total": 1, "rows": [_asset(c, _tag(c), serial)]})
    b.decoy("scanned manufacturer serial barcode of a company laptop in the URL path")
    return b.build()


def checkout(c: Context) -> Flow:
    b = _b(c, "POST", f"hardware/{c.rng.randint(100, 5000)}/checkout")
    b.json(
        {
            "checkout_to_type": "user",
            "assigned_user": c.rng.randint(2, 300),
            "checkout_at": iso(c)[:10],
            "note": "new starter kit",
        }
    )
    b.ok_json({"status": "success", "messages": "Asset checked out successfully."})
    b.decoy("asset checkout to an employee")
    return b.build()


def audit(c: Context) -> Flow:
    b = _b(c, "POST", "hardware/audit")
    b.json(
        {
            "asset_tag": _tag(c),
            "location_id": c.rng.randint(1, 9),
            "note": "scanned in comms room",
            "next_audit_date": "2025-06-30",
        }
    )
    b.ok_json({"status": "success"})
    b.decoy("asset audit by tag")
    return b.build()


def new_asset(c: Context) -> Flow:
    b = _b(c, "POST", "hardware")
    serial = other_serial(c.rng)
    b.json(
        {
            "asset_tag": _tag(c),
            "serial": serial,
            "model_id": c.rng.randint(1, 80),
            "status_id": 2,
            "_snipeit_mac_address_1": mac(c.rng),
            "_snipeit_imei_2": other_imei(c.rng),
        }
    )
    b.ok_json({"status": "success", "payload": {"serial": serial}})
    b.decoy("registering a new company phone: its serial, MAC and IMEI typed in from the box label")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "hardware",
        [
            ("search", c.rng.choice(["latitude", "tc21", "poly"])),
            ("limit", "25"),
            ("sort", "created_at"),
        ],
    )
    b.ok_json({"total": 3, "rows": [_asset(c, _tag(c), other_serial(c.rng)) for _ in range(3)]})
    b.decoy("asset search results")
    return b.build()
