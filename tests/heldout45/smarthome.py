"""A smart-home hub app (Panasonic / Xiaomi-like, own backend) and a dashcam
companion app.

Decoys: device lists with models and firmware, motion / person-detected
(人感) events, dashcam event clips with G-sensor and camera angles. Positives:
pairing a hub (its Wi-Fi MAC and serial) and binding the dashcam (serial).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, series, ua

HOME = "https://api.sumai-link.example"
DASH = "https://api.drive-rec.example"


def _b(c: Context, method: str, url: str, app: str) -> FB:
    b = FB(c, "smarthome", method, url)
    b.header("user-agent", ua(app, "4410"))
    b.header("x-api-trace", rid(c.rng))
    return b


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", HOME + "/v3/kiki", "SumaiLink")  # 機器 = appliances
    b.ok_json(
        {
            "kiki": [
                {
                    "model": m,
                    "firmware": f"{c.rng.randint(1, 5)}.{c.rng.randint(0, 20)}",
                    "room": r,
                    "online": True,
                    "node": i + 1,
                }
                for i, (m, r) in enumerate(
                    [("CS-X403D2", "living"), ("NE-BS8A", "kitchen"), ("ZIGBEE-PIR-01", "genkan")]
                )
            ]
        }
    )
    b.decoy("appliance list: model numbers, firmware versions, room names")
    return b.build()


def motion_event(c: Context) -> Flow:
    b = _b(c, "POST", HOME + "/v3/events", "SumaiLink")
    b.json(
        {
            "type": c.rng.choice(["jinkan", "motion", "door_open"]),
            "sensor_node": c.rng.randint(1, 9),
            "lux": c.rng.randint(0, 800),
            "detected_at": iso(c),
            "confidence": rf(c.rng, 0.5, 1, 2),
        }
    )
    b.no_content()
    b.decoy("motion / human-presence sensor event (人感): no image, no face")
    return b.build()


def aircon(c: Context) -> Flow:
    b = _b(c, "PUT", HOME + "/v3/kiki/1/state", "SumaiLink")
    b.json(
        {
            "power": "on",
            "mode": "cool",
            "settei_ondo": rf(c.rng, 22, 28, 1),
            "fuuryou": "auto",
            "timer_min": c.rng.choice([0, 30, 60, 120]),
        }
    )
    b.ok_json({"ok": True, "room_temp_series": series(c.rng, 12, 27, 0.2)})
    b.decoy("air-conditioner command and a room temperature series")
    return b.build()


def hub_pair(c: Context) -> Flow:
    b = _b(c, "POST", HOME + "/v3/hub/register", "SumaiLink")
    b.json(
        {
            "hub": {
                "mac_address": b.id("hub_mac", where="json:hub.mac_address"),
                "serial_no": b.id("hub_serial", where="json:hub.serial_no"),
                "model": "HUB-SL2",
                "fw": "2.3.1",
            },
            "home_id": c.rng.randint(10**5, 10**6),
        }
    )
    b.ok_json({"registered": True, "hub_id": c.rng.randint(10**6, 10**7)})
    return b.build()


def hub_status(c: Context) -> Flow:
    b = _b(c, "GET", HOME + "/v3/hub/status", "SumaiLink")
    b.param("sn", b.id("hub_serial", where="query:sn"))
    b.ok_json({"rssi": -c.rng.randint(40, 80), "uptime_s": c.rng.randint(10**3, 10**6)})
    return b.build()


def dash_events(c: Context) -> Flow:
    b = _b(c, "GET", DASH + "/v1/clips", "DriveRec")
    b.ok_json(
        {
            "clips": [
                {
                    "clip_id": rid(c.rng),
                    "type": c.rng.choice(["g_sensor", "parking", "manual"]),
                    "g_peak": rf(c.rng, 0.3, 2.5, 2),
                    "camera": c.rng.choice(["front", "rear"]),
                    "angle_deg": c.rng.choice([140, 160]),
                    "tilt": rf(c.rng, -8, 8, 1),
                    "start_ms": ms(c) - c.rng.randint(0, 10**8),
                    "dur_s": 20,
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("dashcam event clip list (G-sensor peaks, camera angles)")
    return b.build()


def dash_bind(c: Context) -> Flow:
    b = _b(c, "POST", DASH + "/v1/devices/bind", "DriveRec")
    b.header("x-device-serial", b.id("dash_serial", where="header:x-device-serial"))
    b.json({"model": "DR-770X", "wifi_ssid": "DRIVEREC_5G", "tz": "Asia/Tokyo"})
    b.ok_json({"bound": True})
    return b.build()
