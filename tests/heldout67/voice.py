"""Kol Shel: a voice-note app that unlocks private notes by speaker verification.

Enrolment and verification follow the shape of Azure AI Speaker Recognition
(learn.microsoft.com, "Speaker Recognition REST API": POST
/speaker-recognition/verification/text-independent/profiles/{id}/enrollments
and .../verify with audio/wav); the app proxies them through its own host.
Its own voiceprint sync and the speech-to-text upload (not biometric) are ours.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_wav, floats_b64, multipart

from . import ads
from .phone import FB, floats, iso, rf, rid, ua

APP = ads.App("il.kolshel.notes", "KolShel", "4.0.7", "aid_voice")
API = "https://api.kolshel.app"
SR = f"{API}/speaker-recognition/verification/text-independent/profiles"


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-request-id", rid(b.ctx.rng))


def _profile(c: Context) -> str:
    return new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4)


def enrol(c: Context) -> Flow:
    b = FB(c, "kolshel", "POST", f"{SR}/{_profile(c)}/enrollments", [("ignoreMinLength", "false")])
    _hdr(b)
    b.bio("voice_enrolment", "body:audio/wav to a speaker-verification enrolment")
    b.set_body(fake_wav(c.rng.getrandbits(32)), "audio/wav; codecs=audio/pcm; samplerate=16000")
    b.ok_json({"enrollmentStatus": "Enrolling", "remainingEnrollmentsSpeechLength": 8.2})
    return b.build()


def verify(c: Context) -> Flow:
    b = FB(c, "kolshel", "POST", f"{SR}/{_profile(c)}/verify")
    _hdr(b)
    b.bio("voice_sample", "body:audio/wav for speaker verification")
    b.set_body(
        fake_wav(c.rng.getrandbits(32), 900), "audio/wav; codecs=audio/pcm; samplerate=16000"
    )
    b.ok_json({"recognitionResult": "Accept", "score": rf(c.rng, 0.6, 0.95, 3)})
    return b.build()


def voiceprint_sync(c: Context) -> Flow:
    b = FB(c, "kolshel", "PUT", f"{API}/v2/me/voiceprint")
    _hdr(b)
    b.bio("voiceprint", "json:voiceprint.embedding (speaker embedding)")
    b.json(
        {
            "voiceprint": {
                "embedding": floats_b64(floats(c.rng, 192)),
                "model": "ecapa-tdnn",
                "sample_rate": 16000,
                "enrolled_at": iso(c),
            }
        }
    )
    b.no_content()
    return b.build()


def multipart_verify(c: Context) -> Flow:
    b = FB(c, "kolshel", "POST", f"{API}/v2/notes/unlock")
    _hdr(b)
    bnd = "----kol" + new_hex(c.rng, 20)
    b.bio("voice_sample", "multipart:speaker_sample (voice sample for unlock)")
    b.set_body(
        multipart(
            bnd,
            [
                ("note_id", None, None, new_hex(c.rng, 12).encode()),
                ("speaker_sample", "unlock.wav", "audio/wav", fake_wav(c.rng.getrandbits(32), 700)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json({"unlocked": True})
    return b.build()


def opaque_sync(c: Context) -> Flow:
    b = FB(c, "kolshel", "POST", f"{API}/v2/s")
    _hdr(b)
    b.bio("voiceprint", "octet-stream: AES-wrapped voice profile backup", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(640)), "application/octet-stream")
    b.no_content()
    return b.build()


def transcribe(c: Context) -> Flow:
    b = FB(c, "kolshel", "POST", f"{API}/v2/notes/transcribe", [("lang", "he-IL")])
    _hdr(b)
    b.decoy("speech sent for speech-to-text (not speaker recognition)")
    b.set_body(fake_wav(c.rng.getrandbits(32), 1000), "audio/wav")
    b.ok_json({"text": "לקנות חלב ולחם", "confidence": 0.91})
    return b.build()


def waveform(c: Context) -> Flow:
    b = FB(c, "kolshel", "POST", f"{API}/v2/notes/{new_hex(c.rng, 12)}/meta")
    _hdr(b)
    b.decoy("waveform peak levels of a note: a number series")
    b.json({"peaks": [round(c.rng.random(), 3) for _ in range(48)], "duration_ms": 14200})
    b.no_content()
    return b.build()


def device(c: Context) -> Flow:
    b = FB(c, "kolshel", "GET", f"{API}/v2/sync/state")
    _hdr(b)
    b.param("android_id", b.id(APP.aid, where="query:android_id"))
    b.ok_json({"notes": 42, "last": iso(c)})
    return b.build()
