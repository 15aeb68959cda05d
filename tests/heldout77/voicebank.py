"""Mizan Voice: the bank's phone-banking voice biometrics service, reached from
the app. Enrolment uploads three passphrase samples ("صوتي هو كلمة مروري") as
multipart; verification posts a short sample with the speaker id; the server's
voiceprint is cached on the device and refreshed. A separate voice assistant
sends speech for speech-to-text (a transfer command): NOT biometric, a decoy.
In-house API (no public vendor spec is copied); key names are the bank's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, rf, rid, ua

API = "https://voice.mizanbank.sa"


def _hdr(b: FB) -> None:
    b.header("User-Agent", ua("MizanBank", "2.31.0"))


def enrol(c: Context) -> Flow:
    b = FB(c, "mizan_voice", "POST", f"{API}/vb/v1/speakers/enrol")
    _hdr(b)
    bd = "----MizanVoice" + rid(c.rng)[:8]
    parts = [
        ("speakerRef", None, None, b.acct("user_bank").encode()),
        ("phrase", None, None, "صوتي هو كلمة مروري".encode()),
    ]
    parts += [
        (f"sample{i}", f"enrol_{i}.wav", "audio/wav", fake_wav(int(c.now) + i, 600))
        for i in range(3)
    ]
    b.bio("voice_enrolment", "multipart sample0..2 to /speakers/enrol")
    b.set_body(multipart(bd, parts), f"multipart/form-data; boundary={bd}")
    b.ok_json({"enrolled": True, "voiceprintId": rid(c.rng)})
    return b.build()


def verify(c: Context) -> Flow:
    b = FB(c, "mizan_voice", "POST", f"{API}/vb/v1/speakers/verify")
    _hdr(b)
    b.bio("voice_sample", "body.audio (speaker verification)")
    b.json(
        {
            "speakerRef": b.acct("user_bank"),
            "audio": b64(fake_wav(int(c.now), 800)),
            "sampleRate": 16000,
            "channel": "app",
        }
    )
    b.ok_json({"decision": "ACCEPT", "score": rf(c.rng, 0.7, 0.99)})
    return b.build()


def voiceprint_refresh(c: Context) -> Flow:
    b = FB(c, "mizan_voice", "POST", f"{API}/vb/v1/voiceprint/sync")
    _hdr(b)
    b.bio("voiceprint", "body.voiceprint.embedding")
    b.json(
        {
            "voiceprint": {
                "embedding": floats_b64(floats(c.rng, 192)),
                "model": "ecapa-tdnn-ar-v3",
                "dim": 192,
            },
            "speakerRef": b.acct("user_bank"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def verify_opaque(c: Context) -> Flow:
    b = FB(c, "mizan_voice", "POST", f"{API}/x/7")
    _hdr(b)
    b.bio("voice_sample", "body (AES blob, no names)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(700)), "application/octet-stream")
    b.ok_json({"r": 1})
    return b.build()


def assistant_stt(c: Context) -> Flow:
    b = FB(c, "mizan_voice", "POST", f"{API}/assistant/v1/transcribe")
    _hdr(b)
    b.decoy("speech sent for speech-to-text (a transfer command)")
    b.json({"audio": b64(fake_wav(int(c.now) + 9, 500)), "language": "ar-SA", "task": "transcribe"})
    b.ok_json(
        {"text": "حول خمسمية ريال لأمي", "intent": "transfer", "confidence": rf(c.rng, 0.6, 0.95)}
    )
    return b.build()
