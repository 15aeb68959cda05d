"""Absensi Wajah RSHW: the hospital's staff face-attendance app on nurse Sri's
own phone, and the face-attendance kiosk at the Melati ward entrance.

On the phone, clocking in (`presensi masuk`) posts a selfie (`foto_wajah`)
with the GPS fix; the server matches it against the enrolled face. Enrolment
sends a 128-float face template (`template_wajah`, a MobileFaceNet-class
embedding) and the liveness step sends three frames; a newer build posts
the template as protobuf packed floats (no names on the wire). The app binds
itself to one phone (ANDROID_ID and an app-made device uuid) against buddy
punching; a header `x-d` carries an MD5 of the ANDROID_ID.

The kiosk matches faces on the tablet: its clock-in posts only the staff
number, the match result and the similarity score (no face data travels:
ordinary), while its nightly gallery sync downloads the enrolled staff's face
templates (face data, in the response). Shift rosters, the geofence radius,
attendance recaps and leave requests are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, multipart, pb_bytes, pb_packed_floats, pb_varint

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://absensi.rshusadawaras.example"
UA = ua("AbsensiRSHW", "2.8.1", "perawat")
KIOSK_UA = "AbsensiKiosk/1.6 (Android 11; Lenovo TB-X606F)"
RS = (-7.2891, 112.7347)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "absensi-rshw", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _kiosk(c: Context, method: str, url: str) -> FB:
    b = FB(c, "absensi-kiosk", method, url)
    b.header("user-agent", KIOSK_UA)
    b.header("x-api-key", "kiosk-" + rid(c.rng)[:18])
    return b


def _fix(c: Context) -> tuple[float, float]:
    return round(RS[0] + c.rng.uniform(-3e-4, 3e-4), 6), round(
        RS[1] + c.rng.uniform(-3e-4, 3e-4), 6
    )


def ikat_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/perangkat/ikat")
    b.json(
        {
            "nip": b.acct("nip_perawat"),
            "android_id": b.id("aid_absensi", where="json android_id"),
            "device_uuid": b.id("absensi_device_uuid", where="json device_uuid"),
            "model": "CPH2565",
        }
    )
    b.ok_json({"terikat": True, "pesan": "Perangkat berhasil didaftarkan"})
    return b.build()


def cek_token_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/sesi")
    b.header("x-d", b.id("aid_absensi", "md5", "header x-d", detectable=False))
    b.ok_json({"aktif": True, "kedaluwarsa": iso(c)})
    return b.build()


def presensi_selfie(c: Context, jenis: str = "masuk") -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/presensi/{jenis}")
    b.bio("face_image", "multipart foto_wajah (selfie for server-side face match)")
    lat, lng = _fix(c)
    boundary = rid(c.rng)
    parts = [
        ("nip", None, None, b.acct("nip_perawat").encode()),
        ("jenis", None, None, jenis.encode()),
        ("lat", None, None, str(lat).encode()),
        ("lng", None, None, str(lng).encode()),
        ("foto_wajah", "wajah.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 700)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"status": "TERCATAT", "kemiripan": rf(c.rng, 0.8, 0.99, 3), "jam": iso(c)})
    return b.build()


def daftar_wajah(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/wajah/daftar")
    b.bio("face_template", "json template_wajah (128 floats)")
    b.json(
        {
            "nip": b.acct("nip_perawat"),
            "template_wajah": floats(c.rng, 128),
            "versi_model": "mobilefacenet-128-v2",
            "kualitas": rf(c.rng, 0.7, 0.99, 3),
        }
    )
    b.ok_json({"terdaftar": True})
    return b.build()


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/wajah/liveness")
    b.bio("face_image", "json frame_wajah[] (three base64 JPEG frames)")
    b.json(
        {
            "nip": b.acct("nip_perawat"),
            "gerakan": c.rng.choice(["kedip", "tengok_kiri", "senyum"]),
            "frame_wajah": [b64(fake_jpeg(c.rng.randint(0, 10**9), 400)) for _ in range(3)],
        }
    )
    b.ok_json({"hidup": True, "skor": rf(c.rng, 0.85, 0.99, 3)})
    return b.build()


def template_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/t")
    b.bio("face_template", "protobuf field 2 packed floats", detectable=False)
    body = (
        pb_bytes(1, b.acct("nip_perawat"))
        + pb_packed_floats(2, floats(c.rng, 128))
        + pb_varint(3, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def kiosk_galeri(c: Context) -> Flow:
    b = _kiosk(c, "GET", f"{API}/api/kiosk/v1/galeri-wajah?unit=melati&sejak=0")
    where = "response json staf[].template (enrolled face templates)"
    b.mark("biometric", "face_template", where, True, "response")
    b.ok_json(
        {
            "unit": "Melati",
            "staf": [
                {"nip": "19" + str(c.rng.randint(10**15, 10**16)), "template": floats(c.rng, 128)}
                for _ in range(3)
            ],
            "versi_model": "mobilefacenet-128-v2",
        }
    )
    return b.build()


def kiosk_hasil(c: Context) -> Flow:
    b = _kiosk(c, "POST", f"{API}/api/kiosk/v1/presensi")
    b.decoy("on-device face match result and similarity score only (no face data)")
    b.json(
        {
            "nip": "19" + str(c.rng.randint(10**15, 10**16)),
            "jenis": c.rng.choice(["masuk", "pulang"]),
            "cocok": True,
            "skor_kemiripan": rf(c.rng, 0.75, 0.99, 3),
            "liveness_lolos": True,
            "lokasi": "Pintu Bangsal Melati",
            "waktu": iso(c),
        }
    )
    b.ok_json({"tercatat": True})
    return b.build()


def jadwal_shift(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/jadwal-dinas?bulan=2024-12")
    b.decoy("shift roster with times")
    b.ok_json(
        {
            "dinas": [
                {
                    "tanggal": f"2024-12-{d:02d}",
                    "shift": c.rng.choice(["P", "S", "M", "L"]),
                    "jam_mulai": c.rng.choice(["07:00", "14:00", "21:00"]),
                }
                for d in range(1, 8)
            ]
        }
    )
    return b.build()


def geofence(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/lokasi-kerja")
    b.decoy("workplace geofence position and radius")
    b.ok_json({"nama": "RS Husada Waras", "lat": RS[0], "lng": RS[1], "radius_meter": 150})
    return b.build()


def rekap(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/presensi/rekap?bulan=2024-11")
    b.ok_json(
        {
            "hadir": c.rng.randint(18, 24),
            "terlambat": c.rng.randint(0, 3),
            "menit_terlambat": c.rng.randint(0, 40),
            "cuti": c.rng.randint(0, 2),
        }
    )
    return b.build()


def cuti(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/cuti")
    b.json(
        {
            "nip": b.acct("nip_perawat"),
            "jenis": "cuti_tahunan",
            "mulai": "2024-12-23",
            "selesai": "2024-12-27",
            "alasan": "Mudik ke Lamongan",
        }
    )
    b.ok_json({"status": "MENUNGGU_PERSETUJUAN"})
    return b.build()
