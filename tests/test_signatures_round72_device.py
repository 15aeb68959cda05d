"""Round 27 (device ids, sets 71-72): an institution's equipment is not the tester's own
device (a school's MDM inventory of supervised iPads, an admin directory's Chromebooks in
an org unit, a classroom panel owned by the school, a visualiser's asset tag, a PE kit's
shared heart-rate straps, a district's bus GPS units, a classroom group's tablets), while
the user's own watch, earbuds, TV, doorbell, car and paired devices stay found; new shapes:
a product's serial beside its warranty or coverage (Apple Check Coverage, the Support app's
product list), and the IDFV sent as the client's vendor id."""

from typing import Any

import pytest
from conftest import categories_found, rules_found

from exfilwatch.engine import Engine

OWN_THINGS: list[dict[str, Any]] = [
    {
        "note": "the support app lists the customer's own watch and earbuds",
        "url": "https://getsupport.example.com/api/v2/customer/products",
        "response": {
            "json": {
                "products": [
                    {
                        "productName": "Watch S9",
                        "serialNumber": "CL0425T6VJ",
                        "coverage": "Warranty",
                    },
                    {"productName": "Buds Pro", "serialNumber": "HM3F5P08FX", "coverage": "Care+"},
                ]
            }
        },
    },
    {
        "note": "a coverage check of the user's own watch",
        "url": "https://checkcoverage.example.com/api/v1/facade/coverage",
        "method": "POST",
        "json": {"serialNumber": "CL0425T6VJ", "locale": "en_US"},
        "response": {"json": {"coverage": "ACTIVE", "purchaseDateValid": True}},
    },
    {
        "note": "a TV remote app reads the user's own TV status",
        "url": "https://api.example-tv.com/v1/tv/status",
        "response": {"json": {"power": "on", "network": {"macAddress": "f4:7b:09:f5:fd:c5"}}},
    },
    {
        "note": "the user's own doorbell bound by its app",
        "url": "https://api.example-bell.com/v3/devices/bind",
        "method": "POST",
        "json": {
            "deviceType": "doorbell.v2",
            "serialNumber": "DB2A1239987Z",
            "wifiMac": "54:EF:44:0A:1B:2C",
        },
    },
    {
        "note": "a connected-car app's trip log with the user's car VIN",
        "url": "https://api.example-car.com/v1/vehicles/1/trips",
        "method": "POST",
        "json": {"vin": "1HGCM82633A004352", "km": 12.4},
    },
    {
        "note": "a phone lists its paired devices",
        "url": "https://api.example-wear.com/v1/me/paired-devices",
        "response": {
            "json": {
                "devices": [
                    {
                        "name": "Band 8",
                        "serialNumber": "BD8A0012XY9",
                        "bleAddress": "C4:7B:09:F5:FD:C5",
                    },
                    {
                        "name": "Buds 2",
                        "serialNumber": "BU2K8812QQ1",
                        "bleAddress": "D1:22:33:44:55:66",
                    },
                ]
            }
        },
    },
]

POSITIVES: list[tuple[str, dict[str, Any]]] = [
    ("device_id.serial_warranty_coverage", OWN_THINGS[0]),
    ("device_id.serial_warranty_coverage", OWN_THINGS[1]),
    (
        "device_id.idfv_client_vendor_id",
        {
            "url": "https://api.example-pod.com/v1/clients",
            "method": "POST",
            "json": {"clientVendorId": "115F2C95-4BDD-45B5-A364-3CC17540F486", "app": "3.9.1"},
        },
    ),
]

NOT_DEVICE: list[dict[str, Any]] = [
    {
        "note": "a school MDM's supervised cart iPads",
        "url": "https://example-isd.mdm.example.com/api/devices",
        "response": {
            "json": {
                "devices": [
                    {
                        "UDID": "0488285D-59B957A6FFEBE3C1",
                        "serialNumber": "PLP9TJ5HCN",
                        "WiFiMAC": "5c:f9:38:ef:c5:92",
                        "isSupervised": True,
                    }
                ]
            }
        },
    },
    {
        "note": "an admin directory's Chromebooks in an org unit",
        "url": "https://admin.example.com/directory/v1/customer/my_customer/devices/chromeos"
        "?orgUnitPath=%2FStudents",
        "response": {
            "json": {
                "chromeosdevices": [
                    {
                        "deviceId": "ec165a61-4461-4dc7-a3bb-48fdce431a16",
                        "serialNumber": "NXHAE3217DDF",
                        "macAddress": "f64083a2aba4",
                    }
                ]
            }
        },
    },
    {
        "note": "a classroom panel owned by the school",
        "url": "https://panel.example-board.com/v2/panels/room/114",
        "response": {
            "json": {"panel": {"macAddress": "00:1E:C0:28:CE:75", "ownerOrg": "Ridge HS"}}
        },
    },
    {
        "note": "a document camera's check-in with its asset tag",
        "url": "https://cloud.example-doccam.com/api/v1/cameras/checkin",
        "method": "POST",
        "json": {"wifiMac": "a0:cc:2b:df:05:4a", "assetTag": "CRHS-15919", "assignedRoom": "114"},
    },
    {
        "note": "a PE kit's shared heart-rate straps",
        "url": "https://api.example-pekit.com/v1/kits/gym-2/straps",
        "response": {"json": {"straps": [{"bleAddress": "A0:9E:1A:35:8C:75", "kitSlot": 13}]}},
    },
    {
        "note": "a school district's bus GPS units",
        "url": "https://api.example-bus.com/v2/districts/isd/routes/54/vehicles",
        "response": {
            "json": {
                "vehicles": [{"gpsUnit": {"imei": "863064575219292", "serial": "CV032937979"}}]
            }
        },
    },
    {
        "note": "a classroom group's shared tablets",
        "url": "https://api.example-edu.com/v3/rooms/114/groups",
        "method": "PUT",
        "json": {
            "groups": [{"members": ["S2794223"], "deviceSerials": ["9MKK9RWNLB", "CQJ51PJJC0"]}]
        },
    },
]


@pytest.mark.parametrize("example", OWN_THINGS, ids=lambda e: e["note"][:40])
def test_own_things_still_found(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" in categories_found(engine, example)


@pytest.mark.parametrize(
    "rule,example", POSITIVES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(POSITIVES)]
)
def test_positives(engine: Engine, rule: str, example: dict[str, Any]) -> None:
    assert rule in rules_found(engine, example)


@pytest.mark.parametrize("example", NOT_DEVICE, ids=lambda e: e["note"][:40])
def test_institution_equipment_not_device(engine: Engine, example: dict[str, Any]) -> None:
    assert "device_id" not in categories_found(engine, example)
