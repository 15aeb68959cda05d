"""Portacard: the key-card encoders, the door locks' audit trail and the mobile key.

Encoding a card (card UID, lock ids, validity) and reading a lock's audit trail
(lock serial, battery, card UIDs and times) concern the hotel's locks and the
guests' cards: look-alike ids that are not the tester's devices. The mobile-key
app on the manager's own phone registers it (ANDROID_ID and a BLE endpoint id
the SDK makes): those are device ids of the tester's phone. The lock firmware
heartbeat carries the SDK endpoint id inside a tiny hex frame under `f`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, hotel_mac, iso, ms, rid, room, ua

API = "https://locks.miradouro.example/portacard/v2"
UA = ua("PortacardMobileKey", "5.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "portacard", method, url)
    b.header("user-agent", UA)
    b.header("x-site", "LIS-MIR-01")
    return b


def encode_card(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/encoders/ENC-{c.rng.randint(1, 3):02d}/encode")
    b.decoy("key-card encode: guest card UID, lock and encoder ids (hotel equipment)")
    b.json(
        {
            "cardUid": new_hex(c.rng, 14).upper(),
            "rooms": [room(c.rng)],
            "commonAreas": ["LOBBY", "GYM", "LIFT"],
            "validFrom": iso(c),
            "validUntil": iso(c),
            "encoderSerial": "EN" + new_digits(c.rng, 9),
        }
    )
    b.ok_json({"jobId": rid(c.rng), "result": "OK"})
    return b.build()


def lock_audit(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/locks/{room(c.rng)}/audit?limit=20")
    b.decoy("door-lock audit trail: lock serial, MAC and card UIDs (hotel's lock, guests' cards)")
    b.ok_json(
        {
            "lockSerial": "LK" + new_hex(c.rng, 10).upper(),
            "lockMac": hotel_mac(c.rng, "D4:36:39"),
            "battery": c.rng.randint(20, 100),
            "events": [
                {"ts": ms(c), "cardUid": new_hex(c.rng, 14).upper(), "result": "granted"}
                for _ in range(5)
            ],
        }
    )
    return b.build()


def mobile_key_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobilekey/endpoints")
    b.json(
        {
            "endpointId": b.id("key_endpoint", where="json endpointId"),
            "deviceId": b.id("aid_keys", where="json deviceId"),
            "platform": "android",
            "bleCapable": True,
            "staffNo": b.acct("staff_no"),
        }
    )
    b.ok_json({"keys": [{"keyId": rid(c.rng), "doors": ["MASTER-NIGHT"]}]})
    return b.build()


def mobile_key_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mk/hb")
    frame = b.id_raw("key_endpoint", "hex_frame", "json f (hex frame, endpoint id inside)")
    b.json({"f": "a501" + frame.encode().hex() + "ff", "n": c.rng.randint(1, 999)})
    b.no_content()
    return b.build()


def door_open_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mobilekey/opened")
    b.decoy("a door opened by the manager's key: door id and time (no device id sent)")
    b.json({"door": "MASTER-NIGHT", "lock": room(c.rng), "openedAt": iso(c), "rssi": -60})
    b.no_content()
    return b.build()
