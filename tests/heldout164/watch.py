"""The Huawei watch, synced by the phone's Huawei Health app.

Heart rate, steps and sleep stages are health data, none of the three categories
here (look-alike series). The device list and binding carry the watch's serial
and Bluetooth MAC; the sync call sends a SHA-256 of the serial under `s`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf

API = "https://health-drcn.hicloud.com"
UA = "com.huawei.health/14.1.1.300 (Linux; Android 14; 23127PN0CC)"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "huawei-health", method, url)
    b.header("user-agent", UA)
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/healthkit/v1/device/bind")
    b.json(
        {
            "deviceSn": b.id("watch_serial", where="json deviceSn"),
            "btMac": b.id("watch_mac", where="json btMac"),
            "model": "WATCH GT 4",
            "firmware": "4.0.0.128",
        }
    )
    b.ok_json({"resultCode": 0})
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/healthkit/v1/device/list")
    sn = b.id("watch_serial", where="response json devices[].sn", direction="response")
    b.ok_json({"devices": [{"sn": sn, "name": "HUAWEI WATCH GT 4-8A1", "battery": 71}]})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/healthkit/v2/data/sync")
    b.decoy("heart-rate and step series (health data, no face/voice/viewing)")
    b.json(
        {
            "s": b.id("watch_serial", "sha256", "json s (sha256 of serial)", detectable=False),
            "heartRate": [c.rng.randint(58, 110) for _ in range(30)],
            "steps": c.rng.randint(200, 12000),
            "t": ms(c),
        }
    )
    b.ok_json({"resultCode": 0})
    return b.build()


def sleep(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/healthkit/v1/sleep?date=2024-11-12")
    b.decoy("sleep stages with times")
    b.ok_json(
        {
            "stages": [{"type": "deep", "start": iso(c), "min": c.rng.randint(20, 90)}],
            "score": rf(c.rng, 60, 95, 0),
        }
    )
    return b.build()
