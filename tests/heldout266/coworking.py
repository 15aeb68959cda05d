"""Cowork Gare: the coworking space's app, its meeting-room panels and printers.

Everything about the space's equipment is the space's own: the room panels'
serials and MACs ("Bildschierm" at each door), the printers' ("Drécker")
serials, MACs and page counters, the door readers. The booking, the print job
and the member's QR badge are ordinary. One flow is sensitive: registering a
visitor for the face-recognition door sends the guest's photo to the access
system's enrolment (another person's face is biometric).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import B, fmac, iso, mk, rf, ua

API = "https://app.cowork-gare.example"
UA = ua("CoworkGare", "1.17.0")
ROOMS = ["Sall Alzette", "Sall Sauer", "Sall Mosel", "Phone booth 2"]


def _b(c: Context, method: str, path: str) -> B:
    return mk(c, "coworkgare", method, API + path, UA)


def room_booking(c: Context) -> Flow:
    b = _b(c, "POST", "/api/reservatioun")
    b.decoy("meeting-room booking with times")
    b.json({"sall": c.rng.choice(ROOMS), "vun": iso(c), "dauer_min": 60, "persounen": 4})
    b.ok_json({"reservatioun": "R-" + new_digits(c.rng, 7), "status": "confirméiert"})
    return b.build()


def room_panels(c: Context) -> Flow:
    b = _b(c, "GET", "/api/säll/bildschierm")
    b.decoy("meeting-room door panels: the space's own screens, serials, MACs")
    b.ok_json(
        {
            "panneauen": [
                {
                    "sall": r,
                    "Geräit": "RoomPanel 10",
                    "seriennummer": "RP10-" + new_hex(c.rng, 8).upper(),
                    "mac": fmac(c.rng, "3C:2E:F9"),
                    "besat": c.rng.random() < 0.5,
                }
                for r in ROOMS[:3]
            ]
        }
    )
    return b.build()


def printers(c: Context) -> Flow:
    b = _b(c, "GET", "/api/drécker")
    b.decoy("the space's printers: serial numbers, MACs, page counters")
    b.ok_json(
        {
            "drécker": [
                {
                    "numm": f"Drécker {n}. Stack",
                    "serial": "VNB" + new_hex(c.rng, 7).upper(),
                    "mac": fmac(c.rng, "00:1E:0B"),
                    "säiten": c.rng.randint(10000, 90000),
                    "toner": rf(c.rng, 0.1, 1, 2),
                }
                for n in (1, 2)
            ]
        }
    )
    return b.build()


def print_job(c: Context) -> Flow:
    b = _b(c, "POST", "/api/drécker/job")
    b.decoy("print job with file name and page count")
    b.json({"fichier": "Offer_Client.pdf", "säiten": c.rng.randint(1, 12), "faarf": False})
    b.ok_json({"job": new_hex(c.rng, 10), "drécker": "Drécker 1. Stack"})
    return b.build()


def badge(c: Context) -> Flow:
    b = _b(c, "GET", "/api/member/badge")
    b.decoy("member QR badge token (an access credential)")
    b.ok_json({"qr": new_hex(c.rng, 40), "gëlteg_bis": iso(c)})
    return b.build()


def visitor_face(c: Context) -> Flow:
    b = _b(c, "POST", "/api/besucher/gesiicht")
    b.bio("face_image", "json besucher.gesiichtFoto (guest photo for face-recognition door)")
    b.json(
        {
            "besucher": {
                "numm": "Claire Weber",
                "firma": "Example SARL",
                "gesiichtFoto": b64(fake_jpeg(c.rng.randint(0, 10**9), 800)),
                "zweck": "gesiichtserkennung_dier",
            },
            "dag": iso(c)[:10],
        }
    )
    b.ok_json({"ugemellt": True, "dier": "Entrée B"})
    return b.build()
