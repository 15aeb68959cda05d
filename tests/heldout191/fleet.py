"""PCzone Hub: the café's PC-bang management system (seat agents, anti-cheat,
consoles) and its manager app on Ji-woo's phone.

The seat agents report each gaming PC's MAC, BIOS serial and MachineGuid: the
café's equipment, decoys. The anti-cheat client hashes hardware ids of the same
PCs and sends mouse and in-game camera yaw/pitch/roll (no face). Only the
manager app's registration of her own phone carries a device identifier.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .cafe import CAFE_CODE, GAME_CODES, GEAR, SEATS
from .phone import FB, iso, ms, rf, rid, ua

HUB = "https://api.pczonehub.example"
AC = "https://telemetry.guardline-ac.example"
UA = ua("PCzoneManager", "3.8.2")
AGENT_UA = "PCzoneAgent/5.2.11 (Windows NT 10.0; Win64; x64)"


def _agent(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pczone_agent", method, url, http_version="HTTP/1.1")
    b.header("user-agent", AGENT_UA)
    b.header("x-store-code", CAFE_CODE)
    return b


def _mgr(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pczone_manager", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def seat_heartbeat(c: Context) -> Flow:
    seat = c.rng.choice(SEATS)
    b = _agent(c, "POST", f"{HUB}/v3/agents/{seat.host}/heartbeat")
    b.decoy("café gaming PC's MAC, BIOS serial and MachineGuid: the business's equipment")
    b.json(
        {
            "seatNo": seat.number,
            "hostName": seat.host,
            "macAddress": seat.mac,
            "biosSerial": seat.bios_serial,
            "machineGuid": seat.machine_guid,
            "cpuTempC": rf(c.rng, 45, 82, 1),
            "gpuTempC": rf(c.rng, 50, 86, 1),
            "fps": c.rng.randint(120, 360),
            "foreground": c.rng.choice(GAME_CODES),
            "uptimeSec": c.rng.randint(600, 90000),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True, "cmd": None})
    return b.build()


def fleet_status(c: Context) -> Flow:
    b = _mgr(c, "GET", f"{HUB}/v3/stores/{CAFE_CODE}/pcs?include=hw")
    b.decoy("list of the café's 40 PCs with MACs and serials (business equipment)")
    b.ok_json(
        {
            "pcs": [
                {
                    "seatNo": s.number,
                    "host": s.host,
                    "mac": s.mac,
                    "serial": s.bios_serial,
                    "state": c.rng.choice(["IN_USE", "IDLE", "OFF", "CLEANING"]),
                }
                for s in SEATS
            ]
        }
    )
    return b.build()


def wake_on_lan(c: Context) -> Flow:
    seat = c.rng.choice(SEATS)
    b = _mgr(c, "POST", f"{HUB}/v3/stores/{CAFE_CODE}/pcs/{seat.number}/wol")
    b.decoy("magic packet target: a café PC's MAC")
    b.json({"targetMac": seat.mac, "broadcast": "192.168.10.255", "requestId": rid(c.rng)})
    b.ok_json({"queued": True})
    return b.build()


def console_status(c: Context) -> Flow:
    b = _mgr(c, "GET", f"{HUB}/v3/stores/{CAFE_CODE}/consoles")
    b.decoy("the café's PS5 and Switch serials (business equipment)")
    b.ok_json(
        {
            "consoles": [
                {"room": "콘솔룸 A", "model": "CFI-2018", "serialNo": GEAR["ps5_1"]},
                {"room": "콘솔룸 B", "model": "CFI-2018", "serialNo": GEAR["ps5_2"]},
                {"room": "라운지", "model": "HEG-001", "serialNo": GEAR["switch_1"]},
            ]
        }
    )
    return b.build()


def anticheat_report(c: Context) -> Flow:
    seat = c.rng.choice(SEATS)
    b = FB(c, "guardline_ac", "POST", f"{AC}/v2/report", http_version="HTTP/1.1")
    b.header("user-agent", "GuardlineAC/2.4 (win64)")
    b.decoy("anti-cheat hardware hashes of a café PC, game camera yaw/pitch/roll (no face)")
    b.json(
        {
            "hwid": seat.hwid,
            "smbiosUuid": seat.machine_guid.upper(),
            "diskSerialHash": new_hex(c.rng, 40),
            "matchId": rid(c.rng),
            "game": c.rng.choice(GAME_CODES),
            "camera": {
                "yaw": rf(c.rng, -180, 180, 2),
                "pitch": rf(c.rng, -89, 89, 2),
                "roll": 0.0,
            },
            "mouse": [[c.rng.randint(-40, 40), c.rng.randint(-30, 30)] for _ in range(12)],
            "flags": [],
        },
        "gzip",
    )
    b.ok_json({"verdict": "clean", "ticket": new_hex(c.rng, 16)})
    return b.build()


def anticheat_scan(c: Context) -> Flow:
    b = FB(c, "guardline_ac", "GET", f"{AC}/v2/signatures?build=2412.3")
    b.header("user-agent", "GuardlineAC/2.4 (win64)")
    b.decoy("module hash list (no device)")
    b.ok_json({"modules": [{"sha1": new_hex(c.rng, 40), "deny": True} for _ in range(6)]})
    return b.build()


def manager_register(c: Context) -> Flow:
    """The manager app binds Ji-woo's phone for push alarms (seat calls, low stock)."""
    b = FB(c, "pczone_manager", "POST", f"{HUB}/v3/staff/devices")
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_manager", where="header x-device-id"))
    b.json(
        {
            "staffId": b.acct("manager_staff"),
            "fcmInstallationId": b.id("manager_fcm_install", where="json fcmInstallationId"),
            "platform": "android",
            "model": "SM-S921N",
            "storeCode": CAFE_CODE,
        }
    )
    b.ok_json({"registered": True, "at": iso(c)})
    return b.build()


def manager_alerts(c: Context) -> Flow:
    b = FB(c, "pczone_manager", "GET", f"{HUB}/v3/staff/alerts")
    b.header("user-agent", UA)
    b.header("x-h", b.id("aid_manager", "md5", "header x-h (md5)", detectable=False))
    b.ok_json(
        {
            "alerts": [
                {"type": "SEAT_CALL", "seatNo": c.rng.randint(1, 40), "at": iso(c)},
                {"type": "LOW_STOCK", "item": "핫식스", "left": c.rng.randint(0, 5)},
            ]
        }
    )
    return b.build()
