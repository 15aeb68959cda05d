"""Fitness-mirror companion app "FitMirror": pairing (serial, Wi-Fi MAC, BLE
address), mirror state, classes watched on the mirror, workout summaries.

Endpoints are the mirror maker's own (in-house). The BLE address is what Android's
`BluetoothDevice.getAddress()` returns for the mirror during provisioning.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://api.fitmirror.fit"
UA = ua("FitMirror", "3.9.1")
CLASSES = ["HIIT 20: Full Body Burn", "Yoga Flow for Runners", "Core Crusher", "Boxing Basics 3"]


def _hdr(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-fm-user", b.acct("mirror_user"))


def pair(ctx: Context) -> Flow:
    b = FB(ctx, "fitmirror", "POST", f"{API}/api/v1/mirrors/pair")
    _hdr(b)
    b.json(
        {
            "serialNumber": b.id("mirror_serial", where="body.json.serialNumber"),
            "wifiMac": b.id("mirror_mac", where="body.json.wifiMac"),
            "bleAddress": b.id("mirror_ble_mac", where="body.json.bleAddress"),
            "hw": "FM-40",
            "fw": "2.14.0",
            "ssidHash": new_hex(ctx.rng, 16),
        }
    )
    b.ok_json({"paired": True, "mirrorName": "Living room"})
    return b.build()


def state(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "fitmirror", "GET", API)
    serial = b.id("mirror_serial", where="path./api/v1/mirrors/{serial}/state")
    b.base = f"{API}/api/v1/mirrors/{serial}/state"
    _hdr(b)
    b.header("x-mirror-mac", b.id("mirror_mac", how="upper", where="header.x-mirror-mac"))
    b.ok_json(
        {
            "online": True,
            "volume": r.randint(0, 100),
            "brightness": r.randint(10, 100),
            "ts": ms(ctx),
        }
    )
    return b.build()


def ble_provision_log(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "fitmirror", "POST", f"{API}/api/v1/diagnostics/provisioning")
    _hdr(b)
    b.json(
        {
            "step": "wifi_credentials_sent",
            "ble": {
                "peripheral": b.id("mirror_ble_mac", where="body.json.ble.peripheral"),
                "rssi": -r.randint(40, 80),
                "mtu": 247,
            },
            "elapsedMs": r.randint(300, 9000),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def class_history(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "fitmirror", "POST", f"{API}/api/v1/classes/history")
    _hdr(b)
    dur = r.randint(900, 2700)
    b.json(
        {
            "classId": "cls_" + new_hex(r, 10),
            "title": r.choice(CLASSES),
            "instructor": "Mia",
            "watchedSec": r.randint(60, dur),
            "durationSec": dur,
            "completedPct": r.randint(5, 100),
            "finishedAt": iso(ctx),
            "playedOn": "mirror",
        }
    )
    b.view("body.json.classId+watchedSec+completedPct")
    b.ok_json({"ok": True})
    return b.build()


def workout_summary(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "fitmirror", "POST", f"{API}/api/v1/workouts")
    _hdr(b)
    b.json(
        {
            "workoutId": new_hex(r, 16),
            "kcal": r.randint(90, 420),
            "reps": r.randint(20, 200),
            "hrStrap": [r.randint(90, 175) for _ in range(30)],
            "zones": [rf(r, 0, 1, 2) for _ in range(5)],
        }
    )
    b.ok_json({"ok": True})
    b.decoy("workout with a heart-rate strap series and rep counts")
    return b.build()


def class_catalogue(ctx: Context) -> Flow:
    r = ctx.rng
    b = FB(ctx, "fitmirror", "GET", f"{API}/api/v1/classes", [("level", "all"), ("page", "1")])
    b.header("user-agent", UA)
    b.ok_json(
        {
            "classes": [
                {
                    "classId": "cls_" + new_hex(r, 10),
                    "title": t,
                    "durationSec": r.randint(900, 2700),
                    "thumb": f"https://img.fitmirror.fit/{new_digits(r, 8)}.jpg",
                }
                for t in CLASSES
            ]
        }
    )
    b.decoy("class catalogue")
    return b.build()
