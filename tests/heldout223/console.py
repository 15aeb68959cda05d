"""BaanD Juristic: the admin console of the residents' app (บ้านดี), on the
manager's phone.

The console lists residents by unit (เลขห้อง), with the phone model and app
version each resident last used (support data, no identifiers of any phone),
announcements, common-fee invoices, repair tickets and the profile photos
residents upload to their own app profile (an avatar, not sent to any face
service). Keys are romanised Thai (`lek_hong`, `chue`, `khaosan`, `ka_suan_klang`).
The console registers the manager's phone with its ANDROID_ID and sends it in
an `x-device-id` header on each call.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://admin.baand-app.example"
UA = ua("BaanDJuristic", "4.3.0")
UNITS = ["12/101", "15/204", "21/1803", "21/2510", "32/3307", "18/1212", "27/805", "9/909"]
MODELS = [
    ("iPhone15,3", "iOS 17.5"),
    ("SM-S928B", "Android 14"),
    ("CPH2581", "Android 14"),
    ("V2250", "Android 13"),
    ("iPhone13,2", "iOS 16.7"),
    ("23106RN0DA", "Android 14"),
]


def _b(c: Context, method: str, url: str, dev: bool = False) -> FB:
    b = FB(c, "baand-juristic", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if dev:
        b.header("x-device-id", b.id("aid_console", where="header x-device-id"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/staff/device")
    b.json(
        {
            "staff": b.acct("console_staff"),
            "androidId": b.id("aid_console", where="json androidId"),
            "model": "SM-A556E",
            "os": "Android 14",
            "lang": "th",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def residents(c: Context, dev: bool = False) -> Flow:
    b = _b(c, "GET", f"{API}/api/residents?tower=A&page={c.rng.randint(1, 20)}", dev)
    b.decoy("residents' unit numbers, names and phone models (support data)")
    rows = []
    for unit in c.rng.sample(UNITS, 5):
        model, osv = c.rng.choice(MODELS)
        rows.append(
            {
                "lek_hong": unit,
                "chue": c.rng.choice(["คุณสมหญิง", "คุณวิทยา", "Mr. Lee", "คุณปิยะ", "Ms. Sato"]),
                "sathana": c.rng.choice(["เจ้าของ", "ผู้เช่า"]),
                "app": {"model": model, "os": osv, "version": "4.2.1", "lastSeen": iso(c)},
            }
        )
    b.ok_json({"residents": rows, "total": 812})
    return b.build()


def announce(c: Context, dev: bool = False) -> Flow:
    b = _b(c, "POST", f"{API}/api/khaosan", dev)
    b.json(
        {
            "hua_khor": c.rng.choice(["แจ้งล้างแท้งค์น้ำ", "ปิดปรับปรุงลิฟต์ตัวที่ 3", "ซ้อมหนีไฟ"]),
            "nuea_ha": "เรียนท่านเจ้าของร่วม นิติบุคคลขอแจ้ง...",
            "tower": ["A", "B"],
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"id": c.rng.randint(10000, 99999)})
    return b.build()


def invoices(c: Context, dev: bool = False) -> Flow:
    b = _b(c, "GET", f"{API}/api/ka-suan-klang?month=2025-03&status=unpaid", dev)
    b.decoy("invoice numbers per unit")
    b.ok_json(
        {
            "invoices": [
                {
                    "lek_hong": u,
                    "invoiceNo": f"INV-2503-{c.rng.randint(10000, 99999)}",
                    "amount": rf(c.rng, 1800, 9000, 2),
                }
                for u in c.rng.sample(UNITS, 4)
            ]
        }
    )
    return b.build()


def tickets(c: Context, dev: bool = False) -> Flow:
    b = _b(c, "GET", f"{API}/api/jaeng-som?status=open", dev)
    b.ok_json(
        {
            "tickets": [
                {
                    "id": c.rng.randint(1000, 9999),
                    "lek_hong": c.rng.choice(UNITS),
                    "ruang": c.rng.choice(["แอร์น้ำหยด", "ท่อตัน", "ไฟทางเดินดับ"]),
                    "at": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def resident_avatar(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.baand-app.example/avatar/{new_hex(c.rng, 24)}.jpg")
    b.decoy("a resident's profile avatar (not sent to a face service)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()
