"""Galaxy Wearable and Samsung Health-style sync for the Galaxy Watch6 (LTE) and Galaxy Buds2 Pro.

The companion backend is written as the plug-in team names things: the
watch's Bluetooth address, serial and (LTE model) IMEI when it pairs; the buds'
Bluetooth address and serial; the buds' last-seen location for "find my
earbuds". Heart rate, sleep stages and steps from the watch are health data
but not face or voice biometrics. A firmware check sends the watch serial
SHA-256-hashed under `d`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, kst14, ms, rf, ua_android

API = "https://api.galaxy-wearable.example"
UA = ua_android("GalaxyWearable", "2.2.61")


def _b(c: Context, method: str, url: str, dvc: bool = True) -> FB:
    b = FB(c, "galaxywear", method, url)
    b.header("user-agent", UA)
    if dvc:
        b.header("x-host-aid", b.id("aid_wear", where="header x-host-aid"))
    return b


def watch_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/gear/register")
    b.json(
        {
            "deviceType": "WATCH",
            "modelName": "SM-R945N",
            "btAddr": b.id("watch_btmac", where="json btAddr"),
            "serialNo": b.id("watch_serial", where="json serialNo"),
            "imei": b.id("watch_imei", where="json imei"),
            "esimYn": "Y",
        }
    )
    b.ok_json({"resultCode": "0", "registeredAt": iso(c)})
    return b.build()


def buds_pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/gear/register")
    b.json(
        {
            "deviceType": "BUDS",
            "modelName": "SM-R510",
            "btAddr": b.id("buds_btmac", where="json btAddr"),
            "serialNo": b.id("buds_serial", where="json serialNo"),
            "fwVer": "R510XXU0AXH1",
        }
    )
    b.ok_json({"resultCode": "0"})
    return b.build()


def gear_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/gear/list")
    b.ok_json(
        {
            "gears": [
                {
                    "type": "WATCH",
                    "btAddr": b.id(
                        "watch_btmac", "nosep", "response json gears[].btAddr", direction="response"
                    ),
                    "battery": c.rng.randint(20, 100),
                },
                {
                    "type": "BUDS",
                    "btAddr": b.id(
                        "buds_btmac", "nosep", "response json gears[].btAddr", direction="response"
                    ),
                    "battery": c.rng.randint(20, 100),
                },
            ]
        }
    )
    return b.build()


def find_buds(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/find/lastseen")
    b.decoy("last-seen coordinates of the earbuds")
    b.json(
        {
            "gearSerial": b.id("buds_serial", where="json gearSerial"),
            "lat": rf(c.rng, 37.45, 37.65, 5),
            "lng": rf(c.rng, 126.9, 127.1, 5),
            "seenAt": iso(c),
        }
    )
    b.ok_json({"resultCode": "0"})
    return b.build()


def fw_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/fota/v1/check", dvc=False)
    b.param("d", b.id("watch_serial", "sha256", "query d", detectable=False))
    b.param("m", "SM-R945N")
    b.ok_json({"update": False, "checkedAt": kst14(c)})
    return b.build()


def health_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/health/v1/sync", dvc=False)
    b.decoy("heart-rate series, sleep stages and steps: health data, not face or voice biometrics")
    b.json(
        {
            "heartRate": [[ms(c) - i * 60000, c.rng.randint(55, 110)] for i in range(20)],
            "sleep": [
                {"stage": s, "min": c.rng.randint(10, 120)}
                for s in ("light", "deep", "rem", "awake")
            ],
            "steps": c.rng.randint(1000, 16000),
            "spo2": c.rng.randint(94, 99),
        },
        "gzip",
    )
    b.ok_json({"synced": True, "token": new_hex(c.rng, 16)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/store/v1/watchfaces?sort=popular", dvc=False)
    b.decoy("watch faces catalogue (a watch face is not a face)")
    b.ok_json(
        {
            "faces": [
                {
                    "id": f"wf{c.rng.randint(1000, 9999)}",
                    "name": n,
                    "downloads": c.rng.randint(10**3, 10**6),
                }
                for n in ("Analog Utility", "Pixel Bold", "한글 시계")
            ]
        }
    )
    return b.build()
