"""A dashcam and a robot-vacuum companion (Xiaomi-cloud style). The device list
has the shape python-miio / Xiaomi cloud `home/device_list` answers carry
(did, model, mac, localip: rytilahti/python-miio docs); maps, cleaning
progress and device models are decoys; the binding calls that carry this
household's vacuum MAC / serial and the dashcam serial are true device ids.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex

from .phone import mk, ms, rf

MI = "https://sg.api.io.mi.com/app"
DASH = "https://iot.70mai-cam.com"


def vacuum_map(c: Context) -> Flow:
    b = mk(c, "mihome", "GET", f"{MI}/v2/home/map_points", "MiHome", "9.4.705")
    b.decoy("vacuum floor map outline coordinates and room polygons")
    b.ok_json(
        {
            "rooms": [
                {
                    "name": "客厅",
                    "poly": [[rf(c.rng, 0, 8, 2), rf(c.rng, 0, 6, 2)] for _ in range(8)],
                }
            ],
            "charger": [1.2, 0.4],
        }
    )
    return b.build()


def clean_progress(c: Context) -> Flow:
    b = mk(c, "mihome", "POST", f"{MI}/miotspec/prop/get", "MiHome", "9.4.705")
    b.decoy("cleaning progress, area and duration properties (siid/piid)")
    # Relabelled by the lead after scoring: `did` is Mi Home's cloud id of the user's
    # own vacuum (a platform device id, as python-miio documents it), the kind of id
    # other sets label for the user's own doorbell, camera or TV; its writer left it out.
    b.other_id("vacuum_cloud_did", "body.params[].did")
    b.json({"params": [{"did": new_digits(c.rng, 9), "siid": 4, "piid": p} for p in (2, 3, 5)]})
    b.ok_json(
        {
            "result": [
                {"siid": 4, "piid": 2, "value": c.rng.randint(0, 100)},
                {"siid": 4, "piid": 3, "value": c.rng.randint(0, 7200)},
            ]
        }
    )
    return b.build()


def vacuum_devices(c: Context) -> Flow:
    b = mk(c, "mihome", "POST", f"{MI}/home/device_list", "MiHome", "9.4.705")
    b.json({"getVirtualModel": False, "getHuamiDevices": 0})
    b.ok_json(
        {
            "result": {
                "list": [
                    {
                        "did": new_digits(c.rng, 9),
                        "model": "roborock.vacuum.a15",
                        "mac": b.id("vac_mac", where="response list[].mac", direction="response"),
                        "localip": "192.168.1.23",
                        "name": "掃地機器人",
                    }
                ]
            }
        }
    )
    return b.build()


def vacuum_bind(c: Context) -> Flow:
    b = mk(c, "mihome", "POST", f"{MI}/device/bind", "MiHome", "9.4.705")
    b.form(
        [
            ("sn", b.id("vac_serial", where="form sn")),
            ("mac", b.id("vac_mac", "nosep", "form mac (no sep)")),
            ("model", "roborock.vacuum.a15"),
        ]
    )
    b.ok_json({"code": 0})
    return b.build()


def dash_model(c: Context) -> Flow:
    b = mk(c, "70mai", "GET", f"{DASH}/api/fw/check", "70mai", "4.2.0")
    b.decoy("dashcam model string, firmware version and sha256 of the image")
    b.param("model", "Midrive D07")
    b.ok_json({"version": "2.1.7", "sha256": new_hex(c.rng, 64), "size": 48213077})
    return b.build()


def dash_bind(c: Context) -> Flow:
    b = mk(c, "70mai", "POST", f"{DASH}/api/device/bind", "70mai", "4.2.0")
    b.json(
        {
            "deviceSn": b.id("dash_serial", where="json deviceSn"),
            "model": "Midrive D07",
            "ts": ms(c),
        }
    )
    b.ok_json({"code": 0})
    return b.build()


def dash_clip(c: Context) -> Flow:
    b = mk(c, "70mai", "GET", f"{DASH}/api/clip/list", "70mai", "4.2.0")
    b.decoy("list of recorded road clips with thumbnails and durations")
    b.ok_json(
        {
            "clips": [
                {
                    "file": f"NO{new_digits(c.rng, 14)}.mp4",
                    "dur": 60,
                    "thumb": f"{DASH}/t/{new_hex(c.rng, 12)}.jpg",
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()
