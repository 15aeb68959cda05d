"""DompetKu: an e-wallet upgrading to 'Premium' with eKYC by Indonesian vendors.

Verihubs face liveness (a selfie multipart), VIDA face match (selfie base64 plus
NIK), Privy's liveness with head-pose challenge results, and the wallet's own
encrypted eKYC upload are biometric. The KTP OCR (text boxes from an ID card
photo) and the QRIS payment are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.dompetku.example"
UA = ua("DompetKu", "6.22.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "dompetku", method, url)
    b.header("user-agent", UA)
    b.header("x-device-fingerprint", b.id("dompet_fp", where="header x-device-fingerprint"))
    return b


def verihubs_liveness(c: Context) -> Flow:
    b = FB(c, "verihubs", "POST", "https://api.verihubs.com/v1/face/liveness")
    b.header("user-agent", "okhttp/4.9.3")
    b.header("app-id", "dompetku-prod")
    b.bio("face_image", "multipart image (selfie to face liveness API)")
    bnd = "----vh" + new_hex(c.rng, 12)
    body = multipart(
        bnd,
        [
            ("image", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
            ("is_quality", None, None, b"true"),
            ("validate_nik", None, None, b"false"),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.ok_json({"status": "live", "liveness_score": rf(c.rng, 0.9, 1.0), "reference_id": rid(c.rng)})
    return b.build()


def vida_face_match(c: Context) -> Flow:
    b = FB(c, "vida", "POST", "https://services.vida.id/verify/v1/face-match")
    b.header("user-agent", "okhttp/4.9.3")
    b.bio("face_image", "json selfiePhoto (base64 JPEG for face match against Dukcapil)")
    b.json(
        {
            "nik": b.acct("nik"),
            "fullName": "Dewi Kusumawardani",
            "selfiePhoto": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "threshold": 75,
        }
    )
    b.ok_json(
        {
            "data": {"status": "success", "similarity": rf(c.rng, 80, 99, 2)},
            "transactionId": rid(c.rng),
        }
    )
    return b.build()


def privy_pose(c: Context) -> Flow:
    b = FB(c, "privy", "POST", "https://api.privy.id/v3/liveness/result")
    b.header("user-agent", "okhttp/4.9.3")
    b.bio("face_analysis", "json tantangan[] head pose (yaw/pitch) and mata_berkedip from the face")
    b.json(
        {
            "sesi": rid(c.rng),
            "tantangan": [
                {
                    "aksi": a,
                    "yaw_kepala": rf(c.rng, -35, 35, 1),
                    "pitch_kepala": rf(c.rng, -20, 20, 1),
                    "mata_berkedip": c.rng.random() < 0.5,
                }
                for a in ("tengok_kiri", "tengok_kanan", "kedip")
            ],
            "skor_wajah_asli": rf(c.rng, 0.8, 1.0),
        }
    )
    b.ok_json({"lolos": True})
    return b.build()


def ekyc_terenkripsi(c: Context) -> Flow:
    """The wallet's own upload: AES payload (random bytes here) base64'd under 'p'."""
    b = _b(c, "POST", f"{API}/v2/u/k")
    b.bio("face_image", "json p (encrypted selfie frames)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(700))
    b.json({"p": b64(blob), "k": new_hex(c.rng, 32), "v": 3})
    b.ok_json({"r": 0})
    return b.build()


def ocr_ktp(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/ocr-ktp")
    b.decoy("OCR boxes of an ID card photo: text recognition, no face model")
    b.json({"gambar_ktp": b64(fake_jpeg(c.rng.randint(0, 10**9), 300))})
    b.ok_json(
        {
            "kotak": [
                {
                    "teks": t,
                    "x": c.rng.randint(0, 600),
                    "y": c.rng.randint(0, 380),
                    "w": 200,
                    "h": 24,
                }
                for t in ("NIK", "Nama", "Tempat/Tgl Lahir", "Jenis Kelamin")
            ],
            "jenis_kelamin": "PEREMPUAN",
        }
    )
    return b.build()


def bayar_qris(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/qris/bayar")
    b.decoy("QRIS payment with merchant terminal id (the warung's EDC, not the family's)")
    b.json(
        {
            "nmid": "ID" + new_hex(c.rng, 13).upper(),
            "terminal_id": "A0" + new_hex(c.rng, 6).upper(),
            "nominal": c.rng.choice([15000, 27500, 120000]),
            "ts": iso(c),
        }
    )
    b.ok_json({"ref": f"QR{ms(c)}", "status": "BERHASIL"})
    return b.build()


def daftar_perangkat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/bind")
    b.json(
        {
            "android_id": b.id("aid_dompet", where="json android_id"),
            "imei": b.id("imei", where="json imei"),
            "device_fingerprint": b.id("dompet_fp", where="json device_fingerprint"),
            "no_hp": b.acct("msisdn"),
            "email": b.id("email", where="json email (account contact)"),
        }
    )
    b.ok_json({"otp_dikirim": True})
    return b.build()
