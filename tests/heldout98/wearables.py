"""Her smartwatch and earbuds companion apps (her own paired devices).

Device ids: the watch's serial and Bluetooth address at pairing and sync, the
earbuds' serial and BD address on firmware checks (in JSON, a URL path and a
header). Decoys: heart-rate and step series (health data, not face or voice),
EQ presets, firmware hashes, a watch face's own render settings.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua

WATCH = "https://api.wristlink-example.com"
BUDS = "https://fw.soundpod-example.jp"


def watch_pair(c: Context) -> Flow:
    b = FB(c, "watch", "POST", WATCH + "/v1/devices/pair")
    b.header("user-agent", ua("Wristlink", "6.0.2"))
    b.json(
        {
            "serialNumber": b.id("watch_serial", where="body.serialNumber"),
            "bluetoothAddress": b.id("watch_mac", where="body.bluetoothAddress"),
            "model": "WL-Active 3",
            "firmware": "3.21.4",
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = FB(c, "watch", "POST", WATCH)
    b.base += (
        "/v1/devices/" + b.id("watch_serial", where="path /v1/devices/{serial}/sync") + "/sync"
    )
    b.header("user-agent", ua("Wristlink", "6.0.2"))
    b.decoy("heart-rate and step series in the same sync (health data, not in scope)")
    b.json(
        {
            "hr": [c.rng.randint(58, 130) for _ in range(20)],
            "steps": [c.rng.randint(0, 300) for _ in range(12)],
            "from": iso(c),
        }
    )
    b.no_content()
    return b.build()


def buds_fw(c: Context) -> Flow:
    b = FB(c, "buds", "GET", BUDS + "/api/firmware/latest")
    b.header("x-device-serial", b.id("buds_serial", where="header.x-device-serial"))
    b.param("bd_addr", b.id("buds_mac", how="nosep", where="query.bd_addr"))
    b.param("model", "SP-X5")
    b.ok_json({"version": "2.1.0", "sha256": new_hex(c.rng, 64)})
    return b.build()


def buds_register(c: Context) -> Flow:
    b = FB(c, "buds", "POST", BUDS + "/api/devices")
    b.json(
        {
            "device": {
                "serial_no": b.id("buds_serial", where="body.device.serial_no"),
                "bt_mac": b.id("buds_mac", where="body.device.bt_mac"),
            },
            "phone": "iPhone16,1",
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def hr_series(c: Context) -> Flow:
    b = FB(c, "watch", "POST", WATCH + "/v1/health/hr")
    b.decoy("heart-rate series with timestamps (no device id)")
    b.json({"samples": [[ms(c) + i * 5000, c.rng.randint(55, 140)] for i in range(24)]})
    b.no_content()
    return b.build()


def eq_preset(c: Context) -> Flow:
    b = FB(c, "buds", "PUT", BUDS + "/api/me/eq")
    b.decoy("EQ band gains (float list)")
    b.json({"bands": [round(c.rng.uniform(-6, 6), 1) for _ in range(10)], "reqId": rid(c.rng)})
    b.no_content()
    return b.build()


def watch_face(c: Context) -> Flow:
    b = FB(c, "watch", "GET", WATCH + "/v1/store/faces?sort=popular")
    b.decoy("watch-face store: 'face' designs with colour settings (no human face)")
    b.ok_json(
        {
            "faces": [
                {"id": new_hex(c.rng, 8), "faceStyle": "analog", "hands": "baton"} for _ in range(5)
            ]
        }
    )
    return b.build()
