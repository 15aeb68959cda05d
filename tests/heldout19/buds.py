"""The wireless earbuds' companion app ("Hush Buds").

In-house: product registration (both bud serials, case serial, BLE address),
firmware check (serial in the URL path), a protobuf status report whose field
numbers say nothing (detectable=False), the hearing test (an audiogram:
health data, but no biometric identifier: a decoy) and EQ presets.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, rid, ua

API = "https://api.hushbuds-example.com"
UA = ua("HushBuds", "3.9.0")


def register(c: Context) -> Flow:
    b = FB(c, "hushbuds", "POST", f"{API}/v1/products/register")
    b.header("user-agent", UA)
    b.json(
        {
            "serialNumbers": {
                "left": b.id("bud_left_sn", where="body.serialNumbers.left"),
                "right": b.id("bud_right_sn", where="body.serialNumbers.right"),
                "case": b.id("case_sn", where="body.serialNumbers.case"),
            },
            "bt_address": b.id("buds_mac", where="body.bt_address"),
            "phone_android_id": b.id("aid_buds", where="body.phone_android_id"),
            "registeredAt": iso(c),
        }
    )
    b.ok_json({"warrantyUntil": "2026-11-05"})
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "hushbuds", "GET", f"{API}/v1/devices/")
    sn = b.id("bud_left_sn", where="path.devices/{serial}")
    b.base = f"{API}/v1/devices/{sn}/firmware"
    b.params = [("current", "2.4.17"), ("model", "HB-Pro3")]
    b.ok_json({"latest": "2.5.02", "url": "https://cdn.hushbuds-example.com/fw/2.5.02.bin"})
    return b.build()


def status_pb(c: Context) -> Flow:
    b = FB(c, "hushbuds", "POST", f"{API}/v1/telemetry")
    mac = b.id("buds_mac", how="protobuf", where="protobuf.1", detectable=False)
    body = (
        pb_bytes(1, mac) + pb_varint(2, c.rng.randint(5, 100)) + pb_varint(3, c.rng.randint(5, 100))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def ble_list(c: Context) -> Flow:
    b = FB(c, "hushbuds", "POST", f"{API}/v1/devices/sync")
    b.header("user-agent", UA)
    b.json(
        {
            "devices": [
                {
                    "bleMac": b.id("buds_mac", how="lower", where="body.devices[].bleMac"),
                    "battery": {"l": c.rng.randint(10, 100), "r": c.rng.randint(10, 100)},
                }
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def hearing_test(c: Context) -> Flow:
    b = FB(c, "hushbuds", "POST", f"{API}/v1/personalisation/hearing-test")
    b.header("user-agent", UA)
    freqs = [250, 500, 1000, 2000, 4000, 8000]
    ear = {f: c.rng.randint(0, 35) for f in freqs}
    b.json({"testId": rid(c.rng), "audiogram": {"left": ear, "right": ear}, "takenAt": iso(c)})
    b.decoy("hearing test audiogram (health data, not a biometric identifier)")
    b.ok_json({"profile": "EQ_" + str(c.rng.randint(1, 9))})
    return b.build()


def eq_presets(c: Context) -> Flow:
    b = FB(c, "hushbuds", "GET", f"{API}/v1/eq/presets")
    b.ok_json(
        {
            "presets": [
                {"name": n, "gains": [c.rng.randint(-6, 6) for _ in range(5)]}
                for n in ("Bass", "Vocal", "Commute")
            ]
        }
    )
    b.decoy("EQ gains series")
    return b.build()
