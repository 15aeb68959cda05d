"""The earbuds' companion app: pairing, battery, firmware and spatial-audio head tracking.

The buds report their Bluetooth MAC and serial to the maker's cloud after pairing.
Head tracking is yaw / pitch / roll from the buds' IMU: no face in it, not biometric.
The equaliser presets and the hearing-test tone results are not sensitive either.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://buds-api.example-audio.example"
UA = ua("BudsManager", "6.1.14")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buds", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("bud_install", where="header x-install-id"))
    return b


def register_buds(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/register")
    b.json(
        {
            "btAddress": b.id("bud_mac", where="json btAddress"),
            "serialNumber": b.id("bud_serial", where="json serialNumber"),
            "model": "Buds2 Pro",
            "fw": "R510XXUABXH1",
            "pairedAt": iso(c),
        }
    )
    b.ok_json({"registered": True, "warrantyUntil": "2026-03-14"})
    return b.build()


def battery_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/devices/battery")
    b.json(
        {
            "sn": b.id("bud_serial", where="json sn"),
            "left": c.rng.randint(5, 100),
            "right": c.rng.randint(5, 100),
            "case": c.rng.randint(5, 100),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def head_tracking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/spatial/calibration")
    b.decoy("head-tracking yaw/pitch/roll from the buds' IMU (no face: not biometric)")
    b.json(
        {
            "samples": [
                {
                    "yaw": rf(c.rng, -60, 60, 2),
                    "pitch": rf(c.rng, -30, 30, 2),
                    "roll": rf(c.rng, -15, 15, 2),
                }
                for _ in range(12)
            ],
            "sessionId": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def hearing_test(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/sound/adapt")
    b.decoy("hearing-test thresholds per frequency (not a voiceprint)")
    b.json(
        {
            "thresholds": {
                str(f): c.rng.randint(-10, 40) for f in (250, 500, 1000, 2000, 4000, 8000)
            },
            "ear": c.rng.choice(["left", "right"]),
        }
    )
    b.ok_json({"preset": "adapt-" + str(c.rng.randint(1, 9))})
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "buds", "GET", f"{API}/fota/latest?model=SM-R510&cur=R510XXUABXH1")
    b.header("user-agent", UA)
    b.ok_json(
        {"latest": "R510XXUACXI2", "size": 2211840, "sha256": rid(c.rng).replace("-", "") * 2}
    )
    return b.build()
