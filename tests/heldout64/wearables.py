"""The courier's own Galaxy Buds and Galaxy Watch, through the wearable companion
app's firmware and pairing calls (a companion backend of its own, modelled on
what Galaxy Wearable shows in Settings: BT address, serial, firmware).
These are things the tester owns and pairs: device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rid, ua

API = "https://fw.wearcompanion-example.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "wearcompanion", method, API + path)
    b.header("user-agent", ua("WearCompanion", "2.2.60"))
    return b


def buds_firmware(c: Context) -> Flow:
    b = _b(c, "GET", "/v1/firmware/check")
    b.param("model", "SM-R510")
    b.param("btAddress", b.id("buds_mac", how="urlenc", where="query btAddress"))
    b.param("current", "R510XXU0AXK1")
    b.ok_json({"latest": "R510XXU0AYA2", "mandatory": False})
    return b.build()


def watch_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/devices")
    b.json(
        {
            "deviceType": "watch",
            "model": "SM-R930",
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "bluetoothMac": b.id("watch_mac", where="json bluetoothMac"),
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def watch_path(c: Context) -> Flow:
    """The watch's serial as a URL path segment."""
    b = _b(c, "GET", "")
    serial = b.id("watch_serial", where="path /v1/devices/{serial}/battery")
    b.base = f"{API}/v1/devices/{serial}/battery"
    b.ok_json({"battery": c.rng.randint(5, 100), "charging": False})
    return b.build()
