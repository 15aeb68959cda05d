"""FixDesk: the shop's ticketing app (the set's first party, api.fixdesk.example).

Every ticket names a CUSTOMER's device by IMEI, serial and Wi-Fi MAC: those are
the customers' identifiers, typed in or scanned at the counter, not the
technician's. Only the app's push registration (her phone's ANDROID_ID and the
app's install id) and its offline-sync envelope identify her own phone. Fault
notes come in English, Vietnamese and Greek, as the customers describe them.
"""

from __future__ import annotations

import random

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz, jsb, multipart

from .phone import CUSTOMERS, FB, customer_device, iso, ms, rf, rid, ua

API = "https://api.fixdesk.example"
UA = ua("FixDesk", "4.8.2")
FAULTS = {
    "en": ["cracked screen, touch still works", "won't charge past 40%", "dropped in the pool"],
    "vi": ["màn hình bị vỡ", "pin hết nhanh, máy nóng", "không nhận sạc", "loa ngoài bị rè"],
    "el": ["σπασμένη οθόνη", "η μπαταρία αδειάζει γρήγορα", "δεν φορτίζει", "έπεσε στο νερό"],
}
STATUSES = ["intake", "diagnosing", "awaiting_part", "repairing", "ready", "collected"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "fixdesk", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-shop-id", "mel-0427")
    return b


def _fault(rng: random.Random) -> tuple[str, str, str]:
    name, lang = rng.choice(CUSTOMERS)
    return name, lang, rng.choice(FAULTS[lang])


def _mobile(rng: random.Random) -> str:
    return "04" + "".join(rng.choice("0123456789") for _ in range(8))


def push_register(c: Context) -> Flow:
    """The technician's own phone registers for ticket alerts."""
    b = _b(c, "POST", f"{API}/v2/staff/devices")
    b.header("x-device-id", b.id("aid_fixdesk", where="header x-device-id"))
    b.json(
        {
            "staffId": b.acct("staff_id"),
            "installationId": b.id("fixdesk_install", where="json installationId"),
            "platform": "android",
            "pushToken": "fcm:" + rid(c.rng).replace("-", "") + "APA91b",
            "appVersion": "4.8.2",
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def offline_sync(c: Context) -> Flow:
    """Offline queue flush: gzip+base64 envelope under `d`; the install id is inside."""
    b = _b(c, "POST", f"{API}/v2/sync")
    inner = {
        "i": b.id_raw("fixdesk_install", "gzip_b64", "json d (gzip+base64) field i", False),
        "q": [{"op": "ticket.update", "n": c.rng.randint(1, 40)} for _ in range(3)],
        "t": ms(c),
    }
    b.json({"v": 2, "d": b64(gz(jsb(inner)))})
    b.ok_json({"applied": 3})
    return b.build()


def tickets_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tickets?status=open&limit=20")
    b.decoy("customers' device IMEIs, serials and models in the ticket list: not her devices")
    rows = []
    for _ in range(c.rng.randint(4, 8)):
        dev = customer_device(c.rng)
        name, _, fault = _fault(c.rng)
        rows.append(
            {
                "ticketNo": f"MEL-{c.rng.randint(20000, 29999)}",
                "customer": name,
                "device": {
                    "model": dev["model"],
                    "imei": dev["imei"],
                    "serialNumber": dev["serial"],
                },
                "fault": fault,
                "status": c.rng.choice(STATUSES),
                "updatedAt": iso(c),
            }
        )
    b.ok_json({"tickets": rows, "next": None})
    return b.build()


def ticket_create(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tickets")
    b.decoy("a customer's phone at intake: its IMEI, serial and Wi-Fi MAC (the customer's device)")
    dev = customer_device(c.rng)
    name, lang, fault = _fault(c.rng)
    b.json(
        {
            "customer": {"name": name, "mobile": _mobile(c.rng), "preferredLanguage": lang},
            "device": {
                "model": dev["model"],
                "imei": dev["imei"],
                "serialNumber": dev["serial"],
                "wifiMacAddress": dev["wifiMac"],
                "passcodeProvided": c.rng.random() < 0.5,
            },
            "faultDescription": fault,
            "quoteAud": rf(c.rng, 89, 449, 2),
            "createdAt": iso(c),
        }
    )
    b.ok_json({"ticketNo": f"MEL-{c.rng.randint(20000, 29999)}", "id": rid(c.rng)}, 201)
    return b.build()


def intake_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/tickets/{c.rng.randint(20000, 29999)}/photos")
    b.decoy("photo of a customer's cracked phone at intake (no person in it)")
    boundary = "----FixDesk" + rid(c.rng).replace("-", "")[:20]
    body = multipart(
        boundary,
        [
            ("kind", None, None, c.rng.choice([b"front", b"back", b"damage_closeup"])),
            ("photo", "IMG_intake.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"photoId": rid(c.rng)})
    return b.build()


def sms_customer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/notify/sms")
    b.decoy("customer's mobile number and ticket number: an account-like contact, no device")
    name, lang, _ = _fault(c.rng)
    text = {
        "en": "Your phone is ready for pickup.",
        "vi": "Điện thoại của bạn đã sửa xong, mời bạn đến lấy.",
        "el": "Το κινητό σας είναι έτοιμο για παραλαβή.",
    }[lang]
    b.json({"to": "+61" + _mobile(c.rng)[1:], "name": name, "body": text})
    b.ok_json({"queued": True, "messageId": rid(c.rng)})
    return b.build()


def invoice(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/invoices")
    b.decoy("invoice with ABN, GST and a customer's device serial on the line item")
    dev = customer_device(c.rng)
    price = rf(c.rng, 60, 420, 2)
    b.json(
        {
            "abn": b.acct("shop_abn"),
            "lines": [
                {
                    "desc": f"{dev['model']} screen replacement",
                    "serial": dev["serial"],
                    "ex": price,
                },
                {"desc": "Labour", "ex": 45.0},
            ],
            "gst": round((price + 45) * 0.1, 2),
            "payment": c.rng.choice(["eftpos", "cash", "card"]),
        }
    )
    b.ok_json({"invoiceNo": f"INV-{c.rng.randint(10000, 99999)}"})
    return b.build()


def handover_signature(c: Context) -> Flow:
    """Label choice: a signature drawn on the handover screen is a consent record
    (strokes of x, y, t), not one of the issue's biometric kinds (face, voice)."""
    b = _b(c, "POST", f"{API}/v2/tickets/{c.rng.randint(20000, 29999)}/handover")
    b.decoy("customer's drawn signature strokes (x, y, t): a consent record, not face or voice")
    strokes = [
        [[c.rng.randint(10, 600), c.rng.randint(10, 200), i * 16] for i in range(25)]
        for _ in range(3)
    ]
    b.json({"signature": {"strokes": strokes, "w": 640, "h": 220}, "collectedAt": iso(c)})
    b.ok_json({"status": "collected"})
    return b.build()
