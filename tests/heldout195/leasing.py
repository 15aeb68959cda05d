"""Leaseline: residents' move-in forms, their ID documents, and contractors'
work orders.

A move-in form has self-declared name, date of birth, language (English,
French, Punjabi) and emergency contact; the resident's ID photo goes to the
document vault for the lease file, not to a face-matching or liveness service,
so it is a document upload, not biometric (decision: decoy). Work orders carry
ticket numbers, unit numbers and before / after photos of a leak or a door.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://app.leaseline.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "leaseline", method, url)
    b.header("user-agent", ua("Leaseline", "8.4.0"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _unit(c: Context) -> str:
    return f"{c.rng.randint(2, 31)}{c.rng.randint(1, 12):02d}"


def move_in_form(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/move-ins")
    b.decoy("self-declared sex / date of birth on a form; driver's licence number")
    lang = c.rng.choice(["en", "fr", "pa"])
    b.json(
        {
            "unit": _unit(c),
            "leaseStart": "2026-12-01",
            "tenant": {
                "fullName": c.rng.choice(["Harpreet Sandhu", "Léa Gagnon", "Marcus Bell"]),
                "dateOfBirth": (
                    f"19{c.rng.randint(60, 99)}-0{c.rng.randint(1, 9)}-1{c.rng.randint(0, 9)}"
                ),
                "sexe" if lang == "fr" else "gender": c.rng.choice(["F", "M", "X"]),
                "preferredLanguage": lang,
                "driversLicence": f"S{c.rng.randint(1000, 9999)}-{c.rng.randint(10000, 99999)}-"
                f"{c.rng.randint(10000, 99999)}",
            },
            "vehicle": {
                "plate": f"CK{c.rng.choice('ABCDEFG')}{c.rng.randint(100, 999)}",
                "stall": f"P1-{c.rng.randint(1, 220)}",
            },
            "fobsIssued": [f"{c.rng.randint(10**9, 10**10 - 1):010d}" for _ in range(2)],
        }
    )
    b.ok_json({"moveInId": rid(c.rng), "status": "PENDING_DOCS"})
    return b.build()


def id_document(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/documents")
    b.decoy("resident's ID-card photo stored in the lease file: no face matching or liveness")
    bnd = "----Leaseline" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        bnd,
        [
            ("docType", None, None, b"GOVERNMENT_ID_FRONT"),
            ("unit", None, None, _unit(c).encode()),
            ("file", "ontario_dl_front.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"documentId": rid(c.rng), "retention": "lease_term_plus_2y"})
    return b.build()


def work_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/work-orders")
    b.decoy("ticket ids, contractor ids")
    b.json(
        {
            "unit": _unit(c),
            "category": c.rng.choice(["PLUMBING", "HVAC", "DOOR_HARDWARE", "APPLIANCE"]),
            "description": c.rng.choice(
                [
                    "Leak under kitchen sink",
                    "Fuite chauffe-eau",
                    "Dryer not heating",
                    "Fob reader dead",
                ]
            ),
            "vendorId": f"VND-{c.rng.randint(100, 999)}",
            "permissionToEnter": True,
            "createdAt": iso(c),
        }
    )
    b.ok_json({"workOrder": f"WO-{c.rng.randint(10000, 99999)}", "slaHours": 24})
    return b.build()


def work_order_photo(c: Context) -> Flow:
    b = _b(c, "PUT", f"https://files.leaseline.example/wo/{rid(c.rng)}/after.jpg")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 1400), "image/jpeg")
    b.respond(200, None)
    return b.build()


def invoice(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/vendors/VND-{c.rng.randint(100, 999)}/invoices?status=open")
    b.decoy("invoice numbers and amounts")
    b.ok_json(
        {
            "invoices": [
                {
                    "number": f"INV-{c.rng.randint(100000, 999999)}",
                    "amountCad": rf(c.rng, 80, 4200, 2),
                    "hst": 0.13,
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def signature(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/move-ins/{rid(c.rng)}/inspection")
    b.decoy("inspection checklist with a drawn signature stroke list (not biometric)")
    b.json(
        {
            "rooms": {"kitchen": "ok", "bath": "scuff on door", "balcony": "ok"},
            "signatureStrokes": [
                [[c.rng.randint(0, 300), c.rng.randint(0, 100)] for _ in range(12)]
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()
