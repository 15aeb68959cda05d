"""Pantau CCTV: the security / ward CCTV viewer on the Melati ward's shared phone
(nurses review the corridor cameras after a patient fall).

The NVR gateway lists the cameras with their serial numbers and MACs, serves
recorded clips by camera and time range, seeks (`posisi_detik`), moves a PTZ
camera (pan / tilt / zoom positions), lists motion events and serves still
thumbnails of an empty corridor. Reviewing footage is not a person's viewing
history in the media sense, and the cameras are the ward's equipment.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, mac, rf, rid

API = "https://cctv.rshusadawaras.example"
UA = "PantauCCTV/2.1.3 (Android 14; SM-G556B)"
KAMERA = ["Koridor Melati Utara", "Koridor Melati Selatan", "Nurse Station Melati", "Lift B Lt.3"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rshw-cctv", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def daftar_kamera(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kamera?lokasi=melati")
    b.decoy("camera list with serial numbers and MACs (ward equipment)")
    b.ok_json(
        {
            "kamera": [
                {
                    "id": i + 1,
                    "nama": n,
                    "no_seri": "DS-2CD"
                    + str(c.rng.randint(1000, 9999))
                    + "-"
                    + new_hex(c.rng, 9).upper(),
                    "mac": mac(c.rng),
                    "ip": f"10.12.3.{c.rng.randint(10, 250)}",
                    "online": c.rng.random() < 0.9,
                }
                for i, n in enumerate(KAMERA)
            ]
        }
    )
    return b.build()


def putar_ulang(c: Context) -> Flow:
    cam = c.rng.randint(1, 4)
    b = _b(c, "POST", f"{API}/api/v1/rekaman/putar")
    b.decoy("recorded clip playback: camera, time range, seek position")
    b.json(
        {
            "kamera": cam,
            "mulai": "2024-12-01T02:10:00+07:00",
            "selesai": "2024-12-01T02:25:00+07:00",
            "posisi_detik": c.rng.randint(0, 900),
            "kecepatan": c.rng.choice([1, 2, 4]),
        }
    )
    b.ok_json({"url": f"{API}/hls/{new_hex(c.rng, 24)}/index.m3u8", "berlaku_detik": 300})
    return b.build()


def ptz(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v1/kamera/{c.rng.randint(1, 4)}/ptz")
    b.decoy("PTZ camera pan / tilt / zoom position")
    b.json(
        {
            "pan": rf(c.rng, -180, 180, 1),
            "tilt": rf(c.rng, -30, 90, 1),
            "zoom": rf(c.rng, 1, 12, 1),
            "preset": None,
        }
    )
    b.ok_json({"posisi": "OK"})
    return b.build()


def kejadian_gerak(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kejadian?jenis=gerak&jam=6")
    b.decoy("motion events with timestamps and durations")
    b.ok_json(
        {
            "kejadian": [
                {
                    "kamera": c.rng.randint(1, 4),
                    "waktu": iso(c),
                    "durasi_detik": c.rng.randint(2, 60),
                    "area": c.rng.choice(["pintu", "lorong", "lift"]),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/kamera/{c.rng.randint(1, 4)}/cuplikan.jpg?w=320")
    b.decoy("camera still of a corridor (no face analysis)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def hls_rekaman(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/hls/{new_hex(c.rng, 24)}/seg{c.rng.randint(0, 180):04d}.ts")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
