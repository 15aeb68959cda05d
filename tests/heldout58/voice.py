""" "SoriPass", an insurer's call-centre companion app with voice authentication
(화자인증): enrolment of three utterances, verification of a spoken passphrase,
the x-vector voiceprint it computes on the phone, and a speech-to-text request
for the chatbot that is NOT biometric (speech sent for transcription).

Invented backend; the x-vector size (512) follows the Kaldi / SpeechBrain
speaker-embedding recipes, the 16 kHz mono WAV the usual speaker-verification input.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_wav, floats_b64, multipart

from .phone import FB, floats, iso, rf, rid, ua

API = "https://cc.soripass-ins.co.kr"
PASSPHRASE = "내 목소리가 나의 비밀번호입니다"


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "soripass", method, API + path)
    b.header("user-agent", ua("SoriPass", "2.3.5"))
    b.header("x-member", b.acct("voice_user"))
    return b


def enrol(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/hwaja/enroll")
    bnd = "SoriBoundary" + new_hex(c.rng, 12)
    parts = [
        ("mode", None, None, b"speaker_enrollment"),
        ("phrase", None, None, PASSPHRASE.encode()),
    ]
    parts += [
        (f"voiceSample{i}", f"utt{i}.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 900))
        for i in range(1, 4)
    ]
    b.set_body(multipart(bnd, parts), f"multipart/form-data; boundary={bnd}")
    b.bio("speaker_enrolment", "multipart.voiceSample1..3")
    b.ok_json({"enrolled": True, "modelVer": "xv-2.1"})
    return b.build()


def verify(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/hwaja/verify")
    b.json(
        {
            "utterance": b64(fake_wav(c.rng.randint(0, 10**9), 700)),
            "phrase": PASSPHRASE,
            "sampleRate": 16000,
            "callId": rid(c.rng),
        }
    )
    b.bio("voice_sample", "body.utterance")
    b.ok_json({"score": rf(c.rng, 0.6, 0.99, 3), "accept": True})
    return b.build()


def voiceprint(c: Context) -> Flow:
    b = _b(c, "PUT", "/api/v1/hwaja/voiceprint")
    b.json(
        {
            "speakerEmbedding": floats_b64(floats(c.rng, 512)),
            "dim": 512,
            "model": "xvector-ko-v2",
            "updatedAt": iso(c),
        }
    )
    b.bio("voiceprint", "body.speakerEmbedding")
    b.ok_json({"ok": True})
    return b.build()


def sealed(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v2/auth/step")
    b.json({"p": b64(bytes(c.rng.getrandbits(8) for _ in range(400))), "v": 2})
    b.bio("voice_sample", "body.p (encrypted utterance)", detectable=False)
    b.ok_json({"next": "DONE"})
    return b.build()


def stt(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/chatbot/stt")
    b.decoy("speech sent for speech-to-text (not biometric)")
    b.set_body(fake_wav(c.rng.randint(0, 10**9), 800), "audio/wav")
    b.ok_json({"text": "보험금 청구 방법 알려줘", "confidence": rf(c.rng, 0.8, 0.99, 2)})
    return b.build()


def callback(c: Context) -> Flow:
    b = _b(c, "POST", "/api/v1/callback/reserve")
    b.json({"slot": "14:30", "topic": "claim", "reqId": rid(c.rng)})
    b.ok_json({"ticketNo": "CB" + new_hex(c.rng, 8).upper()})
    return b.build()
