"""SaaFit: the companion app of Wanjiru's smartwatch (a fictional Saa Fit S2).

Pairing and every sync name the watch by its BLE MAC and serial; the app's own
install id rides along. A newer firmware's config call sends a SHA-1 of the
serial in a one-letter key. Daily summaries (steps, heart rate, sleep), the
watch-face store, workout timers and firmware checks are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import WB, iso, ms, rf, rid, ua

API = "https://api.saafit.example"
UA = ua("SaaFit", "2.6.0")


def _b(c: Context, method: str, url: str) -> WB:
    b = WB(c, "saafit", method, url)
    b.header("user-agent", UA)
    b.header("x-app-user", b.acct("saa_user"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/bind")
    b.json(
        {
            "mac": b.id("saa_mac", where="json mac"),
            "serialNumber": b.id("saa_serial", where="json serialNumber"),
            "installId": b.id("saa_install", where="json installId"),
            "androidId": b.id("aid_saa", where="json androidId"),
            "model": "SF2",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync")
    b.header("x-device-mac", b.id("saa_mac", how="nosep_upper", where="header x-device-mac"))
    b.json(
        {
            "steps": c.rng.randint(200, 4000),
            "hr": [c.rng.randint(58, 120) for _ in range(12)],
            "battery": c.rng.randint(20, 100),
            "ts": ms(c),
        },
        "gzip",
    )
    b.ok_json({"ok": True})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/devices/info")
    b.param("sn", b.id("saa_serial", where="query sn"))
    b.ok_json({"model": "SF2", "firmware": "1.4.7", "nextCheck": iso(c)})
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/cfg")
    b.json(
        {
            "k": b.id("saa_serial", how="sha1", where="json k (sha1 of serial)", detectable=False),
            "v": 7,
        }
    )
    b.ok_json({"c": new_hex(c.rng, 24)})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/summary/daily?date=today")
    b.decoy("watch: steps, heart rate, sleep")
    b.ok_json(
        {
            "steps": c.rng.randint(2000, 14000),
            "restingHr": c.rng.randint(55, 70),
            "sleepMin": c.rng.randint(300, 480),
        }
    )
    return b.build()


def watchfaces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/watchfaces?page={c.rng.randint(1, 5)}")
    b.decoy("watch-face store, face ids and positions")
    b.ok_json(
        {"faces": [{"faceId": f"wf{c.rng.randint(100, 999)}", "position": i} for i in range(6)]}
    )
    return b.build()


def workout(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/workouts")
    b.decoy("workout timer, elapsed and lap positions")
    b.json(
        {
            "type": "treadmill",
            "elapsedSec": c.rng.randint(600, 3600),
            "laps": [rf(c.rng, 50, 90, 1) for _ in range(4)],
            "workoutId": rid(c.rng),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest?model=SF2&current=1.4.7")
    b.ok_json({"latest": "1.4.9", "sha256": new_hex(c.rng, 64)})
    return b.build()
