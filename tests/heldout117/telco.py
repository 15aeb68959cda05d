"""Sabay Mobile: a Cambodian telco's self-care app with Voice ID.

Voice ID enrols and verifies the subscriber's voice (speaker recognition:
biometric), also as a speaker embedding. The voice assistant's speech-to-text
is transcription only (not biometric). The app reads the IMEI for SIM
registration.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, rf, rid, ua

API = "https://selfcare.sabaymobile.example"
UA = ua("SabayMobile", "6.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sabaymobile", method, url)
    b.header("user-agent", UA)
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/enrol")
    b.bio("voice_enrolment", "multipart sound_sample to /voiceid/enrol (speaker enrolment audio)")
    boundary = "vb" + rid(c.rng)[:10]
    parts = [
        ("msisdn", None, None, b.acct("msisdn").encode()),
        ("phrase", None, None, "សំឡេងរបស់ខ្ញុំជាពាក្យសម្ងាត់".encode()),
        ("sound_sample", "enrol.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"enrolled": True})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/voiceid/verify")
    b.bio("voiceprint", "json voiceprint (base64 float32 speaker embedding)")
    b.json(
        {
            "msisdn": b.acct("msisdn"),
            "voiceprint": floats_b64(floats(c.rng, 192)),
            "imei": b.id("imei", where="json imei"),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v/2")
    b.bio(
        "voice_enrolment",
        "body octet-stream: opus audio of the passphrase, path /v/2 only",
        detectable=False,
    )
    b.set_body(
        b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(800)), "application/octet-stream"
    )
    b.ok_json({"r": 1})
    return b.build()


def sim_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/sim/register")
    b.json(
        {
            "imei": b.id("imei", where="json imei"),
            "android_id": b.id("aid_telco", where="json android_id"),
            "msisdn": b.acct("msisdn"),
        }
    )
    b.ok_json({"status": "registered"})
    return b.build()


def assistant_stt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/assistant/speech-to-text")
    b.decoy("speech recognition of a spoken request (transcription, no speaker model)")
    b.json({"audio": b64(fake_wav(c.rng.randint(0, 10**9), 300)), "lang": "km-KH"})
    b.ok_json({"text": "ពិនិត្យលុយក្នុងគណនី", "confidence": rf(c.rng, 0.6, 0.99, 2)})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/account/balance")
    b.decoy("balance and data usage series")
    b.ok_json(
        {
            "balance_usd": rf(c.rng, 0, 10, 2),
            "data_mb_daily": [c.rng.randint(50, 900) for _ in range(7)],
        }
    )
    return b.build()
