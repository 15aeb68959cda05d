"""Her own earbuds and fitness watch companion apps: truly device identifiers.

The earbuds' companion (api.soundpeak-audio.com, fictional) registers the buds
with their Bluetooth MAC and serial and checks firmware by serial; the
watch's companion (api.relo-wear.in, fictional) syncs with the watch serial
and BLE address, and pings with an obfuscated serial (opaque). Decoys: EQ
presets, battery levels, step and heart-rate series (no category here).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, series, ua

BUDS = "https://api.soundpeak-audio.com"
WATCH = "https://api.relo-wear.in"


def buds_register(c: Context) -> Flow:
    b = FB(c, "soundpeak", "POST", BUDS + "/v2/devices/register")
    b.header("user-agent", ua("SoundPeak", "3.1.8"))
    b.json(
        {
            "device": {
                "btMac": b.id("buds_mac", where="body.json.device.btMac"),
                "serialNumber": b.id("buds_serial", where="body.json.device.serialNumber"),
                "model": "SP-Buds Air 3",
                "fw": "2.4.1",
            },
            "registeredAt": iso(c),
        }
    )
    b.ok_json({"warrantyUntil": "2027-11-30"})
    return b.build()


def buds_firmware(c: Context) -> Flow:
    b = FB(c, "soundpeak", "GET", BUDS + "/v2/firmware/latest", [("model", "SPBA3")])
    b.param("sn", b.id("buds_serial", where="query.sn"))
    b.ok_json(
        {"latest": "2.4.3", "url": f"https://dl.soundpeak-audio.com/fw/{new_hex(c.rng, 12)}.bin"}
    )
    return b.build()


def buds_eq(c: Context) -> Flow:
    b = FB(c, "soundpeak", "PUT", BUDS + "/v2/me/eq")
    b.json(
        {
            "preset": "custom",
            "bandsDb": series(c.rng, 10, 0, 3, 1),
            "anc": c.rng.choice(["on", "ambient"]),
            "battery": {
                "left": c.rng.randint(10, 100),
                "right": c.rng.randint(10, 100),
                "case": c.rng.randint(10, 100),
            },
        }
    )
    b.decoy("EQ band gains and battery levels")
    b.ok_json({"ok": True})
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = FB(c, "relo", "POST", WATCH + "/api/v1/sync")
    b.header("user-agent", ua("ReloFit", "2.19.0"))
    b.header("x-watch-sn", b.id("watch_serial", where="header.x-watch-sn"))
    b.json(
        {
            "ble_address": b.id("watch_mac", where="body.json.ble_address"),
            "steps": series(c.rng, 24, 400, 250, 0),
            "hr_bpm": series(c.rng, 24, 78, 9, 0),
            "syncedAt": ms(c),
        }
    )
    b.decoy("step and heart-rate series (not a category here)")
    b.ok_json({"next": 900})
    return b.build()


def watch_ping(c: Context) -> Flow:
    b = FB(c, "relo", "POST", WATCH + "/api/v1/p")
    b.json(
        {
            "d": b.id("watch_serial", how="custom_b64", where="body.json.d", detectable=False),
            "t": ms(c),
            "r": rid(c.rng)[:8],
        }
    )
    b.no_content()
    return b.build()


def watch_faces(c: Context) -> Flow:
    b = FB(c, "relo", "GET", WATCH + "/api/v1/store/faces?page=1")
    b.ok_json(
        {
            "faces": [
                {
                    "id": new_hex(c.rng, 8),
                    "name": n,
                    "preview": f"https://cdn.relo-wear.in/f/{new_hex(c.rng, 8)}.png",
                }
                for n in ("Analog Gold", "Jeepney", "Rangoli")
            ]
        }
    )
    b.decoy("watch-face store (a 'face' is a dial design)")
    return b.build()
