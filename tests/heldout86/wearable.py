"""Her Galaxy Buds and Galaxy Watch through a wearable companion app (in-house
style backend; field names are my own): the buds' Bluetooth address and the
watch's serial number and Wi-Fi MAC at registration and firmware checks (her
own paired devices: device_id), plus ordinary decoys: battery and ANC
settings, step counts and a heart-rate series (health data, not one of the
three categories).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, ms, rf

from .phone import FB, ua

API = "https://api.wearsync-example.com"
UA = ua("WearSync", "2.6.11")


def _api(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "wearsync", method, f"{API}{path}", params)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _api(c, "POST", "/v1/devices/register")
    b.header("x-device-id", b.id("aid_wear", where="header.x-device-id"))
    devs = [
        {
            "type": "buds",
            "model": "SM-R630",
            "btAddress": b.id("buds_mac", where="body.json.devices[0].btAddress"),
        },
        {
            "type": "watch",
            "model": "SM-L310",
            "serialNumber": b.id("watch_serial", where="body.json.devices[1].serialNumber"),
            "wifiMac": b.id("watch_mac", "upper", "body.json.devices[1].wifiMac"),
        },
    ]
    b.json({"devices": devs, "ts": ms(c)})
    b.ok_json({"registered": 2})
    return b.build()


def fota_check(c: Context) -> Flow:
    b = _api(c, "GET", "/v1/fota/check")
    serial = b.id("watch_serial", where="query.sn")
    b.params += [("model", "SM-L310"), ("sn", serial), ("fw", "L310XXU1AXI5")]
    b.ok_json({"update": False})
    return b.build()


def buds_status(c: Context) -> Flow:
    b = _api(c, "POST", "/v1/buds/state")
    b.json(
        {
            "bt_addr": b.id("buds_mac", "nosep", "body.json.bt_addr"),
            "batteryL": c.rng.randint(10, 100),
            "batteryR": c.rng.randint(10, 100),
            "anc": c.rng.choice(["on", "ambient", "off"]),
        }
    )
    b.no_content()
    return b.build()


def buds_settings(c: Context) -> Flow:
    b = _api(c, "PUT", "/v1/buds/settings")
    b.json(
        {
            "eq": c.rng.choice(["bass", "clear", "normal"]),
            "touchLock": False,
            "voiceDetect": True,
            "ambientLevel": c.rng.randint(0, 4),
        }
    )
    b.decoy("earbuds settings (voice-detect is a conversation mode, no voice data)")
    b.no_content()
    return b.build()


def health_sync(c: Context) -> Flow:
    b = _api(c, "POST", "/v1/health/sync")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": c.rng.randint(800, 14000),
            "hr": [c.rng.randint(55, 120) for _ in range(30)],
            "sleepMin": c.rng.randint(300, 480),
            "stress": rf(c.rng, 0, 1, 2),
        }
    )
    b.decoy("health sync: steps, heart-rate series (no face, voice or device id)")
    b.ok_json({"synced": True})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _api(c, "GET", "/v1/store/watchfaces", [("sort", "popular"), ("page", "1")])
    b.ok_json(
        {"items": [{"id": f"wf{c.rng.randint(100, 999)}", "name": "Onda", "downloads": 3200}]}
    )
    b.decoy("watch-face store page")
    return b.build()
