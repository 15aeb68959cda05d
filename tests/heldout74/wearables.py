"""The admin's own Galaxy Watch and Galaxy Buds, through a fitness companion app.

An in-house backend (key names our own, partly Irish: uaireadóir = watch,
cluasáin = earbuds) registering the paired watch (Bluetooth MAC, serial) and
the buds' firmware checks (Bluetooth address in the query), and daily activity
syncs. The watch and buds are the tester's own things: their MACs and serial are
TRUE device ids. One status ping hides the watch serial in a hashed token
under a meaningless key (not detectable). Step counts, heart-rate series and
workout routes are decoys for these categories (health data, not watched).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid

API = "https://api.rith-fitness.example/v2"  # rith = run


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "rith", method, f"{API}/{path}", params)
    b.header("user-agent", "Rith/5.0.3 (Android 14; SM-S911B)")
    b.header("x-req", rid(c.rng))
    return b


def pair_watch(c: Context) -> Flow:
    b = _b(c, "POST", "gleasanna/uaireadoir")
    b.json(
        {
            "bluetoothMac": b.id("watch_mac", where="body.bluetoothMac"),
            "serialNumber": b.id("watch_serial", where="body.serialNumber"),
            "model": "SM-R930",
            "fw": "R930XXU1BXJ1",
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"deviceRef": new_hex(c.rng, 12), "status": "paired"})
    return b.build()


def buds_fota(c: Context) -> Flow:
    b = _b(c, "GET", "cluasain/fota", [("model", "SM-R630")])
    b.param("btAddr", b.id("buds_mac", how="nosep_upper", where="query.btAddr"))
    b.ok_json({"latest": "R630XXU0AXK2", "mandatory": False})
    return b.build()


def watch_status(c: Context) -> Flow:
    b = _b(c, "POST", "gleasanna/stadas")
    b.json(
        {
            "battery": c.rng.randint(10, 100),
            "watchMac": b.id("watch_mac", how="lower", where="body.watchMac"),
            "connected": True,
            "t": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def status_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "t")
    b.json(
        {
            "k": b.id(
                "watch_serial",
                how="sha256_trunc16",
                where="body.k (hash, no name)",
                detectable=False,
            ),
            "b": c.rng.randint(10, 100),
        }
    )
    b.no_content()
    return b.build()


def daily_sync(c: Context) -> Flow:
    b = _b(c, "POST", "activity/daily")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": c.rng.randint(2000, 15000),
            "hr": [c.rng.randint(55, 120) for _ in range(24)],
            "sleepMin": c.rng.randint(300, 520),
        }
    )
    b.ok_json({"ok": True})
    b.decoy("daily steps and heart-rate series (health, none of the three categories)")
    return b.build()


def workout_route(c: Context) -> Flow:
    b = _b(c, "POST", "workouts")
    pts = [
        [rf(c.rng, 53.33, 53.36, 6), rf(c.rng, -6.27, -6.22, 6), ms(c) + i * 5000]
        for i in range(40)
    ]
    b.json({"type": "run", "durationSec": c.rng.randint(900, 3600), "route": pts})
    b.ok_json({"id": new_hex(c.rng, 10)})
    b.decoy("workout route: coordinate / time list")
    return b.build()
