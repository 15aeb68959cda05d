"""Her Galaxy Watch and Galaxy Buds through the wearable companion app.

Truly sensitive (device ids of things she owns and pairs): the watch's BLE MAC
and serial on registration and firmware checks, the buds' Bluetooth address.
The companion talks to its vendor backend with JSON (made-up host and key
names in the style of OEM firmware-update APIs: `serialNumber`, `btMac`).
Decoys: step-count and heart-rate series, watch-face catalogue.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

API = "https://wear-api.galaxy-companion-example.com"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua("GalaxyWearable", "2.2.61"))


def watch_register(c: Context) -> Flow:
    b = FB(c, "wear", "POST", f"{API}/v1/devices/register")
    _hdr(b)
    b.json(
        {
            "deviceType": "watch",
            "model": "SM-R960",
            "serialNumber": b.id("watch_serial", where="body.json.serialNumber"),
            "btMac": b.id("watch_mac", where="body.json.btMac"),
            "fw": "R960XXU1AXH1",
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"registered": True})
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = FB(c, "wear", "GET", f"{API}/v1/fota/check", [("model", "SM-R960")])
    b.param("sn", b.id("watch_serial", where="query.sn"))
    b.param("cur", "R960XXU1AXH1")
    _hdr(b)
    b.ok_json({"update": False, "checkedAt": iso(c)})
    return b.build()


def buds_status(c: Context) -> Flow:
    b = FB(c, "wear", "POST", f"{API}/v1/buds/status")
    _hdr(b)
    b.json(
        {
            "model": "SM-R630",
            "bt_address": b.id("buds_mac", "nosep", where="body.json.bt_address"),
            "battery": {"left": c.rng.randint(10, 100), "right": c.rng.randint(10, 100)},
            "anc": True,
        }
    )
    b.no_content()
    return b.build()


def watch_opaque(c: Context) -> Flow:
    b = FB(c, "wear", "POST", f"{API}/v1/sync/{new_hex(c.rng, 8)}")
    _hdr(b)
    b.json(
        {
            "k": b.id("watch_mac", "sha256", where="body.json.k", detectable=False),
            "blob": new_hex(c.rng, 64),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def steps(c: Context) -> Flow:
    b = FB(c, "wear", "POST", f"{API}/v1/health/steps")
    _hdr(b)
    b.json(
        {
            "day": iso(c)[:10],
            "hourly": [c.rng.randint(0, 1500) for _ in range(24)],
            "hr": [c.rng.randint(58, 120) for _ in range(24)],
            "syncId": rid(c.rng),
        }
    )
    b.no_content()
    b.decoy("step and heart-rate series")
    return b.build()


def watchfaces(c: Context) -> Flow:
    b = FB(c, "wear", "GET", f"{API}/v1/store/watchfaces", [("sort", "popular")])
    _hdr(b)
    b.ok_json(
        {
            "items": [
                {"id": new_hex(c.rng, 10), "name": n, "downloads": c.rng.randint(10**3, 10**6)}
                for n in ("Arabic Numerals", "Desert Minimal", "Face Pro Analog")
            ]
        }
    )
    b.decoy("watch-face store ('Face Pro Analog')")
    return b.build()
