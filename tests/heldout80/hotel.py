"""The hotel's property-management app (in-house PMS backend, Portuguese/Spanish
key names): room status, the hotel's room TVs, minibars and door locks, guest
booking ids, the guest-review dashboard and the security desk's CCTV list.

Everything here is the HOTEL's equipment or aggregate data, never the worker's
device or her viewing: hard decoys only. Door-lock audit trails are modelled
on public descriptions of Salto/ASSA ABLOY Vostio-style "openings" logs
(lock id, credential, time); the rest is the app's own API.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import b_, iso, mac, ms, rid, serial

PMS = "https://api.hotelmar-pms.pt/v3"


def _room(c: Context) -> str:
    return str(c.rng.randint(1, 7) * 100 + c.rng.randint(1, 32))


def room_status(c: Context) -> Flow:
    b = b_(c, "pms", "GET", f"{PMS}/quartos?piso={c.rng.randint(1, 7)}", "HotelMarStaff", "6.2.1")
    b.decoy("room list with booking ids (reservaId), guest counts: no device/viewing data")
    b.ok_json(
        {
            "quartos": [
                {
                    "numero": _room(c),
                    "estado": c.rng.choice(["sujo", "limpo", "ocupado"]),
                    "reservaId": "RSV-" + new_digits(c.rng, 8),
                    "hospedes": c.rng.randint(1, 4),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def room_tv_status(c: Context) -> Flow:
    b = b_(c, "pms", "GET", f"{PMS}/quartos/{_room(c)}/tv", "HotelMarStaff", "6.2.1")
    b.decoy(
        "the HOTEL's room TV: serial, MAC, device_id and current channel (guest room, not hers)"
    )
    b.ok_json(
        {
            "tv": {
                "deviceId": "LGTV-" + new_hex(c.rng, 10).upper(),
                "serialNumber": serial(c.rng, "309KC"),
                "macAddress": mac(c.rng, "A8:23:FE"),
                "modelo": "43LT661H",
                "power": "on",
                "canal": {"nome": "RTP1", "lcn": 1},
                "volume": c.rng.randint(5, 30),
                "lastSeen": iso(c),
            }
        }
    )
    return b.build()


def tv_reset(c: Context) -> Flow:
    b = b_(c, "pms", "POST", f"{PMS}/dispositivos/tv/reset", "HotelMarStaff", "6.2.1")
    b.decoy("checkout reset of a room TV: the hotel's TV serial and mac, watch history wiped count")
    b.json(
        {
            "quarto": _room(c),
            "tvSerial": serial(c.rng, "309KC"),
            "tvMac": mac(c.rng, "A8:23:FE"),
            "limparHistorico": True,
            "motivo": "checkout",
        }
    )
    b.ok_json({"ok": True, "itensApagados": c.rng.randint(0, 40), "requestId": rid(c.rng)})
    return b.build()


def minibar(c: Context) -> Flow:
    b = b_(c, "pms", "POST", f"{PMS}/minibar/consumos", "HotelMarStaff", "6.2.1")
    b.decoy("minibar consumption: the minibar sensor's serial and sku counts")
    b.json(
        {
            "quarto": _room(c),
            "sensorSerial": serial(c.rng, "MB7"),
            "itens": [
                {"sku": "AGUA-33", "qtd": c.rng.randint(0, 3)},
                {"sku": "SUPERBOCK", "qtd": c.rng.randint(0, 2)},
            ],
            "registadoEm": iso(c),
        }
    )
    b.ok_json({"fatura": "FT " + new_digits(c.rng, 4) + "/" + new_digits(c.rng, 6)})
    return b.build()


def door_lock_audit(c: Context) -> Flow:
    b = b_(
        c, "pms", "GET", f"{PMS}/fechaduras/{_room(c)}/aberturas?limit=20", "HotelMarStaff", "6.2.1"
    )
    b.decoy("door lock openings log: lock serial, BLE address of the lock, keycard uids (hotel's)")
    b.ok_json(
        {
            "fechadura": {"lockId": serial(c.rng, "SL", 10), "bleAddr": mac(c.rng, "00:0B:57")},
            "aberturas": [
                {
                    "cartaoUid": new_hex(c.rng, 8).upper(),
                    "ts": ms(c) - i * 3600000,
                    "resultado": "OK",
                }
                for i in range(5)
            ],
        }
    )
    return b.build()


def encode_keycard(c: Context) -> Flow:
    b = b_(c, "pms", "POST", f"{PMS}/cartoes/emitir", "HotelMarStaff", "6.2.1")
    b.decoy("keycard issue: encoder serial, guest booking id, card uid")
    b.json(
        {
            "reservaId": "RSV-" + new_digits(c.rng, 8),
            "quarto": _room(c),
            "encoderSerial": serial(c.rng, "ENC"),
            "cardUid": new_hex(c.rng, 14).upper(),
            "validade": iso(c),
        }
    )
    b.ok_json({"estado": "emitido"})
    return b.build()


BLOCK = [
    (0.8, room_status),
    (0.4, room_tv_status),
    (0.2, tv_reset),
    (0.3, minibar),
    (0.25, door_lock_audit),
    (0.2, encode_keycard),
]
