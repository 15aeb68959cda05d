"""Kjørekam: the app of a connected dashcam the family owns (phone side). The
dashcam's serial and Wi-Fi MAC are bound to the account; clips and GPS tracks
are decoys. Own backend cloud.kjorekam.com.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://cloud.kjorekam.com"


def _b(c: Context, method: str, path: str, params: list | None = None) -> FB:
    b = FB(c, "kjorekam", method, API + path, params)
    b.header("user-agent", ua("Kjorekam", "2.21.4"))
    return b


def bind(c: Context) -> Flow:
    b = _b(c, "POST", "/api/device/bind")
    b.json(
        {
            "device_sn": b.id("dash_serial", where="json:device_sn"),
            "wifi_mac": b.id("dash_mac", where="json:wifi_mac"),
            "phone_android_id": b.id("aid_dash", where="json:phone_android_id"),
            "fw": "TH2.4.17",
            "bind_time": iso(c),
        }
    )
    b.ok_json({"code": 0, "msg": "ok"})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"/api/device/{c.phone.dash_serial}/status")
    b.id("dash_serial", where="path:/api/device/{sn}/status")
    b.ok_json({"online": True, "sdFreeMb": c.rng.randint(1000, 60000), "parkingMode": True})
    return b.build()


def clips(c: Context) -> Flow:
    b = _b(c, "GET", "/api/clips", [("page", "1"), ("since", str(ms(c) - 86400000))])
    b.ok_json(
        {
            "clips": [
                {
                    "id": rid(c.rng)[:12],
                    "t": iso(c),
                    "type": "g-sensor",
                    "thumb": f"https://thumb.kjorekam.com/{rid(c.rng)[:8]}.jpg",
                }
                for _ in range(3)
            ]
        }
    )
    b.decoy("clip list with ids and thumbnails")
    return b.build()


def clip_upload(c: Context) -> Flow:
    b = _b(c, "POST", "/api/clips/upload")
    bd = "kk" + rid(c.rng)[:18]
    b.set_body(
        multipart(
            bd,
            [
                ("meta", None, "application/json", b'{"cam":"front","event":"impact"}'),
                ("clip", "front.mp4", "video/mp4", fake_mp4(c.rng.randint(1, 10**6))),
            ],
        ),
        f"multipart/form-data; boundary={bd}",
    )
    b.ok_json({"ok": True})
    b.decoy("road video clip upload (front camera)")
    return b.build()


def gps(c: Context) -> Flow:
    b = _b(c, "POST", "/api/track")
    b.json(
        {
            "pts": [
                [rf(c.rng, 59.2, 59.4, 5), rf(c.rng, 17.9, 18.2, 5), c.rng.randint(0, 110)]
                for _ in range(20)
            ]
        }
    )
    b.decoy("GPS points with speed")
    b.no_content()
    return b.build()


def opaque_hb(c: Context) -> Flow:
    b = _b(c, "POST", "/api/h")
    b.form([("d", c.phone.dash_mac.replace(":", "").upper()), ("s", str(c.rng.randint(1, 9)))])
    b.id("dash_mac", how="nosep_upper", where="form:d", detectable=False)
    b.no_content()
    return b.build()
