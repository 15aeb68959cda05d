"""Soundcore-style companion of the producer's OWN earbuds: firmware check and
registration carry the buds' BLE MAC and serial (the tester's device); EQ presets,
the hearing-profile curve and battery reports carry none."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rf, ua

API = "https://api.earbudsco.example/v2"
UA = ua("BudsCompanion", "2.14.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "buds", method, url)
    b.header("user-agent", UA)
    return b


def firmware_check(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/check")
    b.param("sn", b.id("buds_serial", where="query sn"))
    b.param("bt_mac", b.id("buds_mac", where="query bt_mac"))
    b.param("fw", "1.4.07")
    b.ok_json({"update": False, "latest": "1.4.07"})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/devices/bind")
    b.json(
        {
            "account": b.acct("buds_user"),
            "deviceSn": b.id("buds_serial", where="json deviceSn"),
            "bluetoothAddress": b.id("buds_mac", where="json bluetoothAddress"),
            "phoneAndroidId": b.id("aid_buds", where="json phoneAndroidId"),
            "model": "A3951",
        }
    )
    b.ok_json({"bound": True, "at": iso(c)})
    return b.build()


def telemetry_opaque(c: Context) -> Flow:
    """Battery telemetry keyed by an MD5 of the buds' MAC under `h`."""
    b = _b(c, "POST", f"{API}/t")
    b.json(
        {
            "h": b.id("buds_mac", how="md5", where="json h (md5 of BLE MAC)", detectable=False),
            "l": c.rng.randint(10, 100),
            "r": c.rng.randint(10, 100),
            "c": c.rng.randint(0, 100),
        }
    )
    b.no_content()
    return b.build()


def eq_preset(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/me/eq")
    b.decoy("EQ preset gains per band (float series)")
    b.json({"preset": "Podcast", "gainsDb": [rf(c.rng, -6, 6, 1) for _ in range(10)]})
    b.no_content()
    return b.build()


def hearing_profile(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/me/hearid")
    b.decoy("hearing-test audiogram thresholds (not a voiceprint or face data)")
    b.json(
        {
            "left": [rf(c.rng, 0, 40, 1) for _ in range(8)],
            "right": [rf(c.rng, 0, 40, 1) for _ in range(8)],
        }
    )
    b.no_content()
    return b.build()
