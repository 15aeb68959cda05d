"""The guests' medallions, the cabin door locks and the cabin tablets (fictional
Navalock access platform, the line's locator and its tablet fleet service).

A guest is locked out, so the officer reads the lock's audit trail by the
lock's serial, re-assigns a medallion (the guest's wearable, by its serial),
checks the locks' batteries and the BLE beacons; the locator shows where a
child's medallion is on deck; the tablet fleet lists the cabin tablets with
their serials and MACs and the room-service orders placed on them. Every
serial and MAC here is the ship's equipment or a guest's medallion, none of
them a device of the tester: no device-id label (each says so as a decoy).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .nave import DECKS, GUESTS, SHIP, cabin, guest_id, ship, ship_mac
from .phone import iso, rf, rid

LOCKS = f"https://access.{SHIP}/navalock/api/v1"
LOCATOR = f"https://locator.{SHIP}/api/v1"
TABLETS = f"https://tablets.{SHIP}/fleet/api/v2"
APP = ("LA-Ops", "6.4.2")
SHIP_KIT = "the ship's locks / medallions / tablets by serial or MAC (not the tester's devices)"


def _lock_serial(c: Context) -> str:
    return "NL8" + new_hex(c.rng, 9).upper()


def _medallion(c: Context) -> str:
    return "MDL-" + new_digits(c.rng, 4) + "-" + new_hex(c.rng, 6).upper()


def lock_audit(c: Context) -> Flow:
    serial = _lock_serial(c)
    b = ship(c, "navalock", "GET", f"{LOCKS}/locks/{serial}/audit?limit=25", *APP)
    b.decoy(SHIP_KIT)
    b.decoy("a lock's opening history (access log, not viewing)")
    b.ok_json(
        {
            "lockSerial": serial,
            "cabin": cabin(c),
            "events": [
                {
                    "ts": iso(c),
                    "credential": c.rng.choice([_medallion(c), "KEYCARD-" + new_digits(c.rng, 8)]),
                    "credentialType": c.rng.choice(["medallion", "keycard", "master"]),
                    "result": c.rng.choice(["GRANTED", "GRANTED", "GRANTED", "DENIED_EXPIRED"]),
                }
                for _ in range(c.rng.randint(3, 8))
            ],
        }
    )
    return b.build()


def lock_battery(c: Context) -> Flow:
    deck = c.rng.choice(DECKS)
    b = ship(c, "navalock", "GET", f"{LOCKS}/locks?deck={deck}&battery_below=30", *APP)
    b.decoy(SHIP_KIT)
    b.ok_json(
        {
            "locks": [
                {
                    "serialNumber": _lock_serial(c),
                    "cabin": cabin(c),
                    "batteryPct": c.rng.randint(5, 29),
                    "bleMac": ship_mac(c, "D4:F5:13"),
                    "fw": "NL-3.1.4",
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()


def remote_unlock(c: Context) -> Flow:
    b = ship(c, "navalock", "POST", f"{LOCKS}/locks/{_lock_serial(c)}/unlock", *APP)
    b.decoy(SHIP_KIT)
    b.json({"reason": "guest lockout", "verifiedBy": "ID document", "durationSec": 10})
    b.ok_json({"accepted": True, "commandId": rid(c.rng)})
    return b.build()


def medallion_assign(c: Context) -> Flow:
    b = ship(c, "navalock", "POST", f"{LOCKS}/medallions/assign", *APP)
    b.decoy(SHIP_KIT)
    b.json(
        {
            "medallionSerial": _medallion(c),
            "guestId": guest_id(c),
            "cabin": cabin(c),
            "validUntil": iso(c)[:10] + "T09:00:00Z",
            "replaces": _medallion(c),
        }
    )
    b.ok_json({"ok": True, "encoded": True})
    return b.build()


def medallion_lost(c: Context) -> Flow:
    b = ship(c, "navalock", "POST", f"{LOCKS}/medallions/{_medallion(c)}/deactivate", *APP)
    b.decoy(SHIP_KIT)
    b.json({"motivo": "smarrito in piscina", "segnalatoDa": c.rng.choice(GUESTS)})
    b.ok_json({"deactivated": True})
    return b.build()


def locator_position(c: Context) -> Flow:
    b = ship(c, "locator", "GET", f"{LOCATOR}/medallions/{_medallion(c)}/position", *APP)
    b.decoy("a medallion's position on deck (a locator's map position)")
    b.ok_json(
        {
            "deck": c.rng.choice(DECKS),
            "zone": c.rng.choice(["Piscina Nettuno", "Kids Club", "Teatro", "Buffet Lido"]),
            "position": {"x": rf(c.rng, 0, 290, 1), "y": rf(c.rng, 0, 38, 1)},
            "accuracyM": rf(c.rng, 1, 6, 1),
            "seenAt": iso(c),
        }
    )
    return b.build()


def zone_occupancy(c: Context) -> Flow:
    b = ship(c, "locator", "GET", f"{LOCATOR}/zones/occupancy", *APP)
    b.decoy("occupancy per zone (aggregate)")
    b.ok_json(
        {
            "zones": [
                {"name": z, "count": c.rng.randint(0, 400), "capacity": 450}
                for z in ("Piscina Nettuno", "Kids Club", "Teatro", "Buffet Lido", "Spa")
            ]
        }
    )
    return b.build()


def beacon_health(c: Context) -> Flow:
    b = ship(c, "locator", "GET", f"{LOCATOR}/beacons?status=degraded", *APP)
    b.decoy(SHIP_KIT)
    b.ok_json(
        {
            "beacons": [
                {"mac": ship_mac(c, "AC:23:3F"), "deck": c.rng.choice(DECKS), "rssi1m": -59}
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    return b.build()


def tablet_fleet(c: Context) -> Flow:
    deck = c.rng.choice(DECKS)
    b = ship(c, "tablet-fleet", "GET", f"{TABLETS}/devices?deck={deck}", *APP)
    b.decoy(SHIP_KIT)
    b.ok_json(
        {
            "items": [
                {
                    "cabin": cabin(c),
                    "serialNumber": "R9TT" + new_digits(c.rng, 3) + new_hex(c.rng, 4).upper(),
                    "wifiMac": ship_mac(c, "5C:CB:99"),
                    "battery": c.rng.randint(20, 100),
                    "kioskApp": "it.lineaazzurra.cabina 4.2.0",
                    "lastCheckIn": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    return b.build()


def tablet_push(c: Context) -> Flow:
    b = ship(c, "tablet-fleet", "POST", f"{TABLETS}/push", *APP)
    b.json(
        {
            "cabins": [cabin(c) for _ in range(3)],
            "tipo": "menu",
            "payload": {"menu": "room-service-sera", "lingue": ["it", "es", "fr", "en"]},
        }
    )
    b.ok_json({"pushId": new_hex(c.rng, 16)})
    return b.build()


def room_service_orders(c: Context) -> Flow:
    b = ship(c, "tablet-fleet", "GET", f"{TABLETS}/orders?status=open", *APP)
    b.decoy("room-service order numbers")
    b.ok_json(
        {
            "orders": [
                {
                    "orderNo": "RS-" + new_digits(c.rng, 6),
                    "cabin": cabin(c),
                    "items": c.rng.sample(["Club sandwich", "Tiramisù", "Cava", "Caffè"], 2),
                    "placedAt": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()


FLOWS = [
    lock_audit,
    lock_battery,
    remote_unlock,
    medallion_assign,
    medallion_lost,
    locator_position,
    zone_occupancy,
    beacon_health,
    tablet_fleet,
    tablet_push,
    room_service_orders,
    lock_audit,
]
