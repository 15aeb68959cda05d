"""BangkoSentro: a bank app with voice OTP (the customer says a passphrase).

Enrolment posts three recordings to `/voiceprint/enrol`; each transfer above a limit
posts one to `/voz/verify` with `speaker_model_id`. The voice assistant's "check my
balance" is speech-to-text only (transcription, no speaker model: not biometric).
A second verify path sends the clip as `a` with only a numeric flow id (opaque).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, app_fb, rf, rid, ua

API = "https://mobile.bangkosentro.example"
UA = ua("BangkoSentro", "4.0.8")


def _b(c: Context, method: str, url: str) -> FB:
    b = app_fb(c, "bangkosentro", method, url, UA)
    b.header("x-device-ref", b.id("aid_bangko", "md5", "header x-device-ref (md5 of ANDROID_ID)"))
    return b


def _wav(c: Context) -> bytes:
    return fake_wav(c.rng.randint(0, 10**9), 900)


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voiceprint/enrol")
    b.bio("voiceprint", "multipart boses_1..3 to voiceprint/enrol")
    boundary = "----bs" + rid(c.rng).replace("-", "")[:16]
    parts = [("cif", None, None, b.acct("bangko_cif").encode())]
    parts += [(f"boses_{i}", f"boses_{i}.wav", "audio/wav", _wav(c)) for i in (1, 2, 3)]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speaker_model_id": rid(c.rng), "enrolled": True})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/voz/verify")
    b.bio("voiceprint", "json audio_b64 with speaker_model_id (speaker verification)")
    b.json(
        {
            "speaker_model_id": rid(c.rng),
            "passphrase": "Ang boses ko ang aking password",
            "audio_b64": b64(_wav(c)),
            "txn_ref": rid(c.rng),
        }
    )
    b.ok_json({"verified": True, "score": rf(c.rng, 0.6, 0.98, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/f/{c.rng.randint(10, 99)}")
    b.bio("voiceprint", "json a (audio, nothing names it)", detectable=False)
    b.json({"n": c.rng.randint(10**6, 10**7), "a": b64(_wav(c))})
    b.ok_json({"r": "00"})
    return b.build()


def voice_assistant(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/assistant/stt")
    b.decoy("speech-to-text of a voice command (transcription, no speaker model)")
    b.json({"audio": b64(_wav(c)), "lang": "fil-PH", "purpose": "transcribe"})
    b.ok_json({"text": "magkano ang balance ko", "intent": "BALANCE"})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/instapay/transfer")
    b.decoy("account numbers and transfer reference (accounts, not devices)")
    b.json(
        {
            "from": b.acct("bangko_cif"),
            "to_bank": "BPI",
            "amount": rf(c.rng, 100, 5000, 2),
            "ref": rid(c.rng),
        }
    )
    b.ok_json({"status": "SUCCESS"})
    return b.build()
