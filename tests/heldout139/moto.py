"""DinhViXe: the companion app of the family's motorbike GPS tracker (a GT06-style
box with its own SIM). The tracker's IMEI and serial are the family's device
ids; GPS tracks, geofences and battery voltage are ordinary data. The rental
shop's bike tracker shown when the tester rents a scooter in Da Lat is the
shop's device (decoy).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits

from .phone import FB, builder, iso, rf, rid, ua, vn_point

API = "https://gps.dinhvixe.example"
UA = ua("DinhViXe", "2.2.7")


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "dinhvixe", method, url, UA)
    b.header("x-app-device", b.id("aid_moto", where="header x-app-device"))
    return b


def bind_tracker(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/thiet-bi/gan")
    b.json(
        {
            "imei_thiet_bi": b.id("tracker_imei", where="json imei_thiet_bi"),
            "so_seri": b.id("tracker_serial", where="json so_seri"),
            "bien_so": "29H1-" + str(c.rng.randint(10000, 99999)),
            "loai_xe": "Honda Air Blade",
        }
    )
    b.ok_json({"ma": 0})
    return b.build()


def live_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/vi-tri/hien-tai")
    b.param("imei", b.id("tracker_imei", where="query imei"))
    lat, lon = vn_point(c)
    b.decoy("motorbike position, speed and battery (ordinary coordinates)")
    b.ok_json(
        {
            "lat": lat,
            "lng": lon,
            "toc_do": c.rng.randint(0, 60),
            "ac_quy_v": rf(c.rng, 11.8, 13.2, 2),
            "luc": iso(c),
        }
    )
    return b.build()


def track_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/hanh-trinh?ngay=2024-11-05")
    lat, lon = vn_point(c)
    b.decoy("route points of a day (ordinary coordinates)")
    b.ok_json(
        {
            "diem": [
                [rf(c.rng, lat - 0.02, lat + 0.02, 6), rf(c.rng, lon - 0.02, lon + 0.02, 6)]
                for _ in range(20)
            ]
        }
    )
    return b.build()


def tracker_cmd_opaque(c: Context) -> Flow:
    """A relay command: the IMEI folded into a hex-of-ascii frame under `p`."""
    b = _b(c, "POST", f"{API}/api/r")
    frame = (
        "7878"
        + b.id("tracker_imei", "hex", "form p (hex-encoded IMEI in a GT06 frame)", detectable=False)
        + "0d0a"
    )
    b.form([("p", frame), ("c", "RELAY,1#")])
    b.ok_json({"ma": 0})
    return b.build()


def rental_bike(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/thue-xe/xe?cua_hang=dalat-{c.rng.randint(1, 20)}")
    b.decoy("rental shop's scooter tracker IMEI: the shop's device, not the family's")
    b.ok_json(
        {
            "xe": {
                "imei_dinh_vi": "86" + new_digits(c.rng, 13),
                "bien_so": "49B1-" + str(c.rng.randint(10000, 99999)),
                "gia_ngay": 150000,
            },
            "phien": rid(c.rng),
        }
    )
    return b.build()
