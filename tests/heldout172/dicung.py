"""DiCung: a ride-hailing app (motorbike and car rides, bike sharing) in Ho Chi Minh City.

Adjust sessions and events carry `gps_adid`, `android_uuid` and Adjust's `adid`;
the app's location pings put a truncated SHA-256 of the ANDROID_ID under `d`.
A passenger selfie check before a cash ride (a face image sent for
matching against the account's photo) is biometric. Not device ids: a shared
public bike's lock IMEI (public equipment), the driver's licence plate and
masked phone, trip and booking ids. Pickup and
drop-off coordinates, route polylines and fare quotes are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits, new_hex
from tests.heldout.wire import fake_jpeg, multipart

from .phone import FB, dalvik, iso, ms, rf, rid, ua

API = "https://api.dicung.example"
UA = ua("DiCung", "7.20.1")
PLACES = [
    ("Chợ Bến Thành", 10.7725, 106.6980),
    ("Sân bay Tân Sơn Nhất", 10.8188, 106.6519),
    ("Landmark 81", 10.7949, 106.7219),
    ("Phố đi bộ Nguyễn Huệ", 10.7740, 106.7038),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dicung", method, url)
    b.header("user-agent", UA)
    b.header("x-dc-user", b.acct("xe_user"))
    b.header("x-dc-trace", rid(c.rng))
    b.decoy("x-dc-trace request uuid")
    return b


def _adjust(c: Context, path: str) -> FB:
    b = FB(c, "adjust", "POST", f"https://app.adjust.com/{path}", http_version="HTTP/1.1")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.2")
    return b


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    b.form(
        [
            ("app_token", "x2p9kd7f3b0g"),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("android_uuid", b.id("aid_xe", where="form android_uuid (ANDROID_ID)")),
            ("adid", b.id("xe_adid", where="form adid (Adjust id)")),
            ("created_at", iso(c)),
            ("device_type", "phone"),
            ("os_version", "13"),
            ("country", "VN"),
            ("language", "vi"),
        ]
    )
    b.ok_json(
        {
            "adid": b.id("xe_adid", where="response json adid", direction="response"),
            "timestamp": iso(c),
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    b.form(
        [
            ("app_token", "x2p9kd7f3b0g"),
            ("event_token", c.rng.choice(["k3b7q1", "p0z8m2"])),
            ("gps_adid", b.id("gaid", where="form gps_adid")),
            ("adid", b.id("xe_adid", where="form adid (Adjust id)")),
            ("callback_params", '{"loai_xe":"xe_may","thanh_toan":"vi_dien_tu"}'),
            ("created_at", iso(c)),
        ]
    )
    b.ok_json({"adid": b.id("xe_adid", where="response json adid", direction="response")})
    return b.build()


def location_ping(c: Context) -> Flow:
    _, lat, lon = c.rng.choice(PLACES)
    b = _b(c, "POST", f"{API}/v2/vi-tri")
    b.json(
        {
            "d": b.id("aid_xe", "sha256_trunc16", "json d (sha256 truncated)", detectable=False),
            "lat": round(lat + c.rng.uniform(-0.01, 0.01), 6),
            "lng": round(lon + c.rng.uniform(-0.01, 0.01), 6),
            "acc": rf(c.rng, 3, 30, 1),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def fare_quote(c: Context) -> Flow:
    (a, alat, alon), (z, zlat, zlon) = c.rng.sample(PLACES, 2)
    b = _b(c, "POST", f"{API}/v2/bao-gia")
    b.decoy("pickup and drop-off coordinates, fare list")
    b.json(
        {
            "diem_don": {"ten": a, "lat": alat, "lng": alon},
            "diem_den": {"ten": z, "lat": zlat, "lng": zlon},
        }
    )
    b.ok_json(
        {
            "ds": [
                {"loai": "xe_may", "gia": c.rng.randint(20, 90) * 1000},
                {"loai": "o_to_4_cho", "gia": c.rng.randint(60, 250) * 1000},
            ],
            "ma_bao_gia": rid(c.rng),
        }
    )
    return b.build()


def route(c: Context) -> Flow:
    _, lat, lon = c.rng.choice(PLACES)
    b = _b(c, "GET", f"{API}/v2/chi-duong?che_do=xe_may")
    b.decoy("route polyline of 68 or 106 points (coordinates, landmark-sized list)")
    pts = []
    for _ in range(c.rng.choice([68, 106, 90])):
        lat += c.rng.uniform(-0.0004, 0.0006)
        lon += c.rng.uniform(-0.0004, 0.0006)
        pts.append([round(lat, 6), round(lon, 6)])
    b.ok_json({"quang_duong_m": c.rng.randint(1500, 14000), "diem": pts})
    return b.build()


def _plate(c: Context) -> str:
    return f"59-X{c.rng.randint(1, 9)} {c.rng.randint(100, 999)}.{c.rng.randint(10, 99)}"


def booking(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dat-xe")
    b.decoy("driver's licence plate, masked phone and photo URL (another person, not this device)")
    b.json({"ma_bao_gia": rid(c.rng), "loai": "xe_may", "ghi_chu": "đón ở cổng số 2"})
    b.ok_json(
        {
            "ma_chuyen": "DC-" + new_digits(c.rng, 10),
            "tai_xe": {
                "ten": "Trần Văn Bình",
                "bien_so": _plate(c),
                "sdt": "09xxxxx" + new_digits(c.rng, 3),
                "anh": f"https://img.dicung.example/driver/{new_hex(c.rng, 24)}.jpg",
                "diem": rf(c.rng, 4.6, 5.0, 1),
            },
        }
    )
    return b.build()


def bike_unlock(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/xe-dap-cong-cong/mo-khoa")
    b.decoy("public shared bike: its lock's IMEI belongs to the city scheme, not the tester")
    b.json(
        {
            "ma_xe": "TN" + new_digits(c.rng, 6),
            "khoa_imei": luhn_complete(new_digits(c.rng, 14, "86")),
            "tram": "Công viên 23/9",
        }
    )
    b.ok_json({"ket_qua": "da_mo", "bat_dau": iso(c)})
    return b.build()


def receipt(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/chuyen-di/DC-{new_digits(c.rng, 10)}/hoa-don")
    b.decoy("trip receipt with trip id and fare")
    b.ok_json(
        {
            "tong": c.rng.randint(20, 250) * 1000,
            "thoi_gian": iso(c),
            "quang_duong_km": rf(c.rng, 1, 15, 1),
        }
    )
    return b.build()


def passenger_selfie(c: Context) -> Flow:
    boundary = "dc-" + new_hex(c.rng, 16)
    b = _b(c, "POST", f"{API}/v2/xac-minh/hanh-khach/selfie")
    b.bio("face_image", "multipart anh_selfie (passenger face verification)")
    b.set_body(
        multipart(
            boundary,
            [
                ("anh_selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
                ("ly_do", None, None, b"chuyen_tien_mat"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"ket_qua": "khop", "do_tin_cay": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()
