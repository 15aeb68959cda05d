"""DinhViXe: the app of a GPS tracker fitted to the family motorbike (a Honda
Vision kept in Ho Chi Minh City).

The tracker's LTE module IMEI and its serial (both on its label) travel on the
vehicle list, live-position polls and command calls, readable as `imei` /
`so_seri`; the command endpoint also takes the IMEI hex-encoded under `d`
(opaque). Positions, trips, geofences and the licence plate are ordinary
(location data is not one of the three categories).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, ua

API = "https://gps.dinhvixe.example"
UA = ua("DinhViXe", "1.9.0")
PLATE = "59-G1 482.17"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dinhvixe", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("x-access-token", new_hex(c.rng, 40))
    return b


def vehicles(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/xe/danh-sach")
    b.params.append(("ma_may", b.id("aid_tracker", where="query ma_may (ANDROID_ID)")))
    b.ok_json(
        {
            "ds": [
                {
                    "bien_so": PLATE,
                    "imei": b.id(
                        "tracker_imei", where="response json ds[].imei", direction="response"
                    ),
                    "so_seri": b.id(
                        "tracker_serial", where="response json ds[].so_seri", direction="response"
                    ),
                    "loai": "Honda Vision",
                    "het_han_dich_vu": "2025-03-01",
                }
            ]
        }
    )
    b.decoy("licence plate (a vehicle registration, not a device id)")
    return b.build()


def live_position(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/vi-tri/hien-tai")
    b.params.append(("imei", b.id("tracker_imei", where="query imei")))
    serial = b.id("tracker_serial", where="query ma_tb (ma thiet bi: device code)")
    b.params.append(("ma_tb", serial))
    b.decoy("the motorbike's coordinates and speed (location, not in the three categories)")
    b.ok_json(
        {
            "lat": rf(c.rng, 10.76, 10.80, 6),
            "lng": rf(c.rng, 106.65, 106.72, 6),
            "toc_do": c.rng.randint(0, 55),
            "may_no": c.rng.choice([True, False]),
            "cap_nhat": iso(c),
        }
    )
    return b.build()


def trip_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/hanh-trinh?tu=2024-11-04&den=2024-11-05")
    b.params.append(("seri", b.id("tracker_serial", where="query seri")))
    b.decoy("trip polyline (coordinates)")
    lat, lon = 10.77, 106.69
    pts = []
    for _ in range(c.rng.choice([57, 68, 120])):
        lat += c.rng.uniform(-0.0005, 0.0005)
        lon += c.rng.uniform(-0.0005, 0.0005)
        pts.append([round(lat, 6), round(lon, 6), ms(c) // 1000])
    b.ok_json({"diem": pts, "tong_km": rf(c.rng, 2, 40, 1)})
    return b.build()


def command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/lenh")
    b.form(
        [
            ("d", b.id("tracker_imei", "hex", "form d (IMEI hex-encoded)", detectable=False)),
            ("c", c.rng.choice(["DYD,000000#", "HFYD,000000#", "WHERE#"])),
            ("n", str(ms(c))),
        ]
    )
    b.ok_json({"ok": 1, "phan_hoi": "OK!"})
    return b.build()


def geofence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/vung-an-toan")
    b.decoy("geofence circle around home (coordinates)")
    b.json({"ten": "Nhà", "lat": 10.7769, "lng": 106.7009, "ban_kinh_m": 300, "bat": True})
    b.ok_json({"ok": 1})
    return b.build()
