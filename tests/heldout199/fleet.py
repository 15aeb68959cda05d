"""Taputapu: the school's Chromebook fleet console (300 Chromebooks, Kōwhai College).

The app talks to Google's Admin SDK Directory API for ChromeOS devices
(`admin.googleapis.com/admin/directory/v1/customer/my_customer/devices/chromeos`,
resource fields `deviceId`, `serialNumber`, `macAddress` (lower case, no
separators), `annotatedAssetId`, `annotatedLocation`, `orgUnitPath`,
`osVersion`, `status`, `lastSync`; partial answers with `fields=`;
`moveDevicesToOu`, `:batchChangeStatus`), to the Chrome Management API reports
(`reports:countChromeVersions`,
`reports:countChromeDevicesReachingAutoExpirationDate`, `telemetry/devices`)
and to the school's own loan / repair register (`*.example`).

The Chromebooks are school-owned devices in inventory. Their hardware serials,
Wi-Fi MACs and Google device ids are device identifiers by definition, so the
few flows that carry them are labelled device_id (ids of the fleet, not the
phone's: not in known.yaml). The console mostly moves asset tags (the school's
own inventory numbers such as KC-CB-0147), org-unit paths, locations, counts
and version histograms: those are ordinary look-alikes.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, rf, rid, ua

DIR = "https://admin.googleapis.com/admin/directory/v1/customer/my_customer/devices/chromeos"
CM = "https://chromemanagement.googleapis.com/v1/customers/my_customer"
REG = "https://taputapu.kowhai-college.example/api/v1"
UA = ua("Taputapu", "3.7.2")
MODELS = [
    ("Lenovo 300e Chromebook Gen 3", "PF"),
    ("Acer Chromebook Spin 511", "NXA"),
    ("HP Chromebook x360 11 G4 EE", "5CD"),
]
OUS = [
    "/Ākonga/Year 9",
    "/Ākonga/Year 10",
    "/Ākonga/Year 11",
    "/Ākonga/Loan pool",
    "/Kaimahi/Staff",
    "/Akomanga/Library",
]
ROOMS = ["B12", "B14", "C03", "Whare Pukapuka", "Hall", "D21", "Te Ara Poutama", "IT office"]
FAULTS = [
    "cracked screen",
    "keyboard - keys missing",
    "won't charge",
    "hinge broken",
    "touchpad unresponsive",
    "liquid damage",
]


def _fleet() -> list[dict[str, str]]:
    """The 300 school Chromebooks: the same inventory in every session."""
    rng = random.Random(1990199)
    out = []
    for i in range(300):
        model, pre = MODELS[i % 3]
        if pre == "PF":
            serial = "PF" + "".join(
                rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)
            )
        elif pre == "NXA":
            serial = "NXA" + new_hex(rng, 7).upper() + new_digits(rng, 12)
        else:
            serial = "5CD" + new_digits(rng, 3) + new_hex(rng, 4).upper()
        out.append(
            {
                "tag": f"KC-CB-{i + 1:04d}",
                "serial": serial,
                "mac": new_hex(rng, 12),
                "device": "".join(new_hex(rng, 8) + "-" for _ in range(4))[:-1],
                "model": model,
                "ou": OUS[i % 4],
            }
        )
    return out


FLEET = _fleet()


def _b(c: Context, method: str, url: str, google: bool = True) -> FB:
    b = FB(c, "taputapu" if not google else "google-admin-sdk", method, url)
    b.header("user-agent", UA if not google else f"{UA} google-api-java-client/2.2.0")
    b.header("authorization", "Bearer ya29." + rid(c.rng).replace("-", ""))
    return b


def _some(c: Context, n: int) -> list[dict[str, str]]:
    start = c.rng.randint(0, len(FLEET) - n)
    return FLEET[start : start + n]


def list_assets(c: Context) -> Flow:
    """Partial answer: asset tags, rooms, OUs and versions only."""
    ou = c.rng.choice(OUS)
    fields = (
        "chromeosdevices(annotatedAssetId,annotatedLocation,orgUnitPath,osVersion,status,lastSync),"
        "nextPageToken"
    )
    b = _b(c, "GET", DIR)
    for k, v in (("orgUnitPath", ou), ("maxResults", "50"), ("fields", fields)):
        b.param(k, v)
    b.decoy("asset tags, rooms, OU paths (school inventory numbers, no hardware ids)")
    b.ok_json(
        {
            "chromeosdevices": [
                {
                    "annotatedAssetId": d["tag"],
                    "annotatedLocation": c.rng.choice(ROOMS),
                    "orgUnitPath": d["ou"],
                    "osVersion": c.rng.choice(["120.0.6099.235", "121.0.6167.172"]),
                    "status": "ACTIVE",
                    "lastSync": iso(c),
                }
                for d in _some(c, 12)
            ],
            "nextPageToken": rid(c.rng).replace("-", "")[:22],
        }
    )
    return b.build()


def list_hardware(c: Context) -> Flow:
    """BASIC projection: serials, Wi-Fi MACs and device ids come back."""
    b = _b(c, "GET", DIR)
    for k, v in (("orgUnitPath", c.rng.choice(OUS)), ("projection", "BASIC"), ("maxResults", "20")):
        b.param(k, v)
    b.other_id(
        "chromebook_serial", "response json chromeosdevices[].serialNumber", direction="response"
    )
    b.other_id("chromebook_mac", "response json chromeosdevices[].macAddress", direction="response")
    b.other_id(
        "chromeos_device_id", "response json chromeosdevices[].deviceId", direction="response"
    )
    b.ok_json(
        {
            "kind": "admin#directory#chromeosdevices",
            "chromeosdevices": [
                {
                    "kind": "admin#directory#chromeosdevice",
                    "deviceId": d["device"],
                    "serialNumber": d["serial"],
                    "macAddress": d["mac"],
                    "model": d["model"],
                    "annotatedAssetId": d["tag"],
                    "orgUnitPath": d["ou"],
                    "status": "ACTIVE",
                    "osVersion": "120.0.6099.235",
                    "lastSync": iso(c),
                }
                for d in _some(c, 6)
            ],
        }
    )
    return b.build()


def device_get(c: Context) -> Flow:
    d = c.rng.choice(FLEET)
    b = _b(c, "GET", f"{DIR}/{d['device']}")
    b.param("projection", "FULL")
    b.other_id("chromeos_device_id", "path devices/chromeos/{deviceId}")
    b.other_id("chromebook_serial", "response json serialNumber", direction="response")
    b.ok_json(
        {
            "kind": "admin#directory#chromeosdevice",
            "deviceId": d["device"],
            "serialNumber": d["serial"],
            "annotatedAssetId": d["tag"],
            "model": d["model"],
            "bootMode": "Verified",
            "autoUpdateThrough": "2029-06-01",
            "cpuStatusReports": [{"cpuUtilizationPercentageInfo": [c.rng.randint(2, 60)]}],
        }
    )
    return b.build()


def move_to_ou(c: Context) -> Flow:
    ou = c.rng.choice(OUS)
    b = _b(c, "POST", f"{DIR}/moveDevicesToOu")
    b.param("orgUnitPath", ou)
    b.other_id("chromeos_device_id", "json deviceIds[]")
    b.json({"deviceIds": [d["device"] for d in _some(c, c.rng.randint(2, 8))]})
    b.no_content()
    return b.build()


def disable_lost(c: Context) -> Flow:
    b = _b(c, "POST", f"{DIR}:batchChangeStatus")
    b.other_id("chromeos_device_id", "json deviceIds[]")
    b.json(
        {
            "deviceIds": [c.rng.choice(FLEET)["device"]],
            "changeChromeOsDeviceStatusAction": "CHANGE_CHROME_OS_DEVICE_STATUS_ACTION_DISABLE",
        }
    )
    b.ok_json({"changeChromeOsDeviceStatusResults": [{"response": {}}]})
    return b.build()


def telemetry_battery(c: Context) -> Flow:
    b = _b(c, "GET", f"{CM}/telemetry/devices")
    b.param("readMask", "name,deviceId,serialNumber,batteryStatusReport")
    b.param("pageSize", "10")
    b.other_id("chromeos_device_id", "response json devices[].deviceId", direction="response")
    b.other_id("chromebook_serial", "response json devices[].serialNumber", direction="response")
    b.ok_json(
        {
            "devices": [
                {
                    "name": f"customers/my_customer/telemetry/devices/{d['device']}",
                    "deviceId": d["device"],
                    "serialNumber": d["serial"],
                    "batteryStatusReport": [
                        {
                            "batteryHealth": c.rng.choice(
                                ["BATTERY_HEALTH_NORMAL", "BATTERY_REPLACE_SOON"]
                            ),
                            "cycleCount": c.rng.randint(40, 700),
                        }
                    ],
                }
                for d in _some(c, 4)
            ]
        }
    )
    return b.build()


def count_versions(c: Context) -> Flow:
    b = _b(c, "GET", f"{CM}/reports:countChromeVersions")
    b.param("filter", "last_active_date>=2026-11-01")
    b.decoy("version histogram with counts (aggregate)")
    b.ok_json(
        {
            "browserVersions": [
                {
                    "version": v,
                    "count": str(c.rng.randint(5, 220)),
                    "channel": "STABLE",
                    "system": "SYSTEM_CROS",
                    "deviceOsVersion": osv,
                }
                for v, osv in (("120.0.6099.235", "15662.76.0"), ("121.0.6167.172", "15699.68.0"))
            ],
            "totalSize": 2,
        }
    )
    return b.build()


def count_aue(c: Context) -> Flow:
    b = _b(c, "GET", f"{CM}/reports:countChromeDevicesReachingAutoExpirationDate")
    b.decoy("auto-update expiry counts per model (aggregate)")
    b.ok_json(
        {
            "deviceAueCountReports": [
                {
                    "model": m,
                    "count": str(c.rng.randint(60, 110)),
                    "aueMonth": c.rng.choice(["JUNE", "AUGUST"]),
                    "aueYear": str(c.rng.randint(2028, 2031)),
                    "expired": False,
                }
                for m, _ in MODELS
            ]
        }
    )
    return b.build()


def loan_checkout(c: Context) -> Flow:
    d = c.rng.choice(FLEET)
    b = _b(c, "POST", f"{REG}/tarewa", google=False)
    b.decoy("asset tag and loan number (inventory, not a hardware id)")
    b.json(
        {
            "tohuRawa": d["tag"],
            "akonga": {
                "tau": f"Y{c.rng.randint(9, 13)}",
                "ropu": c.rng.choice(["9KW", "10RT", "11MA"]),
            },
            "tuakiriAkonga": new_digits(c.rng, 5, "2"),
            "raWhakahoki": iso(c)[:10],
            "tuhipoka": "spare while theirs is in repair",
        }
    )
    b.ok_json({"loanNo": f"TR-{c.rng.randint(2000, 9999)}", "status": "issued"})
    return b.build()


def repair_ticket(c: Context) -> Flow:
    d = c.rng.choice(FLEET)
    b = _b(c, "POST", f"{REG}/whakatika", google=False)
    b.decoy("repair ticket number and asset tag")
    b.json(
        {
            "tohuRawa": d["tag"],
            "hapa": c.rng.choice(FAULTS),
            "ruma": c.rng.choice(ROOMS),
            "kowhiringa": {"urgent": c.rng.random() < 0.2},
            "clientRef": rid(c.rng),
        }
    )
    b.ok_json({"ticket": f"WT-{c.rng.randint(10000, 99999)}", "queue": "Tier 1"})
    return b.build()


def warranty_claim(c: Context) -> Flow:
    """A repair escalated to the vendor: the hardware serial is the warranty key."""
    d = c.rng.choice(FLEET)
    b = _b(c, "POST", f"{REG}/whakatika/{c.rng.randint(10000, 99999)}/warranty", google=False)
    b.other_id("chromebook_serial", "json serialNumber")
    b.json(
        {
            "tohuRawa": d["tag"],
            "serialNumber": d["serial"],
            "model": d["model"],
            "fault": c.rng.choice(FAULTS),
            "depot": "Porirua service centre",
        }
    )
    b.ok_json({"rma": f"RMA{c.rng.randint(10**6, 10**7)}", "courier": "NZ Post"})
    return b.build()


def stocktake_summary(c: Context) -> Flow:
    b = _b(c, "GET", f"{REG}/tatauranga?term=4", google=False)
    b.decoy("stocktake counts per room (aggregate)")
    b.ok_json(
        {
            "ruma": [
                {"ingoa": r, "katoa": c.rng.randint(0, 32), "ngaro": c.rng.randint(0, 2)}
                for r in ROOMS
            ],
            "whakahou": iso(c),
            "battery_health_avg": rf(c.rng, 70, 95, 1),
        }
    )
    return b.build()
