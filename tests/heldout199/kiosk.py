"""Manuhiri: the visitor kiosk in the school office (an Android tablet running a
sign-in app) and its console on the administrator's phone (fictional, `*.example`).

Visitors sign in, the kiosk prints a badge with a photo; the console shows the
day's visitor log (badge numbers) and pushes settings. A badge photo goes to
the badge printer, not to face analysis: ordinary. The console's device page
shows the tablet's hardware serial and Wi-Fi MAC (known.yaml values); the
kiosk's enrolment ping carries its serial in base64 under a one-letter key.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, iso, rid, ua

API = "https://api.manuhiri.example/v1"
UA = ua("ManuhiriConsole", "2.6.0")
HOSTS = [
    "Whaea Ana (Reception)",
    "Mr Patel (Deputy Principal)",
    "Ms Ngata (Careers)",
    "Matua Rangi (Kapa haka)",
]
VISITORS = ["J. Thompson", "Plumbing NZ Ltd", "K. Liu (parent)", "ERO reviewer", "Relief: S. Brown"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "manuhiri", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def visitor_log(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/visits?date={iso(c)[:10]}")
    b.decoy("badge numbers and sign-in times (no device ids)")
    b.ok_json(
        {
            "visits": [
                {
                    "badge": f"V{c.rng.randint(1000, 9999)}",
                    "visitor": v,
                    "host": c.rng.choice(HOSTS),
                    "in": iso(c),
                    "out": None if c.rng.random() < 0.4 else iso(c),
                }
                for v in c.rng.sample(VISITORS, 3)
            ]
        }
    )
    return b.build()


def badge_photo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/badges/{c.rng.randint(1000, 9999)}/photo")
    b.decoy("visitor photo for a printed badge (no face analysis)")
    boundary = "mh" + new_hex(c.rng, 20)
    b.set_body(
        multipart(
            boundary,
            [("photo", "badge.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700))],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"printed": True})
    return b.build()


def settings_push(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/kiosks/office/settings")
    b.json(
        {
            "welcome": "Nau mai, haere mai ki Kōwhai College",
            "requirePhoto": True,
            "questions": ["Who are you visiting?", "Do you hold a current police vet?"],
            "lang": ["en", "mi"],
        }
    )
    b.ok_json({"version": c.rng.randint(10, 99)})
    return b.build()


def kiosk_device(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/kiosks/office/device")
    serial = b.id("kiosk_serial", where="response json hardware.serialNumber", direction="response")
    mac = b.id("kiosk_mac", where="response json hardware.wifiMac", direction="response")
    b.ok_json(
        {
            "name": "Office kiosk",
            "hardware": {
                "model": "SM-X200",
                "serialNumber": serial,
                "wifiMac": mac,
                "battery": c.rng.randint(30, 100),
            },
            "app": "2.6.0",
            "lastCheckIn": iso(c),
        }
    )
    return b.build()


def kiosk_enrol_opaque(c: Context) -> Flow:
    b = FB(c, "manuhiri", "POST", f"{API}/k/e")
    b.header("user-agent", "okhttp/4.12.0")
    b.form([("t", b.id("kiosk_serial", "b64", "form t", detectable=False)), ("v", "26")])
    b.ok_json({"ok": 1})
    return b.build()


def kiosk_reassign(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/kiosks/office/assign")
    b.json(
        {
            "serialNumber": b.id("kiosk_serial", where="json serialNumber"),
            "wifiMac": b.id("kiosk_mac", "nosep", "json wifiMac"),
            "site": "Main office",
        }
    )
    b.ok_json({"assigned": True})
    return b.build()
