"""Femke's smartwatch and its companion app: binding by BLE MAC, a sync header
with the MAC; heart rate, steps, stress and the watch faces are ordinary
("a watch face is not a face").
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import HB, ms, rid, ua

API = "https://api.polsband.example"
UA = ua("PolsbandFit", "3.4.0")


def _b(c: Context, method: str, url: str) -> HB:
    b = HB(c, "horloge", method, url)
    b.header("user-agent", UA)
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "userId": b.acct("watch_user"),
            "mac": b.id("watch_mac", where="json mac"),
            "phoneId": b.id("aid_horloge", where="json phoneId"),
            "model": "PB-GT4",
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/data/sync")
    b.header("x-device-mac", b.id("watch_mac", "nosep_upper", "header x-device-mac"))
    b.json(
        {
            "hartslag": [c.rng.randint(55, 120) for _ in range(12)],
            "stappen": c.rng.randint(0, 9000),
            "t": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def cfg_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cfg")
    b.param("k", b.id("aid_horloge", "md5", "query k (md5 of ANDROID_ID)", detectable=False))
    b.ok_json({"v": 3})
    return b.build()


def watchfaces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/watchfaces?lang=nl")
    b.decoy("watch faces")
    b.ok_json(
        {
            "faces": [{"id": i, "naam": n} for i, n in enumerate(["Analoog", "Sport", "Tulp"])],
            "req": rid(c.rng),
        }
    )
    return b.build()
