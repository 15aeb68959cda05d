"""Montre Fit: the app of a cheap Bluetooth smartwatch (steps, sleep, prayer and
football-score notifications). Binding sends the watch's BLE MAC and serial;
the watch-face store and step counts are ordinary, and heart rate is neither
biometric data in this issue's sense (no face, no voice) nor viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rf, ua

API = "https://api.montrefit.example"
UA = ua("MontreFit", "1.6.8")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "montrefit", method, url)
    b.header("user-agent", UA)
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/device/bind")
    b.json(
        {
            "uid": b.acct("watch_user"),
            "mac": b.id("watch_mac", where="json mac"),
            "sn": b.id("watch_serial", where="json sn"),
            "phoneId": b.id("aid_watch", where="json phoneId"),
            "fw": "T500_V2.3.1",
        }
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def device_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/device/list")
    mac = b.id("watch_mac", where="response json data[].mac", direction="response")
    b.ok_json(
        {"code": 0, "data": [{"mac": mac, "name": "T500 Plus", "battery": c.rng.randint(10, 100)}]}
    )
    return b.build()


def ota_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ota/check")
    b.params.append(
        (
            "k",
            b.id(
                "watch_mac",
                "md5_of_nosep",
                "query k (md5 of the MAC without colons)",
                detectable=False,
            ),
        )
    )
    b.params.append(("v", "231"))
    b.ok_json({"code": 0, "update": False})
    return b.build()


def steps(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/health/steps")
    b.json(
        {
            "date": iso(c)[:10],
            "pas": c.rng.randint(800, 14000),
            "kcal": rf(c.rng, 50, 600, 1),
            "rythme_cardiaque": [c.rng.randint(60, 110) for _ in range(12)],
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def watchfaces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/dial/list?page=1")
    b.decoy("watch-face catalogue with download counts")
    b.ok_json(
        {
            "data": [
                {"id": new_hex(c.rng, 8), "name": n, "downloads": c.rng.randint(10, 90000)}
                for n in ("Lion de la Teranga", "Touba", "Classique")
            ]
        }
    )
    return b.build()
