"""Crest Wave: the companion app of a boAt-like smartwatch and TWS earbuds.

The watch sync names the watch's BLE MAC and serial; the earbuds' firmware check
names their MAC; the watch-face store call carries an MD5 of the watch's MAC
under `k` only. Steps, heart rate and SpO2 are health data, not these categories.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, ua

API = "https://api.crestwave.example"
UA = ua("CrestWave", "3.0.9")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "crestwave", method, url)
    b.header("user-agent", UA)
    return b


def watch_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/ghadi/sync")
    b.decoy("steps, heart rate and SpO2 series (health data, not these categories)")
    b.json(
        {
            "ghadi_mac": b.id("watch_mac", where="json ghadi_mac (watch BLE MAC)"),
            "serial_no": b.id("watch_serial", where="json serial_no"),
            "kadam": [c.rng.randint(0, 900) for _ in range(12)],
            "hriday_gati": [c.rng.randint(62, 110) for _ in range(12)],
            "spo2": rf(c.rng, 95, 99, 0),
            "ts": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def buds_firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/earbuds/firmware")
    b.param("bt_addr", b.id("buds_mac", where="query bt_addr (earbuds MAC)"))
    b.param("model", "Airdopes-141")
    b.ok_json({"latest": "1.0.7", "size": 184320})
    return b.build()


def watchface_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/faces?page=1")
    b.param("k", b.id("watch_mac", "md5", "query k (MD5 of watch MAC)", detectable=False))
    b.ok_json(
        {"faces": [{"id": i, "naam": n} for i, n in enumerate(["Ganpati", "IPL 2024", "Digital"])]}
    )
    return b.build()


def workout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/workout")
    b.decoy("walk route coordinates and pace series")
    b.json(
        {
            "type": "walk",
            "route": [[rf(c.rng, 18.5, 18.55), rf(c.rng, 73.8, 73.85)] for _ in range(6)],
            "pace": [rf(c.rng, 8, 12, 2) for _ in range(6)],
        }
    )
    b.no_content()
    return b.build()
