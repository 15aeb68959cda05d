"""The school's systems: attendance and grading (Greek keys) and the tablet cart.

The PE teacher takes the register on his phone, enters PE grades and books the
school's tablet cart for a video-analysis lesson. The cart's tablets (serials,
Wi-Fi MACs, IMEIs of LTE models) belong to the school: not the tester's devices.
A pupil's self-declared gender on a sports-day sign-up form is not biometric.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits

from .phone import FB, iso, other_mac, other_serial, rid, ua

API = "https://sxoleio.5gym-kalamarias.example"
MDM = "https://mdm.edu-devices.example"
UA = ua("SchoolDesk", "1.9.3")
NAMES = ["Ελένη Κ.", "Μαρία Π.", "Νίκος Δ.", "Γιάννης Τ.", "Sofia R.", "Άννα Μ.", "Πέτρος Β."]


def _b(c: Context, method: str, url: str, sdk: str = "schooldesk") -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def attendance(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/parousies")
    b.decoy("school register: pupils present or absent (no device, no face)")
    b.json(
        {
            "tmima": c.rng.choice(["Α1", "Β2", "Γ3"]),
            "ora": c.rng.randint(1, 7),
            "mathima": "Φυσική Αγωγή",
            "apousies": [
                {
                    "mathitis_id": int(new_digits(c.rng, 6, "2")),
                    "eidos": c.rng.choice(["adikaiologiti", "dikaiologimeni"]),
                }
                for _ in range(c.rng.randint(0, 3))
            ],
            "kataxorisi": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def grades(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/vathmologia/fysiki-agogi")
    b.decoy("PE grades of pupils")
    b.json(
        {
            "trimino": c.rng.randint(1, 3),
            "vathmoi": [
                {"mathitis": n, "vathmos": c.rng.randint(14, 20)} for n in c.rng.sample(NAMES, 4)
            ],
        }
    )
    b.ok_json({"saved": 4})
    return b.build()


def timetable(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/orologio?ebdomada=current")
    b.ok_json(
        {
            "ores": [
                {
                    "imera": d,
                    "ora": h,
                    "tmima": c.rng.choice(["Α1", "Β2", "Γ3"]),
                    "aithousa": "Γυμναστήριο",
                }
                for d in range(1, 6)
                for h in c.rng.sample(range(1, 8), 2)
            ]
        }
    )
    return b.build()


def sports_day_signup(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/athlitiki-imera/eggrafes")
    b.decoy("sign-up form with a pupil's self-declared gender (fylo) and age group: not biometric")
    b.json(
        {
            "onomateponymo": c.rng.choice(NAMES),
            "fylo": c.rng.choice(["Κ", "Α"]),
            "ilikia": c.rng.randint(12, 15),
            "agonisma": c.rng.choice(["100m", "άλμα εις μήκος", "σφαιροβολία"]),
        }
    )
    b.ok_json({"arithmos_symmetoxis": c.rng.randint(100, 999)})
    return b.build()


def tablet_cart(c: Context) -> Flow:
    b = _b(c, "POST", f"{MDM}/v1/carts/kalamaria-5/checkout", "edu-mdm")
    b.decoy(
        "school's tablet cart booking: serials, Wi-Fi MACs and IMEIs of the school's tablets "
        "(school equipment lent to a lesson, not the tester's devices)"
    )
    b.json(
        {
            "teacher": "PE-dept",
            "lesson": "video analysis of a sprint",
            "devices": [
                {
                    "serialNumber": other_serial(c.rng, "R9W", 8),
                    "wifiMac": other_mac(c.rng, "5C:E8:EB"),
                    "imei": luhn_complete(new_digits(c.rng, 14, "35")),
                    "slot": i,
                }
                for i in range(1, 5)
            ],
            "returnBy": iso(c),
        }
    )
    b.ok_json({"bookingId": rid(c.rng)})
    return b.build()


def cart_inventory(c: Context) -> Flow:
    b = _b(c, "GET", f"{MDM}/v1/carts/kalamaria-5/devices", "edu-mdm")
    b.decoy("school MDM inventory: the school's tablets' serial numbers and battery levels")
    b.ok_json(
        {
            "devices": [
                {
                    "serial": other_serial(c.rng, "R9W", 8),
                    "battery": c.rng.randint(10, 100),
                    "os": "14",
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
