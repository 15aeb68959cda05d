"""PimaFit: a cheap fitness band and its companion app on the Samsung.

Binding sends the band's BLE MAC and serial with the app's ANDROID_ID; the
daily sync keys the upload by the MAC with its colons stripped (`dev`); the
firmware check asks with `mac` in the query. Steps, heart rate and sleep are
health data, not a face or voice: not biometric by this set's definitions.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid, ua_sam

API = "https://api.pimafit.example"
UA = ua_sam("PimaFit", "1.8.6")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "pimafit", method, url)
    b.header("user-agent", UA)
    b.header("token", new_hex(c.rng, 32))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/device/bind")
    b.json(
        {
            "mac": b.id("band_mac", where="json mac"),
            "sn": b.id("band_serial", where="json sn"),
            "phoneId": b.id("aid_band", where="json phoneId"),
            "deviceType": "P7 Lite",
            "uid": b.acct("band_user"),
        }
    )
    b.ok_json({"code": 0, "msg": "success"})
    return b.build()


def daily_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/data/upload")
    b.decoy("steps, heart rate and sleep (health data, not a face or voice biometric)")
    b.json(
        {
            "dev": b.id("band_mac", "nosep", "json dev (MAC without colons)"),
            "date": iso(c)[:10],
            "steps": [c.rng.randint(0, 900) for _ in range(24)],
            "heartRate": [c.rng.randint(55, 120) for _ in range(24)],
            "sleep": {"deep": c.rng.randint(60, 150), "light": c.rng.randint(120, 300)},
        },
        "gzip",
    )
    b.ok_json({"code": 0})
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/ota/check")
    b.param("mac", b.id("band_mac", where="query mac"))
    b.param("ver", "P7L_1.0.33")
    b.ok_json({"code": 0, "hasNew": False})
    return b.build()


def watch_faces(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/dial/list?type=P7L&page=1")
    b.decoy("watch-face catalogue with download counts")
    b.ok_json(
        {
            "list": [
                {"id": i, "name": f"Dial {i}", "downloads": c.rng.randint(100, 90000)}
                for i in range(8)
            ]
        }
    )
    return b.build()


def notify_settings(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/setting/notify")
    b.json({"whatsapp": True, "sms": True, "calls": True, "reqId": rid(c.rng), "ts": ms(c)})
    b.ok_json({"code": 0})
    return b.build()
