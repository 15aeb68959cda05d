"""Wotshi+: the companion app of the son's smartwatch (Johannesburg).

Binding sends the watch's Bluetooth MAC, its serial and the phone's ANDROID_ID;
sync carries the watch MAC in a header; a newer build dumps the watch's
identity as protobuf without names; a config call sends an MD5 of the
ANDROID_ID in a one-letter parameter. Steps, heart rate and sleep are health
data, not one of the three categories; watch faces and firmware are downloads.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.wotshiplus.example"
UA = ua("WotshiPlus", "1.8.2", "ndodana")


def _b(c: Context, method: str, url: str, install: bool = True) -> FB:
    b = FB(c, "wotshiplus", method, url)
    b.header("user-agent", UA)
    b.header("x-user", b.acct("watch_user"))
    if install:
        b.header("x-install-id", b.id("watch_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "deviceMac": b.id("watch_mac", where="json deviceMac"),
            "deviceSn": b.id("watch_serial", where="json deviceSn"),
            "phoneAndroidId": b.id("aid_wotshi", where="json phoneAndroidId"),
            "model": "W7 Pro",
        }
    )
    b.ok_json({"bound": True})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/info")
    mac = b.id("watch_mac", "nosep", "response json data.mac", direction="response")
    b.ok_json({"data": {"mac": mac, "battery": c.rng.randint(10, 100), "fw": "2.3.7"}})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync", install=False)
    b.header("x-device-mac", b.id("watch_mac", "nosep_upper", "header x-device-mac"))
    b.json({"steps": c.rng.randint(200, 12000), "t": ms(c)})
    b.ok_json({"ok": True})
    return b.build()


def dump_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/d", install=False)
    body = (
        pb_bytes(1, b.id("watch_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("watch_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", b"")
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cfg", install=False)
    b.form([("q", b.id("aid_wotshi", "md5", "form q", detectable=False)), ("l", "zu")])
    b.ok_json({"s": 1})
    return b.build()


def daily(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/health/daily", install=False)
    b.decoy("heart rate and sleep (health data, not face / voice biometrics)")
    b.json(
        {
            "date": iso(c)[:10],
            "steps": c.rng.randint(2000, 15000),
            "restingHr": c.rng.randint(55, 75),
            "sleepMin": c.rng.randint(300, 520),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watchface(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchfaces?lang=zu", install=False)
    b.ok_json(
        {"faces": [{"id": i, "name": n} for i, n in enumerate(["Ilanga", "Inyanga", "Amabokk"])]}
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/firmware/latest?model=W7Pro", install=False)
    b.ok_json({"version": "2.3.8", "size": 1843200})
    return b.build()
