"""Casa Palma Hotels (fictional chain app): digital room keys and the room TV.

Hard device-id decoys: the door lock's BLE address and the mobile-key blob
belong to the HOTEL's lock; the room TV's serial number, Wi-Fi MAC and cast
receiver id belong to the HOTEL's TV (the tourist only casts to it). The TV
channel line-up is a programme guide, not what anyone watched. Mobile-key
shape after the BLE hotel-lock integrations (lock id, key slot, validity,
encrypted credential) that hospitality SDKs document.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, rf, rid, ua

API = "https://mobile.casapalma-hotels.com/api"
CHANNELS = [
    "La 1",
    "Antena 3",
    "Rai 1",
    "Rai Storia",
    "CNN International",
    "BBC World",
    "Canal Hotel",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "casapalma", method, API + path)
    b.header("user-agent", ua("CasaPalma", "5.2.1"))
    b.header("x-correlation-id", rid(c.rng))
    return b


def _mac(c: Context) -> str:
    return "D4:36:39:" + ":".join(new_hex(c.rng, 2).upper() for _ in range(3))


def room_key(c: Context) -> Flow:
    room = str(c.rng.randint(101, 824))
    b = _b(c, "POST", f"/v2/stays/{new_digits(c.rng, 8)}/keys")
    b.json({"habitacion": room, "tipo": "BLE"})
    b.decoy("mobile room key: the hotel door lock's id, BLE address and encrypted credential")
    b.ok_json(
        {
            "llave": {
                "lockId": "LK-" + room + "-" + new_hex(c.rng, 4).upper(),
                "lockMac": _mac(c),
                "keySlot": c.rng.randint(1, 8),
                "credential": b64(c.rng.randbytes(48)),
                "validFrom": iso(c),
                "validTo": "2026-11-24T11:00:00Z",
            }
        }
    )
    return b.build()


def unlock_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/locks/events")
    b.json(
        {
            "eventos": [
                {
                    "lockMac": _mac(c),
                    "rssi": -c.rng.randint(45, 80),
                    "resultado": "OPEN",
                    "bateriaLock": c.rng.randint(30, 100),
                    "ts": iso(c),
                }
            ]
        }
    )
    b.decoy("door-lock audit event: the hotel lock's BLE address and battery level")
    b.no_content()
    return b.build()


def tv_pair(c: Context) -> Flow:
    room = str(c.rng.randint(101, 824))
    b = _b(c, "POST", f"/v1/rooms/{room}/tv/pair")
    b.json({"pin": new_digits(c.rng, 4), "habitacion": room})
    b.decoy(
        "casting pairing to the HOTEL's room TV: its serial, MAC and cast receiver id, not hers"
    )
    b.ok_json(
        {
            "tv": {
                "serialNumber": "4" + new_digits(c.rng, 2) + "RMLX" + new_digits(c.rng, 5),
                "modelo": "43LN662V",
                "wifiMac": _mac(c).lower(),
                "castReceiverId": new_hex(c.rng, 32),
                "firmware": "HCAP 3.4.12",
                "ip": f"10.20.{c.rng.randint(1, 9)}.{c.rng.randint(2, 250)}",
            },
            "sessionTtlSec": 14400,
        }
    )
    return b.build()


def tv_status(c: Context) -> Flow:
    b = _b(c, "GET", f"/v1/rooms/{c.rng.randint(101, 824)}/tv/status")
    b.param("tvSerial", "4" + new_digits(c.rng, 2) + "RMLX" + new_digits(c.rng, 5))
    b.decoy("room TV power / input / volume with the hotel TV's serial in the query")
    b.ok_json(
        {
            "power": "ON",
            "input": c.rng.choice(["HDMI1", "CAST", "TV"]),
            "volumen": c.rng.randint(5, 30),
        }
    )
    return b.build()


def tv_lineup(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/tv/lineup")
    b.param("hotel", "MAD-GRANVIA")
    b.decoy("hotel TV channel line-up and programme guide: schedule and durations, nothing watched")
    b.ok_json(
        {
            "canales": [
                {
                    "numero": i + 1,
                    "nombre": n,
                    "ahora": {
                        "titulo": f"Programa {c.rng.randint(1, 99)}",
                        "inicio": iso(c),
                        "duracionMin": c.rng.choice([30, 45, 60, 90]),
                    },
                }
                for i, n in enumerate(CHANNELS)
            ]
        }
    )
    return b.build()


def room_service(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/orders")
    b.json(
        {
            "items": [{"sku": "RS-" + new_digits(c.rng, 4), "qty": c.rng.randint(1, 3)}],
            "habitacion": str(c.rng.randint(101, 824)),
            "total": rf(c.rng, 12, 60, 2),
            "moneda": "EUR",
        }
    )
    b.decoy("room-service order: SKUs, room number, totals")
    b.ok_json({"orderId": "ORD" + new_digits(c.rng, 9), "eta": 25})
    return b.build()
