"""Ritme, the companion app of a sports watch (fictional api.ritme-sports.example.com).

Ordinary (decoys): activity uploads with heart-rate, cadence and GPS series,
daily summaries, training plans. Heart rate is health data but not biometric
identification in this project's sense (faces, voices). Device ids: pairing
registers the watch's BLE MAC and serial number; the firmware check sends the
serial as a query parameter; the sync header carries the MAC without colons
under a meaningless name.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.ritme-sports.example.com/v1"
UA = ua("Ritme", "4.5.2", "4520")


def _fb(c: Context, method: str, path: str) -> FB:
    b = FB(c, "ritme", method, API + path)
    b.header("user-agent", UA)
    b.header("x-trace", rid(c.rng))
    return b


def activity(c: Context) -> Flow:
    n = 40
    lat, lon = rf(c.rng, 52.0, 52.4), rf(c.rng, 4.8, 5.2)
    track = []
    for i in range(n):
        lat, lon = round(lat + c.rng.gauss(0, 0.0003), 6), round(lon + c.rng.gauss(0, 0.0003), 6)
        track.append(
            {
                "t": ms(c) + i * 5000,
                "lat": lat,
                "lon": lon,
                "hr": c.rng.randint(110, 175),
                "cadence": c.rng.randint(150, 182),
                "alt": rf(c.rng, -2, 12, 1),
            }
        )
    b = _fb(c, "POST", "/activities")
    b.set_body(
        gz(jsb({"sport": "running", "start": iso(c), "samples": track, "avgHr": 148})),
        "application/json",
        "gzip",
    )
    b.ok_json({"activityId": c.rng.randint(10**9, 10**10)})
    b.decoy("run with heart-rate, cadence and GPS series")
    return b.build()


def daily(c: Context) -> Flow:
    b = _fb(c, "POST", "/wellness/daily")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": c.rng.randint(3000, 18000),
            "restingHr": c.rng.randint(48, 66),
            "hrv": [c.rng.randint(25, 80) for _ in range(24)],
            "sleepMin": c.rng.randint(300, 500),
            "stress": [c.rng.randint(0, 100) for _ in range(24)],
        }
    )
    b.no_content()
    b.decoy("daily steps, resting heart rate, HRV and stress series")
    return b.build()


def plan(c: Context) -> Flow:
    b = _fb(c, "GET", f"/plans/{c.rng.randint(100, 999)}/week/{c.rng.randint(1, 12)}")
    b.ok_json(
        {
            "sessions": [
                {
                    "dag": d,
                    "zones": [c.rng.randint(1, 5) for _ in range(6)],
                    "duurMin": c.rng.randint(20, 90),
                }
                for d in ("ma", "wo", "za")
            ]
        }
    )
    b.decoy("training plan with heart-rate zones")
    return b.build()


def pair(c: Context) -> Flow:
    b = _fb(c, "POST", "/devices/pair")
    b.json(
        {
            "bluetoothAddress": b.id("watch_mac", where="body bluetoothAddress"),
            "serialNumber": b.id("watch_serial", where="body serialNumber"),
            "model": "Ritme Pace 3",
            "firmware": "11.42",
        }
    )
    b.ok_json({"paired": True, "deviceKey": new_hex(c.rng, 16)})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _fb(c, "GET", "/firmware/latest")
    b.param("model", "pace3")
    b.param("serial", b.id("watch_serial", where="query serial"))
    b.param("current", "11.42")
    b.ok_json(
        {
            "latest": "11.50",
            "url": f"https://dl.ritme-sports.example.com/fw/{new_hex(c.rng, 12)}.bin",
        }
    )
    return b.build()


def sync(c: Context) -> Flow:
    b = _fb(c, "POST", "/sync/chunks")
    b.header(
        "x-rt-k",
        b.id(
            "watch_mac", how="nosep", where="header x-rt-k (MAC without colons)", detectable=False
        ),
    )
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(240)), "application/octet-stream")
    b.ok_json({"next": c.rng.randint(1, 50)})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _fb(c, "POST", "/watchfaces/install")
    b.json(
        {
            "watchFaceId": f"wf_{c.rng.randint(1000, 9999)}",
            "faceName": "Analog Pulse",
            "complications": ["hr", "steps", "weather"],
            "faceLayout": {"dial": "roman", "hands": "sport"},
        }
    )
    b.ok_json({"installed": True})
    b.decoy("watch face install (a dial design, not a human face)")
    return b.build()
