"""Kairos: the companion app of the officer's own smartwatch (a fictional brand).

Pairing registers the watch's BLE MAC and serial with the app's ANDROID_ID and
install id; every sync names the watch by its serial in `x-watch-sn`; the
firmware check keys on a SHA-256 of the serial under `h` and the settings
backup on an MD5 of the BLE MAC under `d` (both opaque). Daily steps and heart
rate are health data, not face, voice or fingerprint data; watch faces and
the weather push are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import OB, iso, ms, rf, ua

API = "https://api.kairoswear.example"
UA = ua("KairosWear", "3.4.2")


def _b(c: Context, method: str, url: str) -> OB:
    b = OB(c, "kairos", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/bind")
    b.json(
        {
            "watch": {
                "bleMac": b.id("watch_mac", where="json watch.bleMac"),
                "serialNumber": b.id("watch_serial", where="json watch.serialNumber"),
                "model": "Kairos Active 2",
                "fw": "2.8.14",
            },
            "phone": {
                "androidId": b.id("aid_kairos", where="json phone.androidId"),
                "installId": b.id("kairos_install", where="json phone.installId"),
            },
        }
    )
    b.ok_json({"bound": True, "user": b.acct("kairos_user")})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/summary")
    b.header("x-watch-sn", b.id("watch_serial", where="header x-watch-sn"))
    b.decoy("steps / heart rate / sleep (health data, not face, voice or fingerprint)")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": c.rng.randint(2000, 19000),
            "restingHr": c.rng.randint(52, 70),
            "sleepMin": c.rng.randint(300, 480),
            "battery": c.rng.randint(10, 100),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def firmware_hashed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fw/check")
    b.param("h", b.id("watch_serial", "sha256", "query h", detectable=False))
    b.param("cur", "2.8.14")
    b.ok_json({"update": c.rng.random() < 0.2, "latest": "2.8.16", "sizeKb": 5120})
    return b.build()


def settings_hashed(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/s")
    b.json(
        {
            "d": b.id("watch_mac", "md5", "json d", detectable=False),
            "cfg": {"raise": True, "dnd": "23:00-07:00", "face": c.rng.randint(1, 30)},
        }
    )
    b.no_content()
    return b.build()


def heart_rate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/hr")
    b.decoy("heart-rate samples (health data, not face, voice or fingerprint)")
    b.json(
        {
            "samples": [[ms(c) - i * 60000, c.rng.randint(55, 130)] for i in range(10)],
            "source": "wrist",
        }
    )
    b.no_content()
    return b.build()


def watch_faces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/faces?page=1&lang=it")
    b.ok_json(
        {"faces": [{"id": i, "name": n} for i, n in enumerate(["Nautico", "Minimal", "Riviera"])]}
    )
    return b.build()


def weather_push(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/weather?lat={rf(c.rng, 41, 44, 2)}&lon={rf(c.rng, 2, 9, 2)}")
    b.ok_json({"t": rf(c.rng, 18, 31, 1), "icon": "sun", "wind": rf(c.rng, 2, 30, 0)})
    return b.build()


FLOWS = [heart_rate, watch_faces, weather_push]
