"""Her own watch and earbuds: the companion app (fictional "Kōtuku Wear", in-house).

The companion registers the paired watch and earbuds (serial numbers, BLE
addresses: her devices, so device ids), checks firmware by serial and syncs
workouts. Key names are the maker's own. An obfuscated telemetry field holds the
watch serial under a meaningless key (not signature-detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, rf, rid, ua

HOST = "https://cloud.kotuku-wear.example.com"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "wear", method, HOST + path)
    b.header("user-agent", ua("KotukuWear", "3.3"))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/devices/register")
    b.json(
        {
            "phone": {
                "vendorId": b.id("idfv_wear", where="json:phone.vendorId"),
                "model": "iPhone15,4",
            },
            "accessories": [
                {
                    "type": "watch",
                    "serialNumber": b.id("watch_serial", where="json:accessories[0].serialNumber"),
                    "bluetoothAddress": b.id(
                        "watch_mac", where="json:accessories[0].bluetoothAddress"
                    ),
                },
                {
                    "type": "earbuds",
                    "serialNumber": b.id("buds_serial", where="json:accessories[1].serialNumber"),
                    "btMac": b.id("buds_mac", "lower", where="json:accessories[1].btMac"),
                },
            ],
        }
    )
    b.ok_json({"registered": 2})
    return b.build()


def firmware(c: Context) -> Flow:
    which = c.rng.choice(["watch", "buds"])
    b = _b(c, "GET", f"/api/v2/firmware/{which}")
    b.param("sn", b.id(f"{which}_serial", where="query:sn"))
    b.param("current", "2.1.4")
    b.ok_json({"latest": "2.2.0", "url": f"https://fw.kotuku-wear.example.com/{rid(c.rng)}.bin"})
    return b.build()


def buds_status(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/accessories/status")
    b.header("x-accessory-mac", b.id("buds_mac", where="header:x-accessory-mac"))
    b.json(
        {
            "batteryL": c.rng.randint(10, 100),
            "batteryR": c.rng.randint(10, 100),
            "anc": "on",
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def workout_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/workouts")
    b.header("x-watch-serial", b.id("watch_serial", where="header:x-watch-serial"))
    hr = [c.rng.randint(90, 180) for _ in range(30)]
    b.json(
        {
            "type": "HIIT",
            "start": iso(c),
            "hrSeries": hr,
            "kcal": c.rng.randint(200, 700),
            "route": [[rf(c.rng, -36.9, -36.8, 5), rf(c.rng, 174.7, 174.8, 5)] for _ in range(5)],
        }
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def opaque_telemetry(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/t")
    b.json(
        {
            "a": 7,
            "k9": b.id(
                "watch_serial",
                "b64",
                where="json:k9 (base64 under a meaningless key)",
                detectable=False,
            ),
            "z": b64(bytes(c.rng.getrandbits(8) for _ in range(48))),
        }
    )
    b.no_content()
    return b.build()


def watchfaces(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/store/watchfaces")
    b.ok_json(
        {
            "faces": [
                {"id": rid(c.rng), "name": n, "priceCents": 0}
                for n in ("Kōwhaiwhai", "Minimal", "Pulse")
            ]
        }
    )
    b.decoy("watch-face catalogue ('faces' of a watch)")
    return b.build()
