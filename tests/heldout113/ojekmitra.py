"""OjekPro Mitra: the driver app of an ojek (motorbike taxi) platform, used by
the father in Bandung on the family phone.

Before each shift the driver takes a selfie (`foto_wajah`) that the platform
matches against the enrolled face (`/mitra/v2/swafoto/verifikasi`); the
on-device detector also posts 68 face landmarks (`landmark_wajah`) to check
the driver is not a photo. A retry path uploads the frame as base64 under `f1`
on `/d/v1/c3` (opaque). Its install id goes in a header on every call and its
order-accept call signs with a SHA-256 of the ANDROID_ID under `x-sg` (opaque).
GPS pings, order offers, earnings, passenger ratings and the STNK (vehicle
registration) photo with OCR boxes are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mitra-api.ojekpro.example"
UA = ua("OjekProMitra", "4.77.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ojekpro-mitra", method, url)
    b.header("user-agent", UA)
    b.header("x-mitra-install", b.id("ojek_install", where="header x-mitra-install"))
    return b


def _jpeg(c: Context) -> bytes:
    return fake_jpeg(c.rng.randint(0, 10**9), 800)


def _bandung(c: Context) -> tuple[float, float]:
    return rf(c.rng, -6.95, -6.87, 6), rf(c.rng, 107.57, 107.66, 6)


def swafoto(c: Context) -> Flow:
    boundary = "OJK" + new_hex(c.rng, 20)
    b = _b(c, "POST", f"{API}/mitra/v2/swafoto/verifikasi")
    b.bio("face_image", "multipart foto_wajah (selfie matched to enrolled face)")
    lat, lon = _bandung(c)
    b.set_body(
        multipart(
            boundary,
            [
                ("foto_wajah", "swafoto.jpg", "image/jpeg", _jpeg(c)),
                ("lat", None, None, str(lat).encode()),
                ("lng", None, None, str(lon).encode()),
                ("alasan", None, None, b"mulai_shift"),
            ],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"cocok": True, "skor_kemiripan": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def landmark(c: Context) -> Flow:
    cx, cy = rf(c.rng, 200, 280, 1), rf(c.rng, 260, 340, 1)
    b = _b(c, "POST", f"{API}/mitra/v1/swafoto/cek-hidup")
    b.bio("face_landmarks", "json landmark_wajah (68 [x, y] points)")
    b.json(
        {
            "landmark_wajah": [
                [round(cx + c.rng.gauss(0, 45), 1), round(cy + c.rng.gauss(0, 55), 1)]
                for _ in range(68)
            ],
            "kedip": c.rng.randint(1, 3),
            "yaw": rf(c.rng, -10, 10, 2),
            "ts": ms(c),
        }
    )
    b.ok_json({"hidup": True})
    return b.build()


def frame_ulang(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/d/v1/c3")
    b.bio("face_image", "json f1 (base64 JPEG frame, nothing names it)", detectable=False)
    b.json({"f1": b64(_jpeg(c)), "n": 1, "q": rid(c.rng)})
    b.ok_json({"ok": 1})
    return b.build()


def daftar_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mitra/v1/perangkat")
    b.json(
        {
            "id_pemasangan": b.id("ojek_install", where="json id_pemasangan (install id)"),
            "android_id": b.id("aid_ojek", where="json android_id"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "model": "SM-A546E",
            "id_mitra": b.acct("ojek_driver"),
        }
    )
    b.ok_json({"terdaftar": True})
    return b.build()


def terima_order(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mitra/v1/order/terima")
    b.header("x-sg", b.id("aid_ojek", "sha256", "header x-sg (SHA-256 of ANDROID_ID)", False))
    b.decoy("order id and pickup coordinates")
    lat, lon = _bandung(c)
    b.json({"id_order": "RB-" + new_digits(c.rng, 12), "lat": lat, "lng": lon, "ts": ms(c)})
    b.ok_json({"status": "menuju_penjemputan"})
    return b.build()


def ping_lokasi(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mitra/v1/lokasi")
    b.decoy("GPS track: coordinate series, speed and bearing")
    pts = []
    for _ in range(c.rng.randint(3, 8)):
        lat, lon = _bandung(c)
        pts.append(
            {"lat": lat, "lng": lon, "kec": rf(c.rng, 0, 40, 1), "arah": rf(c.rng, 0, 359, 1)}
        )
    b.json({"titik": pts, "status": "online"})
    b.no_content()
    return b.build()


def tawaran_order(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mitra/v1/order/tawaran")
    lat, lon = _bandung(c)
    b.ok_json(
        {
            "tawaran": [
                {
                    "id_order": "RB-" + new_digits(c.rng, 12),
                    "jemput": {"lat": lat, "lng": lon, "alamat": "Jl. Dago No. 12"},
                    "ongkos": c.rng.randint(9, 40) * 1000,
                    "jarak_km": rf(c.rng, 1, 12, 1),
                }
            ]
        }
    )
    return b.build()


def pendapatan(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/mitra/v1/pendapatan?periode=minggu")
    b.ok_json({"harian": [c.rng.randint(50, 400) * 1000 for _ in range(7)], "diperbarui": iso(c)})
    return b.build()


def rating(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/mitra/v1/rating-penumpang")
    b.json({"id_order": "RB-" + new_digits(c.rng, 12), "bintang": 5, "catatan": "mantap, ramah"})
    b.no_content()
    return b.build()


def foto_stnk(c: Context) -> Flow:
    boundary = "OJK" + new_hex(c.rng, 20)
    b = _b(c, "POST", f"{API}/mitra/v1/dokumen/stnk")
    b.decoy("vehicle registration photo; response holds OCR text boxes, no face")
    b.set_body(
        multipart(boundary, [("dokumen", "stnk.jpg", "image/jpeg", _jpeg(c))]),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json(
        {
            "ocr": [
                {"teks": "D 4821 ABK", "kotak": [34, 80, 210, 112]},
                {"teks": "HONDA VARIO 125", "kotak": [34, 130, 260, 160]},
            ]
        }
    )
    return b.build()
