"""The robot lawnmower at the family house near Bratislava (a fictional
MowBee RM-600 with Wi-Fi and an obstacle camera) and its app on the
father's Galaxy S23.

The app and the mower talk to the maker's cloud: the mower registers with its
serial and Wi-Fi MAC, the app lists "my robots" and gets the serial and MAC
back. Mowing sessions, the boundary polygon and GPS track of the mowing path
(coordinate lists), the obstacle camera's lawn snapshot (a picture of grass,
not a face API), battery status and the firmware check are ordinary. A
telemetry ping carries a SHA-256 of the serial under a one-letter key.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://cloud.mowbee.example"
UA = ua("MowBee", "1.14.2", "otec")
LAT, LON = 48.2105, 17.1830


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mowbee", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def robot_register(c: Context) -> Flow:
    b = FB(c, "mowbee", "POST", f"{API}/iot/v1/robot/register")
    b.header("user-agent", "mowbee-fw/4.3.0")
    b.json(
        {
            "serialNumber": b.id("kosacka_serial", where="json serialNumber"),
            "wifiMac": b.id("kosacka_mac", where="json wifiMac"),
            "model": "RM-600",
            "fw": "4.3.0",
        }
    )
    b.ok_json({"ok": True, "mqtt": "mqtts://mq.mowbee.example:8883"})
    return b.build()


def app_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/robots/bind")
    b.json(
        {
            "user": b.acct("kosacka_user"),
            "serialNumber": b.id("kosacka_serial", where="json serialNumber"),
            "phoneId": b.id("aid_kosacka", where="json phoneId (ANDROID_ID)"),
            "nickname": "Kosačka",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def my_robots(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v2/robots")
    sn = b.id("kosacka_serial", where="response json robots[].serialNumber", direction="response")
    mac = b.id("kosacka_mac", where="response json robots[].wifiMac", direction="response")
    b.ok_json(
        {
            "robots": [
                {
                    "serialNumber": sn,
                    "wifiMac": mac,
                    "nickname": "Kosačka",
                    "battery": c.rng.randint(10, 100),
                    "state": c.rng.choice(["MOWING", "CHARGING", "PARKED"]),
                }
            ]
        }
    )
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    b = FB(c, "mowbee", "POST", f"{API}/t")
    b.header("user-agent", "mowbee-fw/4.3.0")
    b.json(
        {
            "h": b.id("kosacka_serial", "sha256", "json h", detectable=False),
            "b": c.rng.randint(10, 100),
            "s": c.rng.randint(0, 4),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v2/robots/status")
    b.ok_json(
        {
            "battery": c.rng.randint(10, 100),
            "state": c.rng.choice(["MOWING", "CHARGING", "PARKED"]),
            "bladeHours": rf(c.rng, 10, 400, 1),
            "rain": False,
        }
    )
    return b.build()


def mowing_track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v2/robots/track?date={iso(c)[:10]}")
    b.decoy("GPS track of the mowing path (coordinate list)")
    b.ok_json(
        {
            "track": [
                [rf(c.rng, LAT - 0.0004, LAT + 0.0004, 6), rf(c.rng, LON - 0.0004, LON + 0.0004, 6)]
                for _ in range(30)
            ],
            "areaM2": c.rng.randint(300, 900),
        }
    )
    return b.build()


def boundary(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/app/v2/robots/map/boundary")
    b.decoy("garden boundary polygon (coordinate list)")
    b.json(
        {
            "zones": [
                {
                    "name": "Záhrada",
                    "polygon": [
                        [
                            rf(c.rng, LAT - 0.0005, LAT + 0.0005, 6),
                            rf(c.rng, LON - 0.0005, LON + 0.0005, 6),
                        ]
                        for _ in range(8)
                    ],
                }
            ]
        }
    )
    b.no_content()
    return b.build()


def obstacle_snapshot(c: Context) -> Flow:
    b = FB(c, "mowbee", "POST", f"{API}/iot/v1/robot/obstacle")
    b.header("user-agent", "mowbee-fw/4.3.0")
    b.decoy("obstacle camera snapshot of the lawn (not a face API)")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 700), "image/jpeg")
    b.ok_json({"class": c.rng.choice(["stone", "toy", "hose", "hedgehog"])})
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/app/v2/robots/schedule")
    b.json(
        {
            "days": ["MON", "WED", "SAT"],
            "start": c.rng.choice(["09:00", "10:00", "16:00"]),
            "durationMin": c.rng.choice([90, 120, 180]),
        }
    )
    b.no_content()
    return b.build()
