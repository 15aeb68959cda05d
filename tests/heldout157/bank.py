"""Bank Dost: a bank app with voice and face verification (NADRA-like
"Biometric Verification" at account opening and for large transfers).

Voice enrolment uploads three spoken passphrases (`awaz_namoona`, WAV base64) to
the bank's speaker-verification service; verification returns a score. The face
engine ships a 128-float embedding as base64 float32 (`chehra_embedding`); the
older client sends the same vector under `v` with no word around it.
Voice notes to the chat assistant are speech-to-text (no speaker model) and so
ordinary, as are FX rates, statements and the branch locator.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import floats
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, iso, ms, rf, rid, ua

API = "https://mobile.bankdost.example"
UA = ua("BankDost", "5.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bankdost", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def _wav(c: Context) -> str:
    return b64(fake_wav(c.rng.randint(0, 10**9), 900))


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/biometrics/awaz/enrol")
    b.bio("voiceprint", "json awaz_namoona[] (speaker enrolment passphrases)")
    b.json(
        {
            "customer_id": b.acct("bank_cust"),
            "awaz_namoona": [_wav(c) for _ in range(3)],
            "jumla": "meri awaz meri pehchan hai",
            "binding": b.id("bank_binding", where="json binding (device binding id)"),
        }
    )
    b.ok_json({"enrolled": True, "voiceprint_ref": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/biometrics/awaz/tasdeeq")
    b.bio("voiceprint", "multipart speaker_audio (speaker verification)")
    boundary = "----dost" + rid(c.rng).replace("-", "")[:16]
    body = multipart(
        boundary,
        [
            ("customer_id", None, None, b.acct("bank_cust").encode()),
            ("speaker_audio", "awaz.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speaker_match": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def face_embedding(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/biometrics/chehra/match")
    b.bio("face_embedding", "json chehra_embedding (base64 float32[128])")
    b.json(
        {
            "customer_id": b.acct("bank_cust"),
            "chehra_embedding": floats_b64(floats(c.rng, 128)),
            "model": "facenet-mobile-v2",
            "transfer_ref": rid(c.rng),
        }
    )
    b.ok_json({"match": True})
    return b.build()


def face_vector_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/bv")
    b.bio("face_embedding", "json v (float list, no face word)", detectable=False)
    b.json({"v": floats(c.rng, 128), "t": ms(c), "c": b.acct("bank_cust")})
    b.ok_json({"r": 1})
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device/register")
    b.json(
        {
            "deviceImei": b.id("imei", where="json deviceImei"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "wifiMac": b.id("phone_mac", where="json wifiMac"),
            "bindingId": b.id("bank_binding", where="json bindingId"),
            "pushToken": b.acct("fcm_token"),
        }
    )
    b.ok_json({"status": "REGISTERED"})
    return b.build()


def assistant_voice(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/assistant/speech-to-text")
    b.decoy("voice note for transcription only (no speaker model): not biometric")
    b.json({"audio": _wav(c), "lang": "ur-PK", "purpose": "transcribe"})
    b.ok_json({"text": "mera balance kitna hai"})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rates/fx")
    b.decoy("FX rate series (floats)")
    b.ok_json({cur: [rf(c.rng, 270, 310, 2) for _ in range(30)] for cur in ("USD", "SAR", "AED")})
    return b.build()


def statement(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/accounts/statement?month=2024-11")
    b.decoy("transaction reference numbers")
    b.ok_json(
        {
            "txns": [
                {
                    "ref": f"FT{c.rng.randint(10**9, 10**10)}",
                    "amount": c.rng.randint(100, 50000),
                    "date": iso(c),
                }
                for _ in range(8)
            ]
        }
    )
    return b.build()


def branches(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/branches?city=karachi")
    b.decoy("branch coordinates")
    b.ok_json(
        {
            "branches": [
                {
                    "code": f"0{c.rng.randint(100, 999)}",
                    "lat": rf(c.rng, 24.8, 25.0),
                    "lng": rf(c.rng, 66.9, 67.2),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()
