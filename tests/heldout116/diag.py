"""DiagLink: the companion app of the garage's OBD-II dongles and scan tool.

The dongles and the scanner belong to the garage (their serials and Bluetooth
MACs are the business's equipment). What they read belongs to the customers:
VINs, fault codes, live PIDs, the head unit's serial, the telematics modem's
IMEI and ICCID, TPMS sensor ids, key-fob transponder ids. A customer's
infotainment unit also gives up its media history during a diagnostic dump:
that is another person's listening, not the tester's, and is labelled a decoy
(the issue's viewing history is the tester's own; a stranger's list read off
their car is neither his activity nor about his devices).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, gz, jsb

from .phone import FB, customer_imei, iso, ms, rf, rid, ua, vin

API = "https://cloud.diaglink.example"
UA = ua("DiagLink", "5.2.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "diaglink", method, API + path)
    b.header("user-agent", UA)
    b.header("x-dl-workshop", "WAW-0412")
    return b


def _dongle(c: Context) -> dict[str, str]:
    n = c.rng.randint(1, 3)
    return {"serial": f"OBDL-WAW-{n:04d}", "btMac": f"00:1D:A5:68:98:{10 + n:02X}"}


def session_start(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/sessions")
    b.decoy("garage's OBD dongle serial/MAC and a customer's VIN: not the tester's devices")
    b.json(
        {
            "adapter": _dongle(c),
            "vehicle": {"vin": vin(c.rng), "protocol": "ISO15765-4 CAN 11/500"},
            "technician": c.rng.choice(["marek", "oleh", "taras"]),
            "startedAt": iso(c),
        }
    )
    b.ok_json({"sessionId": rid(c.rng)})
    return b.build()


def fault_codes(c: Context) -> Flow:
    b = _b(c, "POST", f"/v3/sessions/{rid(c.rng)}/dtc")
    b.json(
        {
            "dtc": [
                {"code": c.rng.choice(["P0300", "P0171", "P0420", "U0100", "C1234"]), "st": "08"}
                for _ in range(c.rng.randint(1, 4))
            ],
            "ecu": c.rng.choice(["7E0", "7E8", "760"]),
        }
    )
    b.ok_json({"descriptions": {"P0300": "Wykryto wypadanie zapłonu"}})
    return b.build()


def live_pids(c: Context) -> Flow:
    b = _b(c, "POST", f"/v3/sessions/{rid(c.rng)}/live")
    b.decoy("live sensor series (rpm, coolant, lambda): look like telemetry, identify nothing")
    t0 = ms(c)
    b.json(
        {
            "pids": ["010C", "0105", "0114"],
            "samples": [
                [t0 + i * 200, c.rng.randint(750, 3200), c.rng.randint(70, 98), rf(c.rng, 0, 1, 3)]
                for i in range(30)
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def ecu_identification(c: Context) -> Flow:
    """Module scan: every ECU's part number, serial and the head unit/telematics ids."""
    b = _b(c, "POST", f"/v3/sessions/{rid(c.rng)}/identification")
    b.decoy("customer car's ECU serials, head-unit serial, telematics modem IMEI/ICCID")
    b.json(
        {
            "modules": [
                {
                    "addr": "01",
                    "name": "Engine",
                    "hwNo": "04E906027JT",
                    "serial": "VWX7Z0" + new_digits(c.rng, 8),
                },
                {
                    "addr": "5F",
                    "name": "Information Electronics",
                    "serial": "VWZ4Z7" + new_digits(c.rng, 8),
                },
                {
                    "addr": "75",
                    "name": "Telematics (OCU)",
                    "imei": customer_imei(c.rng),
                    "iccid": "8948" + new_digits(c.rng, 15),
                },
            ],
            "vin": vin(c.rng),
        }
    )
    b.ok_json({"stored": True})
    return b.build()


def infotainment_dump(c: Context) -> Flow:
    """The head unit's diagnostic log, media history included: the customer's listening."""
    b = _b(c, "POST", f"/v3/sessions/{rid(c.rng)}/hu-log")
    b.decoy(
        "customer car's infotainment media history read out during diagnostics: another "
        "person's listening on their car, not the tester's viewing history"
    )
    b.json(
        {
            "unit": "MIB3 OI",
            "errors": [{"code": "B201A", "txt": "Antenna open circuit"}],
            "mediaHistory": [
                {
                    "source": c.rng.choice(["FM", "DAB", "USB", "BT"]),
                    "title": c.rng.choice(["Trójka", "RMF FM", "Radio ZET", "track03.mp3"]),
                    "playedAt": iso(c),
                    "durationSec": c.rng.randint(30, 1800),
                }
                for _ in range(5)
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def infotainment_raw(c: Context) -> Flow:
    """Older units: the same log as gzip+base64 under `blob`."""
    b = _b(c, "POST", f"/v3/sessions/{rid(c.rng)}/hu-raw")
    b.decoy("customer's head-unit log blob (media history inside): another person's car")
    log = {"mh": [[c.rng.randint(1, 9), ms(c) - i * 60000] for i in range(8)], "fw": "0478"}
    b.json({"fmt": "gz+b64", "blob": b64(gz(jsb(log)))})
    b.ok_json({"ok": True})
    return b.build()


def tpms_learn(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/tpms/relearn")
    b.decoy("a customer's tyre-pressure sensor ids and pressures")
    b.json(
        {
            "vin": vin(c.rng),
            "sensors": [
                {"pos": p, "id": new_hex(c.rng, 8).upper(), "kPa": c.rng.randint(215, 255)}
                for p in ("FL", "FR", "RL", "RR")
            ],
            "tool": {"model": "TPMS-508", "sn": "TS5" + new_digits(c.rng, 9)},
        }
    )
    b.ok_json({"result": "OK"})
    return b.build()


def key_fob(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/immo/keys")
    b.decoy("key-fob transponder id and remote id programmed into a customer's car")
    b.json(
        {
            "vin": vin(c.rng),
            "transponder": {"type": "ID48", "uid": new_hex(c.rng, 8).upper()},
            "remoteId": new_hex(c.rng, 6).upper(),
            "keySlot": c.rng.randint(1, 4),
            "pin": new_digits(c.rng, 4),
        }
    )
    b.ok_json({"programmed": True})
    return b.build()


def scanner_update(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/tools/TS5{new_digits(c.rng, 9)}/firmware?current=2.14")
    b.decoy("the garage's scan-tool serial in an update check")
    b.ok_json({"latest": "2.15", "sha256": new_hex(c.rng, 64)})
    return b.build()
