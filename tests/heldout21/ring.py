"""Smart ring and sleep app ("Yubiwa Sleep"): the ring's BLE MAC and serial
travel on every sync. Heart rate, HRV, temperature and sleep stages are health
data, not biometric identifiers: they are here as numeric-series look-alikes.
Endpoints and keys are our own invention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid, ua

API = "https://cloud.yubiwa-sleep.jp"
UA = ua("YubiwaSleep", "4.6.0")


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "yubiwa", method, API + path)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("ring_user"))
    return b


def sleep_sync(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/sleep/sync")
    body = {
        "ring": {
            "bleAddress": b.id("ring_mac", where="body.ring.bleAddress"),
            "serial": b.id("ring_serial", where="body.ring.serial"),
            "fw": "3.4.12",
            "battery": c.rng.randint(10, 100),
        },
        "night": {
            "bedtime": iso(c),
            "hypnogram": "".join(c.rng.choice("ADLR") for _ in range(96)),
            "hr": [c.rng.randint(48, 72) for _ in range(48)],
            "hrv": [c.rng.randint(20, 90) for _ in range(48)],
            "tempDelta": rf(c.rng, -0.6, 0.6, 2),
        },
    }
    b.decoy("heart-rate / HRV / hypnogram series")
    b.json(body, encoding="gzip")
    b.ok_json({"score": c.rng.randint(55, 95)})
    return b.build()


def ring_register(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/rings")
    body = {
        "mac_address": b.id("ring_mac", "lower", where="body.mac_address"),
        "serial_number": b.id("ring_serial", where="body.serial_number"),
        "installId": b.id("ring_install", where="body.installId"),
        "android_id": b.id("aid_ring", where="body.android_id"),
        "size": c.rng.choice([8, 9, 10]),
    }
    b.json(body)
    b.ok_json({"ok": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "yubiwa", "GET", API)
    sn = b.id("ring_serial", where="url path /rings/<serial>/firmware", detectable=False)
    b.base = f"{API}/v1/rings/{sn}/firmware"
    b.header("user-agent", UA)
    b.ok_json({"latest": "3.4.12", "url": "https://dl.yubiwa-sleep.jp/fw/3.4.12.bin"})
    return b.build()


def activity(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/activity")
    b.decoy("steps and calories series")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "kcal": c.rng.randint(1500, 2500),
        }
    )
    b.no_content()
    return b.build()


def ble_dump(c: Context) -> Flow:
    b = _b(c, "POST", "/v1/diag/ble")
    blob = bytes(c.rng.getrandbits(8) for _ in range(300))
    b.decoy("BLE diagnostics blob and trace id")
    b.json({"trace": rid(c.rng), "log": b64(blob), "ts": ms(c)})
    b.no_content()
    return b.build()
