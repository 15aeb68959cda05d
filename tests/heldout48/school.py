"""AbsenSiswa: an Indonesian school attendance app. Students check in at the
gate by face: ML Kit face detection (contours, Euler angles, as in
developers.google.com/ml-kit/vision/face-detection) on the phone, a
MobileFaceNet-style 128-d embedding matched on the server, and an attendance
selfie. Timetables, grades and a quiz-skill vector (no face) are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, floats_b64, multipart

from .phone import FB, floats, iso, points, rf, ua

API = "https://absen.sekolahku-app.id"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "absensiswa", method, API + path)
    b.header("user-agent", ua("AbsenSiswa", "1.9.3"))
    return b


def absen_embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/api/absen/masuk")
    b.bio("embedding", "body embedding_wajah 128 floats")
    b.json(
        {
            "nis": b.acct("student_no"),
            "embedding_wajah": floats(c.rng, 128),
            "model": "mobilefacenet",
            "lokasi": {"lat": rf(c.rng, -7.3, -7.2, 5), "lng": rf(c.rng, 112.7, 112.8, 5)},
            "jam": iso(c),
        }
    )
    b.ok_json({"status": "HADIR", "skor": rf(c.rng, 0.7, 0.95, 3)})
    return b.build()


def absen_embedding_b64(c: Context) -> Flow:
    b = _b(c, "POST", "/api/absen/pulang")
    b.bio("embedding", "body face_vec float32 base64")
    b.json(
        {
            "nis": b.acct("student_no"),
            "face_vec": floats_b64(floats(c.rng, 128)),
            "dim": 128,
            "jam": iso(c),
        }
    )
    b.ok_json({"status": "PULANG"})
    return b.build()


def kontur_wajah(c: Context) -> Flow:
    b = _b(c, "POST", "/api/absen/validasi-wajah")
    b.bio("landmarks", "body faceContours + headEulerAngle")
    b.json(
        {
            "faceContours": {
                "FACE": points(c.rng, 36),
                "LEFT_EYE": points(c.rng, 16),
                "RIGHT_EYE": points(c.rng, 16),
                "NOSE_BRIDGE": points(c.rng, 2),
            },
            "headEulerAngleY": rf(c.rng, -12, 12, 2),
            "headEulerAngleZ": rf(c.rng, -5, 5, 2),
            "leftEyeOpenProbability": rf(c.rng, 0.6, 1, 3),
        }
    )
    b.ok_json({"valid": True})
    return b.build()


def foto_absen(c: Context) -> Flow:
    bnd = "Boundary" + new_hex(c.rng, 16)
    b = _b(c, "POST", "/api/absen/foto-wajah")
    b.bio("face_image", "multipart foto_wajah attendance selfie")
    b.set_body(
        multipart(
            bnd,
            [
                ("foto_wajah", "absen.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 600)),
                ("nis", None, None, b.acct("student_no").encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"ok": True})
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", "/api/auth/login")
    b.json(
        {
            "nis": b.acct("student_no"),
            "device_id": b.id("aid_school", where="body device_id"),
            "fcm": new_hex(c.rng, 22) + ":APA91b" + new_hex(c.rng, 30),
        }
    )
    b.ok_json({"token": new_hex(c.rng, 40)})
    return b.build()


def jadwal(c: Context) -> Flow:
    b = _b(c, "GET", "/api/jadwal-pelajaran?kelas=8B")
    b.decoy("timetable")
    b.ok_json({"senin": ["Matematika", "IPA", "Bahasa Jawa"], "selasa": ["PAI", "IPS", "PJOK"]})
    return b.build()


def nilai(c: Context) -> Flow:
    b = _b(c, "GET", "/api/nilai?semester=1")
    b.decoy("grades numeric series")
    b.ok_json({"nilai": {m: c.rng.randint(60, 100) for m in ["mtk", "ipa", "ips", "bind", "bing"]}})
    return b.build()


def skill_vector(c: Context) -> Flow:
    b = _b(c, "POST", "/api/kuis/rekomendasi")
    b.decoy("quiz skill feature vector, no face context")
    b.json({"skill_vector": floats(c.rng, 64), "topik": "pecahan"})
    b.ok_json({"soal": [c.rng.randint(100, 999) for _ in range(5)]})
    return b.build()
