"""The visitor-management kiosk console, the lost-and-found app and the
access-control readers (in-house "GateKeeper" backend; door controllers
modelled on OSDP / Wiegand card readers: reader address, card number, facility
code).

All negatives: visitors' names and South African ID numbers read by OCR from
the green ID book / smart card (text fields only, no photo), lost items with
photos of the items, card UIDs of visitors' and tenants' access cards and the
serials of door controllers the mall owns.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import fake_jpeg, jsb, multipart

from .phone import FB, iso, mac, rf, rid, serial, ua

API = "https://gatekeeper.mallops.co.za"
UA = ua("GateKeeper", "2.8.0")
NAMES = ["Thandiwe Nkosi", "Pieter van Wyk", "Ayesha Patel", "Bongani Khumalo", "Lerato Mokoena"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "gatekeeper", method, API + path)
    b.header("user-agent", UA)
    return b


def visitor_checkin(c: Context) -> Flow:
    b = _b(c, "POST", "/visitors/checkin")
    b.decoy(
        "visitor's ID-document OCR text (name, ID number, self-declared geslag): no face, no device"
    )
    name = c.rng.choice(NAMES)
    b.json(
        {
            "naam": name.split()[0],
            "van": name.split()[-1],
            "idNommer": new_digits(c.rng, 13),
            "geslag": c.rng.choice(["M", "V"]),
            "ocr": {"docType": "SA_SMART_ID", "mrzConfidence": rf(c.rng, 0.7, 0.99, 3)},
            "host": c.rng.choice(["Woolworths office", "Centre management", "Edgars DC"]),
            "vehicleReg": f"{c.rng.choice('CDFGH')}{c.rng.choice('JKLMN')} {c.rng.randint(10, 99)}",
            "checkedInAt": iso(c),
        }
    )
    b.ok_json({"visitId": rid(c.rng), "badge": f"V{c.rng.randint(1000, 9999)}"})
    return b.build()


def badge_print(c: Context) -> Flow:
    b = _b(c, "POST", "/visitors/badge/print")
    b.decoy("badge print job to the kiosk's label printer (mall's printer serial)")
    b.json({"printer": serial(c.rng, "ZD4", 8), "template": "visitor-58mm", "copies": 1})
    b.no_content()
    return b.build()


def lost_item(c: Context) -> Flow:
    b = _b(c, "POST", "/lostfound/items")
    b.decoy("photo of a found item (wallet, phone) for the lost-and-found register: not a face")
    bd = "----okhttp" + new_hex(c.rng, 12)
    meta = jsb(
        {
            "category": c.rng.choice(["cellphone", "wallet", "kids jacket", "car keys"]),
            "foundAt": c.rng.choice(["Food court", "Parkade P1", "Ster-Kinekor foyer"]),
            "description": c.rng.choice(["blou cover", "bruin beursie", "Toyota sleutels"]),
        }
    )
    data = multipart(
        bd,
        [
            ("item", None, "application/json", meta),
            ("photo", "item.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30))),
        ],
    )
    b.set_body(data, f"multipart/form-data; boundary={bd}")
    b.ok_json({"itemNo": f"LF-{c.rng.randint(10000, 99999)}"})
    return b.build()


def found_phone(c: Context) -> Flow:
    b = _b(c, "POST", "/lostfound/items/match")
    b.decoy("IMEI of a visitor's lost phone handed in: somebody else's device, not the tester's")
    b.json({"imeiFound": new_digits(c.rng, 15, "35"), "make": "Apple", "colour": "pienk"})
    b.ok_json({"matches": 0})
    return b.build()


def door_events(c: Context) -> Flow:
    b = _b(c, "GET", "/access/events")
    b.param("since", str(int(c.now) - 900))
    b.decoy("door-controller events: card numbers of tenants' cards, controller serials and MACs")
    ev = [
        {
            "controller": serial(c.rng, "OSDP-", 8),
            "controllerMac": mac(c.rng, "00:0F:E5"),
            "readerAddr": c.rng.randint(0, 7),
            "cardNumber": c.rng.randint(1000, 65535),
            "facilityCode": c.rng.randint(1, 255),
            "result": c.rng.choice(["granted", "denied", "door_forced"]),
            "door": c.rng.choice(["Loading bay 2", "Plant room", "CCTV room"]),
            "at": iso(c),
        }
        for _ in range(c.rng.randint(3, 8))
    ]
    b.ok_json({"events": ev})
    return b.build()


def door_unlock(c: Context) -> Flow:
    b = _b(c, "POST", f"/access/doors/{c.rng.randint(1, 60)}/unlock")
    b.decoy("remote door unlock command: door id and pulse time")
    b.json({"pulseMs": 5000, "reason": "delivery", "requestedBy": c.phone.guard_no})
    b.ok_json({"ok": True})
    return b.build()
