"""Sakura Mobile My Page (Xperia): the telco's app with voice ID sign-in.

Voice ID enrolment sends three utterances for a speaker model and verification
sends one (biometric, 声紋). The support bot's speech-to-text is transcription,
not speaker recognition: a decoy.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, rid, xperia_ua

API = "https://my.sakura-mobile.example"
UA = xperia_ua("SakuraMyPage", "9.0.4")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sakura", method, url)
    b.header("user-agent", UA)
    b.header("x-msisdn", b.acct("telco_msisdn"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/seimon/touroku")
    b.bio("voiceprint", "multipart 声紋登録 utterances (speaker enrolment)")
    parts = [("purpose", None, None, "声紋登録".encode())]
    parts += [
        (f"hatsuwa{i}", f"u{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 500))
        for i in range(3)
    ]
    parts.append(
        ("android_id", None, None, b.id("aid_telco", where="multipart android_id").encode())
    )
    b.set_body(multipart("SKR", parts), "multipart/form-data; boundary=SKR")
    b.ok_json({"speaker_profile": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voiceid/verify")
    b.bio("voiceprint", "json speakerEmbedding (speaker verification)")
    b.json(
        {
            "speakerEmbedding": floats_b64(floats(c.rng, 192)),
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 200)),
        }
    )
    b.ok_json({"verified": True})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/a/3")
    b.bio("voiceprint", "body raw 192-float vector, opaque path", detectable=False)
    b.set_body(
        bytes.fromhex("00c0") + floats_b64(floats(c.rng, 192)).encode(), "application/octet-stream"
    )
    b.ok_json({"s": 1})
    return b.build()


def support_stt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/support/onsei_ninshiki")
    b.decoy("speech-to-text for the support bot (transcription, no speaker model)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 400), "audio/wav")
    b.ok_json({"transcript": "料金プランを変更したいです"})
    return b.build()


def data_usage(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/usage/daily")
    b.decoy("daily data usage series")
    b.ok_json({"usageMB": [c.rng.randint(100, 3000) for _ in range(30)]})
    return b.build()


def tanmatsu_touroku(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tanmatsu/touroku")
    b.json(
        {
            "端末製造番号": b.id("imei", where="json 端末製造番号 (IMEI)"),
            "機種": "XQ-DQ44",
            "android_id": b.id("aid_telco", where="json android_id"),
        }
    )
    b.ok_json({"登録": "完了"})
    return b.build()
