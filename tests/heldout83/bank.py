"""Janata-style retail bank app with voice-ID login and voice OTP.

Fictional in-house backend modelled on bank voice-biometrics deployments (text-
dependent passphrase enrolment with three utterances, then verification of one
sample; speaker embeddings of 192 floats as ECAPA-TDNN models produce, cf.
speechbrain/spkrec-ecapa-voxceleb). A voice OTP is a phone call that reads a code
(no biometric), and a voice command sent for speech-to-text is not a voiceprint:
both are decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, floats, iso, ms, rid, ua

API = "https://mbank.janatabank-example.com.bd"
PHRASE = "আমার কণ্ঠই আমার পরিচয়"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "bank", method, API + path)
    b.header("user-agent", ua("JBMobile", "2.4.7"))
    b.header("x-device-ref", b.id("aid_bank", where="header x-device-ref"))
    return b


def _wav_parts(c: Context, names: list[str]) -> list[tuple[str, str | None, str | None, bytes]]:
    return [(n, f"{n}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**6), 900)) for n in names]


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/api/voiceid/v1/enrol")
    b.bio("voice_enrolment", "multipart utterance_1..3 wav to voiceid enrol")
    bound = "----jb" + rid(c.rng)[:12]
    parts = [
        ("cif", None, None, c.phone.bank_cust.encode()),
        ("phrase", None, None, PHRASE.encode()),
    ]
    parts += _wav_parts(c, ["utterance_1", "utterance_2", "utterance_3"])
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json({"enrolled": True, "quality": [0.91, 0.88, 0.93]})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", "/api/voiceid/v1/verify")
    b.bio("voice_sample", "multipart voiceSample wav for speaker verification")
    bound = "----jb" + rid(c.rng)[:12]
    parts = [("cif", None, None, c.phone.bank_cust.encode())]
    parts += _wav_parts(c, ["voiceSample"])
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json({"match": True, "score": round(c.rng.uniform(0.7, 0.95), 3)})
    return b.build()


def speaker_embedding(c: Context) -> Flow:
    b = _b(c, "POST", "/api/voiceid/v1/template")
    b.bio("voiceprint", "json spk_embedding float[192]")
    b.json(
        {
            "cif": c.phone.bank_cust,
            "spk_embedding": floats(c.rng, 192),
            "model": "ecapa-tdnn-v2",
            "createdAt": iso(c),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def voice_opaque(c: Context) -> Flow:
    b = _b(c, "POST", "/m/u/3")
    b.bio("voice_sample", "octet-stream opus blob without names", detectable=False)
    b.set_body(b"OggS" + c.rng.randbytes(800), "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def stt_command(c: Context) -> Flow:
    b = _b(c, "POST", "/api/assist/v1/stt")
    b.decoy("spoken command sent for speech-to-text (not a voiceprint)")
    bound = "----jb" + rid(c.rng)[:12]
    parts = [("lang", None, None, b"bn-BD"), ("intent_hint", None, None, b"balance")]
    parts += _wav_parts(c, ["audio"])
    b.set_body(multipart(bound, parts), f"multipart/form-data; boundary={bound}")
    b.ok_json({"transcript": "আমার ব্যালেন্স কত", "intent": "CHECK_BALANCE"})
    return b.build()


def voice_otp(c: Context) -> Flow:
    b = _b(c, "POST", "/api/auth/v1/otp")
    b.decoy("OTP delivered by a voice call")
    b.json({"cif": c.phone.bank_cust, "otp_channel": "VOICE_CALL", "lang": "bn", "ts": ms(c)})
    b.ok_json({"otpRef": rid(c.rng), "expiresIn": 120})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", "/api/accounts/v1/summary")
    b.decoy("account balances and account numbers")
    b.ok_json(
        {
            "accounts": [
                {
                    "no": "01" + str(c.rng.randint(10**10, 10**11)),
                    "balance": round(c.rng.uniform(1000, 90000), 2),
                }
            ]
        }
    )
    return b.build()
