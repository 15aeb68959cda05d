"""Pulsar: the companion app of Ingrid's sports watch.

Pairing registers the watch with its Bluetooth MAC and serial; each sync
uploads activity summaries (steps, heart rate: neither of the three
categories) under the watch's serial. A newer build posts its sync manifest as
protobuf with the serial and MAC in numbered fields. Weather for the watch
face, firmware checks by model and the route library are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import EB, iso, ms, rf, ua

API = "https://sync.pulsarwatch.example"
UA = ua("PulsarConnect", "5.9.2")


def _b(c: Context, method: str, url: str) -> EB:
    b = EB(c, "pulsar", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def pair(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/pair")
    b.json(
        {
            "bluetoothMac": b.id("klokke_mac", where="json bluetoothMac"),
            "serialNumber": b.id("klokke_serial", where="json serialNumber"),
            "model": "Pulsar Trail 2",
            "phoneAndroidId": b.id("aid_klokke", where="json phoneAndroidId"),
            "appInstallId": b.id("klokke_install", where="json appInstallId"),
        }
    )
    b.ok_json({"paired": True, "userId": b.acct("klokke_user")})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices/_/activities")
    b.base = (
        f"{API}/v1/devices/{b.id('klokke_serial', where='url path /devices/{serial}')}/activities"
    )
    b.json(
        {
            "serialNumber": b.id("klokke_serial", where="json serialNumber"),
            "activities": [
                {
                    "type": c.rng.choice(["running", "cycling", "walking"]),
                    "start": iso(c),
                    "steps": c.rng.randint(500, 12000),
                    "avgHr": c.rng.randint(95, 160),
                    "kcal": c.rng.randint(80, 900),
                }
            ],
        }
    )
    b.ok_json({"stored": 1})
    return b.build()


def manifest_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/m")
    body = pb_msg(
        1,
        [
            pb_bytes(1, b.id("klokke_serial", "protobuf", "protobuf field 1.1", detectable=False)),
            pb_bytes(2, b.id("klokke_mac", "protobuf", "protobuf field 1.2", detectable=False)),
            pb_varint(3, ms(c)),
            pb_bytes(4, "5.31"),
        ],
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/users/me/daily?date={iso(c)[:10]}")
    b.ok_json(
        {
            "steps": c.rng.randint(2000, 15000),
            "restingHr": c.rng.randint(48, 70),
            "sleepMin": c.rng.randint(300, 520),
        }
    )
    return b.build()


def watch_weather(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/weather?lat=59.91&lon=10.75")
    b.ok_json({"temp": rf(c.rng, -10, 25, 1), "symbol": c.rng.choice(["cloudy", "rain", "sun"])})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest?model=trail2&current=5.31")
    b.decoy("firmware build hash")
    b.ok_json({"version": "5.34", "sha256": new_hex(c.rng, 64), "size": 8123456})
    return b.build()


def routes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/routes?near=59.91,10.75")
    b.decoy("route coordinate list")
    b.ok_json(
        {
            "routes": [
                {
                    "name": n,
                    "points": [
                        [rf(c.rng, 59.9, 60.0, 5), rf(c.rng, 10.6, 10.9, 5)] for _ in range(6)
                    ],
                }
                for n in ("Sognsvann rundt", "Frognerseteren")
            ]
        }
    )
    return b.build()
