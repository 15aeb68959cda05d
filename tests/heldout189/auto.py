"""MansAuto / Sportas: the family car's connected-car app and the sports watch's companion.

The car (owned, Czech-built) reports through its telematics unit: VIN and the
TCU modem's IMEI name it. Its infotainment unit also reports which radio
stations and streams were listened to in the car (`klausitas_radijas`: station,
start, seconds), and an older head unit packs the same rows into a hex string.
The car-sharing trip (a CityBee-style shared car) names that car's VIN: not the
family's device. The GPS watch syncs over BLE (its MAC and serial); heart-rate
series, GPS tracks, charger lists and fuel prices are ordinary.
"""

from __future__ import annotations

import binascii

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits
from tests.heldout.wire import js

from .phone import FB, iso, ms, rf, rid, ua

CAR = "https://api.mansauto.example"
WATCH = "https://connect.sportas.example"
STATIONS = ["LRT Radijas", "Radio SWH", "Power Hit Radio", "Latvijas Radio 2", "Spotify"]


def _car(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mansauto", method, url)
    b.header("user-agent", ua("MansAuto", "6.2.0"))
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def vehicle_status(c: Context) -> Flow:
    b = _car(c, "GET", f"{CAR}/v3/vehicles/status")
    vin = b.id("car_vin", where="query vin")
    b.param("vin", vin)
    b.ok_json(
        {
            "vin": b.id("car_vin", where="response json vin", direction="response"),
            "tcu": {
                "imei": b.id("car_tcu_imei", where="response json tcu.imei", direction="response"),
                "fw": "MIB3-0812",
            },
            "kuras_proc": c.rng.randint(5, 100),
            "rida_km": c.rng.randint(10000, 90000),
            "uzrakinta": c.rng.random() < 0.8,
        }
    )
    return b.build()


def klausitas_radijas(c: Context) -> Flow:
    b = FB(c, "mansauto-tcu", "POST", f"{CAR}/v3/telematics/infotainment/klausymas")
    b.header("user-agent", "MIB3-TCU/0812")
    b.view("json klausitas_radijas[] (stotis, pradzia, sek)")
    b.json(
        {
            "vin": b.id("car_vin", where="json vin"),
            "klausitas_radijas": [
                {
                    "stotis": c.rng.choice(STATIONS),
                    "pradzia": iso(c),
                    "sek": c.rng.randint(30, 2400),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        }
    )
    b.no_content()
    return b.build()


def headunit_hex(c: Context) -> Flow:
    b = FB(c, "mansauto-tcu", "POST", f"{CAR}/v1/hu")
    b.header("user-agent", "MIB2-HU/0455")
    b.view("json x = hex(json station rows)", detectable=False)
    rows = [[c.rng.randint(0, 4), ms(c), c.rng.randint(30, 2400)] for _ in range(3)]
    b.json(
        {
            "i": b.id(
                "car_tcu_imei", where="json i (IMEI digits under a letter)", detectable=False
            ),
            "x": binascii.hexlify(js(rows).encode()).decode(),
        }
    )
    b.no_content()
    return b.build()


def trip_log(c: Context) -> Flow:
    b = _car(c, "GET", f"{CAR}/v3/kelliones?dienos=7")
    b.decoy("trip log with GPS points and fuel use")
    b.ok_json(
        {
            "kelliones": [
                {
                    "nuo": iso(c),
                    "km": rf(c.rng, 2, 120, 1),
                    "taskai": [
                        [rf(c.rng, 54.6, 54.9, 5), rf(c.rng, 23.8, 25.3, 5)] for _ in range(5)
                    ],
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def chargers(c: Context) -> Flow:
    b = _car(c, "GET", f"{CAR}/v3/degalines?lat=54.90&lon=23.90")
    b.decoy("fuel price series and station coordinates")
    b.ok_json(
        {
            "degalines": [
                {"vardas": n, "kaina_95": [rf(c.rng, 1.5, 1.8, 3) for _ in range(7)]}
                for n in ("Circle K", "Viada", "Neste")
            ]
        }
    )
    return b.build()


def shared_car(c: Context) -> Flow:
    b = _car(c, "POST", f"{CAR}/v3/dalijimasis/rezervacija")
    b.decoy("shared car's VIN and telematics box id: a car-sharing company's car, not the family's")
    b.json(
        {
            "auto_vin": "WVWZZZAW" + new_digits(c.rng, 9, "1"),
            "tcu_id": "CB-" + new_digits(c.rng, 8),
            "trukme_min": 30,
        }
    )
    b.ok_json({"rezervacija": rid(c.rng), "kaina": rf(c.rng, 3, 15, 2)})
    return b.build()


def watch_sync(c: Context) -> Flow:
    b = FB(c, "sportas", "POST", f"{WATCH}/sync/v2/upload")
    b.header("user-agent", ua("Sportas", "5.1.0"))
    b.json(
        {
            "irenginys": {
                "ble_mac": b.id("watch_mac", where="json irenginys.ble_mac"),
                "serija": b.id("watch_serial", where="json irenginys.serija"),
            },
            "pulsas": [c.rng.randint(55, 170) for _ in range(30)],
            "zingsniai": c.rng.randint(1000, 18000),
            "ts": ms(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watch_fw(c: Context) -> Flow:
    """Firmware check: serial in base64 under `q` (opaque)."""
    b = FB(c, "sportas", "GET", f"{WATCH}/fw/check")
    b.header("user-agent", ua("Sportas", "5.1.0"))
    b.param("q", b.id("watch_serial", "b64", "query q (base64 serial)", detectable=False))
    b.param("hw", "006-B4257-00")
    b.ok_json({"latest": "21.19", "url": None})
    return b.build()


def activity(c: Context) -> Flow:
    b = FB(c, "sportas", "GET", f"{WATCH}/activity/v1/list?limit=5")
    b.header("user-agent", ua("Sportas", "5.1.0"))
    b.decoy("activities with heart-rate series and GPS (not biometric in the issue's sense)")
    b.ok_json(
        {
            "veikla": [
                {
                    "tipas": "begimas",
                    "pulsas_vid": c.rng.randint(120, 165),
                    "km": rf(c.rng, 3, 21, 2),
                    "pradzia": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()
