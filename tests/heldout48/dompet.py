"""DompetKita: an Indonesian e-wallet with a cash-loan tab. KYC runs the
ADVANCE.AI liveness SDK: the app's server fetches a licence
(POST api.advance.ai/openapi/liveness/v1/auth-license, header X-ADVAI-KEY),
the SDK returns a livenessId and the best frame, which the app posts to its
own backend; KTP vs selfie comparison; a voice-verification step enrols a
speaker embedding. Voice OTP (a robocall that reads the code) is NOT
biometric. The lending risk SDK posts ANDROID_ID / GAID / its fingerprint.
Source for the licence call and livenessId: ADVANCE.AI guide as quoted on
blog.csdn.net/mingketao/article/details/121329744 and doc.advance.ai.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, fake_wav, multipart

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.dompetkita.co.id"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "dompetkita", method, API + path)
    b.header("user-agent", ua("DompetKita", "3.41.0"))
    return b


def advai_license(c: Context) -> Flow:
    b = FB(c, "advance.ai", "POST", "https://api.advance.ai/openapi/liveness/v1/auth-license")
    b.header("x-advai-key", new_hex(c.rng, 32))
    b.json({"licenseEffectiveSeconds": 600, "applicationId": "id.dompetkita.app"})
    b.ok_json(
        {"code": "SUCCESS", "data": {"license": b64(new_hex(c.rng, 60)), "expireTimestamp": ms(c)}}
    )
    return b.build()


def liveness_result(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/liveness")
    b.bio("face_image", "body fotoWajah base64 jpeg + livenessScore")
    b.json(
        {
            "livenessId": new_hex(c.rng, 24),
            "livenessScore": rf(c.rng, 80, 99, 2),
            "fotoWajah": b64(fake_jpeg(c.rng.randint(0, 10**9), 600)),
            "market": "Indonesia",
        }
    )
    b.ok_json({"lolos": True})
    return b.build()


def bandingkan_wajah(c: Context) -> Flow:
    bnd = "----" + new_hex(c.rng, 20)
    b = _b(c, "POST", "/kyc/v2/bandingkan-wajah")
    b.bio("face_image", "multipart selfie + ktp for face compare")
    b.set_body(
        multipart(
            bnd,
            [
                ("ktp", "ktp.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500)),
                ("selfie", "selfie.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500)),
                ("nik_hash", None, None, new_hex(c.rng, 16).encode()),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"kemiripan": rf(c.rng, 0.7, 0.99, 3), "cocok": True})
    return b.build()


def voiceprint_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/auth/suara/daftar")
    b.bio("voiceprint", "body voice_embedding + speaker model")
    b.json(
        {
            "speaker_model": "ecapa-v2",
            "voice_embedding": floats(c.rng, 192),
            "sample_count": 3,
            "ts": ms(c),
        }
    )
    b.ok_json({"terdaftar": True})
    return b.build()


def voice_sample(c: Context) -> Flow:
    bnd = "----" + new_hex(c.rng, 20)
    b = _b(c, "POST", "/auth/suara/verifikasi")
    b.bio("voice_sample", "multipart rekaman_suara wav for speaker verification")
    b.set_body(
        multipart(
            bnd,
            [
                ("rekaman_suara", "v.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 700)),
                ("kalimat", None, None, b"nomor saya aman"),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"skor_pembicara": rf(c.rng, 0.6, 0.98, 3)})
    return b.build()


def liveness_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/kyc/v2/lv")
    b.bio("face_image", "RSA+AES envelope under data", detectable=False)
    b.json(
        {
            "encryptKey": b64(bytes(c.rng.getrandbits(8) for _ in range(64))),
            "data": b64(bytes(c.rng.getrandbits(8) for _ in range(500))),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_otp(c: Context) -> Flow:
    b = _b(c, "POST", "/otp/kirim")
    b.decoy("voice OTP call request (not biometric)")
    b.json(
        {
            "channel": "voice_call",
            "msisdn": "+62" + b.acct("dompet_user")[2:],
            "bahasa": "id",
            "requestId": rid(c.rng),
        }
    )
    b.ok_json({"ttl": 120})
    return b.build()


def risk_device(c: Context) -> Flow:
    b = _b(c, "POST", "/risk/v1/device-info")
    b.json(
        {
            "deviceInfo": {
                "androidId": b.id("aid_dompet", where="body deviceInfo.androidId"),
                "gaid": b.id("gaid", where="body deviceInfo.gaid"),
                "deviceFingerprint": b.id("dompet_fp", where="body deviceFingerprint"),
                "brand": "Infinix",
                "rooted": False,
            }
        }
    )
    b.ok_json({"risk": "low"})
    return b.build()


def risk_form(c: Context) -> Flow:
    b = _b(c, "POST", "/risk/v1/collect")
    b.form(
        [
            ("a", b.id("aid_dompet", "md5", where="form a (md5)", detectable=False)),
            ("f", b.id("dompet_fp", where="form f", detectable=False)),
            ("t", str(ms(c))),
        ]
    )
    b.ok_json({"ok": 1})
    return b.build()


def signup(c: Context) -> Flow:
    b = _b(c, "POST", "/user/daftar")
    b.decoy("self-declared gender on sign-up form")
    b.json(
        {
            "nama": "Siti Rahma",
            "jenis_kelamin": "P",
            "tgl_lahir": "1996-04-12",
            "email": b.id("email", where="body email"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def cicilan(c: Context) -> Flow:
    b = _b(c, "GET", "/pinjaman/v1/jadwal-cicilan?tenor=6")
    b.decoy("instalment schedule numeric series")
    b.ok_json({"cicilan": [rf(c.rng, 300000, 600000, 0) for _ in range(6)], "bunga": 0.004})
    return b.build()


def riwayat_transaksi(c: Context) -> Flow:
    b = _b(c, "GET", "/wallet/v1/transaksi?hal=1")
    b.decoy("transaction history with reference numbers")
    b.ok_json(
        {
            "data": [
                {"ref": "QRIS" + new_hex(c.rng, 12).upper(), "jumlah": c.rng.randint(5000, 250000)}
                for _ in range(5)
            ]
        }
    )
    return b.build()
