"""Medication logistics: barcode scanning at the bedside and the pharmacy robot.

The ward's handheld scanners (the hospital's; serial and MAC in every scan event)
read GS1 DataMatrix codes of medication packs: GTIN (01), expiry (17), batch (10)
and the pack's serial number (21), which the FMD verification (the EU Falsified
Medicines Directive repository) checks. A pack serial is not a device serial. The
pharmacy robot's dispensing orders carry Nordic article numbers (VNR).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import ward
from .phone import FB, iso, ms, rid

SCAN = "https://lvs.hyks.example"
ROBOT = "https://apteekkirobotti.hyks.example"
VNR = ["011893", "379784", "546309", "093427", "155044", "470201"]


def _b(c: Context, method: str, url: str, sdk: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "Zebra-DataWedge/11.3 okhttp/4.9.3")
    return b


def _pack(c: Context) -> dict[str, str]:
    gtin = "0" + "6414" + str(c.rng.randint(10**8, 10**9 - 1))
    serial = new_hex(c.rng, 12).upper()
    return {
        "gtin": gtin,
        "expiry": f"2{c.rng.randint(6, 8)}{c.rng.randint(1, 12):02d}30",
        "batch": f"L{c.rng.randint(1000, 9999)}",
        "serial": serial,
    }


def med_scan(c: Context) -> Flow:
    scanner = c.rng.choice(ward.SCANNERS)
    pack = _pack(c)
    b = _b(c, "POST", f"{SCAN}/api/laakehoito/skannaus", "hyks-lvs")
    b.decoy("GS1 (21) serial number of a medication pack (not a device serial)")
    b.decoy("handheld scanner serial and MAC (the hospital's equipment)")
    b.json(
        {
            "skanneri": {"sarjanumero": scanner.serial, "mac": scanner.mac},
            "potilas": c.rng.choice(ward.PATIENTS),
            "gs1": f"(01){pack['gtin']}(17){pack['expiry']}(10){pack['batch']}(21){pack['serial']}",
            "gtin": pack["gtin"],
            "erä": pack["batch"],
            "sarjanumero": pack["serial"],
            "annos": "1 tbl",
            "aika": iso(c),
        }
    )
    b.ok_json({"tarkistus": "OK", "oikeaPotilas": True, "oikeaLaake": True})
    return b.build()


def fmd_verify(c: Context) -> Flow:
    pack = _pack(c)
    b = _b(c, "POST", f"{SCAN}/api/fmd/verify", "hyks-lvs")
    b.decoy("medication pack serial number in an FMD verification (a product, not a device)")
    b.json(
        {
            "productCode": pack["gtin"],
            "batchId": pack["batch"],
            "expiryDate": pack["expiry"],
            "serialNumber": pack["serial"],
            "transactionId": rid(c.rng),
        }
    )
    b.ok_json({"state": "ACTIVE", "alerts": []})
    return b.build()


def wristband_scan(c: Context) -> Flow:
    scanner = c.rng.choice(ward.SCANNERS)
    b = _b(c, "POST", f"{SCAN}/api/potilastunnistus/ranneke", "hyks-lvs")
    b.decoy("patient wristband barcode and the scanner's serial (hospital equipment)")
    b.json({"viivakoodi": "P" + c.rng.choice(ward.PATIENTS), "laite": scanner.serial, "t": ms(c)})
    b.ok_json({"tunnistettu": True, "vuode": c.rng.choice(ward.ROOMS)})
    return b.build()


def robot_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{ROBOT}/api/v1/uttag", "pharmacy-robot")
    b.decoy("pharmacy robot serial and Nordic article numbers (VNR)")
    b.json(
        {
            "robot": ward.ROBOT_SERIAL,
            "avdelning": ward.WARD,
            "rader": [{"vnr": c.rng.choice(VNR), "antal": c.rng.randint(1, 6)} for _ in range(3)],
            "beställare": "SH",
            "tid": iso(c),
        }
    )
    b.ok_json({"orderId": c.rng.randint(10**5, 10**6), "status": "I_KÖ"})
    return b.build()


def robot_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{ROBOT}/api/v1/status?robot={ward.ROBOT_SERIAL}", "pharmacy-robot")
    b.ok_json(
        {
            "robot": ward.ROBOT_SERIAL,
            "status": "READY",
            "ködLängd": c.rng.randint(0, 8),
            "fyllnadsgrad": c.rng.randint(40, 95),
            "senasteService": "2024-10-02",
        }
    )
    return b.build()
