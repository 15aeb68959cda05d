"""NganHangSo: a bank app with voice biometrics: the customer enrols a voiceprint
and later verifies a large transfer by saying a passphrase. Enrolment and
verification audio to the speaker model and the speaker vector are biometric.
The "voice OTP" call (a robot reads the OTP aloud) and the speech-to-text of a
spoken transfer command are not (no speaker model).
"""

from __future__ import annotations

import hashlib

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, builder, floats, rf, rid, ua

API = "https://ebank.nganhangso.example"
UA = ua("NganHangSo", "8.1.3")


def _b(c: Context, method: str, url: str) -> FB:
    b = builder(c, "nganhangso", method, url, UA)
    b.header("x-device-id", b.id("aid_bank", where="header x-device-id"))
    b.header("x-cif", b.acct("bank_cif"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sinh-trac-hoc/giong-noi/dang-ky")
    b.bio("voiceprint", "multipart mau_giong_noi[] (speaker enrolment audio)")
    boundary = "nh" + rid(c.rng).replace("-", "")[:16]
    parts = [
        ("mau_giong_noi", f"mau_{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9)))
        for i in range(3)
    ]
    parts.append(("cau_mat_khau", None, None, "Giọng nói của tôi là mật khẩu".encode()))
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"ma": "00", "trang_thai": "DA_DANG_KY"})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/sinh-trac-hoc/giong-noi/xac-thuc")
    b.bio("speaker_verification", "json am_thanh_b64 + vector_nguoi_noi (speaker verify)")
    b.json(
        {
            "giao_dich": rid(c.rng),
            "am_thanh_b64": b64(fake_wav(c.rng.randint(0, 10**9), 600)),
            "vector_nguoi_noi": floats_b64(floats(c.rng, 192)),
        }
    )
    b.ok_json({"diem_khop": rf(c.rng, 0.6, 0.98, 3), "ket_qua": "KHOP"})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v9/s")
    b.bio("speaker_verification", "form a = encrypted passphrase audio", detectable=False)
    blob = hashlib.shake_256(rid(c.rng).encode()).digest(c.rng.randint(800, 1600))
    b.form([("a", b64(blob)), ("n", str(c.rng.randint(10**5, 10**6)))])
    b.ok_json({"r": "00"})
    return b.build()


def voice_otp_call(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/otp/goi-thoai")
    b.decoy("voice OTP: a call that reads the code aloud (no speaker model)")
    b.json({"kenh": "VOICE", "ngon_ngu": "vi-VN", "giao_dich": rid(c.rng)})
    b.ok_json({"ma": "00", "het_han_giay": 120})
    return b.build()


def speech_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tro-ly/nhan-dang-giong-noi")
    b.decoy("speech-to-text of a spoken transfer command (transcription, no speaker model)")
    b.json({"am_thanh": b64(fake_wav(c.rng.randint(0, 10**9), 400)), "ngon_ngu": "vi-VN"})
    b.ok_json({"van_ban": "chuyển năm trăm nghìn cho mẹ", "do_tin_cay": rf(c.rng, 0.8, 1, 2)})
    return b.build()


def transactions(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/tai-khoan/lich-su-giao-dich?tu=2024-11-01")
    b.decoy("transaction history with reference numbers")
    b.ok_json(
        {
            "giao_dich": [
                {
                    "so_tham_chieu": f"FT24{c.rng.randint(10**9, 10**10)}",
                    "so_tien": -c.rng.randint(10, 5000) * 1000,
                    "noi_dung": "chuyen tien",
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/ty-gia")
    b.decoy("exchange-rate series (price series)")
    b.ok_json({"USD": [rf(c.rng, 25100, 25500, 0) for _ in range(30)], "don_vi": "VND"})
    return b.build()
