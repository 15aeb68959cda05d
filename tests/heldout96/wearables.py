"""The tester's OWN smartwatch and earbuds companion apps: device registration
and sync carry their serials and Bluetooth MACs (his devices: device_id). The
watch's step and heart-rate series are not biometric in this project's sense
(face and voice only), and firmware catalogue fetches carry no id.

Sources: companion apps register paired wearables by serial and BT address the
way Garmin Connect's device-registration / Fitbit's Web API GET /1/user/-/devices
.json (id, deviceVersion, mac, battery, lastSyncTime) show them; the earbuds'
OTA check puts the serial in the URL path as Jabra / Samsung Wearable updaters
do. Backends fictional.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, new_hex, sdk_ua

WATCH = "https://api.fitpulse.example.com"
BUDS = "https://ota.soundbuds.example.com"


def watch_register(c: Context) -> Flow:
    b = FB(c, "fitpulse", "POST", f"{WATCH}/v2/devices/register")
    b.header("user-agent", sdk_ua("FitPulse", "6.2"))
    b.json(
        {
            "serialNumber": b.id("watch_serial", where="json serialNumber"),
            "bluetoothMac": b.id("watch_mac", where="json bluetoothMac"),
            "model": "FP Venu X",
            "firmware": "19.22",
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"deviceId": new_hex(c.rng, 12), "status": "paired"})
    return b.build()


def watch_devices(c: Context) -> Flow:
    b = FB(c, "fitpulse", "GET", f"{WATCH}/1/user/-/devices.json")
    b.ok_json(
        [
            {
                "id": new_hex(c.rng, 8),
                "deviceVersion": "FP Venu X",
                "type": "TRACKER",
                "mac": b.id("watch_mac", how="nosep", where="response mac", direction="response"),
                "battery": "High",
                "lastSyncTime": iso(c),
            }
        ]
    )
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = FB(c, "fitpulse", "POST", f"{WATCH}/v2/sync")
    b.json(
        {
            "device": {"serial": b.id("watch_serial", where="json device.serial")},
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "hr": [c.rng.randint(55, 150) for _ in range(24)],
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def buds_ota(c: Context) -> Flow:
    b = FB(c, "soundbuds", "GET", BUDS)
    serial = b.id("buds_serial", where="url path /devices/{serial}/firmware")
    b.base = f"{BUDS}/v1/devices/{serial}/firmware/latest"
    b.param("current", "3.1.7")
    b.ok_json({"latest": "3.2.0", "url": f"{BUDS}/fw/{new_hex(c.rng, 16)}.bin"})
    return b.build()


def buds_pair(c: Context) -> Flow:
    b = FB(c, "soundbuds", "POST", f"{BUDS}/v1/pairing")
    b.json(
        {
            "btAddress": b.id("buds_mac", where="json btAddress"),
            "serial": b.id("buds_serial", where="json serial"),
            "model": "SB Pro 3",
            "eq": [0, 2, 3, 1, 0, -1, 0, 2],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def buds_opaque(c: Context) -> Flow:
    b = FB(c, "soundbuds", "POST", f"{BUDS}/v1/t")
    b.id_raw("buds_serial", "aes_gcm", where="body: AES-GCM blob with the serial inside")
    b.set_body(b64(bytes(c.rng.randrange(256) for _ in range(96))).encode(), "text/plain")
    b.no_content()
    return b.build()


def watch_faces(c: Context) -> Flow:
    b = FB(
        c, "fitpulse", "GET", f"{WATCH}/v2/store/watchfaces", [("model", "venux"), ("page", "1")]
    )
    b.ok_json(
        {
            "faces": [
                {"id": new_hex(c.rng, 10), "name": n, "downloads": c.rng.randint(100, 90000)}
                for n in ("Analog Pro", "Elektryk", "Minimal")
            ]
        }
    )
    b.decoy("watch-face catalogue")
    return b.build()


DEV = [watch_register, buds_ota, watch_sync, buds_pair, watch_devices, buds_opaque]
DECOYS = [watch_faces]
