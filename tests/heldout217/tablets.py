"""The residents' tablets under the home's MDM, the day-room TV and the
video-call robot.

The MDM check-in of a tablet sends its serial and IMEI: a device identifier.
The app catalogue, the kiosk profile, the day-room TV's playlist ("what the
screen will show", a schedule, not anyone's viewing) and its screen status,
and the robot's call schedule and battery are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import HB, TABLET_UA, iso, ms, rf, rid

MDM = "https://mdm.zorghuis-utrecht.example"
TV = "https://signage.dagkamer-tv.example"
ROBOT = "https://api.beeldbelrobot.example"


def _b(c: Context, sdk: str, method: str, url: str, agent: str = TABLET_UA) -> HB:
    b = HB(c, sdk, method, url)
    b.header("user-agent", agent)
    return b


def mdm_checkin(c: Context) -> Flow:
    b = _b(c, "mdm", "POST", f"{MDM}/api/v1/devices/checkin")
    b.json(
        {
            "serialNumber": b.id("tablet_serial", where="json serialNumber"),
            "imei": b.id("tablet_imei", where="json imei"),
            "enrollmentId": b.id("tablet_mdm_id", where="json enrollmentId"),
            "batteryLevel": c.rng.randint(10, 100),
            "osVersion": "14",
            "kioskMode": True,
        }
    )
    b.ok_json({"commands": []})
    return b.build()


def mdm_poll_opaque(c: Context) -> Flow:
    b = _b(c, "mdm", "GET", f"{MDM}/api/v1/p")
    b.header("x-d", b.id("tablet_serial", "b64", "header x-d (base64 serial)", detectable=False))
    b.ok_json({"c": 0})
    return b.build()


def app_catalogue(c: Context) -> Flow:
    b = _b(c, "mdm", "GET", f"{MDM}/api/v1/catalogus?profiel=bewoner")
    b.decoy("app catalogue with package versions and build serial numbers")
    b.ok_json(
        {
            "apps": [
                {
                    "pakket": p,
                    "versie": f"{c.rng.randint(1, 9)}.{c.rng.randint(0, 20)}",
                    "buildSerial": c.rng.randint(1000, 9999),
                }
                for p in ("nl.beeldbellen.familie", "nl.puzzels.groot", "nl.radio.gouden")
            ]
        }
    )
    return b.build()


def kiosk_profile(c: Context) -> Flow:
    b = _b(c, "mdm", "GET", f"{MDM}/api/v1/profiel/kiosk")
    b.decoy("screen timeout / brightness timers")
    b.ok_json(
        {
            "schermTimeoutSec": 300,
            "helderheid": 80,
            "lettergrootte": "groot",
            "nachtmodusVan": "21:00",
        }
    )
    return b.build()


def tv_playlist(c: Context) -> Flow:
    b = _b(
        c,
        "dagkamer-tv",
        "GET",
        f"{TV}/v1/screens/dagkamer-linde/playlist",
        "SignageTV/4.1 (Tizen 6.5)",
    )
    b.decoy("day-room playlist: what the shared screen will show, not a person's viewing")
    b.ok_json(
        {
            "items": [
                {"titel": t, "start": f"{h:02d}:00", "duurMin": d}
                for t, h, d in (
                    ("Ochtendgymnastiek", 10, 30),
                    ("Sterren op het Doek", 14, 90),
                    ("Het Journaal", 18, 30),
                )
            ],
            "updated": iso(c),
        }
    )
    return b.build()


def tv_screen_status(c: Context) -> Flow:
    b = _b(
        c,
        "dagkamer-tv",
        "POST",
        f"{TV}/v1/screens/dagkamer-linde/status",
        "SignageTV/4.1 (Tizen 6.5)",
    )
    b.decoy("screen status: current item, position in the clip, uptime")
    b.json(
        {
            "scherm": "aan",
            "huidigItem": c.rng.choice(["Ochtendgymnastiek", "Sterren op het Doek", "Weerbericht"]),
            "positieSec": c.rng.randint(0, 3000),
            "uptimeSec": c.rng.randint(1000, 900000),
            "volume": c.rng.randint(10, 40),
        }
    )
    b.no_content()
    return b.build()


def robot_schedule(c: Context) -> Flow:
    b = _b(
        c, "robot", "GET", f"{ROBOT}/v2/agenda?datum=2026-12-02", "BeeldbelRobot/1.8 (Android 11)"
    )
    b.decoy("video-call robot's call agenda: rooms and times")
    b.ok_json(
        {
            "gesprekken": [
                {
                    "kamer": f"2.{c.rng.randint(1, 14):02d}",
                    "start": f"{c.rng.randint(10, 19)}:{c.rng.choice(['00', '30'])}",
                    "duurMin": 20,
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def robot_telemetry(c: Context) -> Flow:
    b = _b(c, "robot", "POST", f"{ROBOT}/v2/telemetrie", "BeeldbelRobot/1.8 (Android 11)")
    b.decoy("robot pose: position, heading, camera pan/tilt")
    b.set_body(
        jsb(
            {
                "positie": {"x": rf(c.rng, 0, 40, 2), "y": rf(c.rng, 0, 15, 2)},
                "richting": rf(c.rng, 0, 360, 1),
                "camera": {"pan": rf(c.rng, -90, 90, 1), "tilt": rf(c.rng, -30, 30, 1)},
                "batterij": c.rng.randint(10, 100),
                "ts": ms(c),
                "req": rid(c.rng),
            }
        ),
        "application/json",
    )
    b.no_content()
    return b.build()
