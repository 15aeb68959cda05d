"""A tado / Ring-like smart-home app: doorbell motion events (motion zones, no
face recognition), thermostat schedules, device list with models and firmware
and the doorbell's own serial and Wi-Fi MAC (a device identifier of the user)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import app, iso, rf, rid

API = "https://api.smarthome-example.eu/v1"


def motion_event(c: Context) -> Flow:
    b = app(c, "home", "GET", f"{API}/doorbell/events")
    b.ok_json(
        {
            "events": [
                {
                    "eventId": rid(c.rng),
                    "kind": c.rng.choice(["motion", "ding"]),
                    "zone": c.rng.choice(["Einfahrt", "Gehweg"]),
                    "durationSec": c.rng.randint(5, 40),
                    "createdAt": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("doorbell motion events with zones: no faces recognised or sent")
    return b.build()


def schedule(c: Context) -> Flow:
    b = app(c, "home", "PUT", f"{API}/zones/{c.rng.randint(1, 6)}/schedule")
    b.json(
        {
            "blocks": [
                {"start": f"{h:02d}:00", "end": f"{h + 2:02d}:00", "temp": rf(c.rng, 17, 22, 1)}
                for h in (6, 9, 17, 20)
            ]
        }
    )
    b.ok_json({"ok": True})
    b.decoy("thermostat schedule: temperature blocks")
    return b.build()


def devices(c: Context) -> Flow:
    b = app(c, "home", "GET", f"{API}/homes/{c.phone.home_user}/devices")
    b.ok_json(
        {
            "devices": [
                {
                    "model": "Doorbell Pro 2",
                    "firmware": "3.48.12",
                    "serialNo": b.id(
                        "bell_serial", where="response:json:serialNo", direction="response"
                    ),
                    "wifiMac": b.id(
                        "bell_mac", where="response:json:wifiMac", direction="response"
                    ),
                },
                {"model": "Smart Thermostat V3+", "firmware": "109.1", "batteryState": "NORMAL"},
            ]
        }
    )
    return b.build()


def firmware_check(c: Context) -> Flow:
    b = app(c, "home", "GET", f"{API}/firmware/latest")
    b.param("model", "Doorbell Pro 2")
    b.ok_json(
        {
            "version": "3.49.0",
            "sha256": "".join(c.rng.choice("0123456789abcdef") for _ in range(64)),
        }
    )
    b.decoy("firmware version and image hash, model names only")
    return b.build()
