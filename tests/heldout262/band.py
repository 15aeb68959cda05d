"""Druk Band: the mother's fitness band and its companion app (Xiaomi in Paro).

Pairing and sync send the band's BLE MAC and serial (`gom_tshad` steps,
`snying_rtsa` heart rate in the body too); the dump upload is protobuf with
the serial in a field; a config poll hashes the serial into a header with no
name to say so. Steps, heart rate, sleep and the daily goal are no
biometric data in this set's sense (no face or voice), the firmware check
and the weather widget are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.drukband.example"
UA = ua("DrukBand", "4.1.0", "aama")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "drukband", method, url)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("band_user"))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "bleMac": b.id("band_mac", where="json bleMac"),
            "sn": b.id("band_serial", where="json sn"),
            "phoneAndroidId": b.id("aid_band", where="json phoneAndroidId"),
            "installId": b.id("band_install", where="json installId"),
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sync")
    b.header("x-band-mac", b.id("band_mac", "nosep", "header x-band-mac"))
    b.decoy("steps (gom_tshad) and heart rate (snying_rtsa): health data, not biometric")
    b.json(
        {
            "gom_tshad": c.rng.randint(500, 14000),
            "snying_rtsa": [c.rng.randint(58, 120) for _ in range(12)],
            "nyal": {"start": iso(c), "min": c.rng.randint(300, 520)},
            "t": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dump")
    body = (
        pb_bytes(1, b.id("band_serial", "protobuf", "protobuf field 1 (serial)", detectable=False))
        + pb_varint(2, c.rng.randint(1000, 9000))
        + pb_bytes(3, c.rng.randbytes(120))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.header("x-k", b.id("band_serial", "sha1", "header x-k (sha1 of serial)", detectable=False))
    b.ok_json({"goal": 8000, "units": "metric"})
    return b.build()


def day(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/day?d={iso(c)[:10]}")
    b.decoy("daily steps and heart-rate summary")
    b.ok_json(
        {
            "steps": c.rng.randint(500, 14000),
            "hrAvg": c.rng.randint(60, 90),
            "kcal": c.rng.randint(1200, 2600),
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fw?hw=DB3")
    b.decoy("firmware build hash")
    b.ok_json({"v": "3.2.8", "md5": new_hex(c.rng, 32)})
    return b.build()
