"""SonaBuds: the companion app of the coordinator's true-wireless earbuds.

Pairing binds the buds by their BLE MAC and serial; every status sync sends
the MAC (upper case, no separators) in a header, and the firmware-log upload
is protobuf without field names. Remote config is keyed by an MD5 of the
ANDROID_ID under a one-letter form field. The equaliser bands, the ANC level,
the "find my buds" ring and the touch-control settings are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import CB, iso, ms, rf, rid, ua

API = "https://api.sonabuds.example"
UA = ua("SonaBuds", "2.8.1")


def _b(c: Context, method: str, url: str, install: bool = True) -> CB:
    b = CB(c, "sonabuds", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if install:
        b.header("x-install-id", b.id("buds_install", where="header x-install-id"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/device/bind")
    b.json(
        {
            "userId": b.acct("buds_user"),
            "deviceMac": b.id("buds_mac", where="json deviceMac"),
            "deviceSn": b.id("buds_serial", where="json deviceSn"),
            "phoneAndroidId": b.id("aid_buds", where="json phoneAndroidId"),
            "productModel": "SonaBuds Pro 3",
            "firmware": "1.0.42",
        }
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def status_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/device/status", install=False)
    b.header("x-device-mac", b.id("buds_mac", "nosep_upper", "header x-device-mac"))
    b.json(
        {
            "batteryL": c.rng.randint(5, 100),
            "batteryR": c.rng.randint(5, 100),
            "batteryCase": c.rng.randint(5, 100),
            "inEar": c.rng.choice([True, False]),
            "at": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def device_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/device/info")
    sn = b.id("buds_serial", where="response json data.sn", direction="response")
    b.ok_json({"code": 0, "data": {"sn": sn, "fw": "1.0.42", "lastSync": iso(c)}})
    return b.build()


def log_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v2/l", install=False)
    body = (
        pb_bytes(1, b.id("buds_serial", "protobuf", "protobuf field 1", detectable=False))
        + pb_bytes(2, b.id("buds_mac", "protobuf", "protobuf field 2", detectable=False))
        + pb_varint(3, ms(c))
        + pb_varint(4, c.rng.randint(0, 40))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 0))
    return b.build()


def config_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/cf", install=False)
    b.form(
        [
            ("p", "com.sonabuds.app"),
            ("h", b.id("aid_buds", "md5", "form h", detectable=False)),
            ("v", "2.8.1"),
        ]
    )
    b.ok_json({"f": {"spatial": False, "lowLatency": True}})
    return b.build()


def eq_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/app/v1/settings/eq", install=False)
    b.decoy("equaliser band gains and ANC level (settings)")
    b.json(
        {
            "preset": c.rng.choice(["Afrobeats", "Bass Boost", "Vocal", "Custom"]),
            "bandsDb": [rf(c.rng, -6, 6, 1) for _ in range(8)],
            "ancLevel": c.rng.randint(0, 3),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/ota/check?model=SBP3&ver=1.0.42", install=False)
    b.ok_json({"latest": "1.0.45", "md5": rid(c.rng).replace("-", ""), "size": 412000})
    return b.build()
