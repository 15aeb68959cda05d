"""The shared newsroom equipment app ("Technik-Ausleihe"): the newsroom's own kit.

In-house backend; the kit's identifiers follow the makers' real formats
(DJI aircraft serials starting 1581F, Sony camera serials, RODE receivers'
Bluetooth addresses, an LTE bonding backpack with four modem IMEIs). They are
the NEWSROOM's shared cameras, microphones, drones and backpacks, lent out
by the day, not the journalist's devices (conventions: shared things do not
count). Every flow here is a hard device-id decoy.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_hex

from .phone import FB, iso, rf, ua

HOST = "https://kit.rheinblick-medien.de"
UA = ua("TechnikAusleihe", "1.7.0")
_R = random.Random(7602)  # the newsroom's fixed inventory


def _hexu(n: int) -> str:
    return "".join(_R.choice("0123456789ABCDEF") for _ in range(n))


def _mac() -> str:
    return ":".join(f"{_R.randint(0, 255):02X}" for _ in range(6))


KIT = (
    [
        {
            "inventarNr": f"KAM-{i:03d}",
            "typ": "Sony FX6",
            "seriennummer": f"{_R.randint(10**6, 10**7)}",
            "wlanMac": _mac(),
        }
        for i in range(1, 5)
    ]
    + [
        {
            "inventarNr": f"DRO-{i:03d}",
            "typ": "DJI Mavic 3 Pro",
            "seriennummer": "1581F5" + _hexu(10),
            "fernbedienungSN": "5YSZ" + _hexu(10),
        }
        for i in range(1, 3)
    ]
    + [
        {
            "inventarNr": f"MIC-{i:03d}",
            "typ": "RODE Wireless GO II",
            "seriennummer": _hexu(12),
            "bluetoothAdresse": _mac(),
        }
        for i in range(1, 6)
    ]
    + [
        {
            "inventarNr": "LTE-001",
            "typ": "Bonding-Rucksack",
            "seriennummer": "LU" + _hexu(8),
            "modemImeis": [
                luhn_complete("35" + "".join(_R.choice("0123456789") for _ in range(12)))
                for _ in range(4)
            ],
        }
    ]
)


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kit", method, HOST + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def inventory(c: Context) -> Flow:
    b = _b(c, "GET", "/api/geraete?verfuegbar=true")
    b.ok_json({"geraete": c.rng.sample(KIT, 6), "stand": iso(c)})
    b.decoy("newsroom kit inventory: serials, MACs, modem IMEIs of SHARED equipment")
    return b.build()


def checkout(c: Context) -> Flow:
    item = c.rng.choice(KIT)
    b = _b(c, "POST", "/api/ausleihe")
    b.json(
        {
            "inventarNr": item["inventarNr"],
            "seriennummer": item["seriennummer"],
            "ausleiherin": "jvdm",
            "von": iso(c),
            "bisTag": "morgen",
            "zweck": "Dreh Utrecht",
        }
    )
    b.ok_json({"ausleiheId": new_hex(c.rng, 10), "quittung": "ok"})
    b.decoy("borrowing a shared camera/drone/mic by its serial: not her device")
    return b.build()


def device_pair(c: Context) -> Flow:
    mic = c.rng.choice([k for k in KIT if k["inventarNr"].startswith("MIC")])
    b = _b(c, "POST", "/api/geraete/koppeln")
    b.json(
        {
            "inventarNr": mic["inventarNr"],
            "deviceId": mic["seriennummer"],
            "macAddress": mic["bluetoothAdresse"],
            "firmware": "2.6.1",
            "akku": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("pairing a SHARED wireless mic: its serial and Bluetooth MAC, lent for a day")
    return b.build()


def drone_log(c: Context) -> Flow:
    drone = c.rng.choice([k for k in KIT if k["inventarNr"].startswith("DRO")])
    b = _b(c, "POST", "/api/drohnen/flugbuch")
    track = [
        [rf(c.rng, 52.08, 52.10, 5), rf(c.rng, 5.10, 5.13, 5), c.rng.randint(20, 110)]
        for _ in range(12)
    ]
    b.json(
        {
            "aircraftSerial": drone["seriennummer"],
            "rcSerial": drone["fernbedienungSN"],
            "pilot": "J. van der Meer",
            "start": iso(c),
            "track": track,
            "gimbal": {"pitch": rf(c.rng, -90, 0, 1), "yaw": rf(c.rng, -180, 180, 1)},
            "genehmigung": "LBA-Az. 2026-117",
        }
    )
    b.ok_json({"eintrag": new_hex(c.rng, 8)})
    b.decoy("drone flight log of the newsroom's drone: its serial, gimbal yaw/pitch, GPS track")
    return b.build()


def backpack_status(c: Context) -> Flow:
    pack = KIT[-1]
    b = _b(c, "GET", f"/api/geraete/{pack['inventarNr']}/status")
    b.ok_json(
        {
            **pack,
            "modems": [
                {
                    "imei": i,
                    "netz": c.rng.choice(["Telekom", "Vodafone", "KPN"]),
                    "kbps": c.rng.randint(500, 9000),
                }
                for i in pack["modemImeis"]
            ],
        }
    )
    b.decoy("shared LTE bonding backpack's modem IMEIs: newsroom kit, not her phone")
    return b.build()


def firmware(c: Context) -> Flow:
    item = c.rng.choice(KIT)
    b = _b(c, "GET", f"/api/firmware?typ={item['typ'].replace(' ', '+')}")
    b.ok_json({"aktuell": "2.6.1", "sha256": new_hex(c.rng, 64), "groesse": 48211002})
    b.decoy("firmware check for a kit type with the image's hash")
    return b.build()
