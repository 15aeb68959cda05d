"""Carelink: an eldercare tablet app with fall detection, video calls and a
voice assistant that recognises which resident is speaking.

Speaker enrolment sends a d-vector / x-vector style speaker embedding (the
256-float utterance embedding of Wan et al., "Generalized End-to-End Loss for
Speaker Verification", ICASSP 2018, https://arxiv.org/abs/1710.10467) plus the
enrolment utterance; verification later sends only the embedding, once under
named keys and once as base64 float32 under an opaque key. Fall-detection
accelerometer windows, video-call signalling and medication reminders are not
biometric data in this project's sense.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, floats_b64, jsb, multipart

from .phone import FB, floats, iso, ms, rf, rid, ua

API = "https://api.carelink-home.com"
UA = ua("Carelink", "2.3.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "carelink", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    return b


def speaker_enrol(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/voice/speakers/enroll")
    boundary = rid(c.rng)
    b.bio("voiceprint", "multipart speakerEmbedding + enrollment_audio")
    meta = {"speakerName": "Resident A", "speakerEmbedding": floats(c.rng, 256)}
    body = multipart(
        boundary,
        [
            ("meta", None, "application/json", jsb(meta)),
            ("enrollment_audio", "utt1.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9))),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"speakerId": rid(c.rng), "status": "ENROLLED"})
    return b.build()


def speaker_verify(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/voice/speakers/identify")
    b.bio("voiceprint", "json dvector")
    b.json({"dvector": floats(c.rng, 256), "utteranceMs": c.rng.randint(900, 4000), "ts": iso(c)})
    b.ok_json({"speaker": "Resident A", "score": rf(c.rng, 0.6, 0.98, 3)})
    return b.build()


def speaker_verify_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/va/ctx")
    b.bio("voiceprint", "json e (base64 float32)", detectable=False)
    b.json({"e": floats_b64(floats(c.rng, 256)), "n": 1, "t": ms(c)})
    b.ok_json({"r": 1})
    return b.build()


def fall_window(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/falls/window")
    b.decoy("accelerometer float vectors")
    b.json(
        {
            "fallSuspected": c.rng.random() < 0.1,
            "accel": [[rf(c.rng, -2, 2, 3) for _ in range(3)] for _ in range(50)],
            "sampleHz": 50,
        }
    )
    b.ok_json({"ack": True})
    return b.build()


def call_signal(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/calls/offer")
    b.decoy("SDP with fingerprints")
    fp = ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(32))
    origin = f"o=- {c.rng.randint(10**17, 10**18)} 2 IN IP4 127.0.0.1"
    sdp = f"v=0\r\n{origin}\r\na=fingerprint:sha-256 {fp}\r\n"
    b.json({"callee": "family-" + str(c.rng.randint(1, 4)), "sdp": sdp})
    b.ok_json({"callId": rid(c.rng)})
    return b.build()


def reminders(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/reminders/today")
    b.ok_json(
        {
            "items": [
                {"at": "08:00", "text": "Blood pressure tablet"},
                {"at": "19:00", "text": "Call with Anna"},
            ]
        }
    )
    return b.build()
