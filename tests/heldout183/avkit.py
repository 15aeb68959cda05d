"""Učebny: the classrooms' projectors, PTZ cameras and wireless microphones.

The technician's control panel polls them over their web APIs: lamp hours,
inputs, the PTZ camera's pan / tilt / zoom presets, microphone battery and RF
levels. Serials and MACs are of the university's kit; camera angles are no face.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, mac, rf

CTRL = "https://ovladani.avc.univerzita.example"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "avkit", method, url, http_version="HTTP/1.1")
    b.header("user-agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0")
    b.header("cookie", "avc_sess=" + new_hex(c.rng, 32))
    return b


def projector_status(c: Context) -> Flow:
    room = c.rng.choice(["S1", "S3", "S9", "M1", "K1"])
    b = _b(c, "GET", f"{CTRL}/api/projektory/{room}/stav")
    b.decoy("projector serial, MAC and lamp hours: classroom equipment")
    b.ok_json(
        {
            "model": "EB-L1070U",
            "serialNo": "X4" + new_hex(c.rng, 8).upper(),
            "lanMac": mac(c.rng, "A4:EE:57"),
            "hodiny_lampy": c.rng.randint(100, 20000),
            "vstup": c.rng.choice(["HDMI1", "HDBaseT"]),
            "napajeni": c.rng.choice(["on", "standby"]),
        }
    )
    return b.build()


def ptz_preset(c: Context) -> Flow:
    b = _b(c, "POST", f"{CTRL}/api/kamery/ptz/preset")
    b.decoy("lecture camera pan/tilt/zoom preset (camera angles, no face)")
    b.json(
        {
            "mistnost": c.rng.choice(["S1", "S3", "M1"]),
            "preset": c.rng.choice(["katedra", "tabule", "publikum"]),
            "pan": rf(c.rng, -170, 170, 2),
            "tilt": rf(c.rng, -30, 90, 2),
            "zoom": c.rng.randint(0, 16384),
            "yaw": rf(c.rng, -10, 10, 2),
        }
    )
    b.ok_json({"ulozeno": True})
    return b.build()


def microphones(c: Context) -> Flow:
    b = _b(c, "GET", f"{CTRL}/api/mikrofony?mistnost={c.rng.choice(['S1', 'S9', 'M1'])}")
    b.decoy("wireless microphone channels, RF and audio levels, receiver serial (no voice)")
    b.ok_json(
        {
            "prijimac": {"serial": "3K" + new_hex(c.rng, 7).upper(), "model": "ULXD4D"},
            "kanaly": [
                {
                    "ch": i,
                    "baterie_min": c.rng.randint(0, 600),
                    "rf_dbm": rf(c.rng, -90, -40, 1),
                    "audio_dbfs": rf(c.rng, -60, -6, 1),
                }
                for i in (1, 2)
            ],
        }
    )
    return b.build()


def pjlink_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{CTRL}/api/pjlink")
    b.form([("projektor", c.rng.choice(["S1", "S3", "K1"])), ("prikaz", "%1POWR 1")])
    b.ok_json({"odpoved": "%1POWR=OK"})
    return b.build()
