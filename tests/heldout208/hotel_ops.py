"""The hotel's back-of-house apps on Wanjiru's phone: door locks and key cards,
housekeeping, the restaurant POS with M-Pesa (Safaricom Daraja STK push), the
spa and the gym.

Key cards are encoded with a per-room key sequence (`keySerial` 1, 2, 3: the
how-many-th key issued for the stay), locks report battery and audit trails,
housekeeping timers and tablet names, POS till names and receipt numbers, a
spa "facial" booking and treadmill timers and queue positions: all ordinary.
The gym's rarer asset register lists each treadmill's serial (a per-unit
identifier of the hotel's equipment, labelled as an id the generator made).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import WB, iso, rf, rid, ua

OPS = "https://ops.savannahcourt.example"
UA = ua("HoteliOps", "1.9.4")


def _b(c: Context, sdk: str, method: str, url: str) -> WB:
    b = WB(c, sdk, method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b.acct("staff_token"))
    return b


def _room(c: Context) -> str:
    return f"{c.rng.randint(1, 7)}{c.rng.randint(1, 29):02d}"


def login(c: Context) -> Flow:
    b = WB(c, "hoteliops", "POST", f"{OPS}/auth/v1/ingia")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_hoteli", where="header x-device-id"))
    b.json({"mfanyakazi": b.acct("staff_id"), "pin": "****", "idara": "operations"})
    b.ok_json({"token": b.acct("staff_token"), "inaisha": iso(c)})
    return b.build()


def key_encode(c: Context) -> Flow:
    b = _b(c, "kufuli", "POST", f"{OPS}/locks/api/v2/keys/encode")
    b.decoy("keySerial: the n-th key card issued for a stay")
    b.json(
        {
            "room": _room(c),
            "keySerial": c.rng.randint(1, 4),
            "cardType": "MIFARE Classic 1K",
            "checkout": iso(c),
            "encoder": "FrontDesk-2",
        }
    )
    b.ok_json({"encoded": True, "track": "ok"})
    return b.build()


def lock_audit(c: Context) -> Flow:
    room = _room(c)
    b = _b(c, "kufuli", "GET", f"{OPS}/locks/api/v2/rooms/{room}/audit?last=10")
    b.decoy("lock audit trail: key sequence, staff card, deadbolt")
    b.ok_json(
        {
            "room": room,
            "events": [
                {
                    "t": iso(c),
                    "event": c.rng.choice(["opened", "deadbolt", "denied"]),
                    "keySerial": c.rng.randint(1, 3),
                }
                for _ in range(4)
            ],
        }
    )
    return b.build()


def lock_battery(c: Context) -> Flow:
    b = _b(c, "kufuli", "GET", f"{OPS}/locks/api/v2/battery?floor={c.rng.randint(1, 7)}")
    b.ok_json({"low": [{"room": _room(c), "percent": c.rng.randint(5, 20)} for _ in range(3)]})
    return b.build()


def hk_rooms(c: Context) -> Flow:
    b = _b(c, "usafi", "GET", f"{OPS}/hk/api/v1/vyumba?hali=chafu")
    b.ok_json(
        {
            "vyumba": [
                {
                    "chumba": _room(c),
                    "hali": c.rng.choice(["chafu", "safi", "imekaguliwa"]),
                    "dakika": c.rng.randint(0, 45),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def hk_assign(c: Context) -> Flow:
    b = _b(c, "usafi", "POST", f"{OPS}/hk/api/v1/kazi")
    b.decoy("housekeeping tablet name and timer")
    b.json(
        {
            "chumba": _room(c),
            "mhudumu": "Akinyi O.",
            "tablet": f"HK-Tablet-{c.rng.randint(1, 12):02d}",
            "kipima_muda": {"anza": iso(c), "lengo_dakika": 30},
        }
    )
    b.ok_json({"kazi_id": rid(c.rng)})
    return b.build()


def lost_found(c: Context) -> Flow:
    b = _b(c, "usafi", "POST", f"{OPS}/hk/api/v1/vilivyopotea")
    b.decoy("lost and found: a guest's watch, item serial sticker not recorded")
    b.json(
        {
            "kitu": c.rng.choice(["Smartwatch (black strap)", "Phone charger", "Sunglasses"]),
            "chumba": _room(c),
            "mahali": "bedside table",
            "picha": None,
            "tarehe": iso(c),
        }
    )
    b.ok_json({"nambari": f"LF-{c.rng.randint(1000, 9999)}"})
    return b.build()


MENU = [("Tusker Lager", 450), ("Nyama choma 1kg", 1800), ("Ugali", 200), ("Chai masala", 250)]


def pos_order(c: Context) -> Flow:
    b = _b(c, "pos", "POST", f"{OPS}/pos/api/v1/orders")
    b.decoy("till name, table, receipt serial")
    items = c.rng.sample(MENU, 2)
    b.json(
        {
            "till": c.rng.choice(["Bar-1", "Bar-2", "Terrace", "Room Service"]),
            "table": c.rng.randint(1, 30),
            "items": [{"name": n, "qty": c.rng.randint(1, 3), "price": p} for n, p in items],
            "room": _room(c),
        }
    )
    b.ok_json(
        {"receiptSerial": f"SC-{c.rng.randint(10**5, 10**6)}", "total": sum(p for _, p in items)}
    )
    return b.build()


def mpesa_stk(c: Context) -> Flow:
    b = WB(c, "mpesa-daraja", "POST", "https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 28))
    b.decoy("Daraja STK push: shortcode, password, account reference")
    ts = "20241202" + new_digits(c.rng, 6)
    b.json(
        {
            "BusinessShortCode": "174379",
            "Password": b64("174379" + new_hex(c.rng, 20) + ts),
            "Timestamp": ts,
            "TransactionType": "CustomerPayBillOnline",
            "Amount": c.rng.randint(200, 9000),
            "PartyA": "2547" + new_digits(c.rng, 8),
            "PartyB": "174379",
            "PhoneNumber": "2547" + new_digits(c.rng, 8),
            "CallBackURL": f"{OPS}/pos/api/v1/mpesa/callback",
            "AccountReference": f"ROOM{_room(c)}",
            "TransactionDesc": "Bar bill",
        }
    )
    b.ok_json(
        {
            "MerchantRequestID": f"{c.rng.randint(1000, 9999)}-{c.rng.randint(10**6, 10**7)}-1",
            "CheckoutRequestID": "ws_CO_" + new_digits(c.rng, 20),
            "ResponseCode": "0",
            "ResponseDescription": "Success. Request accepted for processing",
        }
    )
    return b.build()


def spa_booking(c: Context) -> Flow:
    b = _b(c, "spa", "POST", f"{OPS}/spa/api/v1/miadi")
    b.decoy("spa facial / face massage booking")
    b.json(
        {
            "huduma": c.rng.choice(
                ["Facial ya Kiafrika", "Deep-cleansing facial", "Face & scalp massage"]
            ),
            "saa": f"{c.rng.randint(9, 18)}:00",
            "dakika": c.rng.choice([45, 60, 90]),
            "mtaalamu": c.rng.choice(["Achieng", "Wambui", "Halima"]),
            "chumba": _room(c),
        }
    )
    b.ok_json({"miadi_id": f"SPA-{c.rng.randint(1000, 9999)}", "hali": "imethibitishwa"})
    return b.build()


def gym_machines(c: Context) -> Flow:
    b = _b(c, "gym", "GET", f"{OPS}/gym/api/v1/machines")
    b.decoy("treadmill timers, queue positions, belt speed")
    b.ok_json(
        {
            "machines": [
                {
                    "machine": f"TM-{i}",
                    "model": "Run 7000",
                    "status": c.rng.choice(["in use", "free", "service"]),
                    "elapsedSec": c.rng.randint(0, 3600),
                    "speedKmh": rf(c.rng, 4, 14, 1),
                    "queuePosition": c.rng.randint(0, 3),
                }
                for i in range(1, 5)
            ]
        }
    )
    return b.build()


def gym_assets(c: Context) -> Flow:
    b = _b(c, "gym", "GET", f"{OPS}/gym/api/v1/assets?type=treadmill")
    b.other_id("serial", "response json assets[].serialNumber (treadmills)", direction="response")
    b.ok_json(
        {
            "assets": [
                {
                    "machine": f"TM-{i}",
                    "serialNumber": f"T7R{new_digits(c.rng, 6)}{new_hex(c.rng, 2).upper()}",
                    "installed": "2022-03-14",
                    "serviceDue": iso(c),
                }
                for i in range(1, 5)
            ]
        }
    )
    return b.build()


def spa_shop(c: Context) -> Flow:
    b = _b(c, "spa", "GET", f"{OPS}/spa/api/v1/duka?aina=ngozi")
    b.decoy("product catalogue: SKU and batch serial of face creams")
    b.ok_json(
        {
            "bidhaa": [
                {
                    "jina": n,
                    "sku": f"SPA-{c.rng.randint(100, 999)}",
                    "batchSerial": f"B24-{c.rng.randint(1000, 9999)}",
                    "bei": p,
                }
                for n, p in (
                    ("Shea face butter", 1800),
                    ("Baobab facial oil", 2500),
                    ("Aloe face mask", 1200),
                )
            ]
        }
    )
    return b.build()
