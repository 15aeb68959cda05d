"""Her running app ("Loopmaat", Dutch keys) with her own Apple Watch and AirPods.

In-house backend. Truly sensitive device ids: the watch's serial and
Bluetooth address at pairing, the AirPods Pro's serial and Bluetooth address
for audio coaching, the source watch as a SHA-256 of its serial in workout
uploads, the app's IDFV. Decoys: heart-rate and pace series (not face or
voice), route coordinates, a club leaderboard.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

API = "https://api.loopmaat.nl"
UA = ua("Loopmaat", "5.2.0")


def _b(c: Context, method: str, path: str, idfv: bool = False) -> FB:
    b = FB(c, "loopmaat", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if idfv:
        b.header("x-loopmaat-device", b.id("idfv_run", where="header:x-loopmaat-device"))
    return b


def pair_watch(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/apparaten", idfv=True)
    b.json(
        {
            "type": "horloge",
            "model": "Watch7,1",
            "naam": "Apple Watch van Jet",
            "horlogeSerienummer": b.id("watch_serial", where="body.horlogeSerienummer"),
            "bluetoothMac": b.id("watch_bt", where="body.bluetoothMac"),
            "watchOS": "10.5",
        }
    )
    b.ok_json({"apparaatId": new_hex(c.rng, 10)})
    return b.build()


def coach_headphones(c: Context) -> Flow:
    b = _b(c, "PUT", "/api/v3/coach/audio")
    b.json(
        {
            "stemCoach": "Sanne",
            "volume": 0.7,
            "koptelefoon": {
                "naam": "AirPods Pro",
                "serial": b.id("pods_serial", where="body.koptelefoon.serial"),
                "btAdres": b.id("pods_bt", where="body.koptelefoon.btAdres"),
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def workout_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v3/trainingen", idfv=True)
    n = 12
    b.json(
        {
            "start": iso(c),
            "afstandM": c.rng.randint(3000, 15000),
            "bronApparaat": b.id("watch_serial", how="sha256", where="body.bronApparaat"),
            "hartslag": [c.rng.randint(110, 175) for _ in range(n)],
            "tempo": [rf(c.rng, 4.5, 6.5, 2) for _ in range(n)],
            "route": [[rf(c.rng, 52.06, 52.11, 5), rf(c.rng, 5.08, 5.14, 5)] for _ in range(n)],
        }
    )
    b.ok_json({"trainingId": new_hex(c.rng, 12)})
    return b.build()


def club_board(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/club/ranglijst")
    b.ok_json(
        {"leden": [{"naam": f"loper{i}", "kmDezeWeek": rf(c.rng, 5, 80, 1)} for i in range(8)]}
    )
    b.decoy("club leaderboard")
    return b.build()


def plan(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v3/schema/week")
    b.ok_json(
        {
            "dagen": [
                {"dag": d, "hartslagZone": c.rng.randint(1, 5), "duurMin": c.rng.randint(20, 70)}
                for d in ("ma", "wo", "za")
            ]
        }
    )
    b.decoy("training plan with heart-rate zones (not biometric in this project's sense)")
    return b.build()
