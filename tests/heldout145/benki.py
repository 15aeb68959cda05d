"""Ọlá Bank: a Nigerian bank app with voice biometrics ("my voice is my password").

Enrolment posts three WAV recordings of the passphrase to `/voiceid/enrol`;
login verifies one recording plus the SDK's speaker embedding (`ohun_vector`,
ohùn = voice in Yoruba). The voice-command feature sends audio for plain
transcription (`/assistant/stt`): speech recognition, no speaker model.
Balances and FX rates are ordinary numbers.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, rf, rid, ua

API = "https://mobile.olabank.example"
UA = ua("OlaBank", "12.6.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "olabank", method, url)
    b.header("user-agent", UA)
    b.header("x-device-id", b.id("aid_benki", where="header x-device-id"))
    return b


def voice_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/voiceid/enrol")
    b.bio("voiceprint", "multipart voice_sample_1..3 (speaker enrolment audio)")
    boundary = "okhttp-" + new_hex(c.rng, 12)
    parts = [("customer", None, None, b.acct("benki_user").encode())]
    parts += [
        (f"voice_sample_{i}", f"s{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9)))
        for i in range(1, 4)
    ]
    b.set_body(multipart(boundary, parts), f"multipart/form-data; boundary={boundary}")
    b.ok_json({"enrolled": True, "voiceprintId": rid(c.rng)})
    return b.build()


def voice_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/voiceid/verify")
    b.bio("speaker_embedding", "json ohun_vector (speaker embedding) + audio")
    b.json(
        {
            "customer": b.acct("benki_user"),
            "ohun_vector": floats_b64(floats(c.rng, 192)),
            "audio": b64(fake_wav(c.rng.randint(0, 10**9), 600)),
        }
    )
    b.ok_json({"match": True, "score": rf(c.rng, 0.7, 0.99, 3)})
    return b.build()


def voice_verify_opaque(c: Context) -> Flow:
    """An older SDK build: the speaker vector as bare floats under `v` at `/a/v`."""
    b = _b(c, "POST", f"{API}/a/v")
    b.bio("speaker_embedding", "json v (192 bare floats, no name)", detectable=False)
    b.json({"v": floats(c.rng, 192), "t": rid(c.rng)})
    b.ok_json({"r": 1})
    return b.build()


def stt_command(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/assistant/stt")
    b.decoy("voice command audio for transcription only (speech recognition, no speaker model)")
    b.json({"lang": "en-NG", "audio": b64(fake_wav(c.rng.randint(0, 10**9), 400))})
    b.ok_json({"transcript": "send five thousand naira to mama", "confidence": 0.91})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/accounts/summary")
    b.ok_json({"available": rf(c.rng, 1000, 900000, 2), "currency": "NGN"})
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/fx?pair=USDNGN&days=30")
    b.decoy("30-day FX price series")
    b.ok_json({"series": [rf(c.rng, 1400, 1600, 2) for _ in range(30)]})
    return b.build()
